import type { TableSpec } from './table.js';
import { attrs, esc, multilineText, num, safeId, textWidth, wrapText } from './svg.js';
import { SHAPE_SCALE, worldGeometry } from './world-geometry.js';

/**
 * A choropleth world map as one SVG string: every country with data or a profile is a link (keyboard
 * focusable, named by its aria-label), coloured by one of five classes, with a legend below the map.
 * Render it once per data change and keep the string (cache.ts): building it costs a few milliseconds,
 * the projection itself is done once per process (world-geometry.ts).
 */

/** Class names of the five value classes, lowest first, and of countries without data. */
export const MAP_CLASSES = ['q0', 'q1', 'q2', 'q3', 'q4'] as const;
export const NO_DATA_CLASS = 'nd';

/**
 * ColorBrewer YlGnBu (steps 1, 3, 4, 5, 6 of 9): rated safe for colour-blind readers and ordered by lightness,
 * so it also reads in greyscale. The darkest stops are left out so every class keeps at least 4.6:1
 * against the outline (MAP_OUTLINE), which separates neighbours and the coast from the white sea.
 */
export const MAP_COLOURS = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0'] as const;
export const MAP_OUTLINE = '#1b1f24';

/** Hatching tells "no data" apart from the lightest class without relying on colour. */
const NO_DATA_BACKGROUND = '#ffffff';
const NO_DATA_HATCH = '#7b8690';

export type Thresholds = readonly [number, number, number, number];

export interface MapScale {
  /** Four ascending thresholds: a value below thresholds[0] is class 0, at or above thresholds[3] class 4. */
  thresholds: Thresholds;
  /** Legend text of each class, lowest first, e.g. "0–20" (see equalIntervalScale and quantileScale). */
  labels: readonly [string, string, string, string, string];
  /** Legend text for countries without a value, in the reader's language ("No data"). */
  noData: string;
  /** Legend heading, e.g. "B2C E-commerce Index 2020, score (0–100)". */
  title?: string;
}

export interface MapCountry {
  /** ISO 3166-1 alpha-3 code, e.g. "KEN". */
  iso3: string;
  value: number | undefined;
  /** The link's whole accessible name, e.g. "Kenya: 62.4" or "France: no data". */
  label: string;
  /** Usually `/countries/KEN`; a country without href is drawn but is not a link. */
  href?: string;
}

export interface WorldMapInput {
  /** Unique on the page: prefixes the ids that the title, description and hatching are referred to by. */
  id?: string;
  title: string;
  description: string;
  scale: MapScale;
  countries: readonly MapCountry[];
  /** Language the links are sorted in, so the keyboard order is alphabetical for the reader. */
  locale?: string;
}

/** Index of the class a value falls in, or undefined for a missing value. */
export function classify(value: number | undefined, thresholds: Thresholds): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let k = 0;
  while (k < thresholds.length && value >= thresholds[k]!) k++;
  return k;
}

function rangeLabels(bounds: readonly number[], format: (n: number) => string): MapScale['labels'] {
  const labels = [0, 1, 2, 3, 4].map((i) => `${format(bounds[i]!)}–${format(bounds[i + 1]!)}`);
  return labels as unknown as MapScale['labels'];
}

/** Five classes of equal width between min and max, e.g. 0–20, 20–40, … for an index from 0 to 100. */
export function equalIntervalScale(min: number, max: number, format: (n: number) => string, noData: string, title?: string): MapScale {
  const step = (max - min) / 5;
  const bounds = [0, 1, 2, 3, 4, 5].map((i) => min + step * i);
  return { thresholds: bounds.slice(1, 5) as unknown as Thresholds, labels: rangeLabels(bounds, format), noData, title };
}

/** Five classes holding about as many countries each (quintiles of the values given). */
export function quantileScale(values: readonly (number | undefined)[], format: (n: number) => string, noData: string, title?: string): MapScale {
  const sorted = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return equalIntervalScale(0, 100, format, noData, title);
  const at = (p: number) => {
    const i = (sorted.length - 1) * p;
    const lo = Math.floor(i);
    return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
  };
  const bounds = [0, 0.2, 0.4, 0.6, 0.8, 1].map(at);
  return { thresholds: bounds.slice(1, 5) as unknown as Thresholds, labels: rangeLabels(bounds, format), noData, title };
}

// Legend sizes are in viewBox units (the map is 1920 wide): 84 units read as about 13 px on a 320 px
// phone; site.css makes the text smaller on wider screens, where the same units grow.
const LEGEND_FONT = 84;
const LEGEND_ROW = 116;
const SWATCH_W = 96;
const SWATCH_H = 64;

function legend(scale: MapScale, width: number, top: number, hatch: string): { markup: string; height: number } {
  const items = [
    ...scale.labels.map((label, k) => ({ label, fill: MAP_COLOURS[k]!, cls: MAP_CLASSES[k]! })),
    { label: scale.noData, fill: hatch, cls: NO_DATA_CLASS },
  ];
  const longest = Math.max(...items.map((i) => textWidth(i.label, LEGEND_FONT)));
  const cols = [3, 2, 1].find((c) => width / c - SWATCH_W - 40 >= longest) ?? 1;
  const colWidth = width / cols;
  let y = top;
  let out = '';
  if (scale.title) {
    const lines = wrapText(scale.title, width - 16, LEGEND_FONT);
    out += multilineText(lines, 8, y + LEGEND_FONT, LEGEND_ROW * 0.9, { class: 'legend-title', 'font-weight': 'bold' });
    y += lines.length * LEGEND_ROW * 0.9 + 24;
  }
  items.forEach((item, i) => {
    const x = (i % cols) * colWidth + 8;
    const rowY = y + Math.floor(i / cols) * LEGEND_ROW;
    // The hatching is drawn in map units (the countries' group is scaled): its swatch is too, to look the same.
    const s = item.cls === NO_DATA_CLASS ? SHAPE_SCALE : 1;
    const swatch = attrs({
      x: num(x / s),
      y: num((rowY + 12) / s),
      width: SWATCH_W / s,
      height: SWATCH_H / s,
      fill: item.fill,
      stroke: MAP_OUTLINE,
      'stroke-width': 2 / s,
      transform: s === 1 ? undefined : `scale(${s})`,
    });
    out += `<g class="${item.cls}"><rect${swatch}/>`;
    out += `<text${attrs({ x: num(x + SWATCH_W + 20), y: num(rowY + 12 + SWATCH_H / 2), dy: '.35em' })}>${esc(item.label)}</text></g>`;
  });
  const height = y - top + Math.ceil(items.length / cols) * LEGEND_ROW + 16;
  return { markup: `<g class="legend" fill="${MAP_OUTLINE}" font-size="${LEGEND_FONT}">${out}</g>`, height };
}

/** Radius of the dot that stands for a country too small for the 1:110m shapes. */
const DOT_RADIUS = 8 / SHAPE_SCALE;

/** The hatching's period: 16 viewBox units, in the units of the shapes that use it (and of its legend swatch). */
const HATCH = 16 / SHAPE_SCALE;

/** The map as an SVG string, ready for `inline()` in a hono/jsx page and for the render cache. */
export function renderWorldMap(input: WorldMapInput): string {
  const geo = worldGeometry();
  const id = safeId(input.id ?? 'world-map');
  const hatch = `url(#${id}-nd)`;
  const collator = new Intl.Collator(input.locale ?? 'en');
  const listed = new Map(input.countries.map((c) => [c.iso3.toUpperCase(), c]));

  // Shapes nobody asked for (no value, no profile) are drawn as a hatched background, outside the tab order.
  let background = geo.unnamed.map((d) => `<path d="${d}"/>`).join('');
  for (const shape of geo.shapes.values()) if (shape.d && !listed.has(shape.iso3)) background += `<path d="${shape.d}"/>`;

  let links = '';
  const drawn = [...listed.values()].sort((a, b) => collator.compare(a.label, b.label));
  for (const country of drawn) {
    const shape = geo.shapes.get(country.iso3.toUpperCase());
    const k = classify(country.value, input.scale.thresholds);
    // A dot with a hatched fill would be an empty ring: small states without data are left off the picture.
    if (!shape || (!shape.d && k === undefined)) continue;
    const cls = k === undefined ? NO_DATA_CLASS : MAP_CLASSES[k]!;
    const fill = k === undefined ? hatch : MAP_COLOURS[k]!;
    const mark = shape.d
      ? `<path d="${shape.d}" fill="${fill}"/>`
      : `<circle cx="${shape.dot!.cx}" cy="${shape.dot!.cy}" r="${DOT_RADIUS}" fill="${fill}"/>`;
    links += country.href
      ? `<a${attrs({ href: country.href, 'aria-label': country.label, class: cls })}>${mark}</a>`
      : `<g${attrs({ class: cls, 'aria-hidden': 'true' })}>${mark}</g>`;
  }

  const mapHeight = geo.height;
  const key = legend(input.scale, geo.width, mapHeight + 24, hatch);
  const height = Math.ceil(mapHeight + 24 + key.height);
  const defs =
    `<defs><pattern id="${id}-nd" width="${HATCH}" height="${HATCH}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${HATCH}" height="${HATCH}" fill="${NO_DATA_BACKGROUND}"/><path d="M0 0v${HATCH}" stroke="${NO_DATA_HATCH}" stroke-width="${HATCH / 2}"/></pattern></defs>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      viewBox: `0 0 ${geo.width} ${height}`,
      width: '100%',
      class: 'chart chart-map',
      role: 'group',
      'aria-labelledby': `${id}-t`,
      'aria-describedby': `${id}-d`,
      id,
    })}>` +
    `<title id="${id}-t">${esc(input.title)}</title><desc id="${id}-d">${esc(input.description)}</desc>${defs}` +
    // site.css makes the borders a fixed thin width whatever the map's size on screen (vector-effect is not
    // inherited, so one CSS rule beats an attribute on every shape); the width here serves the SVG on its own.
    `<g class="countries" transform="scale(${SHAPE_SCALE})" stroke="${MAP_OUTLINE}" stroke-width="${1.5 / SHAPE_SCALE}" stroke-linejoin="round">` +
    `<g class="${NO_DATA_CLASS}" fill="${hatch}" aria-hidden="true">${background}</g>${links}</g>` +
    `${key.markup}</svg>`
  );
}

export interface WorldMapTableOptions {
  caption: string;
  /** Heading of the country column ("Economy") and of the value column ("Index"). */
  countryHeader: string;
  valueHeader: string;
  /** Country names without the value, e.g. "Kenya", by ISO3; the map's labels carry the value too. */
  names: Readonly<Record<string, string>>;
  format?: (n: number) => string;
  missing?: string;
  locale?: string;
}

/** The map's data as a table spec for tableAlternative(): one row per country, sorted by name, linked to its profile. */
export function worldMapTable(input: WorldMapInput, options: WorldMapTableOptions): TableSpec {
  const collator = new Intl.Collator(options.locale ?? input.locale ?? 'en');
  const rows = input.countries
    .map((c) => ({ header: options.names[c.iso3] ?? c.iso3, href: c.href, cells: [c.value] }))
    .sort((a, b) => collator.compare(a.header, b.header));
  return {
    id: `${safeId(input.id ?? 'world-map')}-table`,
    caption: options.caption,
    rowHeader: options.countryHeader,
    columns: [{ label: options.valueHeader }],
    rows,
    format: options.format,
    missing: options.missing,
  };
}
