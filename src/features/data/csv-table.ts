import { CsvError, parse } from 'csv-parse/sync';
import { ImportError, type ProblemList, fileProblem } from './problems.js';

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  /** Trimmed values, one per header column. */
  values: string[];
}

export interface CsvTable {
  /** Column names, trimmed and lower-cased. */
  header: string[];
  rows: CsvRow[];
}

/**
 * Parse CSV text (RFC 4180, header row) into rows with their line numbers. A row whose number of
 * fields differs from the header is reported and left out; a syntax error (an unclosed quote) stops
 * the whole file, since nothing after it can be trusted.
 */
export function parseCsvTable(text: string, problems: ProblemList): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes as { record, info }: csv-parse's types do not follow the option.
    // Rows with nothing but blanks (a stray line ending, an empty spreadsheet row) are no data: skipped.
    const options = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true };
    records = parse(text, options) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : null;
      throw new ImportError([{ line, message: `not valid CSV: ${error.message.replace(/^[^:]*: /, '')}` }]);
    }
    throw error;
  }
  const [head, ...body] = records;
  if (!head) throw fileProblem('The file is empty.');
  const header = head.record.map((name) => name.trim().toLowerCase());
  if (body.length === 0) throw fileProblem('The file has a header but no data rows.');
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    // info.lines is where the record ends; a quoted value may span lines.
    const line = info.lines - record.reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.add(line, `expected ${header.length} values (one per column of the header), found ${record.length}`);
      continue;
    }
    rows.push({ line, values: record.map((value) => value.trim()) });
  }
  return { header, rows };
}

const numberPattern = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A decimal number, or undefined when the text is not one (no thousands separators, no percent signs). */
export function parseNumber(text: string): number | undefined {
  if (!numberPattern.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Check the header: report unknown and repeated columns and the required ones that are missing; give each known column's position. */
export function matchColumns<K extends string>(
  header: readonly string[],
  columns: readonly { key: K; pattern: RegExp; label: string }[],
  required: readonly (readonly K[])[],
  problems: ProblemList,
): Map<K, number> {
  const positions = new Map<K, number>();
  header.forEach((name, i) => {
    const column = columns.find((c) => c.pattern.test(name));
    if (!column) {
      problems.add(1, `unknown column "${name}"`);
      return;
    }
    if (positions.has(column.key)) problems.add(1, `columns "${header[positions.get(column.key)!]}" and "${name}" both give the ${column.label}`);
    else positions.set(column.key, i);
  });
  for (const alternatives of required) {
    if (alternatives.some((key) => positions.has(key))) continue;
    const labels = alternatives.map((key) => columns.find((c) => c.key === key)!.label);
    problems.add(1, `missing column: ${labels.join(' or ')}`);
  }
  return positions;
}
