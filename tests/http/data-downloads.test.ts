import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importB2c } from '../../src/features/data/b2c-import.js';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { b2cIndexOnlyFiles, b2cReferenceFiles, publishedIndexOnly } from '../helpers/b2c-reference.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

const marker = 'Sample data — not official figures';

async function get(hub: TestHub, path: string) {
  const res = await hub.get(path);
  return { status: res.status, text: await res.text(), type: res.headers.get('Content-Type') ?? '', disposition: res.headers.get('Content-Disposition') ?? '' };
}
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
/** The part of a page between two markers. */
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), to ? html.indexOf(to, html.indexOf(from)) : undefined);

describe('on the demo sample', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await createTestHub();
  }, 60_000);
  afterAll(() => hub.close());

  it('a profile shows the other indicators by policy area: latest value, year, source, women and men, marked sample', async () => {
    const { text } = await get(hub, '/countries/KEN');
    const section = between(text, '<section id="indicators"', '</section>');
    expect(section).toContain('<h2 id="indicators-title">Other e-commerce indicators</h2>');
    expect(section).toContain(marker);
    const areas = [...section.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(areas).toEqual(['E-commerce readiness assessment and strategy formulation', 'ICT infrastructure and services', 'Trade logistics and trade facilitation', 'Payment solutions', 'Legal and regulatory frameworks', 'E-commerce skills development', 'Access to financing'].filter((a) => areas.includes(a)));
    expect(areas.length).toBeGreaterThanOrEqual(6);
    // Internet use: the latest year, total, women and men, and its source marked as sample.
    expect(section).toMatch(/<th scope="row">Individuals using the Internet \(%\)<\/th><td class="num">2021<\/td><td class="num">[\d.]+<\/td><td class="num">[\d.]+<\/td><td class="num">[\d.]+<\/td><td>Sample data — not official figures<\/td>/);
    expect(section).toContain('<th scope="col">Women</th><th scope="col">Men</th>');
    expect(section).toContain('<caption>Individuals using the Internet (%): values by year</caption>');
    expect(section).toContain('href="/countries/KEN/indicators.csv"');
    expect(between(text, '<section id="data"', '</section>')).toContain('href="/countries/KEN/b2c.csv"');
  });

  it('in French and Spanish too', async () => {
    const fr = (await get(hub, '/countries/SEN?lang=fr')).text;
    expect(fr).toContain('Autres indicateurs du commerce électronique');
    expect(fr).toContain('<th scope="col">Femmes</th><th scope="col">Hommes</th>');
    expect(fr).toContain('Télécharger ces indicateurs');
    const es = (await get(hub, '/countries/SEN?lang=es')).text;
    expect(es).toContain('Otros indicadores del comercio electrónico');
    expect(es).toContain('<th scope="col">Mujeres</th><th scope="col">Hombres</th>');
  });

  it('a country without any value says so', async () => {
    const { text } = await get(hub, '/countries/ATA');
    expect(text).toContain('No other indicator has values for this economy yet.');
  });

  it('the indicators download as CSV (every value, every row marked sample) and JSON', async () => {
    const csv = await get(hub, '/countries/KEN/indicators.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.disposition).toBe('attachment; filename="KEN-indicators.csv"');
    expect(csv.text.split('\r\n')[0]).toBe('iso3,country,indicator,name,policyArea,unit,year,sex,value,source,status,note');
    const rows = csvRows(csv.text);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row).toMatchObject({ iso3: 'KEN', country: 'Kenya', status: 'sample', note: marker });
    expect(rows.filter((r) => r.indicator === 'internet-users' && r.year === '2021').map((r) => r.sex)).toEqual(['total', 'female', 'male']);
    const json = JSON.parse((await get(hub, '/countries/ken/indicators.json')).text);
    expect(json.notice).toBe(marker);
    expect(json.country).toEqual({ iso3: 'KEN', name: 'Kenya', url: '/countries/KEN' });
    const internet = json.data.find((i: { code: string }) => i.code === 'internet-users');
    expect(internet).toMatchObject({ policyArea: 'ict-infrastructure', unit: 'percent', hasSexBreakdown: true });
    expect(internet.observations[0]).toMatchObject({ year: 2021, sex: 'total', status: 'sample' });
  });

  it('the indicators API marks the demo’s values as samples', async () => {
    const body = JSON.parse((await get(hub, '/api/v1/indicators/internet-users/observations?country=KEN&year=2021&sex=total')).text);
    expect(body.data).toEqual([{ iso3: 'KEN', year: 2021, sex: 'total', value: expect.any(Number), source: expect.stringContaining('sample'), note: expect.stringMatching(/^Sample data — not official figures/), status: 'sample' }]);
  });

  it('the profile’s index by edition downloads with its averages, marked sample', async () => {
    const csv = await get(hub, '/countries/KEN/b2c.csv');
    expect(csv.disposition).toBe('attachment; filename="KEN-b2c.csv"');
    const rows = csvRows(csv.text);
    expect(rows.filter((r) => r.kind === 'economy').map((r) => [r.edition, r.code])).toEqual([
      ['2019', 'KEN'],
      ['2020', 'KEN'],
    ]);
    expect(rows.some((r) => r.kind === 'average' && r.code === '014' && r.name === 'Eastern Africa')).toBe(true);
    for (const row of rows) expect(row).toMatchObject({ status: 'sample', note: marker });
    const json = JSON.parse((await get(hub, '/countries/KEN/b2c.json')).text);
    expect(json.data).toHaveLength(2);
    expect(json.data[1]).toMatchObject({ edition: 2020, status: 'sample', notice: marker });
    expect(json.data[1].averages.map((a: { group: string }) => a.group)).toContain('001');
  });

  it('the group averages of /data download as CSV and JSON, for any edition', async () => {
    const page = (await get(hub, '/data')).text;
    expect(page).toContain('href="/data/groups.csv?edition=2020"');
    const csv = await get(hub, '/data/groups.csv');
    expect(csv.disposition).toBe('attachment; filename="b2c-2020-groups.csv"');
    const rows = csvRows(csv.text);
    expect(rows[0]).toMatchObject({ edition: '2020', group: '001', name: 'World', status: 'sample', note: marker });
    expect(rows.map((r) => r.group)).toEqual(expect.arrayContaining(['002', '014', 'ldc', 'sids', 'developed']));
    const json = JSON.parse((await get(hub, '/data/groups.json?edition=2019')).text);
    expect(json).toMatchObject({ edition: 2019, status: 'sample', notice: marker });
    expect(json.data[0].components.internetUse).toEqual(expect.any(Number));
  });

  it('answers 404 for an unknown country or edition and 400 for a malformed edition, never 500', async () => {
    for (const path of ['/countries/ZZZ/b2c.csv', '/countries/ZZZ/indicators.json', '/countries/K1N/b2c.json', '/data/groups.csv?edition=1999']) {
      expect((await get(hub, path)).status, path).toBe(404);
    }
    for (const path of ['/data/groups.json?edition=abc', '/data/groups.csv?edition=20201']) expect((await get(hub, path)).status, path).toBe(400);
  });
});

describe('with official data, the 2016 and 2017 index-only editions among them', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await createTestHub();
    const db = hub.db.db;
    for (const edition of [2016, 2017] as const) await importB2c(db, { file: b2cIndexOnlyFiles[edition], edition, by: 'test' });
    for (const edition of [2019, 2020] as const) await importB2c(db, { file: b2cReferenceFiles[edition], edition, by: 'test' });
    const file = 'iso3,indicator,year,value,sex,source\nKEN,internet-users,2019,22.6,total,ITU\nKEN,internet-users,2019,19.1,female,ITU\nKEN,internet-users,2019,26,male,ITU\n';
    await importIndicators(db, { file: { name: 'official.csv', content: new TextEncoder().encode(file) }, by: 'test' });
  }, 60_000);
  afterAll(() => hub.close());

  it('the profile shows 2016 to 2020 and the official indicator, with no sample left', async () => {
    const { text } = await get(hub, '/countries/KEN');
    expect(text).not.toContain(marker);
    const data = between(text, '<section id="data"', '</section>');
    for (const edition of [2016, 2017, 2019, 2020]) expect(data).toContain(`<a href="/data/b2c/${edition}">${edition}</a>`);
    expect(data).toContain('The editions from TCdata360 give only the index and rank: their components show as –.');
    const rank2016 = publishedIndexOnly(2016).find((e) => e.iso3 === 'KEN')!.rank;
    expect(data).toMatch(new RegExp(`<a href="/data/b2c/2016">2016</a></th><td class="num">${rank2016}</td><td class="num">[\\d.]+</td><td class="num">–</td>`));
    const indicators = between(text, '<section id="indicators"', '</section>');
    expect(indicators).toMatch(/<td class="num">2019<\/td><td class="num">22.6<\/td><td class="num">19.1<\/td><td class="num">26<\/td><td>ITU<\/td>/);
  });

  it('an index-only edition’s page, API and downloads give no components', async () => {
    const page = (await get(hub, '/data/b2c/2017')).text;
    expect(page).toContain('This edition gives only the index and rank of each economy');
    expect(page).toMatch(/<td class="num">1<\/td><th scope="row"><a href="\/countries\/LUX">Luxembourg<\/a><\/th><td class="num">96\.5<\/td><td class="num">–<\/td>/);
    const api = JSON.parse((await get(hub, '/api/v1/b2c/2017')).text);
    expect(api.edition).toMatchObject({ status: 'official', methodVersion: 'index and rank only, TCdata360', economies: 136 });
    expect(api.data[0]).toMatchObject({ iso3: 'LUX', rank: 1, index: 96.5, components: { internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null } });
    const csv = csvRows((await get(hub, '/data/b2c/2017.csv')).text);
    expect(csv[0]).toMatchObject({ iso3: 'LUX', rank: '1', index: '96.5', internetUse: '', postalReliability: '', status: 'official', note: '' });
    const groups = JSON.parse((await get(hub, '/data/groups.json?edition=2016')).text);
    expect(groups.data[0]).toMatchObject({ group: '001', economies: 137, components: { internetUse: null } });
    expect(groups.notice).toBeUndefined();
    const history = csvRows((await get(hub, '/countries/KEN/b2c.csv')).text).filter((r) => r.kind === 'economy');
    expect(history.map((r) => [r.edition, r.internetUse === ''])).toEqual([
      ['2016', true],
      ['2017', true],
      ['2019', false],
      ['2020', false],
    ]);
    // Sorting an index-only edition by a component it lacks still answers, in rank order.
    expect((await get(hub, '/data/b2c/2016?sort=internetUse')).status).toBe(200);
  });
});
