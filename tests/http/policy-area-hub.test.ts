import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/features/connect/factory.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent, buildSession } from '../../src/features/events/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * A policy area's page as the hub of its area, on the demo content and the official figures: every
 * block's count is the count of the list its link opens, recommendations lead to the actions that answer
 * them, only upcoming events and open requests are listed, an empty block says what one can do, and the
 * page stays light. Its own events and requests are named hub-test-* so that the demo's do not matter.
 */
let hub: TestHub;
const area = 'payment-solutions';
const past = '2019-03-04';
const future = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  hub = await createTestHub({ officialFigures: true });
  const db = hub.db.db;
  await db.transaction().execute(async (trx) => {
    const event = (slug: string, date: string) =>
      eventCreator(
        trx,
        buildEvent({
          slug,
          organisers: ['unctad'],
          startDate: date,
          endDate: date,
          policyAreas: [area],
          text: { en: { title: `Hub test ${slug}`, summary: 'A test event.', description: 'A test event.' } },
          sessions: [buildSession({ key: 'payments', date, start: '10:00', end: '11:00', recommendations: [{ text: `Hub test recommendation of ${slug}.`, policyAreas: [area] }] })],
        }),
      );
    await event('hub-test-past', past);
    await event('hub-test-future', future);
    // A closed request in the area, and an open one whose contact must never show.
    const closed = await requestCreator(trx, buildRequest({ title: 'Hub test closed request', policyAreas: [area] }), null);
    await trx.updateTable('requests').set({ status: 'closed' }).where('id', '=', closed).execute();
    await requestCreator(trx, buildRequest({ title: 'Hub test open request', contactEmail: 'hub-test-secret@example.org', policyAreas: [area] }), null);
  });
}, 120_000);
afterAll(() => hub?.close());

async function page(path: string): Promise<string> {
  const response = await hub.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The sections of the hub by id, each with the count its heading gives and its HTML. */
function blocks(html: string): Map<string, { count: number; html: string }> {
  const found = new Map<string, { count: number; html: string }>();
  for (const match of html.matchAll(/<section id="([a-z]+)" aria-labelledby="[a-z]+-title"><h2 id="[a-z]+-title">[^<]*<span class="muted">\((\d+)\)<\/span><\/h2>([\s\S]*?)<\/section>/g)) {
    found.set(match[1]!, { count: Number(match[2]), html: match[3]! });
  }
  return found;
}

const decode = (href: string) => href.replace(/&amp;/g, '&');

/** The count a list page gives for what it lists. */
async function listCount(href: string): Promise<number> {
  const html = await page(href);
  const results = /<h2 id="results">(\d+) results?<\/h2>/.exec(html) ?? /<h2 id="list-title">(\d+) requests?<\/h2>/.exec(html) ?? /<h2 id="list-title">[^<]*<span class="muted">\((\d+)\)<\/span>/.exec(html);
  if (results) return Number(results[1]);
  // The recommendations page: one list entry per recommendation.
  return [...html.matchAll(/<li><p( lang="[a-z]+")?>/g)].length;
}

describe('the payments hub', () => {
  it('shows every block with a count equal to the count of the list its link opens', async () => {
    const html = await page(`/policy-areas/${area}`);
    const found = blocks(html);
    expect([...found.keys()]).toEqual(['solutions', 'resources', 'partners', 'recommendations', 'events', 'indicators', 'requests']);
    const links: Record<string, string> = {
      solutions: `/solutions?policyArea=${area}`,
      resources: `/resources?policyArea=${area}`,
      partners: `/organisations?policyArea=${area}`,
      recommendations: `/policy-areas/${area}/recommendations`,
      events: `/events?policyArea=${area}`,
      requests: `/requests?policyArea=${area}&amp;status=open`,
    };
    for (const [name, href] of Object.entries(links)) {
      const block = found.get(name)!;
      expect(block.html, name).toContain(`href="${href}"`);
      expect(block.count, name).toBeGreaterThan(0);
      expect(await listCount(decode(href)), name).toBe(block.count);
    }
    // The same counts from the database, not from the hub's own queries.
    const db = hub.db.db;
    const items = async (type: string) =>
      Number(
        (
          await db
            .selectFrom('items as i')
            .innerJoin('itemPolicyAreas as a', 'a.itemId', 'i.id')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('i.type', '=', type)
            .where('i.status', '=', 'published')
            .where('a.policyArea', '=', area)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(found.get('solutions')!.count).toBe(await items('solution'));
    expect(found.get('resources')!.count).toBe(await items('resource'));
    const open = await db
      .selectFrom('requests as r')
      .innerJoin('requestPolicyAreas as a', 'a.requestId', 'r.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.policyArea', '=', area)
      .where('r.status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(found.get('requests')!.count).toBe(Number(open.n));
    // The indicators: the area's four Findex indicators, each linked to the explorer.
    const indicators = found.get('indicators')!;
    expect(indicators.count).toBe(4);
    expect([...indicators.html.matchAll(/<li><a href="\/data\/indicators\?indicator=([a-z-]+)">/g)].map((m) => m[1])).toEqual([
      'account-ownership',
      'mobile-money-account',
      'digital-payments',
      'internet-pay-or-buy',
    ]);
  });

  it('links a recommendation to the actions that answer it, with their status', async () => {
    const db = hub.db.db;
    const ref = 'unctad-e-commerce-week-2017/payment-solutions/r11';
    const action = await db.selectFrom('actions').select(['id', 'countryIso3', 'title']).where('recommendationRef', '=', ref).executeTakeFirstOrThrow();
    const html = await page(`/policy-areas/${area}`);
    const recommendations = blocks(html).get('recommendations')!.html;
    // Answered recommendations come first.
    const first = /<li>([\s\S]*?)<\/li>/.exec(recommendations)![1]!;
    expect(first).toContain('href="/events/unctad-e-commerce-week-2017/outcomes#r-payment-solutions-11"');
    expect(first).toContain(`href="/countries/${action.countryIso3}/actions#action-${action.id}"`);
    expect(first).toContain('In progress');
    // The anchor exists on the tracker, and the full list shows the same link.
    expect(await page(`/countries/${action.countryIso3}/actions`)).toContain(`id="action-${action.id}"`);
    expect(await page(`/policy-areas/${area}/recommendations`)).toContain(`href="/countries/${action.countryIso3}/actions#action-${action.id}"`);
    // A recommendation nobody answers says so.
    expect(recommendations).toContain('No action of a country tracker answers it yet.');
  });

  it('lists recommendations of past events only, and upcoming events only', async () => {
    const all = await page(`/policy-areas/${area}/recommendations`);
    expect(all).toContain('Hub test recommendation of hub-test-past.');
    expect(all).not.toContain('Hub test recommendation of hub-test-future.');
    const events = blocks(await page(`/policy-areas/${area}`)).get('events')!;
    expect(events.html).toContain('href="/events/hub-test-future"');
    expect(events.html).not.toContain('hub-test-past');
    expect(events.html).toContain(`href="/events?policyArea=${area}&amp;when=past"`);
    expect(await page(`/events?policyArea=${area}&when=past`)).toContain('href="/events/hub-test-past"');
  });

  it('lists open requests only, never their contact details', async () => {
    const html = await page(`/policy-areas/${area}`);
    const requests = blocks(html).get('requests')!.html;
    expect(requests).toContain('Hub test open request');
    expect(html).not.toContain('Hub test closed request');
    expect(html).not.toContain('hub-test-secret@example.org');
  });

  it('weighs at most 14 KB compressed, HTML and stylesheet together', async () => {
    for (const path of [`/policy-areas/${area}`, `/policy-areas/${area}?lang=fr`, '/policy-areas/legal-regulatory?lang=es', `/policy-areas/${area}/recommendations`]) {
      const html = await page(path);
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(stylesheets.length).toBeGreaterThan(0);
      let css = 0;
      for (const href of stylesheets) css += gzipSync(await (await hub.get(href)).text()).byteLength;
      const total = gzipSync(html).byteLength + css;
      console.log(`${path}: ${total} bytes gzip (HTML and CSS)`);
      expect(total, path).toBeLessThanOrEqual(14 * 1024);
    }
    // The map is there, small: one picture, not a link per country.
    const html = await page(`/policy-areas/${area}`);
    expect(html).toContain('class="chart chart-small-map"');
    expect(html).toContain('role="img"');
  });

  it('answers the same counts as JSON', async () => {
    const html = await page(`/policy-areas/${area}`);
    const found = blocks(html);
    const response = await hub.get(`/api/v1/policy-areas/${area}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { counts: Record<string, number>; links: Record<string, string> } };
    expect(data.counts).toMatchObject({
      solutions: found.get('solutions')!.count,
      resources: found.get('resources')!.count,
      organisations: found.get('partners')!.count,
      recommendations: found.get('recommendations')!.count,
      upcomingEvents: found.get('events')!.count,
      indicators: found.get('indicators')!.count,
      openRequests: found.get('requests')!.count,
    });
    expect(data.counts.recommendationsWithActions).toBeGreaterThanOrEqual(1);
    expect(data.links.openRequests).toBe(`/requests?policyArea=${area}&status=open`);
    expect((await hub.get('/api/v1/policy-areas/no-such-area')).status).toBe(404);
  });
});

describe('other areas', () => {
  it('says so, with what one can do, when an area has no open request', async () => {
    const db = hub.db.db;
    const ids = (await db.selectFrom('requestPolicyAreas').select('requestId').where('policyArea', '=', 'trade-logistics').execute()).map((r) => r.requestId);
    if (ids.length) await db.updateTable('requests').set({ status: 'supported' }).where('id', 'in', ids).execute();
    hub.responseCache.clear();
    const requests = blocks(await page('/policy-areas/trade-logistics')).get('requests')!;
    expect(requests.count).toBe(0);
    expect(requests.html).toContain('No open request for assistance in this area.');
    expect(requests.html).toContain('href="/requests/new"');
    expect(await listCount('/requests?policyArea=trade-logistics&status=open')).toBe(0);
  });

  it('names the area in French and Spanish', async () => {
    expect(await page(`/policy-areas/${area}?lang=fr`)).toContain('Demandes ouvertes');
    expect(await page(`/policy-areas/${area}?lang=es`)).toContain('Solicitudes abiertas');
  });

  it('is not found for an unknown area', async () => {
    expect((await hub.get('/policy-areas/no-such-area')).status).toBe(404);
    expect((await hub.get('/policy-areas/no-such-area/recommendations')).status).toBe(404);
  });

});
