import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { b2cIndexOnlyMethodVersion, indexOnlyRanks, isIndexOnlyHeader, parseIndexOnlyTable } from './b2c-index-only.js';
import { parseB2cTable } from './b2c-parser.js';
import { scoreEdition } from './compute.js';
import { type CountryResolver, loadCountryResolver } from './country-names.js';
import { type CsvTable, parseCsvTable } from './csv-table.js';
import { type ImportProgress, type ImportResult, batchCreator, insertInSlices } from './import-batch.js';
import { ProblemList, fileProblem } from './problems.js';
import { type ImportSource, readSource } from './source-file.js';

/**
 * The method of UNCTAD's notes from 2018 on: four indicators (Internet use, account ownership, secure
 * servers on a log scale, UPU postal reliability), equal weights, ranks on unrounded values.
 */
export const b2cMethodVersion = 'unctad-b2c-2018';

export interface ImportB2cOptions {
  file: ImportSource;
  /** The edition's year, as UNCTAD names it (the 2019 edition uses 2018 data). */
  edition: number;
  /** The year of the data; by default the year before the edition. */
  dataYear?: number;
  /** Who imports: a user id, or the account name on the command line. */
  by: string;
  methodVersion?: string;
  /** Where the figures come from, shown beside them. */
  source?: string | undefined;
  /** The licence the figures are shown under, shown beside them; null when not stated. */
  licence?: string | undefined;
  /** 'sample' for made-up figures (no longer shipped or generated), which pages mark as such; an official import replaces every sample. */
  status?: 'official' | 'sample';
  onProgress?: ImportProgress;
}

function checkYear(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) throw fileProblem(`The ${name} must be a year between 2000 and 2100, not ${value}.`);
}

/**
 * Import one edition of the index from an UNCTAD table (the four components, as in 2019 and 2020) or
 * an index-only table (index and rank, as TCdata360 gives 2016 and 2017; told from the header, see
 * b2c-index-only.ts): every row checked first, then the edition
 * written in one transaction, replacing an earlier import of that edition and any sample edition.
 * The same content imported again changes nothing.
 */
export async function importB2c(db: Kysely<Database>, options: ImportB2cOptions): Promise<ImportResult> {
  const { edition } = options;
  checkYear('edition', edition);
  const dataYear = options.dataYear ?? edition - 1;
  checkYear('data year', dataYear);
  if (dataYear > edition) throw fileProblem(`The data year (${dataYear}) cannot come after the edition (${edition}).`);
  const file = await readSource(options.file);
  const problems = new ProblemList();
  const table = parseCsvTable(file.text, problems);
  const indexOnly = isIndexOnlyHeader(table.header);
  const read = indexOnly ? indexOnlyScores : fullScores;
  const values = read(table, edition, await loadCountryResolver(db), problems);
  problems.throwIfAny();
  options.onProgress?.({ phase: 'checking', done: values.length, total: values.length });
  const methodVersion = options.methodVersion ?? (indexOnly ? b2cIndexOnlyMethodVersion : b2cMethodVersion);
  const source = options.source ?? (indexOnly ? `UNCTAD B2C E-commerce Index ${edition}, index and rank only (World Bank TCdata360)` : `UNCTAD B2C E-commerce Index ${edition}`);
  const status = options.status ?? 'official';
  const licence = options.licence ?? null;

  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('b2cEditions')
      .leftJoin('importBatches', 'importBatches.id', 'b2cEditions.batchId')
      .select(['b2cEditions.batchId', 'b2cEditions.dataYear', 'b2cEditions.methodVersion', 'b2cEditions.status', 'b2cEditions.source', 'b2cEditions.licence', 'importBatches.sha256'])
      .where('b2cEditions.edition', '=', edition)
      .executeTakeFirst();
    const same =
      current?.batchId != null &&
      current.sha256 === file.sha256 &&
      current.status === status &&
      current.dataYear === dataYear &&
      current.methodVersion === methodVersion &&
      current.source === source &&
      current.licence === licence;
    if (same) return { batchId: current.batchId!, rows: values.length, unchanged: true };

    const batchId = await batchCreator(trx, 'b2c', file, values.length, options.by);
    // An official edition replaces any sample edition as well as an earlier import of itself.
    await trx
      .deleteFrom('b2cEditions')
      .where((eb) => (status === 'official' ? eb.or([eb('edition', '=', edition), eb('status', '=', 'sample')]) : eb('edition', '=', edition)))
      .execute();
    await trx.insertInto('b2cEditions').values({ edition, dataYear, methodVersion, status, source, licence, batchId }).execute();
    await insertInSlices(
      values,
      500,
      (slice) => trx.insertInto('b2cScores').values(slice.map((row) => ({ edition, ...row }))).execute(),
      (done) => options.onProgress?.({ phase: 'writing', done, total: values.length }),
    );
    return { batchId, rows: values.length, unchanged: false };
  });
}

type ScoreRow = Omit<Database['b2cScores'], 'edition'>;

/** A full UNCTAD table: the four components, the index as their mean and the hub's rank on it. */
function fullScores(table: CsvTable, edition: number, countries: CountryResolver, problems: ProblemList): ScoreRow[] {
  const rows = parseB2cTable(table, edition, countries, problems);
  const scores = scoreEdition(rows);
  return rows.map((row, i) => ({
    iso3: row.iso3,
    internetUse: row.internetUse,
    accountOwnership: row.accountOwnership,
    secureServers: row.secureServers,
    postalReliability: row.postalReliability,
    secureServersPerMillion: row.secureServersPerMillion,
    indexValue: scores[i]!.indexValue,
    rank: scores[i]!.rank,
    publishedIndex: row.publishedIndex,
    publishedRank: row.publishedRank,
    publishedChange: row.publishedChange,
  }));
}

/** An index-only table (TCdata360): no components, the published index as the index. */
function indexOnlyScores(table: CsvTable, edition: number, countries: CountryResolver, problems: ProblemList): ScoreRow[] {
  const rows = parseIndexOnlyTable(table, edition, countries, problems);
  const ranks = indexOnlyRanks(rows);
  return rows.map((row, i) => ({
    iso3: row.iso3,
    internetUse: null,
    accountOwnership: null,
    secureServers: null,
    postalReliability: null,
    secureServersPerMillion: null,
    indexValue: row.publishedIndex,
    rank: ranks[i]!,
    publishedIndex: row.publishedIndex,
    publishedRank: row.publishedRank,
    publishedChange: null,
  }));
}
