import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importB2c } from '../../src/features/data/b2c-import.js';
import { listB2cEditions } from '../../src/features/data/queries.js';
import { b2cReferenceFiles } from '../../tests/helpers/b2c-reference.js';
import { type TestDb, createTestDb } from '../../tests/helpers/test-db.js';
import { loadDemoContent, loadReferenceData } from '../loader.js';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
});
afterEach(() => db.destroy());

const scores = () => db.db.selectFrom('b2cScores').selectAll().orderBy('edition').orderBy('iso3').execute();

describe('the sample B2C editions of the demo', () => {
  it('adds two sample editions of about 140 economies, values within 0–100, the same every time', async () => {
    await loadDemoContent(db.db);
    const editions = await listB2cEditions(db.db);
    expect(editions.map((e) => [e.edition, e.status, e.importedAt])).toEqual([
      [2020, 'sample', null],
      [2019, 'sample', null],
    ]);
    expect(editions[0]!.economies).toBeGreaterThanOrEqual(120);
    expect(editions[0]!.economies).toBeLessThanOrEqual(160);
    const rows = await scores();
    for (const row of rows) for (const v of [row.internetUse, row.accountOwnership, row.secureServers, row.postalReliability]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);
    expect(rows.map((r) => r.iso3)).toEqual(expect.arrayContaining(['KEN', 'RWA', 'SEN']));

    const again = await createTestDb();
    try {
      await loadReferenceData(again.db);
      await loadDemoContent(again.db);
      expect(await again.db.selectFrom('b2cScores').selectAll().orderBy('edition').orderBy('iso3').execute()).toEqual(rows);
    } finally {
      await again.destroy();
    }
  });

  it('is replaced by an official import and not added back by the demo loader', async () => {
    await loadDemoContent(db.db);
    await importB2c(db.db, { file: b2cReferenceFiles[2019], edition: 2019, by: 'test' });
    expect((await listB2cEditions(db.db)).map((e) => [e.edition, e.status])).toEqual([[2019, 'official']]);
    const report = await loadDemoContent(db.db);
    expect(report.added.b2cSample).toBe(0);
    expect((await listB2cEditions(db.db)).map((e) => e.status)).toEqual(['official']);
  });
});
