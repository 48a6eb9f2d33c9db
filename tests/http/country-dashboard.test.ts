import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionShares, countryActions } from '../../src/features/connect/actions.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * The country dashboard (/countries/:iso3): the summary first (groups, income group, B2C rank with its
 * edition and source, readiness assessment, share of actions completed, open requests, each a link),
 * the tracker, requests and the events of the region, next steps for a country with nothing yet, the
 * trend charts one link away, and the page's weight.
 */

/** The HTML of the section whose heading has this id, up to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

let hub: TestHub;
const page = async (path: string) => {
  const res = await hub.get(path);
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
};

beforeAll(async () => {
  hub = await createTestHub({ officialFigures: true });
}, 120_000);
afterAll(() => hub.close());

describe('the summary', () => {
  it('shows Cambodia’s and Bhutan’s eTrade Readiness Assessments, linked', async () => {
    for (const [iso3, slug] of [
      ['KHM', 'etrade-readiness-assessment-cambodia'],
      ['BTN', 'etrade-readiness-assessment-bhutan'],
    ] as const) {
      const summary = section((await page(`/countries/${iso3}`)).html, 'summary');
      expect(summary, iso3).toContain('<dt>Readiness assessment</dt>');
      expect(links(summary), iso3).toContain(`/resources/${slug}`);
      // A report on another subject or for a whole group is not this country's assessment.
      expect(links(summary), iso3).not.toContain('/resources/etrade-readiness-assessments');
    }
    // Senegal: its own assessment and the regional ones that name it (WAEMU, ECOWAS).
    const senegal = links(section((await page('/countries/SEN')).html, 'summary'));
    expect(senegal).toEqual(expect.arrayContaining(['/resources/etrade-readiness-assessment-senegal', '/resources/etrade-readiness-assessment-waemu']));
  });

  it('gives Kenya’s B2C rank in the latest official edition, with the edition, data year and source', async () => {
    const latest = await hub.db.db
      .selectFrom('b2cEditions')
      .innerJoin('b2cScores', 'b2cScores.edition', 'b2cEditions.edition')
      .select(['b2cEditions.edition', 'b2cEditions.dataYear', 'b2cEditions.source', 'b2cScores.rank', 'b2cScores.publishedRank'])
      .where('b2cScores.iso3', '=', 'KEN')
      .where('b2cEditions.status', '=', 'official')
      .orderBy('b2cEditions.edition', 'desc')
      .executeTakeFirstOrThrow();
    const economies = (await hub.db.db.selectFrom('b2cScores').select((eb) => eb.fn.countAll().as('n')).where('edition', '=', latest.edition).executeTakeFirstOrThrow()).n;
    const summary = section((await page('/countries/KEN')).html, 'summary');
    expect(latest.edition).toBe(2020);
    expect(summary).toContain(`<a href="#data">Rank ${latest.publishedRank ?? latest.rank} of ${Number(economies)}, 2020 edition (data ${latest.dataYear})</a>`);
    expect(summary).toContain(latest.source);
    expect(summary).toContain('Lower middle income (World Bank, fiscal year 2025)');
    expect(summary).toContain('Not in the LDC, LLDC or SIDS groups.');
    expect(section((await page('/countries/SEN')).html, 'summary')).toContain('<a href="/countries?group=ldc">Least Developed Countries (LDC)</a>');
    expect((await page('/countries/KEN?lang=fr')).html).toContain('Rang ');
  });

  it('gives the share of actions completed and the open requests, each linked to its list', async () => {
    const summary = section((await page('/countries/SEN')).html, 'summary');
    const { overall } = actionShares(await countryActions(hub.db.db, 'SEN'));
    expect(overall.actions).toBeGreaterThan(0);
    const percent = `${Math.round((overall.share ?? 0) * 100)}%`;
    expect(summary).toContain(`<a href="/countries/SEN/actions">${percent} (${overall.completed} of ${overall.actions - overall.dropped} actions)</a>`);
    const open = await hub.db.db.selectFrom('requests').select('id').where('countryIso3', '=', 'SEN').where('status', '=', 'open').execute();
    expect(open.length).toBe(1);
    expect(summary).toContain('<a href="/requests?country=SEN&amp;status=open">1 open request</a>');
    // Sample content says so.
    expect(summary).toContain('<span class="tag">sample</span>');
  });
});

describe('the sections after it', () => {
  it('lists the tracker, the requests with the newest open ones, and a way to post one', async () => {
    const { html } = await page('/countries/SEN');
    const tracker = section(html, 'tracker');
    expect(links(tracker)).toEqual(expect.arrayContaining(['/countries/SEN/assessments', '/countries/SEN/assessment/new', '/countries/SEN/actions']));
    const requests = section(html, 'requests');
    const sample = await hub.db.db.selectFrom('requests').select('id').where('countryIso3', '=', 'SEN').executeTakeFirstOrThrow();
    expect(links(requests)).toEqual(['/requests/' + sample.id, '/requests?country=SEN', '/requests/new']);
    // Sections come in the dashboard's order.
    const order = ['summary', 'partners', 'country-items', 'data', 'indicators', 'tracker', 'requests', 'events'].map((id) => html.indexOf(`id="${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists the events of the region, upcoming first, then the recent past', async () => {
    const kenya = section((await page('/countries/KEN')).html, 'events');
    // The sample webinar covers Eastern Africa; the workshop in Dakar is in Africa too.
    expect(kenya).toContain('href="/events/sample-webinar-mobile-money-cross-border"');
    expect(kenya).toContain('href="/events/exemple-atelier-preparation-commerce-electronique"');
    // An event in another region is not Kenya’s.
    expect(kenya).not.toContain('muestra-taller-logistica-comercio-electronico');
    expect(links(kenya)).toContain('/events?region=002&when=all');
    const france = section((await page('/countries/FRA')).html, 'events');
    const upcoming = france.indexOf('<h3>Upcoming</h3>');
    const past = france.indexOf('<h3>Recently held</h3>');
    expect(past).toBeGreaterThan(0);
    expect(upcoming === -1 || upcoming < past).toBe(true);
    // E-Commerce weeks were held in Geneva: the most recent first.
    expect(france.indexOf('/events/unctad-eweek-2023')).toBeGreaterThan(past);
    expect(france.indexOf('/events/unctad-eweek-2023')).toBeLessThan(france.indexOf('/events/unctad-ecommerce-week-2022'));
    expect(france).not.toContain('/events/sample-webinar-mobile-money-cross-border');
  });

  it('keeps the trend charts one link away, on /countries/:iso3/indicators', async () => {
    const { html } = await page('/countries/KEN');
    expect(html).not.toContain('id="trend-internet-users"');
    expect(html).toContain('<a href="/countries/KEN/indicators">Trends over time: a chart and table of each indicator of Kenya by year</a>');
    const trends = await page('/countries/KEN/indicators');
    expect(trends.status).toBe(200);
    expect(trends.html).toContain('id="trend-internet-users"');
    expect(trends.html).toContain('<h1>Kenya: indicators over time</h1>');
    expect((await page('/countries/ken/indicators')).location).toBe('/countries/KEN/indicators');
    expect((await page('/countries/XYZ/indicators')).status).toBe(404);
  });

  it('weighs at most 14 KB compressed with its stylesheet', async () => {
    const home = (await page('/')).html;
    const css = await (await hub.get(/<link rel="stylesheet" href="([^"]+)"/.exec(home)![1]!)).text();
    for (const path of ['/countries/KEN', '/countries/SEN', '/countries/KHM', '/countries/BRA?lang=fr']) {
      const { html } = await page(path);
      const weight = gzipSync(html).byteLength + gzipSync(css).byteLength;
      expect(weight, path).toBeLessThanOrEqual(14 * 1024);
    }
  });
});

describe('a country with nothing yet', () => {
  it('says what a focal point can do next, in each language', async () => {
    // Mongolia: partners work in Asia and for landlocked countries, but no request, action or assessment is listed.
    const html = (await page('/countries/MNG')).html;
    const next = section(html, 'next-steps');
    expect(next).toContain('Nothing here yet: what a focal point can do');
    expect(links(next)).toEqual(['/sign-up', '/contact', '/requests/new', '/countries/MNG/assessment/new']);
    expect(section((await page('/countries/MNG?lang=fr')).html, 'next-steps')).toContain('ce qu’un point focal peut faire');
    expect(section((await page('/countries/MNG?lang=es')).html, 'next-steps')).toContain('lo que puede hacer un punto focal');
    // Its sections say the same where they are empty.
    expect(section(html, 'requests')).toContain('No request from Mongolia yet.');
    expect(section(html, 'tracker')).toContain('No self-assessment yet.');
  });

  it('does not once the country has an assessment, actions or requests', async () => {
    for (const iso3 of ['SEN', 'KEN', 'NPL']) expect((await page(`/countries/${iso3}`)).html, iso3).not.toContain('id="next-steps"');
  });
});
