import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b2cReferenceFiles } from '../helpers/b2c-reference.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);
afterAll(() => hub.close());

async function page(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, text: await res.text(), res };
}

const marker = 'Sample data — not official figures';

describe('data pages on the demo sample', () => {
  it.each(['/data', '/data/b2c/2020', '/data/b2c/2019', '/countries/KEN', '/data/compare?countries=KEN,RWA,SEN'])('%s is 200 and says the figures are a sample', async (path) => {
    const { status, text } = await page(path);
    expect(status).toBe(200);
    expect(text).toContain(marker);
    expect(text.match(/<h1/g)?.length).toBe(1);
    expect(text).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it('says so in French and Spanish too', async () => {
    expect((await page('/data?lang=fr')).text).toContain('Données d’exemple — pas des chiffres officiels');
    expect((await page('/data/b2c/2020?lang=es')).text).toContain('Datos de ejemplo — no son cifras oficiales');
  });

  it('/data has the map with links to profiles, its table, top and bottom 10 and group averages, within 60 KB gzip', async () => {
    const { text } = await page('/data');
    expect(text).toContain('id="b2c-map"');
    expect(text).toMatch(/<a href="\/countries\/KEN" aria-label="Kenya: [\d.]+" class="q\d"/);
    expect(text).toContain('<caption>B2C E-commerce Index 2020 by economy (Sample data — not official figures)</caption>');
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
    expect(data.name).toContain('Sample data');
    expect(data.distribution[0].contentUrl).toMatch(/\/data\/b2c\/2020\.csv$/);
  });

  it('a country profile has a data section with the chart, its table, rank, averages and sources', async () => {
    const { text } = await page('/countries/KEN');
    expect(text).toContain('id="data"');
    expect(text).toContain('id="b2c-profile-KEN"');
    expect(text).toMatch(/Rank \d+ of \d+ in the 2020 edition/);
    expect(text).toContain('Eastern Africa (average)');
    expect(text).toContain('Developing economies (average)');
    expect(text).toContain('E4D Hub sample data');
    expect(text).toMatch(/<td class="num">2019<\/td>/);
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
  it('CSV: UTF-8, header row, CRLF, the sample marked in every row', async () => {
    const { status, text, res } = await page('/data/b2c/2020.csv');
    expect(status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="b2c-2020.csv"');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('edition,rank,iso3,name,index,internetUse,accountOwnership,secureServers,postalReliability,change,dataYear,status,source,note');
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines.slice(1)) expect(line).toMatch(/,sample,"E4D Hub sample data \(generated, not UNCTAD figures\)",Sample data — not official figures$/);
    // Names with commas are quoted, and the filters apply to downloads too.
    expect((await page('/data/b2c/2020?format=csv&region=002')).text.split('\r\n').filter(Boolean).length).toBeLessThan(lines.length);
    expect((await page('/data/b2c/2020.csv?region=999')).status).toBe(400);
  });

  it('CSV escapes cells a spreadsheet would run as formulas', async () => {
    const { rankingCsv } = await import('../../src/features/data/present.js');
    const { translator } = await import('../../src/web/i18n/i18n.js');
    const edition = { edition: 2020, dataYear: 2019, methodVersion: 'm', status: 'official' as const, source: '=HYPERLINK("x")', economies: 1, importedAt: null, indexOnly: false };
    const economy = {
      iso3: 'KEN', name: 'Kenya, "Republic"', rank: 1, publishedRank: null, index: 50, indexValue: 50, publishedIndex: null, internetUse: 50, accountOwnership: 50,
      secureServers: 50, postalReliability: 50, secureServersPerMillion: null, previousRank: null, previousIndex: null, change: null, publishedChange: null, groups: [],
    };
    const csv = rankingCsv(edition, [economy], translator('en'));
    expect(csv).toContain(`"Kenya, ""Republic"""`);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('JSON of an edition carries the notice', async () => {
    const { res, text } = await page('/data/b2c/2020.json?group=ldc');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(body.edition.notice).toBe(marker);
    expect(body.data.every((e: { iso3: string }) => e.iso3 !== 'KEN')).toBe(true);
  });
});

describe('API', () => {
  it('GET /api/v1/b2c lists the editions, marked as samples', async () => {
    const body = JSON.parse((await page('/api/v1/b2c')).text);
    expect(body.data.map((e: { edition: number }) => e.edition)).toEqual([2020, 2019]);
    expect(body.data[0]).toMatchObject({ status: 'sample', notice: marker, url: '/data/b2c/2020' });
    expect(JSON.parse((await page('/api/v1/b2c?lang=fr')).text).data[0].notice).toBe('Données d’exemple — pas des chiffres officiels');
  });

  it('GET /api/v1/b2c/:edition gives every economy with its components, filtered', async () => {
    const body = JSON.parse((await page('/api/v1/b2c/2020?region=014')).text);
    expect(body.edition.notice).toBe(marker);
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

describe('after importing the official 2019 and 2020 editions', () => {
  let official: TestHub;
  beforeAll(async () => {
    official = await createTestHub();
    const { importB2c } = await import('../../src/features/data/b2c-import.js');
    await importB2c(official.db.db, { file: b2cReferenceFiles[2019], edition: 2019, by: 'test' });
    await importB2c(official.db.db, { file: b2cReferenceFiles[2020], edition: 2020, by: 'test' });
  }, 60_000);
  afterAll(() => official.close());

  it('no page, download or API response calls the figures a sample, and ranks are UNCTAD’s', async () => {
    for (const path of ['/data', '/data/b2c/2020', '/countries/KEN', '/data/b2c/2020.csv', '/api/v1/b2c/2020', '/data/groups.csv', '/countries/KEN/b2c.csv']) {
      let text = await (await official.get(path)).text();
      // The profile's other indicators stay the demo's sample until an indicators import replaces them.
      if (path === '/countries/KEN') text = text.slice(text.indexOf('<section id="data"'), text.indexOf('<section id="indicators"'));
      expect(text, path).not.toContain(marker);
    }
    const body = JSON.parse(await (await official.get('/api/v1/b2c/2020')).text());
    expect(body.edition.status).toBe('official');
    expect(body.data).toHaveLength(152);
    expect(body.data[0]).toMatchObject({ iso3: 'CHE', rank: 1 });
    const html = await (await official.get('/data/b2c/2020')).text();
    expect(html).toContain('Change: index points since the 2019 edition.');
    const gzip = gzipSync(await (await official.get('/data')).text()).length;
    console.log(`/data with the official 2020 edition: ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
  });
});
