import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEdition, publishedIndexOnly } from '../../tests/helpers/b2c-reference.js';
import { type TestDb, createTestDb, testDialect } from '../../tests/helpers/test-db.js';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { countryIndicators, latestValues } from '../../src/features/data/country-indicators.js';
import { b2cRanking, listB2cEditions, listIndicators } from '../../src/features/data/queries.js';
import { loadReferenceData } from '../loader.js';
import { referenceEditions, referenceIndicatorFiles } from './files.js';
import { loadOfficialFigures, referenceImporter } from './load.js';

let db: TestDb;
let first: Awaited<ReturnType<typeof loadOfficialFigures>>;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  const started = performance.now();
  first = await loadOfficialFigures(db.db);
  console.log(`[${testDialect()}] official figures: ${first.loaded.length} files in ${(performance.now() - started).toFixed(0)} ms`);
}, 120_000);
afterAll(() => db.destroy());

const count = async (table: 'observations' | 'importBatches' | 'b2cScores') =>
  Number((await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the figures shipped in data/reference', () => {
  it('load every B2C edition and indicator file once, as official data with its source and licence', async () => {
    expect(first.loaded).toHaveLength(referenceEditions.length + referenceIndicatorFiles.length);
    const editions = await listB2cEditions(db.db);
    expect(editions.map((e) => [e.edition, e.status, e.economies, e.indexOnly])).toEqual([
      [2020, 'official', 152, false],
      [2019, 'official', 152, false],
      [2017, 'official', 136, true],
      [2016, 'official', 137, true],
    ]);
    for (const edition of editions) {
      expect(edition.source, String(edition.edition)).toMatch(new RegExp(`^UNCTAD B2C E-commerce Index ${edition.edition}`));
      expect(edition.licence, String(edition.edition)).toBeTruthy();
    }
    expect(editions.find((e) => e.edition === 2016)!.licence).toContain('CC BY 4.0');
    const indicators = await listIndicators(db.db);
    for (const { indicator } of referenceIndicatorFiles) {
      const found = indicators.find((i) => i.code === indicator)!;
      expect(found.observations, indicator).toBeGreaterThan(100);
      expect(found.licence, indicator).toBe('CC BY 4.0');
    }
    // The sources that are not openly licensed are known but hold nothing until the secretariat imports them.
    for (const code of ['cybersecurity-index', 'mail-delivered-at-home', 'law-cybercrime']) expect(indicators.find((i) => i.code === code)!.observations).toBe(0);
  });

  it('reproduce the published 2019 and 2020 tables: every index within 0.5, UNCTAD’s ranks shown', async () => {
    for (const edition of [2019, 2020] as const) {
      const published = new Map(publishedEdition(edition).map((e) => [e.iso3, e]));
      const ranking = (await b2cRanking(db.db, edition))!;
      expect(ranking).toHaveLength(152);
      for (const economy of ranking) {
        const row = published.get(economy.iso3)!;
        expect(Math.abs(economy.indexValue - row.index), `${edition} ${economy.iso3}`).toBeLessThanOrEqual(0.5);
        expect(economy.index).toBe(row.index);
        expect(economy.publishedRank).toBe(row.rank);
      }
    }
    for (const edition of [2016, 2017] as const) {
      const published = publishedIndexOnly(edition);
      const ranking = new Map((await b2cRanking(db.db, edition))!.map((e) => [e.iso3, e]));
      for (const row of published) expect(ranking.get(row.iso3), `${edition} ${row.iso3}`).toMatchObject({ index: row.index, publishedRank: row.rank });
    }
  });

  it('give Kenya’s Internet use, account ownership (women and men) and LPI as published, with their sources', async () => {
    const { indicators, groups } = await countryIndicators(db.db, 'KEN');
    const latest = (code: string) => latestValues(indicators.find((i) => i.code === code)!);
    const internet = latest('internet-users');
    expect(internet.year).toBe(2022);
    expect(internet.total!.value).toBeCloseTo(40.8137, 4);
    expect(internet.total!.source).toContain('ITU');
    const account = latest('account-ownership');
    expect([account.year, account.total!.value, account.female!.value, account.male!.value]).toEqual([2017, 81.5676, 77.7464, 85.8361]);
    expect(account.total!.source).toBe('World Bank, Global Findex Database 2017');
    const lpi = latest('logistics-performance');
    expect([lpi.year, lpi.total!.value, lpi.total!.rank]).toEqual([2018, 2.8149, 68]);
    expect(lpi.total!.licence).toBe('CC BY 4.0');
    expect(groups).toEqual({ region: '002', income: { value: 2, key: 'lower-middle', year: 2025 } });
    // Averages: unweighted means of the economies that have a value that year.
    const lpiIndicator = indicators.find((i) => i.code === 'logistics-performance')!;
    const africa2018 = lpiIndicator.regionAverages.find((a) => a.year === 2018)!;
    const african = await db.db
      .selectFrom('observations')
      .innerJoin('countries', 'countries.iso3', 'observations.iso3')
      .select('value')
      .where('indicatorCode', '=', 'logistics-performance')
      .where('year', '=', 2018)
      .where('countries.regionCode', '=', '002')
      .execute();
    expect(africa2018.countries).toBe(african.length);
    expect(africa2018.value).toBeCloseTo(african.reduce((sum, r) => sum + r.value, 0) / african.length, 9);
  });

  it('are skipped at the next start, and never written over what the secretariat imported since', async () => {
    const revised = 'iso3,year,value\nKEN,2022,41.5\n';
    await importIndicators(db.db, { file: { name: 'internet-users.csv', content: new TextEncoder().encode(revised) }, by: 'secretariat' });
    const [observations, batches, scores] = [await count('observations'), await count('importBatches'), await count('b2cScores')];
    const again = await loadOfficialFigures(db.db);
    expect(again).toEqual({ loaded: [], kept: referenceEditions.length + referenceIndicatorFiles.length });
    expect([await count('observations'), await count('importBatches'), await count('b2cScores')]).toEqual([observations, batches, scores]);
    const kenya = await db.db.selectFrom('observations').select('value').where('iso3', '=', 'KEN').where('indicatorCode', '=', 'internet-users').where('year', '=', 2022).executeTakeFirstOrThrow();
    expect(kenya.value).toBe(41.5);
    const batch = await db.db.selectFrom('importBatches').select(['importedBy', 'fileName']).where('fileName', '=', 'data/reference/b2c/b2c-index-2019.csv').executeTakeFirstOrThrow();
    expect(batch.importedBy).toBe(referenceImporter);
  });
});
