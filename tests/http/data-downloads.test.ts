import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { publishedIndexOnly } from '../helpers/b2c-reference.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

async function get(hub: TestHub, path: string) {
  const res = await hub.get(path);
  return { status: res.status, text: await res.text(), type: res.headers.get('Content-Type') ?? '', disposition: res.headers.get('Content-Disposition') ?? '' };
}
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
/** The part of a page between two markers. */
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), to ? html.indexOf(to, html.indexOf(from)) : undefined);
const tracker = fileURLToPath(new URL('../fixtures/indicators/unctad_cyberlaw_tracker.csv', import.meta.url));

/** The data of a fresh install: every figure shipped in data/reference, loaded as the first start loads it. */
let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false, officialFigures: true });
}, 120_000);
afterAll(() => hub.close());

describe('a country profile’s indicators', () => {
  it('show Kenya’s Internet use, account ownership (women, men) and LPI as published, each with its year, source and licence', async () => {
    const { text } = await get(hub, '/countries/KEN');
    const section = between(text, '<section id="indicators"', '</section>');
    expect(section).toContain('<h2 id="indicators-title">Other e-commerce indicators</h2>');
    const areas = [...section.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(areas).toEqual(['E-commerce readiness assessment and strategy formulation', 'ICT infrastructure and services', 'Trade logistics and trade facilitation', 'Payment solutions', 'Access to financing']);
    const row = (name: string) => new RegExp(`<th scope="row">${name.replace(/[()]/g, '\\$&')}</th>(.*?)</tr>`).exec(section)?.[1] ?? '';
    const cells = (name: string) => [...row(name).matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const internet = cells('Individuals using the Internet (%)');
    expect(internet.slice(0, 2)).toEqual(['2022', '40.8%']);
    expect(section).toContain('<li>Source — Individuals using the Internet: ITU, via World Bank World Development Indicators (IT.NET.USER.ZS) · Licence: CC BY 4.0</li>');
    const account = cells('Account ownership (%)');
    expect(account.slice(0, 4)).toEqual(['2017', '81.6%', '77.7%', '85.8%']);
    expect(section).toContain(
      '<li>Source — Account ownership, Mobile money account, Digital payments, Paid bills or bought online: World Bank, Global Findex Database 2017 · Licence: CC BY 4.0</li>',
    );
    const lpi = cells('Logistics performance (score)');
    expect(lpi.slice(0, 2)).toEqual(['2018', '2.81 (rank 68)']);
    expect(section).toContain('<li>Source — Logistics performance: World Bank, Logistics Performance Index · Licence: CC BY 4.0</li>');
  });

  it('put each latest value beside its region’s and income group’s averages, and say how they are computed', async () => {
    const { text } = await get(hub, '/countries/KEN');
    const section = between(text, '<section id="indicators"', '</section>');
    expect(section).toContain('<th scope="col">Africa (average)</th><th scope="col">Lower middle income (average)</th>');
    expect(section).toContain('Region average: the unweighted mean of the economies of Africa (UN M49) that have a value for the same year; how many is in brackets.');
    expect(section).toContain('World Bank classes as Lower middle income (fiscal year 2025)');
    // The LPI 2018 average of Africa, computed here from the shipped file and the hub's regions.
    const africa = await hub.db.db
      .selectFrom('observations')
      .innerJoin('countries', 'countries.iso3', 'observations.iso3')
      .select('value')
      .where('indicatorCode', '=', 'logistics-performance')
      .where('year', '=', 2018)
      .where('countries.regionCode', '=', '002')
      .execute();
    const mean = (africa.reduce((sum, r) => sum + r.value, 0) / africa.length).toFixed(2);
    expect(section).toContain(`<td class="num">${mean} <span class="small muted">(${africa.length})</span></td>`);
  });

  it('draw a trend chart of each indicator with more than one year, with its table alternative, on the indicators page the profile links to', async () => {
    const profile = between((await get(hub, '/countries/KEN')).text, '<section id="indicators"', '</section>');
    // The country page stays light: the charts are one link away.
    expect(profile).not.toContain('id="trend-internet-users"');
    expect(profile).toContain('<a href="/countries/KEN/indicators">');
    const section = between((await get(hub, '/countries/KEN/indicators')).text, '<section id="indicators"', '</section>');
    expect(section).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(section).toMatch(/id="trend-internet-users"[^>]*role="img"|role="img"[^>]*id="trend-internet-users"/);
    expect(section).toMatch(/<caption[^>]*>Individuals using the Internet \(%\): values by year<\/caption>/);
    expect(section).toContain('id="trend-account-ownership"');
    // One survey year only: a chart would be a dot.
    expect(section).not.toContain('id="trend-smes-bank-loan"');
  });

  it('in French and Spanish too', async () => {
    const fr = between((await get(hub, '/countries/KEN?lang=fr')).text, '<section id="indicators"', '</section>');
    expect(fr).toContain('Autres indicateurs du commerce électronique');
    expect(fr).toContain('<th scope="col">Femmes</th><th scope="col">Hommes</th>');
    expect(fr).toContain('81,6');
    expect(fr).toContain('Licence : CC BY 4.0');
    expect(fr).toContain('Revenu intermédiaire, tranche inférieure');
    const es = between((await get(hub, '/countries/KEN?lang=es')).text, '<section id="indicators"', '</section>');
    expect(es).toContain('Otros indicadores del comercio electrónico');
    expect(es).toContain('<th scope="col">Mujeres</th><th scope="col">Hombres</th>');
    expect(es).toContain('Ingreso mediano bajo');
  });

  it('show the Cyberlaw Tracker’s laws as adopted, draft or none once the secretariat imports it', async () => {
    const other = await createTestHub({ demo: false });
    try {
      expect((await get(other, '/countries/NPL')).text).not.toContain('Global Cyberlaw Tracker');
      await importIndicators(other.db.db, { file: tracker, by: 'test' });
      other.responseCache.clear();
      const section = between((await get(other, '/countries/NPL')).text, '<section id="indicators"', '</section>');
      expect(section).toContain('<h3>Legal and regulatory frameworks</h3>');
      expect(section).toContain('<th scope="row">Consumer protection law</th><td class="status-draft"><strong>Draft</strong></td><td class="num">2026</td></tr>');
      expect(section).toContain('<th scope="row">Cybercrime law</th><td class="status-adopted"><strong>Adopted</strong></td>');
      expect(section).toContain('UNCTAD, Global Cyberlaw Tracker · Licence: Not openly licensed (UNCTAD content; attribution required)');
      const btn = between((await get(other, '/countries/BTN?lang=es')).text, '<section id="indicators"', '</section>');
      expect(btn).toContain('<td class="status-no_data"><strong>Sin datos</strong></td>');
    } finally {
      await other.close();
    }
  });

  it('a country without any value says so', async () => {
    expect((await get(hub, '/countries/ATA')).text).toContain('No other indicator has values for this economy yet.');
  });
});

describe('downloads and API of the indicators', () => {
  it('a profile’s values download as CSV and JSON, each with its year, source and licence', async () => {
    const csv = await get(hub, '/countries/KEN/indicators.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.disposition).toBe('attachment; filename="KEN-indicators.csv"');
    expect(csv.text.split('\r\n')[0]).toBe('iso3,country,indicator,name,policyArea,unit,year,sex,value,rank,source,licence,note');
    const rows = csvRows(csv.text);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row).toMatchObject({ iso3: 'KEN', country: 'Kenya', licence: 'CC BY 4.0', source: expect.stringMatching(/\S/) });
    expect(rows.filter((r) => r.indicator === 'account-ownership' && r.year === '2017').map((r) => [r.sex, r.value])).toEqual([
      ['total', '81.5676'],
      ['female', '77.7464'],
      ['male', '85.8361'],
    ]);
    expect(rows.find((r) => r.indicator === 'logistics-performance' && r.year === '2018')).toMatchObject({ value: '2.8149', rank: '68' });
    expect(rows.find((r) => r.indicator === 'income-group')).toMatchObject({ value: 'lower-middle', year: '2025' });
    const json = JSON.parse((await get(hub, '/countries/ken/indicators.json')).text);
    expect(json.country).toEqual({ iso3: 'KEN', name: 'Kenya', url: '/countries/KEN' });
    const internet = json.data.find((i: { code: string }) => i.code === 'internet-users');
    expect(internet).toMatchObject({ policyArea: 'ict-infrastructure', unit: 'percent', hasSexBreakdown: true });
    expect(internet.observations[0]).toMatchObject({ year: 2022, sex: 'total', value: 40.8137, licence: 'CC BY 4.0', source: expect.stringContaining('ITU') });
  });

  it('the indicators API gives each value with its source, licence and rank', async () => {
    const body = JSON.parse((await get(hub, '/api/v1/indicators/logistics-performance/observations?country=KEN&year=2018')).text);
    expect(body.data).toEqual([
      { iso3: 'KEN', year: 2018, sex: 'total', value: 2.8149, category: null, rank: 68, source: 'World Bank, Logistics Performance Index', licence: 'CC BY 4.0', note: null },
    ]);
    const list = JSON.parse((await get(hub, '/api/v1/indicators')).text).data;
    expect(list.find((i: { code: string }) => i.code === 'income-group')).toMatchObject({ unit: 'category', categories: ['low', 'lower-middle', 'upper-middle', 'high'], licence: 'CC BY 4.0', years: [2025] });
    expect(list.find((i: { code: string }) => i.code === 'law-cybercrime')).toMatchObject({ observations: 0, licence: expect.stringMatching(/^Not openly licensed/) });
  });

  it('the profile’s index by edition downloads with its averages, 2016 to 2020, each with its source and licence', async () => {
    const csv = await get(hub, '/countries/KEN/b2c.csv');
    expect(csv.disposition).toBe('attachment; filename="KEN-b2c.csv"');
    const rows = csvRows(csv.text);
    expect(rows.filter((r) => r.kind === 'economy').map((r) => [r.edition, r.code, r.internetUse === ''])).toEqual([
      ['2016', 'KEN', true],
      ['2017', 'KEN', true],
      ['2019', 'KEN', false],
      ['2020', 'KEN', false],
    ]);
    expect(rows.find((r) => r.kind === 'economy' && r.edition === '2016')!.rank).toBe(String(publishedIndexOnly(2016).find((e) => e.iso3 === 'KEN')!.rank));
    expect(rows.some((r) => r.kind === 'average' && r.code === '014' && r.name === 'Eastern Africa')).toBe(true);
    for (const row of rows) expect(row).toMatchObject({ status: 'official', source: expect.stringMatching(/^UNCTAD B2C E-commerce Index/), licence: expect.stringMatching(/\S/), note: '' });
    const json = JSON.parse((await get(hub, '/countries/KEN/b2c.json')).text);
    expect(json.data).toHaveLength(4);
    expect(json.data[3]).toMatchObject({ edition: 2020, dataYear: 2019, status: 'official', licence: expect.stringMatching(/^UNCTAD publication/) });
    expect(json.data[3].notice).toBeUndefined();
  });

  it('the group averages of /data download as CSV and JSON, for any edition', async () => {
    expect((await get(hub, '/data')).text).toContain('href="/data/groups.csv?edition=2020"');
    const rows = csvRows((await get(hub, '/data/groups.csv')).text);
    expect(rows[0]).toMatchObject({ edition: '2020', group: '001', name: 'World', economies: '152', status: 'official' });
    expect(rows.map((r) => r.group)).toEqual(expect.arrayContaining(['002', '014', 'ldc', 'sids', 'developed']));
    const json = JSON.parse((await get(hub, '/data/groups.json?edition=2016')).text);
    expect(json).toMatchObject({ edition: 2016, status: 'official', licence: 'CC BY 4.0 (World Bank TCdata360)' });
    expect(json.data[0]).toMatchObject({ group: '001', economies: 137, components: { internetUse: null } });
  });

  it('an index-only edition’s page, API and downloads give no components', async () => {
    const page = (await get(hub, '/data/b2c/2017')).text;
    expect(page).toContain('This edition gives only the index and rank of each economy');
    expect(page).toMatch(/<td class="num">1<\/td><th scope="row"><a href="\/countries\/LUX">Luxembourg<\/a><\/th><td class="num">96\.5<\/td><td class="num">–<\/td>/);
    const api = JSON.parse((await get(hub, '/api/v1/b2c/2017')).text);
    expect(api.edition).toMatchObject({ status: 'official', methodVersion: 'index and rank only, TCdata360', economies: 136 });
    expect(api.data[0]).toMatchObject({ iso3: 'LUX', rank: 1, index: 96.5, components: { internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null } });
    expect((await get(hub, '/data/b2c/2016?sort=internetUse')).status).toBe(200);
  });

  it('answers 404 for an unknown country or edition and 400 for a malformed edition, never 500', async () => {
    for (const path of ['/countries/ZZZ/b2c.csv', '/countries/ZZZ/indicators.json', '/countries/K1N/b2c.json', '/data/groups.csv?edition=1999']) {
      expect((await get(hub, path)).status, path).toBe(404);
    }
    for (const path of ['/data/groups.json?edition=abc', '/data/groups.csv?edition=20201']) expect((await get(hub, path)).status, path).toBe(400);
  });
});

describe('the indicator explorer of /data', () => {
  it('/data offers it as a plain form', async () => {
    const page = (await get(hub, '/data')).text;
    expect(page).toContain('<form method="get" action="/data/indicators" class="filters">');
    expect(page).toContain('<option value="logistics-performance">Logistics performance</option>');
  });

  it('shows the map and the ranked table of an indicator in a year, with source, year and licence', async () => {
    const { status, text } = await get(hub, '/data/indicators?indicator=logistics-performance&year=2018');
    expect(status).toBe(200);
    expect(text).toContain('id="indicator-map"');
    expect(text).toMatch(/<a href="\/countries\/KEN" aria-label="Kenya: 2\.81" class="q\d"/);
    expect(text).toContain('<td class="num">1</td><th scope="row"><a href="/countries/DEU">Germany</a></th><td class="num">4.20</td><td class="num">1</td>');
    expect(text).toContain('Source: World Bank, Logistics Performance Index; year 2018; 160 economies with a value · Licence: CC BY 4.0');
    expect(text).toContain('href="/data/indicators.csv?indicator=logistics-performance&amp;year=2018"');
  });

  it('picks the newest year most economies have when none is asked', async () => {
    const text = (await get(hub, '/data/indicators?indicator=internet-users')).text;
    // 2023 has values for few economies; 2022 for most.
    expect(text).toContain('<h2>Individuals using the Internet in 2022</h2>');
  });

  it('downloads the same table as CSV and JSON', async () => {
    const csv = await get(hub, '/data/indicators.csv?indicator=account-ownership&year=2017');
    expect(csv.disposition).toBe('attachment; filename="account-ownership-2017.csv"');
    const rows = csvRows(csv.text);
    expect(rows.find((r) => r.iso3 === 'KEN')).toMatchObject({ indicator: 'account-ownership', year: '2017', value: '81.5676', source: 'World Bank, Global Findex Database 2017', licence: 'CC BY 4.0' });
    expect(rows[0]!.position).toBe('1');
    const json = JSON.parse((await get(hub, '/data/indicators.json?indicator=income-group&year=2025')).text);
    expect(json.indicator).toMatchObject({ code: 'income-group', unit: 'category', licence: 'CC BY 4.0' });
    expect(json.data.find((r: { iso3: string }) => r.iso3 === 'KEN')).toMatchObject({ category: 'lower-middle', year: 2025, position: null });
  });

  it('says plainly when the indicator or the year is unknown (page), and answers 400 naming it (downloads)', async () => {
    const unknown = await get(hub, '/data/indicators?indicator=internet-speed');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('There is no indicator “internet-speed”. Choose one from the list.');
    const year = await get(hub, '/data/indicators?indicator=logistics-performance&year=2019&lang=fr');
    expect(year.status).toBe(400);
    expect(year.text).toContain('Le hub ne détient aucune valeur de « Performance logistique » pour « 2019 ». Années disponibles : 2018, 2016, 2014, 2012, 2010, 2007.');
    for (const [query, parameter, message] of [
      ['indicator=internet-speed&year=2019', 'indicator', 'There is no indicator “internet-speed”.'],
      ['indicator=internet-users&year=1999', 'year', 'The hub holds no value of “Individuals using the Internet” for “1999”.'],
      ['indicator=internet-users&year=abc', 'year', 'for “abc”'],
    ]) {
      for (const format of ['json', 'csv']) {
        const res = await get(hub, `/data/indicators.${format}?${query}`);
        expect(res.status, query).toBe(400);
        const { error } = JSON.parse(res.text);
        expect(error, query).toMatchObject({ id: 'invalid_parameter', parameter });
        expect(error.message, query).toContain(message);
      }
    }
    expect((await get(hub, '/data/indicators.csv?indicator=%3Cscript%3E')).status).toBe(400);
  });
});
