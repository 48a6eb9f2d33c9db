import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../../src/features/data/indicator-catalogue.js';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { type TestDb, createTestDb } from '../../tests/helpers/test-db.js';
import { loadReferenceData } from '../loader.js';
import { indicatorSampleCountries, indicatorSampleSource, indicatorSampleYears, loadSampleIndicators } from './indicators-sample.js';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
});
afterEach(() => db.destroy());

const observations = () =>
  db.db
    .selectFrom('observations')
    .innerJoin('importBatches', 'importBatches.id', 'observations.batchId')
    .select(['iso3', 'indicatorCode', 'year', 'sex', 'value', 'observations.source', 'note', 'kind'])
    .orderBy('indicatorCode')
    .orderBy('iso3')
    .orderBy('year')
    .orderBy('sex')
    .execute();
const load = () => db.db.transaction().execute((trx) => loadSampleIndicators(trx));
const upload = (text: string) => ({ name: 'official.csv', content: new TextEncoder().encode(text) });

describe('the sample indicator values of the demo', () => {
  it('gives every catalogue indicator for the demo countries, women and men where it has them, within range and marked sample', async () => {
    const withSex = indicatorCatalogue.filter((i) => i.hasSexBreakdown).length;
    const expected = indicatorSampleCountries.length * indicatorSampleYears.length * (indicatorCatalogue.length + 2 * withSex);
    expect(await load()).toEqual({ added: expected, kept: 0 });
    const rows = await observations();
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      const definition = indicatorCatalogue.find((i) => i.code === row.indicatorCode)!;
      expect(row.value, `${row.indicatorCode} ${row.iso3}`).toBeGreaterThanOrEqual(definition.minValue ?? 0);
      if (definition.maxValue !== null) expect(row.value).toBeLessThanOrEqual(definition.maxValue);
      expect(row).toMatchObject({ source: indicatorSampleSource, kind: 'sample' });
      expect(row.note).toMatch(/^Sample data — not official figures/);
    }
    // Women and men either side of the total.
    const ken = rows.filter((r) => r.iso3 === 'KEN' && r.indicatorCode === 'internet-users' && r.year === 2021);
    const [female, male, total] = ken.map((r) => r.value);
    expect(female!).toBeLessThanOrEqual(total!);
    expect(male!).toBeGreaterThanOrEqual(total!);
  });

  it('changes nothing when loaded again, and is the same on every install', async () => {
    await load();
    const first = await observations();
    expect(await load()).toEqual({ added: 0, kept: first.length });
    expect(await observations()).toEqual(first);
    const other = await createTestDb();
    try {
      await loadReferenceData(other.db);
      await other.db.transaction().execute((trx) => loadSampleIndicators(trx));
      const again = await other.db.selectFrom('observations').select(['iso3', 'indicatorCode', 'year', 'sex', 'value']).orderBy('indicatorCode').orderBy('iso3').orderBy('year').orderBy('sex').execute();
      expect(again).toEqual(first.map(({ iso3, indicatorCode, year, sex, value }) => ({ iso3, indicatorCode, year, sex, value })));
    } finally {
      await other.destroy();
    }
  });

  it('is replaced whole by an official import, and never written over official values', async () => {
    await load();
    const result = await importIndicators(db.db, { file: upload('iso3,indicator,year,value,sex,source\nKEN,internet-users,2021,29.5,total,ITU\n'), by: 'test' });
    expect(result.unchanged).toBe(false);
    expect(await observations()).toEqual([{ iso3: 'KEN', indicatorCode: 'internet-users', year: 2021, sex: 'total', value: 29.5, source: 'ITU', note: null, kind: 'indicators' }]);
    expect(await db.db.selectFrom('importBatches').select('kind').where('kind', '=', 'sample').execute()).toEqual([]);
    expect(await load()).toEqual({ added: 0, kept: 1 });
    expect(await observations()).toHaveLength(1);
  });
});
