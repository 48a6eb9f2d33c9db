import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { countryIndicators, latestValues } from './country-indicators.js';
import { importIndicators } from './indicator-import.js';
import { ImportError } from './problems.js';

/** Excerpts in the shape of the publishers' files the hub does not ship (tests/fixtures/indicators/README.md). */
const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/indicators/${name}`, import.meta.url));

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
});
afterAll(() => db.destroy());

const values = (code: string) =>
  db.db.selectFrom('observations').select(['iso3', 'year', 'value', 'rank', 'sex']).where('indicatorCode', '=', code).orderBy('iso3').orderBy('year').execute();

describe('the publishers’ files that are not openly licensed can be imported', () => {
  it('the Cyberlaw Tracker’s, told by its columns: one indicator per area of law, each status a category', async () => {
    const result = await importIndicators(db.db, { file: fixture('unctad_cyberlaw_tracker.csv'), by: 'test' });
    expect(result).toMatchObject({ rows: 11, unchanged: false });
    expect(await values('law-consumer-protection')).toEqual([
      { iso3: 'BTN', year: 2026, value: 4, rank: null, sex: 'total' },
      { iso3: 'KEN', year: 2026, value: 1, rank: null, sex: 'total' },
      { iso3: 'NPL', year: 2026, value: 2, rank: null, sex: 'total' },
    ]);
    const { indicators } = await countryIndicators(db.db, 'NPL', 'fr');
    const laws = indicators.filter((i) => i.code.startsWith('law-'));
    expect(laws.map((i) => [i.code, latestValues(i).total!.category])).toEqual([
      ['law-electronic-transactions', { key: 'adopted', label: 'Adoptée' }],
      ['law-consumer-protection', { key: 'draft', label: 'Projet' }],
      ['law-data-protection', { key: 'adopted', label: 'Adoptée' }],
      ['law-cybercrime', { key: 'adopted', label: 'Adoptée' }],
      ['law-indirect-taxation', { key: 'adopted', label: 'Adoptée' }],
    ]);
    expect(laws[0]!.values[0]!.licence).toMatch(/^Not openly licensed/);
    expect(laws.every((i) => i.categorical && i.regionAverages.length === 0)).toBe(true);
  });

  it('the ITU Global Cybersecurity Index’s, told by its name, with the published ranks', async () => {
    await importIndicators(db.db, { file: fixture('itu_gci_2020_score.csv'), by: 'test' });
    expect((await values('cybersecurity-index')).find((v) => v.iso3 === 'KEN')).toEqual({ iso3: 'KEN', year: 2020, value: 81.7, rank: 51, sex: 'total' });
  });

  it('the UPU’s, told by its name, or under any name with the indicator named', async () => {
    await importIndicators(db.db, { file: fixture('upu_mail_delivered_at_home_pct.csv'), by: 'test' });
    expect(await values('mail-delivered-at-home')).toHaveLength(7);
    const renamed = { name: 'postal.csv', content: readFileSync(fixture('upu_mail_delivered_at_home_pct.csv')) };
    expect(await importIndicators(db.db, { file: renamed, indicator: 'mail-delivered-at-home', by: 'test' })).toMatchObject({ unchanged: true });
    await expect(importIndicators(db.db, { file: renamed, by: 'test' })).rejects.toBeInstanceOf(ImportError);
  });

  it('an indicator named for a file that names its own is refused', async () => {
    const long = { name: 'long.csv', content: new TextEncoder().encode('iso3,indicator,year,value\nKEN,internet-users,2019,22.6\n') };
    await expect(importIndicators(db.db, { file: long, indicator: 'internet-users', by: 'test' })).rejects.toThrow(
      'the file has an indicator column: import it without naming an indicator',
    );
    await expect(importIndicators(db.db, { file: fixture('unctad_cyberlaw_tracker.csv'), indicator: 'law-cybercrime', by: 'test' })).rejects.toThrow(
      'the file names its areas of law in law_area: import it without an indicator',
    );
  });
});
