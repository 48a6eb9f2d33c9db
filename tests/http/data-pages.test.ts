import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEdition } from '../helpers/b2c-reference.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/** The hub's data as a fresh install serves it: the official figures of data/reference (the demo adds nothing to them). */
let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false, officialFigures: true });
}, 120_000);
afterAll(() => hub.close());

async function page(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, text: await res.text(), res };
}

const marker = 'Sample data — not official figures';

describe('data pages of a fresh install', () => {
  it.each(['/data', '/data/b2c/2020', '/data/b2c/2019', '/data/b2c/2016', '/countries/KEN', '/data/compare?countries=KEN,RWA,SEN'])(
    '%s is 200, shows the official figures with their source, and no sample',
    async (path) => {
      const { status, text } = await page(path);
      expect(status).toBe(200);
      expect(text).not.toContain(marker);
      expect(text).toContain('UNCTAD B2C E-commerce Index');
      expect(text.match(/<h1/g)?.length).toBe(1);
      expect(text).not.toMatch(/<script(?! type="application\/ld\+json")/);
    },
  );

  it('each edition page gives its source and licence', async () => {
    expect((await page('/data/b2c/2019')).text).toContain('source: UNCTAD B2C E-commerce Index 2019 (Technical Note on ICT for Development No. 14, table 5) · Licence: UNCTAD publication');
    expect((await page('/data/b2c/2017?lang=fr')).text).toContain('Licence : CC BY 4.0 (World Bank TCdata360)');
  });

  it('/data has the map with links to profiles, its table, top and bottom 10 and group averages, within 60 KB gzip', async () => {
    const { text } = await page('/data');
    expect(text).toContain('id="b2c-map"');
    expect(text).toContain('<a href="/countries/KEN" aria-label="Kenya: 49.0" class="q2"');
    expect(text).toMatch(/<caption id="[\w-]+">B2C E-commerce Index 2020 by economy<\/caption>/);
    expect(text).toContain('Top 10 economies');
    expect(text).toContain('Least Developed Countries');
    const gzip = gzipSync(text).length;
    console.log(`/data: ${text.length} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
    // The map is drawn once and then served from the cache: the same bytes again.
    expect((await page('/data')).text).toContain(text.slice(text.indexOf('<svg'), text.indexOf('</svg>')));
  });

  it('the ranking filters by region and group and sorts through links', async () => {
    const all = await page('/data/b2c/2020');
    const rows = (html: string) => html.match(/<tr><td class="num">/g)?.length ?? 0;
    const africa = await page('/data/b2c/2020?region=002');
    expect(rows(africa.text)).toBeGreaterThan(10);
    expect(rows(africa.text)).toBeLessThan(rows(all.text));
    expect(africa.text).toContain('href="/countries/KEN"');
    expect(africa.text).not.toContain('href="/countries/FRA"');
    const ldc = await page('/data/b2c/2020?group=ldc');
    expect(ldc.text).toContain('href="/countries/RWA"');
    expect(ldc.text).not.toContain('href="/countries/KEN"');
    expect(all.text).toContain('href="/data/b2c/2020?sort=index"');
    expect(all.text).toContain('href="/data/b2c/2020?sort=name"');
    expect(all.text).toContain('href="/data/b2c/2020?sort=internetUse"');
    expect(all.text).toContain('aria-sort="ascending"');
    const byName = await page('/data/b2c/2020?sort=name&region=002');
    const names = [...byName.text.matchAll(/<th scope="row"><a href="\/countries\/[A-Z]{3}">([^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(byName.text).toContain('href="/data/b2c/2020?region=002&amp;sort=name&amp;order=desc"');
    // A change since 2019 is shown with its sign.
    expect(all.text).toMatch(/<td class="num">[+−-]\d+\.\d<\/td><\/tr>/);
  });

  it('an unknown edition is 404, a bad filter on a page is ignored with a message', async () => {
    expect((await page('/data/b2c/1999')).status).toBe(404);
    expect((await page('/data/b2c/abcd')).status).toBe(404);
    expect((await page('/data/b2c/2020.xml')).status).toBe(404);
    const bad = await page('/data/b2c/2020?region=999');
    expect(bad.status).toBe(200);
    expect(bad.text).toContain('(“999”)');
  });

  it('publishes schema.org Dataset JSON-LD on an edition page', async () => {
    const { text } = await page('/data/b2c/2020');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)?.[1];
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('Dataset');
    expect(data.name).toBe('B2C E-commerce Index 2020');
    expect(data.creator.name).toBe('UNCTAD');
    expect(data.citation).toMatch(/^UNCTAD B2C E-commerce Index 2020/);
    expect(data.distribution[0].contentUrl).toMatch(/\/data\/b2c\/2020\.csv$/);
  });

  it('a country profile has a data section with the chart, its table, rank, averages and sources', async () => {
    const { text } = await page('/countries/KEN');
    expect(text).toContain('id="data"');
    expect(text).toContain('id="b2c-profile-KEN"');
    const kenya = publishedEdition(2020).find((e) => e.iso3 === 'KEN')!;
    expect(text).toContain(`Rank ${kenya.rank} of 152 in the 2020 edition`);
    expect(text).toContain('Eastern Africa (average)');
    expect(text).toContain('Developing economies (average)');
    expect(text).toContain('Source: UNCTAD B2C E-commerce Index 2020');
    // 2016 to 2020, the index-only editions included.
    for (const edition of [2016, 2017, 2019, 2020]) expect(text).toContain(`<a href="/data/b2c/${edition}">${edition}</a>`);
  });

  it('compares up to six economies and lists bad codes', async () => {
    const ok = await page('/data/compare?countries=KEN,RWA,SEN');
    expect(ok.text).toContain('id="b2c-compare"');
    for (const iso of ['KEN', 'RWA', 'SEN']) expect(ok.text).toContain(`<th scope="col"><a href="/countries/${iso}">`);
    const bad = await page('/data/compare?countries=KEN,XXX,12');
    expect(bad.status).toBe(200);
    expect(bad.text).toContain('These codes are not countries we know: XXX, 12');
    const many = await page('/data/compare?countries=KEN,RWA,SEN,FRA,BRA,IND,USA');
    expect(many.text).toContain('At most six economies');
    expect(many.text.match(/<th scope="col"><a href="\/countries\//g)?.length).toBe(6);
    expect((await page('/data/compare.csv?countries=KEN,XXX')).status).toBe(400);
    const csv = await page('/data/compare.csv?countries=KEN,RWA');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('downloads', () => {
  it('CSV: UTF-8, header row, CRLF, every row with its data year, source and licence', async () => {
    const { status, text, res } = await page('/data/b2c/2020.csv');
    expect(status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="b2c-2020.csv"');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('edition,rank,iso3,name,index,internetUse,accountOwnership,secureServers,postalReliability,change,dataYear,status,source,licence,note');
    expect(lines).toHaveLength(153);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/,2019,official,"UNCTAD B2C E-commerce Index 2020 \(Technical Note on ICT for Development No\. 17, annex\)",UNCTAD publication: figures reproduced with attribution \(the note states no open licence\),$/);
    }
    // Names with commas are quoted, and the filters apply to downloads too.
    expect((await page('/data/b2c/2020?format=csv&region=002')).text.split('\r\n').filter(Boolean).length).toBeLessThan(lines.length);
    expect((await page('/data/b2c/2020.csv?region=999')).status).toBe(400);
  });

  it('CSV escapes cells a spreadsheet would run as formulas', async () => {
    const { rankingCsv } = await import('../../src/features/data/present.js');
    const { translator } = await import('../../src/web/i18n/i18n.js');
    const edition = { edition: 2020, dataYear: 2019, methodVersion: 'm', status: 'official' as const, source: '=HYPERLINK("x")', licence: null, economies: 1, importedAt: null, indexOnly: false };
    const economy = {
      iso3: 'KEN', name: 'Kenya, "Republic"', rank: 1, publishedRank: null, index: 50, indexValue: 50, publishedIndex: null, internetUse: 50, accountOwnership: 50,
      secureServers: 50, postalReliability: 50, secureServersPerMillion: null, previousRank: null, previousIndex: null, change: null, publishedChange: null, groups: [],
    };
    const csv = rankingCsv(edition, [economy], translator('en'));
    expect(csv).toContain(`"Kenya, ""Republic"""`);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('JSON of an edition carries its source and licence, and each row its year and source', async () => {
    const { res, text } = await page('/data/b2c/2020.json?group=ldc');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(body.edition).toMatchObject({ status: 'official', source: expect.stringMatching(/^UNCTAD B2C/), licence: expect.stringMatching(/^UNCTAD publication/) });
    expect(body.edition.notice).toBeUndefined();
    expect(body.data[0]).toMatchObject({ edition: 2020, dataYear: 2019, source: body.edition.source, licence: body.edition.licence });
    expect(body.data.every((e: { iso3: string }) => e.iso3 !== 'KEN')).toBe(true);
  });
});

describe('API', () => {
  it('GET /api/v1/b2c lists the official editions 2016 to 2020 with their source and licence', async () => {
    const body = JSON.parse((await page('/api/v1/b2c')).text);
    expect(body.data.map((e: { edition: number; status: string }) => [e.edition, e.status])).toEqual([
      [2020, 'official'],
      [2019, 'official'],
      [2017, 'official'],
      [2016, 'official'],
    ]);
    expect(body.data[3]).toMatchObject({ source: expect.stringContaining('TCdata360'), licence: 'CC BY 4.0 (World Bank TCdata360)', economies: 137, url: '/data/b2c/2016' });
    expect(body.data.some((e: { notice?: string }) => e.notice)).toBe(false);
  });

  it('GET /api/v1/b2c/2019 reproduces the published table: every index within 0.5, UNCTAD’s ranks', async () => {
    const body = JSON.parse((await page('/api/v1/b2c/2019')).text);
    const published = new Map(publishedEdition(2019).map((e) => [e.iso3, e]));
    expect(body.data).toHaveLength(152);
    for (const row of body.data) {
      const printed = published.get(row.iso3)!;
      expect(Math.abs(row.index - printed.index), row.iso3).toBeLessThanOrEqual(0.5);
      expect(row.rank, row.iso3).toBe(printed.rank);
      expect(row.components.internetUse, row.iso3).toBe(printed.components.internetUse);
    }
  });

  it('GET /api/v1/b2c/:edition gives every economy with its components, filtered', async () => {
    const body = JSON.parse((await page('/api/v1/b2c/2020?region=014')).text);
    expect(body.edition.status).toBe('official');
    const ken = body.data.find((e: { iso3: string }) => e.iso3 === 'KEN');
    expect(Object.keys(ken.components)).toEqual(['internetUse', 'accountOwnership', 'secureServers', 'postalReliability']);
    expect(ken).toMatchObject({ iso3: 'KEN', name: 'Kenya' });
    expect(typeof ken.rank).toBe('number');
    expect(body.data.every((e: { iso3: string }) => e.iso3 !== 'SEN')).toBe(true);
    const ldc = JSON.parse((await page('/api/v1/b2c/2020?group=ldc')).text);
    expect(ldc.data.length).toBeGreaterThan(5);
  });

  it('answers 404 for an unknown edition and 400 naming a bad filter', async () => {
    const missing = await page('/api/v1/b2c/1999');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.id).toBe('not_found');
    for (const [query, parameter] of [['region=999', 'region'], ['group=rich', 'group']]) {
      const res = await page(`/api/v1/b2c/2020?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).error.parameter).toBe(parameter);
    }
    expect((await page('/api/v1/b2c/abc')).status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = JSON.parse((await page('/api/v1/openapi.json')).text);
    expect(doc.paths['/api/v1/b2c']).toBeDefined();
    expect(doc.paths['/api/v1/b2c/{edition}'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['edition', 'region', 'group']));
  });
});

describe('a sample edition (made up, imported as such)', () => {
  let demo: TestHub;
  beforeAll(async () => {
    demo = await createTestHub({ demo: false });
    const { importB2c } = await import('../../src/features/data/b2c-import.js');
    const file = 'iso3,internet_users_pct,account_ownership_pct,secure_servers_normalized,upu_postal_reliability\nKEN,10,20,30,40\nRWA,40,30,20,10\n';
    await importB2c(demo.db.db, { file: { name: 'sample.csv', content: new TextEncoder().encode(file) }, edition: 2024, status: 'sample', by: 'test' });
  }, 60_000);
  afterAll(() => demo.close());

  it('is marked as a sample on its pages, downloads and API, in each language', async () => {
    for (const path of ['/data', '/data/b2c/2024', '/countries/KEN', '/data/b2c/2024.csv', '/api/v1/b2c/2024']) expect(await (await demo.get(path)).text(), path).toContain(marker);
    expect(await (await demo.get('/data?lang=fr')).text()).toContain('Données d’exemple — pas des chiffres officiels');
    expect(await (await demo.get('/data/b2c/2024?lang=es')).text()).toContain('Datos de ejemplo — no son cifras oficiales');
  });
});
