import path from 'node:path';
import type { CountryResolver } from './country-names.js';
import { type CsvTable, matchColumns, parseNumber } from './csv-table.js';
import type { IndicatorDefinition } from './indicator-catalogue.js';
import type { ProblemList } from './problems.js';

/**
 * The indicator files the hub reads, told apart by their header:
 * - long: one value a row with its indicator (iso3, indicator, year, value, optional sex, rank, source, note);
 * - one indicator: the same without the indicator column (iso3, year or fiscal_year, value, optional sex,
 *   rank…), the indicator named by the importer (`--indicator CODE`) or by the file's name (CODE.csv, or a
 *   publisher's file name the catalogue lists: itu_gci_2020_score.csv, upu_mail_delivered_at_home_pct.csv);
 * - the UNCTAD Cyberlaw Tracker's (iso3, year, law_area, status, status_original): each area of law is
 *   an indicator, each status (adopted, draft, none, no_data) one of its categories.
 * A categorical indicator's value is written as its category's key (`lower-middle`, `adopted`).
 */
type ColumnKey = 'iso3' | 'indicator' | 'year' | 'value' | 'sex' | 'rank' | 'source' | 'note' | 'lawArea' | 'status' | 'statusOriginal';

const columns: { key: ColumnKey; pattern: RegExp; label: string }[] = [
  { key: 'iso3', pattern: /^iso3$/, label: 'iso3' },
  { key: 'indicator', pattern: /^indicator$/, label: 'indicator' },
  { key: 'year', pattern: /^(year|fiscal_year)$/, label: 'year' },
  { key: 'value', pattern: /^value$/, label: 'value' },
  { key: 'sex', pattern: /^sex$/, label: 'sex' },
  { key: 'rank', pattern: /^rank$/, label: 'rank' },
  { key: 'source', pattern: /^source$/, label: 'source' },
  { key: 'note', pattern: /^note$/, label: 'note' },
  { key: 'lawArea', pattern: /^law_area$/, label: 'law_area' },
  { key: 'status', pattern: /^status$/, label: 'status' },
  { key: 'statusOriginal', pattern: /^status_original$/, label: 'status_original' },
];

export const sexes = ['total', 'female', 'male'] as const;
export type Sex = (typeof sexes)[number];

export interface ObservationRow {
  line: number;
  iso3: string;
  indicatorCode: string;
  year: number;
  value: number;
  sex: Sex;
  rank: number | null;
  source: string | null;
  note: string | null;
}

/** No e-commerce statistic predates 1960; none may describe a year still to come. */
export const firstYear = 1960;

export interface IndicatorFileOptions {
  /** The file's name: a file without an indicator column may be named after its indicator. */
  fileName: string;
  /** The indicator of a file without an indicator column, as the importer named it. */
  indicator?: string | undefined;
  /** The current year (the latest a value may have); this year by default. */
  currentYear?: number;
}

export function observationKey(row: Pick<ObservationRow, 'indicatorCode' | 'iso3' | 'year'> & { sex: string }): string {
  return `${row.indicatorCode}|${row.iso3}|${row.year}|${row.sex}`;
}

/** The indicator a file without an indicator column holds, from its name: CODE.csv or a publisher's file name. */
export function indicatorOfFileName(fileName: string, indicators: ReadonlyMap<string, IndicatorDefinition>): string | undefined {
  const name = path.basename(fileName).toLowerCase();
  const code = name.replace(/\.csv$/, '');
  if (indicators.has(code)) return code;
  return [...indicators.values()].find((d) => d.fileNames?.includes(name))?.code;
}

/** How the file's rows name their indicator: a column, the Cyberlaw Tracker's law_area, or one for the whole file. */
type IndicatorSource = { kind: 'column' } | { kind: 'lawArea'; byArea: Map<string, string> } | { kind: 'file'; code: string };

function indicatorSource(
  position: Map<ColumnKey, number>,
  options: IndicatorFileOptions,
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  problems: ProblemList,
): IndicatorSource | undefined {
  const named = options.indicator?.trim() || undefined;
  if (named !== undefined && !indicators.has(named)) {
    problems.add(null, `"${named}" is not an indicator the hub knows`);
    return undefined;
  }
  if (position.has('lawArea') || position.has('status')) {
    if (!position.has('lawArea') || !position.has('status')) problems.add(1, 'missing column: law_area and status go together (the Cyberlaw Tracker’s format)');
    if (named !== undefined) problems.add(null, 'the file names its areas of law in law_area: import it without an indicator');
    if (position.has('indicator') || position.has('value')) problems.add(1, 'the Cyberlaw Tracker’s format has no indicator or value column: its status column gives each value');
    const byArea = new Map([...indicators.values()].filter((d) => d.lawArea).map((d) => [d.lawArea!, d.code]));
    return problems.empty ? { kind: 'lawArea', byArea } : undefined;
  }
  if (position.has('indicator')) {
    if (named !== undefined) problems.add(null, 'the file has an indicator column: import it without naming an indicator');
    return problems.empty ? { kind: 'column' } : undefined;
  }
  const code = named ?? indicatorOfFileName(options.fileName, indicators);
  if (code === undefined) {
    problems.add(
      null,
      `the file has no indicator column, and its name (${path.basename(options.fileName)}) is not one the hub knows: name its indicator (--indicator CODE on the command line, the Indicator field of the upload form) or call the file CODE.csv`,
    );
    return undefined;
  }
  return problems.empty ? { kind: 'file', code } : undefined;
}

/** Read the rows of an indicators file; every problem goes to `problems` with its line. */
export function parseIndicatorTable(
  table: CsvTable,
  indicators: ReadonlyMap<string, IndicatorDefinition>,
  countries: CountryResolver,
  problems: ProblemList,
  options: IndicatorFileOptions,
): ObservationRow[] {
  const position = matchColumns(table.header, columns, [['iso3'], ['year']], problems);
  if (!position.has('value') && !position.has('lawArea') && !position.has('status')) problems.add(1, 'missing column: value');
  if (!problems.empty) return [];
  const source = indicatorSource(position, options, indicators, problems);
  if (!source) return [];
  const lastYear = options.currentYear ?? new Date().getUTCFullYear();

  const rows: ObservationRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const text = (key: ColumnKey) => {
      const at = position.get(key);
      return at === undefined ? '' : (values[at] ?? '');
    };
    const before = problems.count;
    const report = (message: string) => problems.add(line, message);

    const code = text('iso3');
    const iso3 = code === '' ? undefined : countries.code(code);
    if (code === '') report('iso3: missing value');
    else if (!iso3) report(`iso3: "${code}" is not an ISO 3166-1 alpha-3 code the hub knows`);

    let indicator: IndicatorDefinition | undefined;
    if (source.kind === 'file') indicator = indicators.get(source.code);
    else if (source.kind === 'column') {
      const indicatorCode = text('indicator');
      indicator = indicators.get(indicatorCode);
      if (indicatorCode === '') report('indicator: missing value');
      else if (!indicator) report(`indicator: "${indicatorCode}" is not an indicator the hub knows`);
    } else {
      const area = text('lawArea');
      indicator = indicators.get(source.byArea.get(area) ?? '');
      if (area === '') report('law_area: missing value');
      else if (!indicator) report(`law_area: "${area}" is not an area of the Cyberlaw Tracker (${[...source.byArea.keys()].join(', ')})`);
    }

    const yearText = text('year');
    const year = parseNumber(yearText);
    if (yearText === '') report('year: missing value');
    else if (year === undefined || !Number.isInteger(year)) report(`year: "${yearText}" is not a year`);
    else if (year < firstYear) report(`year: ${year} is before ${firstYear}`);
    else if (year > lastYear) report(`year: ${year} is in the future`);

    const value = indicator ? readValue(indicator, source.kind === 'lawArea' ? 'status' : 'value', text, report) : undefined;

    const sexText = text('sex').toLowerCase() || 'total';
    const sex = (sexes as readonly string[]).includes(sexText) ? (sexText as Sex) : undefined;
    if (!sex) report(`sex: "${text('sex')}" must be total, female or male`);
    else if (sex !== 'total' && indicator && !indicator.hasSexBreakdown) report(`sex: ${indicator.code} has no breakdown by sex`);

    const rankText = text('rank');
    const rank = rankText === '' ? null : parseNumber(rankText);
    if (rank === undefined || (rank !== null && (!Number.isInteger(rank) || rank < 1))) report(`rank: "${rankText}" is not a rank (a whole number from 1)`);
    else if (rank !== null && indicator && !indicator.hasRank) report(`rank: ${indicator.code} has no rank`);

    if (problems.count > before || !iso3 || !indicator || year === undefined || value === undefined || !sex || rank === undefined) continue;
    const row: ObservationRow = { line, iso3, indicatorCode: indicator.code, year, value, sex, rank, source: text('source') || null, note: text('note') || null };
    const key = observationKey(row);
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      report(`${iso3} ${indicator.code} ${year} (${sex}) appears twice (also on line ${seen})`);
      continue;
    }
    firstLine.set(key, line);
    rows.push(row);
  }
  return problems.empty ? rows : [];
}

/** A row's value: a category's key for a categorical indicator, else a number within the indicator's range. */
function readValue(indicator: IndicatorDefinition, column: 'value' | 'status', text: (key: ColumnKey) => string, report: (message: string) => void): number | undefined {
  const raw = text(column);
  if (raw === '') {
    report(`${column}: missing value`);
    return undefined;
  }
  if (indicator.categories) {
    const category = indicator.categories.find((c) => c.key === raw.toLowerCase() || c.text.en.toLowerCase() === raw.toLowerCase());
    if (!category) report(`${column}: "${raw}" is not a value of ${indicator.code} (${indicator.categories.map((c) => c.key).join(', ')})`);
    return category?.value;
  }
  const value = parseNumber(raw);
  const { minValue: min, maxValue: max, code } = indicator;
  if (value === undefined) report(`value: "${raw}" is not a number`);
  else if (min !== null && max !== null && (value < min || value > max)) report(`value: ${raw} is outside ${min}–${max} for ${code}`);
  else if (min !== null && value < min) report(`value: ${raw} is below ${min} for ${code}`);
  else if (max !== null && value > max) report(`value: ${raw} is above ${max} for ${code}`);
  else return value;
  return undefined;
}
