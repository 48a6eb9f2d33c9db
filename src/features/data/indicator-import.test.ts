import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb, testDialect } from '../../../tests/helpers/test-db.js';
import { buildCountryReference } from '../countries/reference.js';
import { indicatorCatalogue } from './indicator-catalogue.js';
import { importIndicators } from './indicator-import.js';
import type { ImportSource } from './source-file.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
});
afterAll(() => db.destroy());

const upload = (text: string, name = 'indicators.csv'): ImportSource => ({ name, content: new TextEncoder().encode(text) });
const observations = () =>
  db.db.selectFrom('observations').select(['iso3', 'indicatorCode', 'year', 'sex', 'value', 'source', 'note', 'batchId']).orderBy('id').execute();

const small = [
  'iso3,indicator,year,value,sex,source',
  'KEN,internet-users,2019,22.6,,ITU',
  'KEN,internet-users,2019,19.1,female,ITU',
  'ken,internet-users,2019,26.0,Male,ITU',
  'RWA,logistics-performance,2018,2.97,total,',
].join('\n');

describe('importing indicators', () => {
  it('writes the catalogue in three languages and every observation, in one batch', async () => {
    const result = await importIndicators(db.db, { file: upload(small), by: 'secretariat@example.org' });
    expect(result).toMatchObject({ rows: 4, unchanged: false });
    expect(await observations()).toEqual([
      { iso3: 'KEN', indicatorCode: 'internet-users', year: 2019, sex: 'total', value: 22.6, source: 'ITU', note: null, batchId: result.batchId },
      { iso3: 'KEN', indicatorCode: 'internet-users', year: 2019, sex: 'female', value: 19.1, source: 'ITU', note: null, batchId: result.batchId },
      { iso3: 'KEN', indicatorCode: 'internet-users', year: 2019, sex: 'male', value: 26, source: 'ITU', note: null, batchId: result.batchId },
      { iso3: 'RWA', indicatorCode: 'logistics-performance', year: 2018, sex: 'total', value: 2.97, source: null, note: null, batchId: result.batchId },
    ]);
    const batch = await db.db.selectFrom('importBatches').selectAll().where('id', '=', result.batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ kind: 'indicators', fileName: 'indicators.csv', rows: 4, importedBy: 'secretariat@example.org' });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    const texts = await db.db.selectFrom('indicatorTexts').selectAll().where('indicatorCode', '=', 'internet-users').orderBy('locale').execute();
    expect(texts.map((t) => [t.locale, t.name])).toEqual([
      ['en', 'Individuals using the Internet'],
      ['es', 'Personas que usan Internet'],
      ['fr', 'Personnes utilisant Internet'],
    ]);
    expect(await db.db.selectFrom('indicators').select('code').execute()).toHaveLength(indicatorCatalogue.length);
  });

  it('changes nothing when the same file, or the same values in another order, come again', async () => {
    const before = await observations();
    const batches = await db.db.selectFrom('importBatches').selectAll().execute();
    const again = await importIndicators(db.db, { file: upload(small), by: 'test' });
    expect(again).toEqual({ batchId: before[0]!.batchId, rows: 4, unchanged: true });
    const [header, ...rows] = small.split('\n');
    const reordered = await importIndicators(db.db, { file: upload([header, ...rows.reverse()].join('\r\n'), 'other.csv'), by: 'test' });
    expect(reordered).toMatchObject({ rows: 4, unchanged: true });
    expect(await observations()).toEqual(before);
    expect(await db.db.selectFrom('importBatches').selectAll().execute()).toEqual(batches);
  });

  it('replaces the values a newer file changes and keeps the others', async () => {
    const result = await importIndicators(db.db, {
      file: upload('iso3,indicator,year,value,sex,source,note\nKEN,internet-users,2019,23.0,total,ITU,revised\nKEN,internet-users,2019,19.1,female,ITU,'),
      by: 'test',
    });
    expect(result.unchanged).toBe(false);
    const rows = await observations();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.sex === 'total' && r.iso3 === 'KEN')).toMatchObject({ value: 23, note: 'revised', batchId: result.batchId });
    expect(rows.find((r) => r.sex === 'female')!.batchId).not.toBe(result.batchId);
  });

  it('imports a file of twenty thousand observations, and times it', async () => {
    const countries = buildCountryReference().map((c) => c.iso3);
    const lines = ['iso3,indicator,year,value,sex,source'];
    for (const iso3 of countries) {
      for (const code of ['internet-users', 'account-ownership', 'mobile-money-account', 'internet-pay-or-buy']) {
        for (let year = 2014; year < 2024; year += 1) {
          for (const sex of ['total', 'female']) lines.push(`${iso3},${code},${year},${((iso3.charCodeAt(0) * year) % 1000) / 10},${sex},test`);
        }
      }
    }
    const file = upload(lines.join('\n'), 'large.csv');
    let started = performance.now();
    const result = await importIndicators(db.db, { file, by: 'test' });
    const first = performance.now() - started;
    started = performance.now();
    const again = await importIndicators(db.db, { file, by: 'test' });
    const second = performance.now() - started;
    console.log(`[${testDialect()}] import indicators: ${result.rows} observations in ${first.toFixed(0)} ms; again (unchanged) in ${second.toFixed(0)} ms`);
    expect(result).toMatchObject({ rows: lines.length - 1, unchanged: false });
    expect(again).toEqual({ batchId: result.batchId, rows: lines.length - 1, unchanged: true });
  });
});
