import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { tableAlternative } from './table.js';
import { childElements, elements, parseXml } from './test-xml.js';
import {
  MAP_CLASSES,
  MAP_COLOURS,
  NO_DATA_CLASS,
  type MapCountry,
  type WorldMapInput,
  classify,
  equalIntervalScale,
  quantileScale,
  renderWorldMap,
  worldMapTable,
} from './world-map.js';
import { SHAPE_SCALE, withoutStraightPoints, worldGeometry } from './world-geometry.js';

type WorldCountry = { cca3: string; name: { common: string }; unMember: boolean };
const list: WorldCountry[] = (worldCountries as unknown as { default?: WorldCountry[] }).default ?? (worldCountries as unknown as WorldCountry[]);
const members = list.filter((c) => c.unMember);

const format = (n: number) => n.toFixed(1);
const scale = equalIntervalScale(0, 100, (n) => String(n), 'No data', 'B2C E-commerce Index 2020 (0–100)');

/** Every UN member state, with a value for all but a few, as the /data page would pass them. */
function allMembers(): MapCountry[] {
  return members.map((c, i) => {
    const value = c.cca3 === 'KEN' ? 62.4 : i % 70 === 7 ? undefined : ((i * 37) % 1000) / 10;
    return { iso3: c.cca3, value, label: `${c.name.common}: ${value === undefined ? 'no data' : format(value)}`, href: `/countries/${c.cca3}` };
  });
}

function mapInput(countries = allMembers(), extra: Partial<WorldMapInput> = {}): WorldMapInput {
  return { id: 'b2c-map', title: 'World map of the B2C E-commerce Index 2020', description: 'Darker blue is a higher score.', scale, countries, ...extra };
}

describe('world geometry', () => {
  it('has a shape or a dot for every UN member state, none for Antarctica, and merges areas M49 counts in their state', () => {
    const geo = worldGeometry();
    expect(members.filter((c) => !geo.shapes.has(c.cca3)).map((c) => c.cca3)).toEqual([]);
    expect(geo.shapes.has('ATA')).toBe(false);
    // Somaliland and Northern Cyprus are drawn as part of Somalia and Cyprus; Kosovo has no code in the reference.
    expect(geo.shapes.get('SOM')?.d).toBeTruthy();
    expect(geo.shapes.get('CYP')?.d).toBeTruthy();
    expect(geo.unnamed).toHaveLength(1);
    expect(geo.shapes.get('MUS')?.dot).toBeDefined();
    expect(geo.width).toBe(1920);
  });
});

describe('classes and scales', () => {
  it('puts values in five classes, boundaries going up', () => {
    const t = scale.thresholds;
    expect(t).toEqual([20, 40, 60, 80]);
    expect([0, 19.9, 20, 59.9, 60, 80, 100].map((v) => classify(v, t))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(classify(undefined, t)).toBeUndefined();
    expect(classify(Number.NaN, t)).toBeUndefined();
    expect(scale.labels).toEqual(['0–20', '20–40', '40–60', '60–80', '80–100']);
  });

  it('makes quintiles of the values given', () => {
    const q = quantileScale([...Array.from({ length: 101 }, (_, i) => i), undefined], (n) => String(n), 'No data');
    expect(q.thresholds).toEqual([20, 40, 60, 80]);
    expect(q.labels[0]).toBe('0–20');
    expect(q.labels[4]).toBe('80–100');
  });
});

describe('renderWorldMap', () => {
  const input = mapInput();
  const svg = renderWorldMap(input);
  const doc = parseXml(svg);
  const root = doc.documentElement!;

  it('is well-formed SVG with a title and a description that name it', () => {
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 1920 \d+$/);
    expect(root.getAttribute('width')).toBe('100%');
    expect(root.getAttribute('role')).toBe('group');
    const [title] = childElements(root, 'title');
    const [desc] = childElements(root, 'desc');
    expect(title?.textContent).toBe(input.title);
    expect(desc?.textContent).toBe(input.description);
    expect(root.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
    expect(root.getAttribute('aria-describedby')).toBe(desc?.getAttribute('id'));
  });

  it('makes every country with a value a link named with its name and value, coloured by its class', () => {
    const links = new Map(elements(doc, 'a').map((a) => [a.getAttribute('href'), a]));
    for (const country of input.countries.filter((c) => c.value !== undefined)) {
      const a = links.get(`/countries/${country.iso3}`);
      expect(a, country.iso3).toBeDefined();
      expect(a!.getAttribute('aria-label')).toBe(country.label);
      const k = classify(country.value, scale.thresholds)!;
      expect(a!.getAttribute('class')).toBe(MAP_CLASSES[k]);
      const [shape] = childElements(a!);
      expect(['path', 'circle']).toContain(shape!.tagName);
      expect(shape!.getAttribute('fill')).toBe(MAP_COLOURS[k]);
    }
    expect(links.get('/countries/KEN')?.getAttribute('aria-label')).toBe('Kenya: 62.4');
    expect(links.get('/countries/KEN')?.getAttribute('class')).toBe('q3');
  });

  it('links countries without a value too, hatched with the "no data" class', () => {
    const missing = input.countries.filter((c) => c.value === undefined && worldGeometry().shapes.get(c.iso3)?.d);
    expect(missing.length).toBeGreaterThan(0);
    for (const country of missing) {
      const a = elements(doc, 'a').find((el) => el.getAttribute('href') === country.href)!;
      expect(a.getAttribute('class')).toBe(NO_DATA_CLASS);
      expect(a.getAttribute('aria-label')).toMatch(/: no data$/);
      expect(childElements(a)[0]!.getAttribute('fill')).toBe('url(#b2c-map-nd)');
    }
    expect(elements(doc, 'pattern').map((p) => p.getAttribute('id'))).toEqual(['b2c-map-nd']);
  });

  it('orders the links by name, so the keyboard goes through them alphabetically', () => {
    const labels = elements(doc, 'a').map((a) => a.getAttribute('aria-label')!);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
  });

  it('draws unlisted countries as background, outside the tab order', () => {
    const svg2 = renderWorldMap(mapInput([{ iso3: 'KEN', value: 50, label: 'Kenya: 50', href: '/countries/KEN' }]));
    const doc2 = parseXml(svg2);
    expect(elements(doc2, 'a')).toHaveLength(1);
    const background = elements(doc2, 'g').find((g) => g.getAttribute('class') === NO_DATA_CLASS)!;
    expect(background.getAttribute('aria-hidden')).toBe('true');
    expect(childElements(background, 'path').length).toBeGreaterThan(150);
  });

  it('draws a country without href, but not as a link', () => {
    const doc2 = parseXml(renderWorldMap(mapInput([{ iso3: 'KEN', value: 50, label: 'Kenya: 50' }])));
    expect(elements(doc2, 'a')).toHaveLength(0);
    expect(elements(doc2, 'g').some((g) => g.getAttribute('class') === 'q2' && g.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('has a legend with every class, "no data" and its title', () => {
    const legend = elements(doc, 'g').find((g) => g.getAttribute('class') === 'legend')!;
    const texts = elements(legend, 'text').map((t) => t.textContent);
    expect(texts).toEqual(['B2C E-commerce Index 2020 (0–100)', ...scale.labels, 'No data']);
    const swatches = elements(legend, 'rect').map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual([...MAP_COLOURS, 'url(#b2c-map-nd)']);
  });

  it('has no style attribute and no <style> element, which the CSP would block', () => {
    expect(elements(doc, 'style')).toHaveLength(0);
    expect(elements(doc).filter((el) => el.hasAttribute('style'))).toHaveLength(0);
    expect(svg).not.toMatch(/style[=>]/);
  });

  it('keeps names with & < > " as text', () => {
    const tricky = 'Bosnia & "Herz" <script>alert(1)</script>';
    const out = renderWorldMap(
      mapInput([{ iso3: 'BIH', value: 40, label: tricky, href: '/countries/BIH?a=1&b=2' }], { title: `A & B <${tricky}>`, description: tricky }),
    );
    expect(out).not.toContain('<script>');
    const d = parseXml(out);
    const [a] = elements(d, 'a');
    expect(a!.getAttribute('aria-label')).toBe(tricky);
    expect(a!.getAttribute('href')).toBe('/countries/BIH?a=1&b=2');
    expect(elements(d, 'title')[0]!.textContent).toBe(`A & B <${tricky}>`);
    expect(elements(d, 'desc')[0]!.textContent).toBe(tricky);
    expect(elements(d, 'script')).toHaveLength(0);
  });

  it('stays within the size budget for 190 coloured countries (40 KB compressed)', () => {
    const coloured = input.countries.filter((c) => c.value !== undefined).length;
    expect(coloured).toBeGreaterThanOrEqual(190);
    const raw = Buffer.byteLength(svg);
    const gzip = gzipSync(svg).length;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`world map: ${input.countries.length} countries (${coloured} coloured), ${kb(raw)} raw, ${kb(gzip)} gzip`);
    expect(gzip).toBeLessThan(40 * 1024);
  });

  it('renders quickly once the projection is made (it is still cached, never drawn per request)', () => {
    const start = performance.now();
    renderWorldMap(input);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('gives the same figures as a table, linked to the profiles and sorted by name', () => {
    const names = Object.fromEntries(members.map((c) => [c.cca3, c.name.common]));
    const table = tableAlternative(
      worldMapTable(input, { caption: 'B2C index 2020', countryHeader: 'Economy', valueHeader: 'Index', names, format, missing: 'no data' }),
    );
    const d = parseXml(table);
    const rows = elements(d, 'tbody')[0]!.getElementsByTagName('tr');
    expect(rows.length).toBe(input.countries.length);
    const kenya = Array.from(rows).find((r) => r.getElementsByTagName('a')[0]?.getAttribute('href') === '/countries/KEN')!;
    expect(kenya.getElementsByTagName('th')[0]!.getAttribute('scope')).toBe('row');
    expect(kenya.getElementsByTagName('td')[0]!.textContent).toBe('62.4');
    const headers = Array.from(rows).map((r) => r.getElementsByTagName('th')[0]!.textContent!);
    expect(headers).toEqual([...headers].sort(new Intl.Collator('en').compare));
  });
});

describe('the map stays small (issue 14: /data within 20 KB)', () => {
  it('drops the points that lie straight between their neighbours, and keeps every corner', () => {
    const square: [number, number][] = [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [0, 2], [0, 1]];
    expect(withoutStraightPoints(square)).toEqual([[0, 0], [2, 0], [2, 2], [0, 2]]);
    // A spike that turns back is a corner, not a straight line.
    const spike: [number, number][] = [[0, 0], [3, 0], [1, 0], [1, 2]];
    expect(withoutStraightPoints(spike)).toEqual(spike);
  });

  it('draws the shapes on a coarse grid scaled to the viewBox, the hatching and its swatch at the same scale', () => {
    const doc = parseXml(renderWorldMap(mapInput()));
    const countries = elements(doc, 'g').find((g) => g.getAttribute('class') === 'countries')!;
    expect(countries.getAttribute('transform')).toBe(`scale(${SHAPE_SCALE})`);
    const swatch = elements(doc, 'rect').find((r) => r.getAttribute('fill') === 'url(#b2c-map-nd)')!;
    expect(swatch.getAttribute('transform')).toBe(`scale(${SHAPE_SCALE})`);
    // Integer coordinates only: no decimals anywhere in the outlines.
    for (const path of elements(countries, 'path')) expect(path.getAttribute('d')).toMatch(/^[Mlz0-9 -]+$/);
  });

  it('weighs at most 10 KB with brotli for every UN member state, as the page is sent', () => {
    const svg = renderWorldMap(mapInput());
    const size = brotliCompressSync(svg, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
    expect(size).toBeLessThanOrEqual(10 * 1024);
  });
});
