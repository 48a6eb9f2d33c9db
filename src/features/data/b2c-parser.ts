import { type B2cComponents, b2cIndex, logNormalise } from './compute.js';
import type { CountryResolver } from './country-names.js';
import { type CsvTable, matchColumns, parseNumber } from './csv-table.js';
import type { ProblemList } from './problems.js';

/**
 * The UNCTAD table format (data/reference/b2c/README.md): one economy a row, its name
 * and/or ISO3 code, the four indicator values, and optionally the published index, rank and change.
 * Column names carry the years they refer to (`rank_2019`, `internet_users_pct_2018_or_latest`), so
 * they are matched by pattern; an edition's own columns (`rank_E`, `index_E`) must name its year.
 */
type ColumnKey =
  | 'rank'
  | 'economy'
  | 'iso3'
  | 'internetUse'
  | 'accountOwnership'
  | 'secureServers'
  | 'secureServersPerMillion'
  | 'postalReliability'
  | 'index'
  | 'change'
  | 'previousRank';

const columns: { key: ColumnKey; pattern: RegExp; label: string }[] = [
  { key: 'rank', pattern: /^rank_\d{4}$/, label: 'rank (rank_YEAR)' },
  { key: 'previousRank', pattern: /^rank_\d{4}_\w+$/, label: "previous edition's rank" },
  { key: 'economy', pattern: /^(economy|country|country_name)$/, label: 'economy name (economy)' },
  { key: 'iso3', pattern: /^iso3$/, label: 'ISO3 code (iso3)' },
  { key: 'internetUse', pattern: /^internet_users_pct(_\w+)?$/, label: 'Internet users % (internet_users_pct…)' },
  { key: 'accountOwnership', pattern: /^account_ownership_pct(_\w+)?$/, label: 'account ownership % (account_ownership_pct…)' },
  { key: 'secureServers', pattern: /^secure_servers_normali[sz]ed(_\w+)?$/, label: 'normalised secure servers (secure_servers_normalized…)' },
  { key: 'secureServersPerMillion', pattern: /^secure_servers_per_million(_\w+)?$/, label: 'secure servers per million people (secure_servers_per_million…)' },
  { key: 'postalReliability', pattern: /^upu_postal_reliability(_\w+)?$/, label: 'UPU postal reliability (upu_postal_reliability…)' },
  { key: 'index', pattern: /^index_\d{4}$/, label: 'index (index_YEAR)' },
  { key: 'change', pattern: /^index_change(_\w+)?$/, label: 'index change (index_change…)' },
];

const required: ColumnKey[][] = [
  ['economy', 'iso3'],
  ['internetUse'],
  ['accountOwnership'],
  ['secureServers', 'secureServersPerMillion'],
  ['postalReliability'],
];

/**
 * A published index is rounded to one decimal and components may be printed as integers, so the mean
 * of the components can be off by up to 0.5 + 0.05; a larger gap means the columns are mixed up.
 */
const indexTolerance = 0.55;

export interface B2cRow extends B2cComponents {
  line: number;
  iso3: string;
  secureServersPerMillion: number | null;
  publishedIndex: number | null;
  publishedRank: number | null;
  publishedChange: number | null;
}

/** An edition's own columns (`rank_E`, `index_E`) must name its year. */
export function checkEditionColumns<K extends string>(table: CsvTable, position: Map<K | 'rank' | 'index', number>, edition: number, problems: ProblemList): void {
  for (const key of ['rank', 'index'] as const) {
    const at = position.get(key);
    const name = at === undefined ? undefined : table.header[at];
    const year = name ? Number(name.slice(-4)) : edition;
    if (year !== edition) problems.add(1, `column "${name}" is for the ${year} edition, not ${edition}`);
  }
}

export interface NumberCheck {
  min?: number;
  max?: number;
  above?: number;
  integer?: boolean;
  optional?: boolean;
}

/**
 * How a parser reads one row of a table: a column's text, its name as written, numbers with their
 * checks, and each problem reported with the row's line (`bad()` tells whether any was).
 */
export function rowReader<K extends string>(row: { line: number; values: readonly string[] }, table: CsvTable, position: Map<K, number>, problems: ProblemList) {
  let bad = false;
  const text = (key: K) => {
    const at = position.get(key);
    return at === undefined ? '' : (row.values[at] ?? '');
  };
  const column = (key: K) => table.header[position.get(key)!]!;
  const report = (message: string): null => {
    problems.add(row.line, message);
    bad = true;
    return null;
  };
  /** A number from a column; `optional` columns may be blank; a column the table lacks is null. */
  const number = (key: K, check: NumberCheck) => {
    if (!position.has(key)) return null;
    const raw = text(key);
    if (raw === '') {
      if (!check.optional) report(`${column(key)}: missing value`);
      return null;
    }
    const value = parseNumber(raw);
    if (value === undefined) return report(`${column(key)}: "${raw}" is not a number`);
    if (check.integer && !Number.isInteger(value)) return report(`${column(key)}: ${raw} is not a whole number`);
    if (check.above !== undefined && !(value > check.above)) return report(`${column(key)}: ${raw} must be greater than ${check.above}`);
    if (check.min !== undefined && check.max !== undefined && (value < check.min || value > check.max)) {
      return report(`${column(key)}: ${raw} is outside ${check.min}–${check.max}`);
    }
    if (check.min !== undefined && value < check.min) return report(`${column(key)}: ${raw} must be at least ${check.min}`);
    return value;
  };
  /** An economy may appear once a table: `seen` maps each one to the line it first appeared on. */
  const once = (iso3: string, seen: Map<string, number>) => {
    const first = seen.get(iso3);
    if (first !== undefined) report(`${iso3} appears twice (also on line ${first})`);
    else seen.set(iso3, row.line);
  };
  return { text, column, report, number, once, bad: () => bad };
}

/** Read the rows of an edition's table; every problem goes to `problems` with its line. */
export function parseB2cTable(table: CsvTable, edition: number, countries: CountryResolver, problems: ProblemList): B2cRow[] {
  const position = matchColumns(table.header, columns, required, problems);
  checkEditionColumns(table, position, edition, problems);
  if (!problems.empty) return [];

  const rows: B2cRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const { line } = row;
    const { text, column, report, number, once, bad } = rowReader(row, table, position, problems);
    const iso3 = resolveCountry(text('iso3'), text('economy'), position.has('iso3'), countries, report);
    const percent = { min: 0, max: 100 };
    const internetUse = number('internetUse', percent);
    const accountOwnership = number('accountOwnership', percent);
    const postalReliability = number('postalReliability', percent);
    const secureServers = number('secureServers', { ...percent, optional: position.has('secureServersPerMillion') });
    const secureServersPerMillion = number('secureServersPerMillion', { above: 0, optional: position.has('secureServers') });
    if (position.has('secureServers') && position.has('secureServersPerMillion') && secureServers === null && secureServersPerMillion === null) {
      report(`${column('secureServers')} or ${column('secureServersPerMillion')}: missing value`);
    }
    const publishedIndex = number('index', percent);
    const publishedRank = number('rank', { min: 1, integer: true });
    const publishedChange = number('change', { optional: true });

    if (iso3) once(iso3, seen);
    if (bad() || !iso3 || internetUse === null || accountOwnership === null || postalReliability === null) continue;
    rows.push({
      line,
      iso3,
      internetUse,
      accountOwnership,
      // Filled in below from the raw counts when the file gave no normalised value.
      secureServers: secureServers ?? Number.NaN,
      postalReliability,
      secureServersPerMillion,
      publishedIndex,
      publishedRank,
      publishedChange,
    });
  }
  if (!problems.empty) return [];

  normaliseSecureServers(rows, problems);
  for (const row of rows) {
    const computed = b2cIndex(row);
    if (row.publishedIndex !== null && Math.abs(computed - row.publishedIndex) > indexTolerance) {
      problems.add(row.line, `the index ${row.publishedIndex} is not the mean of the four indicators (${computed.toFixed(2)})`);
    }
  }
  return problems.empty ? rows : [];
}

/**
 * Rows given as raw counts are normalised on a log scale between the edition's minimum and maximum
 * (over every economy that has a count); rows given as normalised values keep them as published.
 */
function normaliseSecureServers(rows: B2cRow[], problems: ProblemList): void {
  const raw = rows.filter((row) => Number.isNaN(row.secureServers));
  if (raw.length === 0) return;
  const counted = rows.filter((row) => row.secureServersPerMillion !== null);
  if (new Set(counted.map((row) => row.secureServersPerMillion)).size < 2) {
    problems.add(null, 'secure servers per million: at least two different values are needed to normalise them');
    return;
  }
  const normalised = logNormalise(counted.map((row) => row.secureServersPerMillion!));
  counted.forEach((row, i) => {
    if (Number.isNaN(row.secureServers)) row.secureServers = normalised[i]!;
  });
}

/** The ISO3 code decides when the file has one (a name that designates another country is an error); else the name must resolve. */
export function resolveCountry(code: string, name: string, hasCodeColumn: boolean, countries: CountryResolver, report: (message: string) => null): string | null {
  if (hasCodeColumn) {
    if (code === '') return report('iso3: missing value');
    const iso3 = countries.code(code);
    if (!iso3) return report(`iso3: "${code}" is not an ISO 3166-1 alpha-3 code the hub knows`);
    if (name !== '') {
      const match = countries.name(name);
      if ('iso3' in match && match.iso3 !== iso3) return report(`economy "${name}" is ${match.iso3}, but iso3 says ${iso3}`);
    }
    return iso3;
  }
  if (name === '') return report('economy: missing value');
  const match = countries.name(name);
  if ('problem' in match) return report(`economy: ${match.problem}; give its ISO3 code in an iso3 column`);
  return match.iso3;
}
