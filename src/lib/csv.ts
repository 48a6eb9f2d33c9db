import { stringify } from 'csv-stringify/sync';

/**
 * A table as CSV for download: RFC 4180 (CRLF line ends, a header row, quoted where needed, every cell
 * holding a line break quoted), UTF-8. Cells starting with = + - @ (or a tab or carriage return) get a
 * leading apostrophe so that a spreadsheet does not run them as formulas. Null is an empty cell.
 */
export function csvText(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { header: true, columns: [...columns], escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
