import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';

/**
 * The world's country shapes, projected once per process and kept as SVG path data per ISO3 code.
 * Natural Earth 1:110m (world-atlas) is enough at phone and laptop widths; the small island states it leaves
 * out (Maldives, Mauritius, Singapore, most of the Caribbean and the Pacific) get a dot at their centre
 * (world-countries' latlng), so every economy of the index can be coloured and followed as a link.
 */

/** Width of the map's viewBox; its height follows from the projection. */
export const MAP_WIDTH = 960;

/** The SVG's viewBox is this many times the map's width (1920 units): the legend's sizes are set in it. */
export const MAP_SCALE = 2;

/**
 * Shapes are drawn in whole units of a 480-wide grid (half the map's width), inside a group scaled to the
 * viewBox: under a pixel on a phone, about two on a laptop, where the 1:110m outlines are no finer, and
 * small relative moves that keep the /data page within its 20 KB (decision 022).
 */
const GRID = 0.5;

/** viewBox units per unit of the shapes' coordinates: the scale of the group the shapes are drawn in. */
export const SHAPE_SCALE = MAP_SCALE / GRID;

/**
 * Visvalingam threshold (triangle area, in squared degrees) below which points are dropped, shared
 * borders alike on both sides (topojson-simplify), so neighbours never part. 0.3 keeps the outlines as
 * 0.1 drew them at the map's sizes, with a third fewer points; the countries it shrinks below the grid
 * get a dot, like the small island states.
 */
const SIMPLIFY_WEIGHT = 0.3;

export interface CountryShape {
  iso3: string;
  /** Path data in grid units (drawn scaled by SHAPE_SCALE), or undefined when the country is only a dot. */
  d?: string;
  /** Centre of the dot for countries too small for a shape. */
  dot?: { cx: number; cy: number };
}

export interface WorldGeometry {
  /** The viewBox's size (the map's times MAP_SCALE); shapes and dots are in grid units (SHAPE_SCALE). */
  width: number;
  height: number;
  /** Countries (and territories) by ISO3, in no particular order. */
  shapes: Map<string, CountryShape>;
  /** Shapes that have no ISO 3166 code of their own in the project's reference (Kosovo): drawn, never linked. */
  unnamed: string[];
}

/*
 * Areas that Natural Earth splits off but UN M49, the project's reference, counts within a member state:
 * drawn as part of it, without an inner border.
 */
const mergeInto: Record<string, string> = { 'N. Cyprus': '196', Somaliland: '706' };

/** Antarctica has no economy to show and would take a sixth of the picture. */
const leftOut = new Set(['010']);

const require = createRequire(import.meta.url);

type CountryProps = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

function loadTopology(): CountriesTopology {
  // Read through require so plain Node 20 (no import attributes needed) and the esbuild bundle both find the package.
  return require('world-atlas/countries-110m.json') as CountriesTopology;
}

type WorldCountry = { cca3: string; latlng: [number, number] };
// world-countries' types say `export default`, but Node hands over the array itself.
const worldList: WorldCountry[] =
  (worldCountries as unknown as { default?: WorldCountry[] }).default ?? (worldCountries as unknown as WorldCountry[]);

/** Collects the rings that d3-geo draws into integer points, dropping repeats and rings that collapse. */
class RingCollector {
  rings: [number, number][][] = [];
  private ring: [number, number][] = [];

  constructor(private readonly scale: number) {}

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x * this.scale), Math.round(y * this.scale)]];
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [Math.round(x * this.scale), Math.round(y * this.scale)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }

  closePath(): void {
    this.flush();
  }

  beginPath(): void {
    // Each ring starts with moveTo, which is all the collector needs.
  }

  arc(): void {
    // Only used for point geometries, which the map has none of.
  }

  flush(): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    const kept = withoutStraightPoints(ring);
    // A ring of fewer than three distinct points has no area at this precision: an islet that vanishes.
    if (kept.length >= 3) this.rings.push(kept);
  }
}

/**
 * A ring without the points that lie on a straight line between their neighbours, going on in the same
 * direction (common once coordinates are rounded to whole units): the outline is exactly the same, and a
 * border shared with a neighbour still passes through every point the neighbour keeps.
 */
export function withoutStraightPoints(ring: [number, number][]): [number, number][] {
  if (ring.length < 4) return ring;
  const kept = ring.filter((p, i) => {
    const prev = ring[(i + ring.length - 1) % ring.length]!;
    const next = ring[(i + 1) % ring.length]!;
    const ax = p[0] - prev[0];
    const ay = p[1] - prev[1];
    const bx = next[0] - p[0];
    const by = next[1] - p[1];
    return ax * by - ay * bx !== 0 || ax * bx + ay * by <= 0;
  });
  return kept.length >= 3 ? kept : ring;
}

/**
 * Path data with relative moves: deltas are small integers, and a minus sign doubles as separator,
 * which roughly halves the markup compared with absolute decimal coordinates.
 */
export function ringsToPath(rings: [number, number][][]): string {
  let d = '';
  for (const ring of rings) {
    const [x0, y0] = ring[0]!;
    d += `M${x0} ${y0}l`;
    let px = x0;
    let py = y0;
    let first = true;
    for (const [x, y] of ring.slice(1)) {
      const dx = x - px;
      const dy = y - py;
      d += `${first || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      first = false;
      px = x;
      py = y;
    }
    d += 'z';
  }
  return d;
}

function isoOf(numeric: string | undefined): string | undefined {
  return numeric ? countries.numericToAlpha3(numeric) : undefined;
}

function nameOf(g: GeometryObject<CountryProps>): string {
  return (g.properties as CountryProps | undefined)?.name ?? '';
}

function geometryOf(topology: CountriesTopology, g: GeometryObject<CountryProps>): GeoJSON.Geometry {
  return (feature(topology, g) as GeoJSON.Feature).geometry;
}

function buildGeometry(): WorldGeometry {
  const topology = simplify(presimplify(loadTopology()), SIMPLIFY_WEIGHT) as CountriesTopology;
  const geometries = topology.objects.countries.geometries;

  // Merge the split-off areas into their state: one outline, no border between them.
  const byId = new Map<string, GeometryObject<CountryProps>[]>();
  const unnamedObjects: GeometryObject<CountryProps>[] = [];
  for (const g of geometries) {
    const id = (g.id as string | undefined) ?? mergeInto[nameOf(g)];
    if (id && leftOut.has(id)) continue;
    if (!id) {
      unnamedObjects.push(g);
      continue;
    }
    byId.set(id, [...(byId.get(id) ?? []), g]);
  }

  const features: { key: string; geometry: GeoJSON.Geometry }[] = [];
  for (const [id, parts] of byId) {
    const polygons = parts.filter((p): p is Polygon<CountryProps> | MultiPolygon<CountryProps> => p.type === 'Polygon' || p.type === 'MultiPolygon');
    const geometry = polygons.length > 1 ? merge(topology, polygons) : geometryOf(topology, parts[0]!);
    features.push({ key: id, geometry });
  }
  for (const g of unnamedObjects) features.push({ key: `?${nameOf(g)}`, geometry: geometryOf(topology, g) });

  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  // fitWidth centres on the whole globe's outline; move the cropped content (no Antarctica) to the top.
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0 + 1]);
  const height = Math.ceil(y1 - y0 + 2);

  const shapes = new Map<string, CountryShape>();
  const unnamed: string[] = [];
  for (const f of features) {
    const collector = new RingCollector(GRID);
    geoPath(projection, collector)(f.geometry);
    collector.flush();
    const iso3 = f.key.startsWith('?') ? undefined : isoOf(f.key);
    const d = collector.rings.length ? ringsToPath(collector.rings) : undefined;
    if (!iso3) {
      if (d) unnamed.push(d);
      continue;
    }
    if (d) shapes.set(iso3, { iso3, d });
  }

  // Every other country or territory that world-countries places gets a dot, drawn only when it has data.
  for (const c of worldList) {
    if (shapes.has(c.cca3) || c.cca3 === 'ATA' || !c.latlng) continue;
    const p = projection([c.latlng[1], c.latlng[0]]);
    if (!p) continue;
    shapes.set(c.cca3, { iso3: c.cca3, dot: { cx: Math.round(p[0] * GRID), cy: Math.round(p[1] * GRID) } });
  }

  return { width: MAP_WIDTH * MAP_SCALE, height: height * MAP_SCALE, shapes, unnamed };
}

let geometry: WorldGeometry | undefined;

/** The projected world, computed on first use (about a tenth of a second) and then kept for the process. */
export function worldGeometry(): WorldGeometry {
  geometry ??= buildGeometry();
  return geometry;
}
