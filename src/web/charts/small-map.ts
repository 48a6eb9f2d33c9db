import { attrs, esc, num, safeId } from './svg.js';
import { MAP_CLASSES, MAP_COLOURS, MAP_OUTLINE, type WorldMapInput, classify } from './world-map.js';
import { SHAPE_SCALE, ringsToPath, worldGeometry } from './world-geometry.js';

/**
 * A small world map as one SVG picture: the same countries, classes and colours as renderWorldMap, on a
 * map a quarter as wide, with one path per class instead of a link per country — about a fifth of the
 * bytes, for a page that must stay light (a policy area's page). It is one picture, named by its title
 * and description; the full map, with a link per country and its table, is the explorer's.
 */

/** The small map's viewBox is the world map's divided by this. */
const SHRINK = 4;

/** From the world map's shape units (drawn scaled by SHAPE_SCALE in its viewBox) to the small map's. */
const TO_SMALL = SHAPE_SCALE / SHRINK;

/** Absolute rings of a path written by ringsToPath (`M x y l dx dy … z`). */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.split('z')) {
    const numbers = part.match(/-?\d+/g)?.map(Number);
    if (!numbers || numbers.length < 2) continue;
    let x = numbers[0]!;
    let y = numbers[1]!;
    const ring: [number, number][] = [[x, y]];
    for (let i = 2; i + 1 < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

/** How far (in the small map's units) a line may pass from the points it replaces. */
const TOLERANCE = 1.5;

/** Douglas–Peucker: the points of `line` that keep it within TOLERANCE of the original. */
function simplified(line: [number, number][]): [number, number][] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const [ax, ay] = line[from]!;
    const [bx, by] = line[to]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = TOLERANCE;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = line[i]!;
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (distance > farthest) {
        farthest = distance;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([from, far], [far, to]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** A ring on the smaller grid: scaled, simplified, rounded; repeats and rings of fewer than three points dropped. */
function shrinkRing(ring: [number, number][]): [number, number][] | undefined {
  const scaled = ring.map(([x, y]): [number, number] => [x * TO_SMALL, y * TO_SMALL]);
  // A closed ring is simplified as a line from its first point back to it.
  const line = simplified([...scaled, scaled[0]!]).slice(0, -1);
  const out: [number, number][] = [];
  for (const [x, y] of line) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out.length >= 3 ? out : undefined;
}

interface SmallShape {
  d?: string;
  dot?: { cx: number; cy: number };
}

let shapes: { width: number; height: number; byIso3: Map<string, SmallShape>; unnamed: string } | undefined;

/** The world's shapes on the smaller grid, computed once per process from worldGeometry(). */
function smallShapes() {
  if (shapes) return shapes;
  const geo = worldGeometry();
  const byIso3 = new Map<string, SmallShape>();
  for (const shape of geo.shapes.values()) {
    const original = shape.d ? ringsOf(shape.d) : [];
    const rings = original.map(shrinkRing).filter((r): r is [number, number][] => r !== undefined);
    if (rings.length) {
      byIso3.set(shape.iso3, { d: ringsToPath(rings) });
      continue;
    }
    // A country the smaller grid leaves without an outline gets a dot, as those too small for the shapes do.
    const [x, y] = original[0]?.[0] ?? [shape.dot?.cx, shape.dot?.cy];
    if (x !== undefined && y !== undefined) byIso3.set(shape.iso3, { dot: { cx: Math.round(x * TO_SMALL), cy: Math.round(y * TO_SMALL) } });
  }
  const unnamed = geo.unnamed
    .flatMap((d) => ringsOf(d).map(shrinkRing))
    .filter((r): r is [number, number][] => r !== undefined);
  shapes = { width: geo.width / SHRINK, height: Math.ceil(geo.height / SHRINK), byIso3, unnamed: ringsToPath(unnamed) };
  return shapes;
}

const LEGEND_FONT = 15;
const LEGEND_ROW = 22;
const NO_DATA_FILL = '#ffffff';
const NO_DATA_HATCH = '#7b8690';

/** The small map of `input` as an SVG string (the map's links are not drawn: the picture is one image). */
export function renderSmallWorldMap(input: WorldMapInput): string {
  const { width, height, byIso3, unnamed } = smallShapes();
  const id = safeId(input.id ?? 'small-map');
  const hatch = `url(#${id}-nd)`;
  const paths: string[] = MAP_CLASSES.map(() => '');
  let dots = '';
  let noData = unnamed;
  const listed = new Set<string>();
  for (const country of input.countries) {
    const iso3 = country.iso3.toUpperCase();
    listed.add(iso3);
    const shape = byIso3.get(iso3);
    if (!shape) continue;
    const k = classify(country.value, input.scale.thresholds);
    if (shape.d) {
      if (k === undefined) noData += shape.d;
      else paths[k] += shape.d;
    } else if (shape.dot && k !== undefined) {
      dots += `<circle cx="${shape.dot.cx}" cy="${shape.dot.cy}" r="2.5" fill="${MAP_COLOURS[k]}"/>`;
    }
  }
  for (const [iso3, shape] of byIso3) if (!listed.has(iso3) && shape.d) noData += shape.d;

  // The legend: five classes and "no data", in two columns of three rows under the map.
  const items = [...input.scale.labels.map((label, k) => ({ label, fill: MAP_COLOURS[k]! })), { label: input.scale.noData, fill: hatch }];
  const top = height + 8;
  let legend = '';
  if (input.scale.title) legend += `<text x="4" y="${top + LEGEND_FONT}" font-weight="bold">${esc(input.scale.title)}</text>`;
  const first = top + (input.scale.title ? LEGEND_ROW + 4 : 0);
  items.forEach((item, i) => {
    const x = (i % 2) * (width / 2) + 4;
    const y = first + Math.floor(i / 2) * LEGEND_ROW;
    legend += `<rect${attrs({ x, y: y + 3, width: 24, height: 15, fill: item.fill, stroke: MAP_OUTLINE, 'stroke-width': 1 })}/>`;
    legend += `<text${attrs({ x: x + 30, y: num(y + 10.5), dy: '.35em' })}>${esc(item.label)}</text>`;
  });
  const total = first + Math.ceil(items.length / 2) * LEGEND_ROW + 4;
  const defs =
    `<defs><pattern id="${id}-nd" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${NO_DATA_FILL}"/><path d="M0 0v6" stroke="${NO_DATA_HATCH}" stroke-width="3"/></pattern></defs>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      viewBox: `0 0 ${width} ${total}`,
      width: '100%',
      class: 'chart chart-small-map',
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      id,
    })}>` +
    `<title id="${id}-t">${esc(input.title)}</title><desc id="${id}-d">${esc(input.description)}</desc>${defs}` +
    `<g stroke="${MAP_OUTLINE}" stroke-width=".4" stroke-linejoin="round">` +
    `<path d="${noData}" fill="${hatch}"/>` +
    paths.map((d, k) => (d ? `<path d="${d}" fill="${MAP_COLOURS[k]}"/>` : '')).join('') +
    `${dots}</g><g font-size="${LEGEND_FONT}" fill="${MAP_OUTLINE}">${legend}</g></svg>`
  );
}
