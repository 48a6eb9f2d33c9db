import type { CountryResolver } from './country-names.js';
import { type CsvTable, matchColumns, parseNumber } from './csv-table.js';
import type { ProblemList } from './problems.js';

/** The long indicator format: one value a row (iso3, indicator, year, value), with optional sex, source and note. */
type ColumnKey = 'iso3' | 'indicator' | 'year' | 'value' | 'sex' | 'source' | 'note';

const columns: { key: ColumnKey; pattern: RegExp; label: string }[] = (['iso3', 'indicator', 'year', 'value', 'sex', 'source', 'note'] as const).map((key) => ({
  key,
  pattern: new RegExp(`^${key}$`),
  label: key,
}));

export const sexes = ['total', 'female', 'male'] as const;
export type Sex = (typeof sexes)[number];

export interface IndicatorRule {
  hasSexBreakdown: boolean;
  minValue: number | null;
  maxValue: number | null;
}

export interface ObservationRow {
  line: number;
  iso3: string;
  indicatorCode: string;
  year: number;
  value: number;
  sex: Sex;
  source: string | null;
  note: string | null;
}

/** Years an observation may have: no e-commerce statistic predates 1960, and none describes the far future. */
const years = { min: 1960, max: 2100 };

export function observationKey(row: Pick<ObservationRow, 'indicatorCode' | 'iso3' | 'year'> & { sex: string }): string {
  return `${row.indicatorCode}|${row.iso3}|${row.year}|${row.sex}`;
}

/** Read the rows of an indicators file; every problem goes to `problems` with its line. */
export function parseIndicatorTable(
  table: CsvTable,
  indicators: ReadonlyMap<string, IndicatorRule>,
  countries: CountryResolver,
  problems: ProblemList,
): ObservationRow[] {
  const position = matchColumns(table.header, columns, [['iso3'], ['indicator'], ['year'], ['value']], problems);
  if (!problems.empty) return [];

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

    const indicatorCode = text('indicator');
    const indicator = indicators.get(indicatorCode);
    if (indicatorCode === '') report('indicator: missing value');
    else if (!indicator) report(`indicator: "${indicatorCode}" is not an indicator the hub knows`);

    const yearText = text('year');
    const year = parseNumber(yearText);
    if (yearText === '') report('year: missing value');
    else if (year === undefined || !Number.isInteger(year)) report(`year: "${yearText}" is not a year`);
    else if (year < years.min || year > years.max) report(`year: ${year} is outside ${years.min}–${years.max}`);

    const valueText = text('value');
    const value = parseNumber(valueText);
    if (valueText === '') report('value: missing value');
    else if (value === undefined) report(`value: "${valueText}" is not a number`);
    else if (indicator) {
      const { minValue: min, maxValue: max } = indicator;
      if (min !== null && max !== null && (value < min || value > max)) report(`value: ${valueText} is outside ${min}–${max} for ${indicatorCode}`);
      else if (min !== null && value < min) report(`value: ${valueText} is below ${min} for ${indicatorCode}`);
      else if (max !== null && value > max) report(`value: ${valueText} is above ${max} for ${indicatorCode}`);
    }

    const sexText = text('sex').toLowerCase() || 'total';
    const sex = (sexes as readonly string[]).includes(sexText) ? (sexText as Sex) : undefined;
    if (!sex) report(`sex: "${text('sex')}" must be total, female or male`);
    else if (sex !== 'total' && indicator && !indicator.hasSexBreakdown) report(`sex: ${indicatorCode} has no breakdown by sex`);

    if (problems.count > before || !iso3 || !indicator || year === undefined || value === undefined || !sex) continue;
    const row: ObservationRow = { line, iso3, indicatorCode, year, value, sex, source: text('source') || null, note: text('note') || null };
    const key = observationKey(row);
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      report(`${iso3} ${indicatorCode} ${year} (${sex}) appears twice (also on line ${seen})`);
      continue;
    }
    firstLine.set(key, line);
    rows.push(row);
  }
  return problems.empty ? rows : [];
}
