import { competitionRanks } from './compute.js';
import type { CountryResolver } from './country-names.js';
import { type CsvTable, matchColumns, parseNumber } from './csv-table.js';
import { resolveCountry } from './b2c-parser.js';
import type { ProblemList } from './problems.js';

/**
 * Index-only editions: the 2016 and 2017 tables from the World Bank's TCdata360
 * (shared/data/b2c-index/README.md, section 1) give each economy's index and rank, not the four
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
  for (const key of ['rank', 'index'] as const) {
    const name = position.has(key) ? table.header[position.get(key)!]! : undefined;
    if (name && Number(name.slice(-4)) !== edition) problems.add(1, `column "${name}" is for the ${name.slice(-4)} edition, not ${edition}`);
  }
  if (!problems.empty) return [];

  const rows: IndexOnlyRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const text = (key: ColumnKey) => (position.has(key) ? (values[position.get(key)!] ?? '') : '');
    const column = (key: ColumnKey) => table.header[position.get(key)!]!;
    let bad = false;
    const report = (message: string): null => {
      problems.add(line, message);
      bad = true;
      return null;
    };
    const number = (key: 'index' | 'rank') => {
      const raw = text(key);
      if (raw === '') return report(`${column(key)}: missing value`);
      const value = parseNumber(raw);
      if (value === undefined) return report(`${column(key)}: "${raw}" is not a number`);
      if (key === 'index' && (value < 0 || value > 100)) return report(`${column(key)}: ${raw} is outside 0–100`);
      if (key === 'rank' && !(Number.isInteger(value) && value >= 1)) return report(`${column(key)}: ${raw} is not a rank (a whole number from 1)`);
      return value;
    };
    const iso3 = resolveCountry(text('iso3'), text('economy'), position.has('iso3'), countries, report);
    const publishedIndex = number('index');
    const publishedRank = number('rank');
    if (iso3) {
      const seen = firstLine.get(iso3);
      if (seen !== undefined) report(`${iso3} appears twice (also on line ${seen})`);
      else firstLine.set(iso3, line);
    }
    if (bad || !iso3 || publishedIndex === null || publishedRank === null) continue;
    rows.push({ line, iso3, publishedIndex, publishedRank });
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
