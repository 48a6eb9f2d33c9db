import type { TableSpec } from './table.js';
import { attrs, defaultFormat, esc, multilineText, num, safeId, textWidth, wrapText } from './svg.js';

export { tableAlternative, type TableColumn, type TableRow, type TableSpec } from './table.js';
export { inline } from './svg.js';

/**
 * Small charts for country profiles and comparisons, as SVG strings. They are drawn for a 320 px phone:
 * the viewBox is 320 units wide, so text of 12 units reads as 12 px there, and site.css caps their width on
 * larger screens so the text does not grow past reason. Values never depend on colour alone: each series
 * has its own dash pattern and marker shape and a value label, and every chart has a table alternative.
 */

const INK = '#1b1f24';
const MUTED = '#4a5561';
const GRID = '#d5dbe1';
const FONT = 12;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Okabe–Ito hues, darkened where needed so each line has at least 3:1 against the white background. */
export const SERIES_STYLES = [
  { colour: '#0072b2', dash: undefined, marker: 'circle' },
  { colour: '#d55e00', dash: '6 4', marker: 'square' },
  { colour: '#007a5e', dash: '2 3', marker: 'triangle' },
  { colour: '#a8507f', dash: '9 3 2 3', marker: 'diamond' },
  { colour: '#7a6600', dash: '12 4', marker: 'down' },
  { colour: INK, dash: '1 3', marker: 'cross' },
] as const;

export const BAR_COLOUR = '#0b5cad';
export const BAR_HIGHLIGHT_COLOUR = '#a3410a';

type Marker = (typeof SERIES_STYLES)[number]['marker'];

/** A marker of the series' shape; its <title> is a tooltip for mouse users (the chart itself is one image to assistive tech). */
function markerShape(marker: Marker, x: number, y: number, colour: string, title?: string): string {
  const r = 3.5;
  const close = (tag: string) => (title ? `><title>${esc(title)}</title></${tag}>` : '/>');
  const path = (d: string) => `<path d="${d}" fill="${colour}"${close('path')}`;
  switch (marker) {
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${colour}"${close('circle')}`;
    case 'square':
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${r * 2}" height="${r * 2}" fill="${colour}"${close('rect')}`;
    case 'triangle':
      return path(`M${num(x)} ${num(y - r - 1)}L${num(x + r + 0.5)} ${num(y + r)}H${num(x - r - 0.5)}Z`);
    case 'diamond':
      return path(`M${num(x)} ${num(y - r - 1)}L${num(x + r + 1)} ${num(y)}L${num(x)} ${num(y + r + 1)}L${num(x - r - 1)} ${num(y)}Z`);
    case 'down':
      return path(`M${num(x)} ${num(y + r + 1)}L${num(x + r + 0.5)} ${num(y - r)}H${num(x - r - 0.5)}Z`);
    case 'cross': {
      const d = `M${num(x - r)} ${num(y - r)}l${r * 2} ${r * 2}m0 ${-r * 2}l${-r * 2} ${r * 2}`;
      return `<path${attrs({ d, stroke: colour, 'stroke-width': 2, fill: 'none' })}${close('path')}`;
    }
  }
}

/** About `count` round tick values covering [min, max] (steps of 1, 2, 2.5 or 5 times a power of ten). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  // Multiples of the step, cleaned of binary fractions (3 × 0.2 is 0.6000000000000001); `+ 0` turns -0 into 0,
  // which Intl would write as "-0".
  for (let i = Math.ceil(min / step - 1e-9); i <= Math.floor(max / step + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)) + 0);
  return ticks;
}

/** Widens [min, max] to round numbers, so the axis starts and ends on a tick. */
function niceDomain(min: number, max: number): [number, number] {
  if (min === max) return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const ticks = niceTicks(min, max);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return [Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step];
}

function svgOpen(id: string, className: string, width: number, height: number, title: string, description: string): string {
  const head = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: '100%',
    class: `chart ${className}`,
    role: 'img',
    'aria-labelledby': `${id}-t`,
    'aria-describedby': `${id}-d`,
    id,
    'font-family': FONT_FAMILY,
    'font-size': FONT,
    fill: INK,
  });
  return `<svg${head}><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(description)}</desc>`;
}

export interface LinePoint {
  /** Usually a year or an edition. */
  x: number;
  y: number | undefined;
}

export interface LineSeries {
  /** Shown in the legend and the table heading, e.g. "Kenya" or "Eastern Africa (average)". */
  name: string;
  points: readonly LinePoint[];
}

export interface LineChartInput {
  /** Unique on the page: prefixes the ids that aria-labelledby refers to. */
  id?: string;
  title: string;
  description: string;
  /** Axis titles, e.g. "Edition" and "Index score (0–100)". */
  xLabel: string;
  yLabel: string;
  /** One to six series; each gets its own colour, dash pattern and marker shape (SERIES_STYLES). */
  series: readonly LineSeries[];
  /** Fixed value range, e.g. [0, 100] for an index; otherwise round numbers around the data. */
  yDomain?: readonly [number, number];
  /** Value format for the reader's language (tick and value labels). */
  format?: (n: number) => string;
  /** Format of x values; years by default, written without a thousands separator. */
  xFormat?: (x: number) => string;
  /** viewBox width; 320 suits a phone. */
  width?: number;
  /** 'last': a marker on each series' last value only, for long series drawn small (the table alternative has every value). */
  markers?: 'all' | 'last';
}

/** Pushes labels apart vertically so that none overlaps the one above it. */
function spreadLabels(labels: { y: number }[], gap: number, top: number, bottom: number): void {
  labels.sort((a, b) => a.y - b.y);
  for (let i = 0; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, i === 0 ? top : labels[i - 1]!.y + gap);
  for (let i = labels.length - 1; i >= 0; i--) labels[i]!.y = Math.min(labels[i]!.y, i === labels.length - 1 ? bottom : labels[i + 1]!.y - gap);
}

/** A line chart of one or more series over years or editions, as an SVG string. */
export function renderLineChart(input: LineChartInput): string {
  const id = safeId(input.id ?? 'line-chart');
  const width = input.width ?? 320;
  const format = input.format ?? defaultFormat();
  const xFormat = input.xFormat ?? ((x: number) => String(x));
  const series = input.series.slice(0, SERIES_STYLES.length);
  const defined = series.flatMap((s) => s.points.filter((p): p is { x: number; y: number } => p.y !== undefined && Number.isFinite(p.y)));
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = defined.map((p) => p.y);
  const [y0, y1] = input.yDomain ?? niceDomain(ys.length ? Math.min(...ys) : 0, ys.length ? Math.max(...ys) : 1);
  const yTicks = niceTicks(y0, y1, 4).filter((t) => t >= y0 && t <= y1);

  // Legend: one row per series, a sample of its line and marker, then its name (wrapped if long).
  let legend = '';
  let top = 6;
  series.forEach((s, i) => {
    const style = SERIES_STYLES[i]!;
    const lines = wrapText(s.name, width - 44, FONT);
    const cy = top + 8;
    const sample = attrs({ d: `M4 ${num(cy)}h28`, stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash, fill: 'none' });
    legend += `<g class="series-${i}"><path${sample}/>`;
    legend += `${markerShape(style.marker, 18, cy, style.colour)}${multilineText(lines, 40, cy, 15, { dy: '.35em' })}</g>`;
    top += lines.length * 15 + 5;
  });
  const yTitle = wrapText(input.yLabel, width - 8, FONT);
  const yTitleMarkup = multilineText(yTitle, 4, top + 16, 15, { 'font-weight': 'bold' });
  top += 16 + (yTitle.length - 1) * 15 + 12;

  const tickWidth = Math.max(...yTicks.map((t) => textWidth(format(t), FONT)), 8);
  const lastValues = series.map((s) => [...s.points].reverse().find((p) => p.y !== undefined && Number.isFinite(p.y)));
  const endWidth = Math.max(...lastValues.map((p) => (p ? textWidth(format(p.y!), FONT) : 0)), 0);
  const left = Math.ceil(tickWidth + 8);
  const right = width - Math.ceil(endWidth + 10);
  const plotTop = top;
  const plotBottom = plotTop + 130;
  const xMin = xs[0] ?? 0;
  const xMax = xs[xs.length - 1] ?? 1;
  const inset = 8;
  const x = (v: number) => (xMax === xMin ? (left + right) / 2 : left + inset + ((v - xMin) / (xMax - xMin)) * (right - left - inset * 2));
  const y = (v: number) => plotBottom - ((v - y0) / (y1 - y0 || 1)) * (plotBottom - plotTop);

  let grid = '';
  for (const t of yTicks) {
    grid += `<path d="M${left} ${num(y(t))}H${right}" stroke="${t === 0 ? MUTED : GRID}"/>`;
    grid += `<text x="${left - 5}" y="${num(y(t))}" dy=".35em" text-anchor="end" fill="${MUTED}">${esc(format(t))}</text>`;
  }
  // As many x labels as fit without overlapping: every year when there is room, else every second one, …
  const labelWidth = Math.max(...xs.map((v) => textWidth(xFormat(v), FONT)), 1) + 8;
  const every = Math.max(1, Math.ceil((labelWidth * xs.length) / (right - left)));
  let xAxis = `<path d="M${left} ${plotBottom}H${right}" stroke="${MUTED}"/>`;
  xs.forEach((v, i) => {
    if (i % every !== 0 && i !== xs.length - 1) return;
    xAxis += `<path d="M${num(x(v))} ${plotBottom}v4" stroke="${MUTED}"/>`;
    xAxis += `<text x="${num(x(v))}" y="${plotBottom + 17}" text-anchor="middle" fill="${MUTED}">${esc(xFormat(v))}</text>`;
  });
  const xTitle = wrapText(input.xLabel, width - 8, FONT);
  xAxis += multilineText(xTitle, width / 2, plotBottom + 36, 15, { 'text-anchor': 'middle', 'font-weight': 'bold' });
  const height = plotBottom + 36 + (xTitle.length - 1) * 15 + 10;

  let lines = '';
  const ends: { y: number; text: string }[] = [];
  series.forEach((s, i) => {
    const style = SERIES_STYLES[i]!;
    let d = '';
    let pen = false;
    let marks = '';
    const last = lastValues[i];
    for (const p of [...s.points].sort((a, b) => a.x - b.x)) {
      if (p.y === undefined || !Number.isFinite(p.y)) {
        pen = false; // a gap in the data is a gap in the line
        continue;
      }
      d += `${pen ? 'L' : 'M'}${num(x(p.x))} ${num(y(p.y))}`;
      pen = true;
      if (input.markers === 'last' && p !== last) continue;
      marks += markerShape(style.marker, x(p.x), y(p.y), style.colour, `${s.name}, ${xFormat(p.x)}: ${format(p.y)}`);
    }
    const pathAttrs = attrs({ d, stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash, fill: 'none', 'stroke-linejoin': 'round' });
    lines += `<g class="series-${i}">${d ? `<path${pathAttrs}/>` : ''}${marks}</g>`;
    if (last) ends.push({ y: y(last.y!), text: format(last.y!) });
  });
  spreadLabels(ends, 14, plotTop, plotBottom);
  const endLabels = ends.map((e) => `<text x="${right + 6}" y="${num(e.y)}" dy=".35em">${esc(e.text)}</text>`).join('');

  return (
    svgOpen(id, 'chart-line', width, height, input.title, input.description) +
    `<g class="legend">${legend}</g>${yTitleMarkup}<g class="axis">${grid}${xAxis}</g>${lines}<g class="values">${endLabels}</g></svg>`
  );
}

/** The line chart's data as a table spec: one row per year, one column per series. */
export function lineChartTable(input: LineChartInput, caption: string): TableSpec {
  const xFormat = input.xFormat ?? ((x: number) => String(x));
  const xs = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return {
    id: input.id ? `${input.id}-table` : undefined,
    caption,
    rowHeader: input.xLabel,
    columns: input.series.map((s) => ({ label: s.name })),
    rows: xs.map((v) => ({ header: xFormat(v), cells: input.series.map((s) => s.points.find((p) => p.x === v)?.y) })),
    format: input.format,
  };
}

export interface Bar {
  /** e.g. a component's name or an economy's. */
  label: string;
  value: number | undefined;
  /** The bar the page is about (the country of the profile): another colour and a bold label. */
  highlight?: boolean;
  /** Kept for the table alternative, where the label becomes a link. */
  href?: string;
}

export interface BarChartInput {
  id?: string;
  title: string;
  description: string;
  /** Title of the value axis, e.g. "Score (0–100)". */
  valueLabel: string;
  /** Heading of the label column in the table alternative, e.g. "Component" or "Economy". */
  categoryLabel: string;
  bars: readonly Bar[];
  /** Fixed range, e.g. [0, 100]; otherwise from zero to round numbers around the data. */
  domain?: readonly [number, number];
  format?: (n: number) => string;
  /** Shown instead of a bar for a missing value, in the reader's language ("no data"). */
  missing?: string;
  width?: number;
}

/** A horizontal bar chart with each label above its bar and the value written at the bar's end. */
export function renderBarChart(input: BarChartInput): string {
  const id = safeId(input.id ?? 'bar-chart');
  const width = input.width ?? 320;
  const format = input.format ?? defaultFormat();
  const values = input.bars.map((b) => b.value).filter((v): v is number => v !== undefined && Number.isFinite(v));
  const [d0, d1] = input.domain ?? niceDomain(Math.min(0, ...values), Math.max(0, ...values, values.length ? 0 : 1));
  const valueWidth = Math.max(...input.bars.map((b) => textWidth(b.value === undefined ? input.missing ?? '–' : format(b.value), FONT)), 10);
  const ticks = niceTicks(d0, d1, 4).filter((t) => t >= d0 && t <= d1);
  // Tick labels are centred on their tick: leave room for half of the outermost ones.
  // Values of negative bars are written left of them, so they need the same room on that side.
  const left = Math.max(4, Math.ceil(textWidth(format(ticks[0] ?? d0), FONT) / 2 + 2), values.some((v) => v < 0) ? Math.ceil(valueWidth + 10) : 0);
  const right = width - Math.ceil(Math.max(valueWidth + 10, textWidth(format(ticks[ticks.length - 1] ?? d1), FONT) / 2 + 2));
  const x = (v: number) => left + ((Math.min(Math.max(v, d0), d1) - d0) / (d1 - d0 || 1)) * (right - left);
  const zero = x(Math.min(Math.max(0, d0), d1));

  const titleLines = wrapText(input.valueLabel, width - 8, FONT);
  let out = multilineText(titleLines, 4, 16, 15, { 'font-weight': 'bold' });
  let top = 16 + (titleLines.length - 1) * 15 + 12;
  const plotTop = top;
  let bars = '';
  for (const bar of input.bars) {
    const lines = wrapText(bar.label, width - 8, FONT);
    bars += `<g${attrs({ class: bar.highlight ? 'bar highlight' : 'bar' })}>`;
    // A white halo (stroke painted under the fill) keeps labels legible where they cross the grid lines.
    const halo = { stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };
    bars += multilineText(lines, left, top + 11, 14, { ...halo, 'font-weight': bar.highlight ? 'bold' : undefined });
    const barY = top + 14 * lines.length + 2;
    if (bar.value === undefined || !Number.isFinite(bar.value)) {
      bars += `<text x="${num(zero)}" y="${num(barY + 8)}" dy=".35em" fill="${MUTED}">${esc(input.missing ?? '–')}</text>`;
    } else {
      const end = x(bar.value);
      const colour = bar.highlight ? BAR_HIGHLIGHT_COLOUR : BAR_COLOUR;
      const negative = end < zero;
      bars += `<rect${attrs({ x: num(Math.min(zero, end)), y: num(barY), width: num(Math.max(Math.abs(end - zero), 1)), height: 16, fill: colour })}/>`;
      // Values go past the bar's end, on the side away from zero: outside the bar, always ink on white.
      const tx = negative ? Math.min(end, zero) - 4 : Math.max(end, zero) + 4;
      const weight = bar.highlight ? 'bold' : undefined;
      const valueAttrs = attrs({ x: num(tx), y: num(barY + 8), dy: '.35em', 'text-anchor': negative ? 'end' : undefined, 'font-weight': weight });
      bars += `<text${valueAttrs}>${esc(format(bar.value))}</text>`;
    }
    bars += '</g>';
    top = barY + 16 + 10;
  }
  const plotBottom = top - 4;
  let axis = '';
  for (const t of ticks) {
    axis += `<path d="M${num(x(t))} ${plotTop}V${num(plotBottom)}" stroke="${t === 0 ? MUTED : GRID}"/>`;
    axis += `<text x="${num(x(t))}" y="${num(plotBottom + 14)}" text-anchor="middle" fill="${MUTED}">${esc(format(t))}</text>`;
  }
  out = `${out}<g class="axis">${axis}</g>${bars}`;
  const height = plotBottom + 24;
  return `${svgOpen(id, 'chart-bar', width, height, input.title, input.description)}${out}</svg>`;
}

/** The bar chart's data as a table spec: one row per bar, in the chart's order. */
export function barChartTable(input: BarChartInput, caption: string): TableSpec {
  return {
    caption,
    rowHeader: input.categoryLabel,
    columns: [{ label: input.valueLabel }],
    rows: input.bars.map((b) => ({ header: b.label, href: b.href, cells: [b.value], current: b.highlight })),
    format: input.format,
    missing: input.missing,
  };
}
