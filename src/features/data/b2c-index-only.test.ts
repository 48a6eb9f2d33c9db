import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { b2cIndexOnlyFiles, b2cReferenceFiles, publishedIndexOnly } from '../../../tests/helpers/b2c-reference.js';
import { type TestDb, createTestDb, testDialect } from '../../../tests/helpers/test-db.js';
import { b2cIndexOnlyMethodVersion } from './b2c-index-only.js';
import { importB2c } from './b2c-import.js';
import type { ImportResult } from './import-batch.js';
import { ImportError } from './problems.js';
import { b2cGroupMeans, countryB2cHistory, listB2cEditions } from './queries.js';

let db: TestDb;
const imported = new Map<number, ImportResult>();

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const edition of [2016, 2017] as const) {
    const started = performance.now();
    imported.set(edition, await importB2c(db.db, { file: b2cIndexOnlyFiles[edition], edition, by: 'test' }));
    console.log(`[${testDialect()}] import b2c ${edition} (index only): ${imported.get(edition)!.rows} economies in ${(performance.now() - started).toFixed(0)} ms`);
  }
  await importB2c(db.db, { file: b2cReferenceFiles[2020], edition: 2020, by: 'test' });
}, 60_000);
afterAll(() => db.destroy());

const storedScores = (edition: number) => db.db.selectFrom('b2cScores').selectAll().where('edition', '=', edition).orderBy('iso3').execute();

describe.each([
  [2016, 137],
  [2017, 136],
] as const)('the %i TCdata360 file (index and rank only)', (edition, count) => {
  it('is told from its header and imported as an index-only edition', async () => {
    expect(imported.get(edition)).toMatchObject({ rows: count, unchanged: false });
    const found = (await listB2cEditions(db.db)).find((e) => e.edition === edition);
    expect(found).toMatchObject({ status: 'official', dataYear: edition - 1, methodVersion: b2cIndexOnlyMethodVersion, indexOnly: true, economies: count });
    expect(found!.source).toContain('TCdata360');
  });

  it('stores the published index and rank of every economy, and no components', async () => {
    const published = new Map(publishedIndexOnly(edition).map((e) => [e.iso3, e]));
    const scores = await storedScores(edition);
    expect(scores.map((s) => s.iso3).sort()).toEqual([...published.keys()].sort());
    for (const score of scores) {
      const row = published.get(score.iso3)!;
      expect(score, score.iso3).toMatchObject({ publishedRank: row.rank, publishedIndex: row.index, indexValue: row.index });
      expect([score.internetUse, score.accountOwnership, score.secureServers, score.postalReliability]).toEqual([null, null, null, null]);
    }
    // The hub's own ranks keep the published order (ties on rounded values broken by the published rank).
    const byHub = [...scores].sort((a, b) => a.rank - b.rank).map((s) => s.iso3);
    const byPublished = [...scores].sort((a, b) => a.publishedRank! - b.publishedRank!).map((s) => s.iso3);
    expect(byHub).toEqual(byPublished);
    if (edition === 2016) for (const score of scores) expect(score.rank).toBe(score.publishedRank);
  });

  it('changes nothing when imported again', async () => {
    const before = await storedScores(edition);
    const batches = await db.db.selectFrom('importBatches').select('id').execute();
    const again = await importB2c(db.db, { file: b2cIndexOnlyFiles[edition], edition, by: 'someone else' });
    expect(again).toEqual({ batchId: imported.get(edition)!.batchId, rows: count, unchanged: true });
    expect(await storedScores(edition)).toEqual(before);
    expect(await db.db.selectFrom('importBatches').select('id').execute()).toEqual(batches);
  });
});

describe('index-only editions beside full ones', () => {
  it('give a country a history from 2016 to 2020, with components only where published', async () => {
    const history = await countryB2cHistory(db.db, 'KEN');
    expect(history.map((h) => [h.edition, h.indexOnly])).toEqual([
      [2016, true],
      [2017, true],
      [2020, false],
    ]);
    expect(history[0]!.internetUse).toBeNull();
    expect(history[2]!.internetUse).toBeGreaterThan(0);
    // TCdata360's 2017 table lacks 8 of the 144 economies UNCTAD ranked: a rank never exceeds the count.
    for (const h of history) expect(h.publishedRank ?? h.rank).toBeLessThanOrEqual(h.economies);
  });

  it('give group means of the index, and null component means', async () => {
    const world = (await b2cGroupMeans(db.db, 2016))!.find((m) => m.group === '001')!;
    expect(world.economies).toBe(137);
    const mean = publishedIndexOnly(2016).reduce((sum, e) => sum + e.index, 0) / 137;
    expect(world.index).toBeCloseTo(mean, 6);
    expect([world.internetUse, world.accountOwnership, world.secureServers, world.postalReliability]).toEqual([null, null, null, null]);
  });

  it('refuse a bad index-only file whole, with every problem by line', async () => {
    const text = ['rank_2016,iso3,country_name_tcdata360,index_2016', '1,LUX,Luxembourg,189.7', '2,XXX,Nowhere,50', '3,LUX,Luxembourg,40', 'x,NOR,Norway,87'].join('\n');
    const error = await importB2c(db.db, { file: { name: 'bad.csv', content: new TextEncoder().encode(text) }, edition: 2016, by: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect((error as ImportError).message).toMatch(/line 2: index_2016: 189\.7 is outside 0–100/);
    expect((await storedScores(2016)).length).toBe(137);
  });

  it('refuse a file whose columns name another edition', async () => {
    const error = await importB2c(db.db, { file: b2cIndexOnlyFiles[2016], edition: 2018, by: 'test' }).catch((e: unknown) => e);
    expect((error as ImportError).message).toContain('column "rank_2016" is for the 2016 edition, not 2018');
  });
});
