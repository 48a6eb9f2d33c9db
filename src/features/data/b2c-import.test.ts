import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type PublishedEconomy, b2cReferenceFiles, published2019Means, publishedEdition } from '../../../tests/helpers/b2c-reference.js';
import { type TestDb, createTestDb, testDialect } from '../../../tests/helpers/test-db.js';
import { importB2c } from './b2c-import.js';
import { type B2cComponents, b2cIndex } from './compute.js';
import type { ImportResult } from './import-batch.js';
import { b2cGroupMeans } from './queries.js';

let db: TestDb;
const imported = new Map<number, ImportResult>();

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const edition of [2019, 2020] as const) {
    const started = performance.now();
    imported.set(edition, await importB2c(db.db, { file: b2cReferenceFiles[edition], edition, by: 'test' }));
    // The closing note of issue 5 reports how long each import takes.
    console.log(`[${testDialect()}] import b2c ${edition}: ${imported.get(edition)!.rows} economies in ${(performance.now() - started).toFixed(0)} ms`);
  }
});
afterAll(() => db.destroy());

const storedScores = (edition: number) => db.db.selectFrom('b2cScores').selectAll().where('edition', '=', edition).orderBy('iso3').execute();

describe.each([2019, 2020] as const)('the %i edition from the reference file', (edition) => {
  let published: Map<string, PublishedEconomy>;
  beforeAll(() => {
    published = new Map(publishedEdition(edition).map((e) => [e.iso3, e]));
  });

  it('is imported whole: 152 economies with their published components, index and rank', async () => {
    expect(imported.get(edition)).toMatchObject({ rows: 152, unchanged: false });
    const scores = await storedScores(edition);
    expect(scores).toHaveLength(152);
    for (const score of scores) {
      const economy = published.get(score.iso3)!;
      expect(score).toMatchObject({ ...economy.components, publishedIndex: economy.index, publishedRank: economy.rank, secureServersPerMillion: null });
    }
    const stored = await db.db.selectFrom('b2cEditions').selectAll().where('edition', '=', edition).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ dataYear: edition - 1, status: 'official', methodVersion: 'unctad-b2c-2018' });
  });

  it('gives every economy an index, computed from the published components, within 0.5 of the published index', async () => {
    for (const score of await storedScores(edition)) {
      const computed = b2cIndex(score as B2cComponents);
      expect(score.indexValue).toBe(computed);
      expect(Math.abs(computed - published.get(score.iso3)!.index), score.iso3).toBeLessThanOrEqual(0.5);
    }
  });

  it('computes ranks equal to the published ones for at least 95% of economies, never more than 3 places apart', async () => {
    const scores = await storedScores(edition);
    const tieSize = (rank: number) => scores.filter((s) => s.rank === rank).length;
    let equal = 0;
    let equalOrTied = 0;
    let largest = 0;
    for (const score of scores) {
      const printed = published.get(score.iso3)!.rank;
      if (score.rank === printed) equal += 1;
      // Economies printed with the same index and the same component mean share a rank: UNCTAD broke
      // such ties on values nobody has, so any published rank inside the shared block agrees with it.
      if (printed >= score.rank && printed < score.rank + tieSize(score.rank)) equalOrTied += 1;
      largest = Math.max(largest, Math.abs(score.rank - printed));
    }
    const percent = (n: number) => `${((100 * n) / scores.length).toFixed(1)}%`;
    console.log(
      `[${testDialect()}] ${edition} ranks: ${equal}/152 (${percent(equal)}) equal the published rank, ` +
        `${equalOrTied}/152 (${percent(equalOrTied)}) counting shared ranks; largest difference ${largest}`,
    );
    expect(equalOrTied / scores.length).toBeGreaterThanOrEqual(0.95);
    if (edition === 2019) expect(equal / scores.length).toBeGreaterThanOrEqual(0.95);
    expect(largest).toBeLessThanOrEqual(3);
  });
});

describe('group means', () => {
  it('give the published 2019 world figures after rounding (unweighted means of the 152 economies)', async () => {
    const means = new Map((await b2cGroupMeans(db.db, 2019))!.map((m) => [m.group, m]));
    const table4 = published2019Means();
    const rounded = (group: string) => {
      const { economies: _n, group: _g, ...values } = means.get(group)!;
      return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Math.round(value!)]));
    };
    expect(means.get('001')!.economies).toBe(152);
    expect(rounded('001')).toEqual(table4.get('World'));
    // UNCTAD's "Africa" is M49 Sub-Saharan Africa; its developed economies are UNCTAD's classification (36 in 2019).
    expect(rounded('202')).toEqual(table4.get('Africa'));
    expect(rounded('419')).toEqual(table4.get('Latin America & the Caribbean'));
    expect(means.get('developed')!.economies).toBe(36);
    expect(rounded('developed')).toEqual(table4.get('Developed economies'));
  });
});

describe('importing again', () => {
  it('changes nothing when the file is the same', async () => {
    const before = await db.db.selectFrom('b2cScores').selectAll().orderBy('edition').orderBy('iso3').execute();
    const batches = await db.db.selectFrom('importBatches').selectAll().execute();
    const again = await importB2c(db.db, { file: b2cReferenceFiles[2019], edition: 2019, by: 'someone else' });
    expect(again).toEqual({ batchId: imported.get(2019)!.batchId, rows: 152, unchanged: true });
    expect(await db.db.selectFrom('importBatches').selectAll().execute()).toEqual(batches);
    expect(await db.db.selectFrom('b2cScores').selectAll().orderBy('edition').orderBy('iso3').execute()).toEqual(before);
  });

  it('rolls back a failure while writing: the edition stays as it was', async () => {
    const before = await storedScores(2020);
    const upload = { name: 'annex.csv', content: new TextEncoder().encode(`${readFileSync(b2cReferenceFiles[2020], 'utf8')}\n`) };
    const failing = importB2c(db.db, {
      file: upload,
      edition: 2020,
      by: 'test',
      onProgress: ({ phase }) => {
        if (phase === 'writing') throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await storedScores(2020)).toEqual(before);
    const batches = await db.db.selectFrom('importBatches').select('id').execute();
    expect(batches.map((b) => b.id).sort()).toEqual([imported.get(2019)!.batchId, imported.get(2020)!.batchId].sort());
  });

  it('replaces the demo’s sample edition when an official one is imported', async () => {
    const sample = 'iso3,internet_users_pct,account_ownership_pct,secure_servers_normalized,upu_postal_reliability\nKEN,1,2,3,4\nRWA,4,3,2,1\n';
    const made = await importB2c(db.db, { file: { name: 'sample.csv', content: new TextEncoder().encode(sample) }, edition: 2024, status: 'sample', by: 'demo' });
    expect(made).toMatchObject({ rows: 2, unchanged: false });
    expect((await storedScores(2024)).map((s) => [s.iso3, s.rank, s.indexValue])).toEqual([
      ['KEN', 1, 2.5],
      ['RWA', 1, 2.5],
    ]);
    // The same 2020 content with another data year is a change: written, and the sample goes.
    const result = await importB2c(db.db, { file: b2cReferenceFiles[2020], edition: 2020, dataYear: 2020, by: 'test' });
    expect(result.unchanged).toBe(false);
    const editions = await db.db.selectFrom('b2cEditions').select(['edition', 'status', 'dataYear']).orderBy('edition').execute();
    expect(editions).toEqual([
      { edition: 2019, status: 'official', dataYear: 2018 },
      { edition: 2020, status: 'official', dataYear: 2020 },
    ]);
    expect(await db.db.selectFrom('b2cScores').select('iso3').where('edition', '=', 2024).execute()).toEqual([]);
    expect(await storedScores(2020)).toHaveLength(152);
  });
});
