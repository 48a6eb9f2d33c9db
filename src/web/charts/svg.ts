import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * Small helpers shared by the map, the charts and the tables. Everything here builds strings, because the
 * pictures are rendered once per data change and cached as text (see cache.ts), never rebuilt per request.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML and HTML, both as element content and inside double-quoted attributes. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Attributes from an object; undefined and false are left out, so callers can write optional ones inline. */
export function attrs(values: Record<string, string | number | undefined | false>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** A coordinate with at most one decimal and no trailing zeros: shorter markup, no visible difference. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Keeps ids valid (XML names) and predictable, since aria-labelledby and url(#…) refer to them. */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

/**
 * Rough width of a line of text in user units. SVG text never wraps and the server cannot measure fonts,
 * so layout reserves room from this estimate (system sans-serif averages about 0.55 em per character).
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.56;
}

/** Splits text into lines that fit a width, on spaces; a single long word keeps its own line. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as one <text> with a <tspan> per line. */
export function multilineText(lines: string[], x: number, y: number, lineHeight: number, extra: Record<string, string | number | undefined> = {}): string {
  const spans = lines.map((line, i) => `<tspan${attrs({ x: num(x), dy: i === 0 ? undefined : num(lineHeight) })}>${esc(line)}</tspan>`).join('');
  return `<text${attrs({ x: num(x), y: num(y), ...extra })}>${spans}</text>`;
}

/** Markup from this module for a hono/jsx page: `{inline(svg)}` puts it in the page as it is, unescaped. */
export function inline(markup: string): HtmlEscapedString {
  return raw(markup);
}

/** Default number format for labels when the caller gives none (pages pass one built for the reader's locale). */
export function defaultFormat(locale = 'en'): (n: number) => string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (n) => f.format(n);
}
