import { scrollRegion } from '../components/scroll-table.js';
import { attrs, defaultFormat, esc, safeId } from './svg.js';

/**
 * The table that stands beside every chart and the map: the same figures as text, for screen readers,
 * for people who cannot tell the colours apart, and for phones where a map is too small to tap.
 */

export interface TableColumn {
  /** Column heading (a `th scope="col"`). */
  label: string;
}

export interface TableRow {
  /** Row heading (a `th scope="row"`), e.g. a country or a year. */
  header: string;
  /** Makes the row heading a link, e.g. to the country's profile. */
  href?: string;
  /** One cell per data column; numbers go through the table's format, undefined shows `missing`. */
  cells: readonly (number | string | undefined)[];
  /** Marks the row (e.g. the country the page is about) with class "current"; the heading says why. */
  current?: boolean;
}

export interface TableSpec {
  /** Unique on the page: the caption's id is `<id>-caption`, and it names the table's scroll region. */
  id?: string;
  caption: string;
  /** Heading of the first column, the one holding the row headings. */
  rowHeader: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Number format for the reader's language; defaults to English with at most one decimal. */
  format?: (n: number) => string;
  /** Shown for a missing value, e.g. "no data" in the reader's language; defaults to an en dash. */
  missing?: string;
  /** Extra classes on the table. */
  className?: string;
}

/**
 * An accessible HTML table (caption, column and row headings with scope) as a string, in a scroll region
 * named by its caption (components/scroll-table.tsx), so that it never widens the page on a phone.
 */
export function tableAlternative(table: TableSpec): string {
  const format = table.format ?? defaultFormat();
  const missing = table.missing ?? '–';
  const head = [table.rowHeader, ...table.columns.map((c) => c.label)].map((label) => `<th scope="col">${esc(label)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const heading = row.href ? `<a href="${esc(row.href)}">${esc(row.header)}</a>` : esc(row.header);
      const cells = row.cells
        .map((cell) => {
          if (cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return `<td class="num missing">${esc(missing)}</td>`;
          return typeof cell === 'number' ? `<td class="num">${esc(format(cell))}</td>` : `<td>${esc(cell)}</td>`;
        })
        .join('');
      return `<tr${attrs({ class: row.current ? 'current' : undefined })}><th scope="row">${heading}</th>${cells}</tr>`;
    })
    .join('');
  const className = ['chart-table', table.className].filter(Boolean).join(' ');
  const captionId = `${safeId(table.id ?? 'table')}-caption`;
  return scrollRegion(
    `<table class="${esc(className)}"><caption id="${captionId}">${esc(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    captionId,
  );
}
