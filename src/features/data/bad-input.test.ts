import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { importB2c } from './b2c-import.js';
import { importIndicators } from './indicator-import.js';
import { ImportError, type ImportProblem } from './problems.js';
import type { ImportSource } from './source-file.js';

let db: TestDb;
let dir: string;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  dir = mkdtempSync(path.join(tmpdir(), 'e4d-bad-input-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.destroy();
});

/** Everything an import could write. */
async function dataTables() {
  type Table = 'importBatches' | 'b2cEditions' | 'b2cScores' | 'observations' | 'indicators' | 'indicatorTexts';
  const all = (table: Table) => db.db.selectFrom(table).selectAll().execute();
  return {
    importBatches: await all('importBatches'),
    b2cEditions: await all('b2cEditions'),
    b2cScores: await all('b2cScores'),
    observations: await all('observations'),
    indicators: await all('indicators'),
    indicatorTexts: await all('indicatorTexts'),
  };
}

const upload = (text: string | Uint8Array, name = 'upload.csv'): ImportSource => ({
  name,
  content: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

/** The import must be refused with exactly these problems, and leave every data table as it was. */
async function expectRefused(run: () => Promise<unknown>, problems: ImportProblem[]): Promise<void> {
  const before = await dataTables();
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).problems).toEqual(problems);
  expect(await dataTables()).toEqual(before);
}

const b2cHeader =
  'rank_2019,economy,iso3,internet_users_pct_2018_or_latest,account_ownership_pct_15plus_2017,secure_servers_normalized_2018,upu_postal_reliability_2018_or_latest,index_2019,index_change_2017_18_data,rank_2018_published';
const netherlands = '1,Netherlands,NLD,95,100,98,93,96.4,0.3,1';
const kenya = '88,Kenya,KEN,18,82,49,47,49.0,2.9,89';
const chad = '151,Chad,TCD,7,22,0,6,8.5,-7.4,150';
const b2cFile = (...rows: string[]) => [b2cHeader, ...rows].join('\r\n');
const b2c = (file: ImportSource, edition = 2019) => () => importB2c(db.db, { file, edition, by: 'test' });

describe('a B2C table with bad rows is refused whole, with every problem by line', () => {
  it.each([
    {
      case: 'a wrong column',
      text: b2cFile(netherlands, kenya).replace('upu_postal_reliability_2018_or_latest', 'postal_score'),
      problems: [
        { line: 1, message: 'unknown column "postal_score"' },
        { line: 1, message: 'missing column: UPU postal reliability (upu_postal_reliability…)' },
      ],
    },
    {
      case: 'a missing column',
      text: b2cFile(netherlands, kenya)
        .split('\r\n')
        .map((line) => line.split(',').toSpliced(3, 1).join(','))
        .join('\n'),
      problems: [{ line: 1, message: 'missing column: Internet users % (internet_users_pct…)' }],
    },
    {
      case: 'a column given twice',
      text: b2cFile(netherlands).replace('index_change_2017_18_data', 'internet_users_pct_2017'),
      problems: [{ line: 1, message: 'columns "internet_users_pct_2018_or_latest" and "internet_users_pct_2017" both give the Internet users % (internet_users_pct…)' }],
    },
    {
      case: 'rows with too few or too many values',
      text: b2cFile(netherlands, '88,Kenya,KEN,18,82,49,47,49.0,2.9', `${chad},1`),
      problems: [
        { line: 3, message: 'expected 10 values (one per column of the header), found 9' },
        { line: 4, message: 'expected 10 values (one per column of the header), found 11' },
      ],
    },
    {
      case: 'wrong types',
      text: b2cFile(netherlands.replace(',100,', ',n/a,'), kenya.replace('88,', '8.5,'), chad.replace(',8.5,', ',8%,')),
      problems: [
        { line: 2, message: 'account_ownership_pct_15plus_2017: "n/a" is not a number' },
        { line: 3, message: 'rank_2019: 8.5 is not a whole number' },
        { line: 4, message: 'index_2019: "8%" is not a number' },
      ],
    },
    {
      case: 'values outside 0–100 and missing values',
      text: b2cFile(netherlands.replace(',93,', ',100.5,'), kenya.replace(',18,', ',-1,'), chad.replace(',22,', ',,')),
      problems: [
        { line: 2, message: 'upu_postal_reliability_2018_or_latest: 100.5 is outside 0–100' },
        { line: 3, message: 'internet_users_pct_2018_or_latest: -1 is outside 0–100' },
        { line: 4, message: 'account_ownership_pct_15plus_2017: missing value' },
      ],
    },
    {
      case: 'a country twice',
      text: b2cFile(netherlands, kenya, chad, kenya.replace('88,', '89,')),
      problems: [{ line: 5, message: 'KEN appears twice (also on line 3)' }],
    },
    {
      case: 'unknown codes and a missing one',
      text: b2cFile(netherlands.replace('NLD', 'XKX'), kenya.replace('KEN', 'KENYA'), chad.replace('TCD', '')),
      problems: [
        { line: 2, message: 'iso3: "XKX" is not an ISO 3166-1 alpha-3 code the hub knows' },
        { line: 3, message: 'iso3: "KENYA" is not an ISO 3166-1 alpha-3 code the hub knows' },
        { line: 4, message: 'iso3: missing value' },
      ],
    },
    {
      case: 'unknown names when there is no code',
      text: [
        'economy,internet_users_pct,account_ownership_pct,secure_servers_normalized,upu_postal_reliability',
        'Kenya,18,82,49,47',
        'Atlantis,1,2,3,4',
        'Congo-Brazzaville,1,2,3,4',
      ].join('\n'),
      problems: [
        { line: 3, message: 'economy: "Atlantis" is not the name of a country the hub knows; give its ISO3 code in an iso3 column' },
        { line: 4, message: 'economy: "Congo-Brazzaville" is not the name of a country the hub knows; give its ISO3 code in an iso3 column' },
      ],
    },
    {
      case: 'a table of another edition',
      text: b2cFile(netherlands).replaceAll('_2019', '_2018'),
      problems: [
        { line: 1, message: 'column "rank_2018" is for the 2018 edition, not 2019' },
        { line: 1, message: 'column "index_2018" is for the 2018 edition, not 2019' },
      ],
    },
    {
      case: 'a quote left open',
      text: b2cFile(netherlands, kenya.replace('Kenya', '"Kenya')),
      problems: [{ line: 3, message: 'not valid CSV: the parsing is finished with an opening quote at line 3' }],
    },
  ])('$case', async ({ text, problems }) => {
    await expectRefused(b2c(upload(text)), problems);
  });

  it('an empty file, a blank one, and a header without rows', async () => {
    await expectRefused(b2c(upload('')), [{ line: null, message: 'The file is empty.' }]);
    await expectRefused(b2c(upload(' \r\n\r\n')), [{ line: null, message: 'The file is empty.' }]);
    await expectRefused(b2c(upload(`${b2cHeader}\r\n`)), [{ line: null, message: 'The file has a header but no data rows.' }]);
  });

  it('a 50 MB file on disk and a 21 MB upload, refused before they are read', async () => {
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, `${b2cHeader}\n`);
    truncateSync(big, 50 * 1024 * 1024); // sparse: no 50 MB written to the disk
    await expectRefused(b2c(big), [{ line: null, message: 'The file is 50.0 MB; the limit is 20.0 MB.' }]);
    await expectRefused(b2c(upload(new Uint8Array(21 * 1024 * 1024))), [{ line: null, message: 'The file is 21.0 MB; the limit is 20.0 MB.' }]);
  });

  it('a file that is not UTF-8, and one that does not exist', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${b2cHeader}\n`), ...Buffer.from('1,Cura\xe7ao,CUW,1,2,3,4,2.5,0,1', 'latin1')]);
    await expectRefused(b2c(upload(latin1)), [{ line: null, message: 'The file is not UTF-8 text.' }]);
    const missing = path.join(dir, 'missing.csv');
    await expectRefused(b2c(missing), [{ line: null, message: `The file ${missing} does not exist.` }]);
  });

  it('an edition that is not a year', async () => {
    await expectRefused(b2c(upload(b2cFile(netherlands)), 19), [{ line: null, message: 'The edition must be a year between 2000 and 2100, not 19.' }]);
  });

  it('a refused file leaves the edition it would have replaced as it was', async () => {
    await importB2c(db.db, { file: upload(b2cFile(netherlands, kenya, chad)), edition: 2019, by: 'test' });
    await expectRefused(b2c(upload(b2cFile(netherlands, kenya.replace(',47,', ',470,')))), [
      { line: 3, message: 'upu_postal_reliability_2018_or_latest: 470 is outside 0–100' },
    ]);
    expect((await dataTables()).b2cScores.map((s) => s.iso3).sort()).toEqual(['KEN', 'NLD', 'TCD']);
  });
});

const indicators = (text: string) => () => importIndicators(db.db, { file: upload(text), by: 'test' });

const nextYear = new Date().getUTCFullYear() + 1;

describe('an indicators file with bad rows is refused whole, with every problem by line', () => {
  it.each([
    {
      case: 'wrong and missing columns',
      text: 'iso3,indicator,year,amount,unit\nKEN,internet-users,2019,22.6,percent',
      problems: [
        { line: 1, message: 'unknown column "amount"' },
        { line: 1, message: 'unknown column "unit"' },
        { line: 1, message: 'missing column: value' },
      ],
    },
    {
      case: 'unknown country codes and indicators',
      text: 'iso3,indicator,year,value\nZZZ,internet-users,2019,22.6\nKEN,internet-speed,2019,3\n,internet-users,2019,1\nKEN,,2019,1\nXKX,internet-users,2019,5',
      problems: [
        { line: 2, message: 'iso3: "ZZZ" is not an ISO 3166-1 alpha-3 code the hub knows' },
        { line: 3, message: 'indicator: "internet-speed" is not an indicator the hub knows' },
        { line: 4, message: 'iso3: missing value' },
        { line: 5, message: 'indicator: missing value' },
        { line: 6, message: 'iso3: "XKX" is not an ISO 3166-1 alpha-3 code the hub knows' },
      ],
    },
    {
      case: 'wrong types, values out of range and years in the future',
      text: [
        'iso3,indicator,year,value',
        'KEN,internet-users,2019.5,22.6',
        'KEN,internet-users,twenty,22.6',
        'KEN,internet-users,1850,22.6',
        'KEN,internet-users,2019,120',
        'KEN,logistics-performance,2018,0.5',
        'KEN,fixed-broadband,2019,-4',
        'KEN,mobile-subscriptions,2019,1e400',
        'KEN,population,2019,',
        `KEN,internet-users,${nextYear},30`,
        'KEN,income-group,2025,middle',
      ].join('\n'),
      problems: [
        { line: 2, message: 'year: "2019.5" is not a year' },
        { line: 3, message: 'year: "twenty" is not a year' },
        { line: 4, message: 'year: 1850 is before 1960' },
        { line: 5, message: 'value: 120 is outside 0–100 for internet-users' },
        { line: 6, message: 'value: 0.5 is outside 1–5 for logistics-performance' },
        { line: 7, message: 'value: -4 is below 0 for fixed-broadband' },
        { line: 8, message: 'value: "1e400" is not a number' },
        { line: 9, message: 'value: missing value' },
        { line: 10, message: `year: ${nextYear} is in the future` },
        { line: 11, message: 'value: "middle" is not a value of income-group (low, lower-middle, upper-middle, high)' },
      ],
    },
    {
      case: 'a breakdown by sex the indicator does not have, and an unknown sex',
      text: 'iso3,indicator,year,value,sex\nKEN,fixed-broadband,2019,10,female\nKEN,internet-users,2019,20,women\nKEN,account-ownership,2017,80,other',
      problems: [
        { line: 2, message: 'sex: fixed-broadband has no breakdown by sex' },
        { line: 3, message: 'sex: "women" must be total, female or male' },
        { line: 4, message: 'sex: "other" must be total, female or male' },
      ],
    },
    {
      case: 'the same observation twice',
      text: 'iso3,indicator,year,value,sex\nKEN,internet-users,2019,20,female\nKEN,internet-users,2019,22,\nken,internet-users,2019,21,Female',
      problems: [{ line: 4, message: 'KEN internet-users 2019 (female) appears twice (also on line 2)' }],
    },
    {
      case: 'a rank that is not one, or for an indicator without ranks',
      text: 'iso3,indicator,year,value,rank\nKEN,logistics-performance,2018,2.81,0\nKEN,internet-users,2019,20,3',
      problems: [
        { line: 2, message: 'rank: "0" is not a rank (a whole number from 1)' },
        { line: 3, message: 'rank: internet-users has no rank' },
      ],
    },
  ])('$case', async ({ text, problems }) => {
    await expectRefused(indicators(text), problems);
  });

  it('every kind of problem at once, each with its line, in a one-indicator file', async () => {
    const text = ['iso3,year,value,sex', 'ZZZ,2019,20,total', 'KEN,2019,20,total', 'KEN,2019,21,total', 'KEN,2018,101,total', `KEN,${nextYear},30,total`, 'KEN,2017,30,other'].join('\n');
    await expectRefused(() => importIndicators(db.db, { file: upload(text, 'internet-users.csv'), by: 'test' }), [
      { line: 2, message: 'iso3: "ZZZ" is not an ISO 3166-1 alpha-3 code the hub knows' },
      { line: 4, message: 'KEN internet-users 2019 (total) appears twice (also on line 3)' },
      { line: 5, message: 'value: 101 is outside 0–100 for internet-users' },
      { line: 6, message: `year: ${nextYear} is in the future` },
      { line: 7, message: 'sex: "other" must be total, female or male' },
    ]);
  });

  it('a one-indicator file whose indicator is neither named nor told by its name', async () => {
    await expectRefused(() => importIndicators(db.db, { file: upload('iso3,year,value\nKEN,2019,20', 'figures.csv'), by: 'test' }), [
      {
        line: null,
        message:
          'the file has no indicator column, and its name (figures.csv) is not one the hub knows: name its indicator (--indicator CODE on the command line, the Indicator field of the upload form) or call the file CODE.csv',
      },
    ]);
    await expectRefused(() => importIndicators(db.db, { file: upload('iso3,year,value\nKEN,2019,20', 'figures.csv'), indicator: 'internet-speed', by: 'test' }), [
      { line: null, message: '"internet-speed" is not an indicator the hub knows' },
    ]);
  });

  it('a Cyberlaw Tracker file with an unknown area or status', async () => {
    const text = 'iso3,year,law_area,status,status_original\nKEN,2026,cybercrime,adopted,Legislation\nKEN,2026,space_law,adopted,Legislation\nNPL,2026,consumer_protection,pending,Pending';
    await expectRefused(() => importIndicators(db.db, { file: upload(text, 'tracker.csv'), by: 'test', indicator: undefined }), [
      {
        line: 3,
        message: 'law_area: "space_law" is not an area of the Cyberlaw Tracker (electronic_transactions, consumer_protection, privacy_and_data_protection, cybercrime, indirect_taxation)',
      },
      { line: 4, message: 'status: "pending" is not a value of law-consumer-protection (adopted, draft, none, no_data)' },
    ]);
  });

  it('an empty file', async () => {
    await expectRefused(indicators(''), [{ line: null, message: 'The file is empty.' }]);
  });
});
