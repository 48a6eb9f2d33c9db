import { competitionRanks } from './compute.js';
import type { CountryResolver } from './country-names.js';
import { type CsvTable, matchColumns } from './csv-table.js';
import { checkEditionColumns, resolveCountry, rowReader } from './b2c-parser.js';
import type { ProblemList } from './problems.js';

/**
 * Index-only editions: the 2016 and 2017 tables from the World Bank's TCdata360
 * (data/reference/b2c/README.md) give each economy's index and rank, not the four
 * components. The format is told from the header: an edition's index and rank columns and no column
 * of any component. The components are stored as null and every page shows them as missing.
 */

export const b2cIndexOnlyMethodVersion = 'index and rank only, TCdata360';

type ColumnKey = 'rank' | 'economy' | 'iso3' | 'index' | 'sourceValueColumn' | 'sourceRankColumn';

const columns: { key: ColumnKey; pattern: RegExp; label: string }[] = [
  { key: 'rank', pattern: /^rank_\d{4}$/, label: 'rank (rank_YEAR)' },
  { key: 'economy', pattern: /^(economy|country|country_name|country_name_tcdata360)$/, label: 'economy name (economy)' },
  { key: 'iso3', pattern: /^iso3$/, label: 'ISO3 code (iso3)' },
  { key: 'index', pattern: /^index_\d{4}$/, label: 'index (index_YEAR)' },
  // TCdata360's own column labels ("2015", "2016"): where the relabelled values came from, not data.
  { key: 'sourceValueColumn', pattern: /^source_value_column$/, label: 'source value column' },
  { key: 'sourceRankColumn', pattern: /^source_rank_column$/, label: 'source rank column' },
];

const required: ColumnKey[][] = [['economy', 'iso3'], ['index'], ['rank']];

/** A column of any of the four components: a table with one is a full UNCTAD table, not an index-only one. */
const componentColumn = /^(internet_users_pct|account_ownership_pct|secure_servers_|upu_postal_reliability)/;

/** True for a header with an edition's index and no component column (the TCdata360 tables). */
export function isIndexOnlyHeader(header: readonly string[]): boolean {
  return header.some((name) => /^index_\d{4}$/.test(name)) && !header.some((name) => componentColumn.test(name));
}

export interface IndexOnlyRow {
  line: number;
  iso3: string;
  publishedIndex: number;
  publishedRank: number;
}

/** Read an index-only table; every problem goes to `problems` with its line. */
export function parseIndexOnlyTable(table: CsvTable, edition: number, countries: CountryResolver, problems: ProblemList): IndexOnlyRow[] {
  const position = matchColumns(table.header, columns, required, problems);
  checkEditionColumns(table, position, edition, problems);
  if (!problems.empty) return [];

  const rows: IndexOnlyRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const { text, report, number, once, bad } = rowReader(row, table, position, problems);
    const iso3 = resolveCountry(text('iso3'), text('economy'), position.has('iso3'), countries, report);
    const publishedIndex = number('index', { min: 0, max: 100 });
    const publishedRank = number('rank', { min: 1, integer: true });
    if (iso3) once(iso3, seen);
    if (bad() || !iso3 || publishedIndex === null || publishedRank === null) continue;
    rows.push({ line: row.line, iso3, publishedIndex, publishedRank });
  }
  return problems.empty ? rows : [];
}

/**
 * The hub's rank of each economy: on the published index, its ties broken by the published rank (the
 * 2017 values are mostly rounded to integers, so many economies share one).
 */
export function indexOnlyRanks(rows: readonly IndexOnlyRow[]): number[] {
  return competitionRanks(rows.map((row) => [row.publishedIndex, -row.publishedRank]));
}
