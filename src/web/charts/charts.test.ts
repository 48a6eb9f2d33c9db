import { describe, expect, it } from 'vitest';
import {
  type BarChartInput,
  type LineChartInput,
  BAR_HIGHLIGHT_COLOUR,
  SERIES_STYLES,
  barChartTable,
  inline,
  lineChartTable,
  niceTicks,
  renderBarChart,
  renderLineChart,
  tableAlternative,
} from './charts.js';
import { childElements, elements, parseXml } from './test-xml.js';
import type { Document, Element } from '@xmldom/xmldom';

const tricky = 'Côte d’Ivoire & "Sénégal" <b>';

const line: LineChartInput = {
  id: 'ken-index',
  title: 'B2C E-commerce Index, Kenya and Eastern Africa',
  description: 'Kenya rose from 35.2 in 2016 to 44.1 in 2020, above the Eastern Africa average.',
  xLabel: 'Edition',
  yLabel: 'Index score (0–100)',
  yDomain: [0, 100],
  series: [
    { name: 'Kenya', points: [2016, 2017, 2018, 2019, 2020].map((x, i) => ({ x, y: [35.2, 38.1, 40.3, 42.9, 44.1][i] })) },
    { name: 'Eastern Africa (average)', points: [2016, 2017, 2018, 2019, 2020].map((x, i) => ({ x, y: [25, undefined, 29, 31.5, 33.2][i] })) },
  ],
};

const bars: BarChartInput = {
  id: 'ken-components',
  title: 'Components of Kenya’s index, 2020',
  description: 'Account ownership is Kenya’s strongest component.',
  valueLabel: 'Score (0–100)',
  categoryLabel: 'Component',
  domain: [0, 100],
  missing: 'no data',
  bars: [
    { label: 'Internet use', value: 22.6 },
    { label: 'Account ownership', value: 81.6, highlight: true },
    { label: 'Secure Internet servers', value: 45.1 },
    { label: 'Postal reliability', value: undefined },
  ],
};

function noStyles(doc: Document): void {
  expect(elements(doc, 'style')).toHaveLength(0);
  expect(elements(doc).filter((el) => el.hasAttribute('style'))).toHaveLength(0);
}

function labelledRoot(doc: Document, title: string, description: string): Element {
  const root = doc.documentElement!;
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('role')).toBe('img');
  expect(root.getAttribute('width')).toBe('100%');
  expect(root.getAttribute('viewBox')).toMatch(/^0 0 320 \d+(\.\d)?$/);
  const [t] = childElements(root, 'title');
  const [d] = childElements(root, 'desc');
  expect(t?.textContent).toBe(title);
  expect(d?.textContent).toBe(description);
  expect(root.getAttribute('aria-labelledby')).toBe(t?.getAttribute('id'));
  expect(root.getAttribute('aria-describedby')).toBe(d?.getAttribute('id'));
  return root;
}

const texts = (el: Document | Element) => elements(el, 'text').map((t) => t.textContent);

describe('niceTicks', () => {
  it('gives round steps and never "-0"', () => {
    expect(niceTicks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-5, 15, 4)).toEqual([-5, 0, 5, 10, 15]);
    expect(Object.is(niceTicks(-0.0001, 10, 2)[0], -0)).toBe(false);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('renderLineChart', () => {
  const svg = renderLineChart(line);
  const doc = parseXml(svg);

  it('is well-formed SVG for a 320 px screen, named by its title and description', () => {
    labelledRoot(doc, line.title, line.description);
    noStyles(doc);
  });

  it('labels both axes and the ticks', () => {
    const all = texts(doc);
    expect(all).toContain('Edition');
    expect(all).toContain('Index score (0–100)');
    for (const tick of ['0', '25', '50', '75', '100', '2016', '2020']) expect(all).toContain(tick);
  });

  it('tells series apart by dash pattern and marker shape, not colour alone, with a legend', () => {
    const series = [0, 1].map((i) => elements(doc, 'g').filter((g) => g.getAttribute('class') === `series-${i}`));
    expect(series.every((groups) => groups.length === 2)).toBe(true); // one in the legend, one in the plot
    const [kenya, region] = series.map((groups) => groups[1]!);
    const lineOf = (g: Element) => childElements(g, 'path').find((p) => p.getAttribute('fill') === 'none')!;
    expect(lineOf(kenya!).getAttribute('stroke-dasharray')).toBeNull();
    expect(lineOf(region!).getAttribute('stroke-dasharray')).toBe(SERIES_STYLES[1].dash);
    expect(childElements(kenya!, 'circle')).toHaveLength(5);
    expect(childElements(region!, 'rect')).toHaveLength(4);
    expect(texts(doc)).toEqual(expect.arrayContaining(['Kenya', 'Eastern Africa (average)']));
  });

  it('leaves a gap for a missing value and writes the latest value of each series', () => {
    const regionLine = elements(doc, 'g')
      .filter((g) => g.getAttribute('class') === 'series-1')[1]!
      .getElementsByTagName('path')[0]!;
    expect(regionLine.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    const values = elements(doc, 'g').find((g) => g.getAttribute('class') === 'values')!;
    expect(texts(values).sort()).toEqual(['33.2', '44.1']);
  });

  it('gives each point a tooltip with series, year and value', () => {
    const titles = elements(doc, 'title').map((t) => t.textContent);
    expect(titles).toContain('Kenya, 2019: 42.9');
  });

  it('uses the reader’s number format and keeps names as text', () => {
    const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 });
    const out = renderLineChart({ ...line, title: tricky, series: [{ name: tricky, points: [{ x: 2019, y: 42.95 }] }], format: (n) => fr.format(n) });
    const d = parseXml(out);
    expect(elements(d, 'title')[0]!.textContent).toBe(tricky);
    expect(texts(d)).toContain(tricky);
    expect(texts(d)).toContain('43');
    expect(out).not.toContain('<b>');
    const fr2 = renderLineChart({ ...line, format: (n) => fr.format(n) });
    expect(texts(parseXml(fr2))).toContain('44,1');
  });

  it('copes with a single point and with no data', () => {
    expect(() => parseXml(renderLineChart({ ...line, series: [{ name: 'Kenya', points: [{ x: 2020, y: 44.1 }] }], yDomain: undefined }))).not.toThrow();
    expect(() => parseXml(renderLineChart({ ...line, series: [{ name: 'Kenya', points: [] }], yDomain: undefined }))).not.toThrow();
  });

  it('has a table alternative with the same figures', () => {
    const d = parseXml(tableAlternative({ ...lineChartTable(line, 'Kenya and Eastern Africa, 2016–2020'), missing: 'no data' }));
    expect(elements(d, 'caption')[0]!.textContent).toBe('Kenya and Eastern Africa, 2016–2020');
    const cols = elements(d, 'thead')[0]!.getElementsByTagName('th');
    expect(Array.from(cols).map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Edition'],
      ['col', 'Kenya'],
      ['col', 'Eastern Africa (average)'],
    ]);
    const rows = Array.from(elements(d, 'tbody')[0]!.getElementsByTagName('tr'));
    expect(rows.map((r) => [r.getElementsByTagName('th')[0]!.getAttribute('scope'), ...texts2(r)])).toEqual([
      ['row', '2016', '35.2', '25'],
      ['row', '2017', '38.1', 'no data'],
      ['row', '2018', '40.3', '29'],
      ['row', '2019', '42.9', '31.5'],
      ['row', '2020', '44.1', '33.2'],
    ]);
  });
});

function texts2(row: Element): string[] {
  return childElements(row).map((c) => c.textContent ?? '');
}

describe('renderBarChart', () => {
  const svg = renderBarChart(bars);
  const doc = parseXml(svg);

  it('is well-formed SVG for a 320 px screen, named by its title and description', () => {
    labelledRoot(doc, bars.title, bars.description);
    noStyles(doc);
  });

  it('writes each label and value as text, and "no data" where a bar is missing', () => {
    const all = texts(doc);
    for (const label of ['Score (0–100)', 'Internet use', 'Account ownership', '22.6', '81.6', '45.1', 'no data', '0', '100']) expect(all).toContain(label);
    expect(elements(doc, 'rect')).toHaveLength(3);
  });

  it('draws bars in proportion to their values', () => {
    const widths = elements(doc, 'rect').map((r) => Number(r.getAttribute('width')));
    expect(widths[1]! / widths[0]!).toBeCloseTo(81.6 / 22.6, 1);
  });

  it('marks the highlighted bar by weight as well as colour', () => {
    const g = elements(doc, 'g').find((el) => el.getAttribute('class') === 'bar highlight')!;
    expect(childElements(g, 'rect')[0]!.getAttribute('fill')).toBe(BAR_HIGHLIGHT_COLOUR);
    expect(childElements(g, 'text').every((t) => t.getAttribute('font-weight') === 'bold')).toBe(true);
  });

  it('draws negative values left of zero, with their value still inside the picture', () => {
    const d = parseXml(renderBarChart({ ...bars, domain: undefined, bars: [{ label: 'Kenya', value: 5 }, { label: 'Rwanda', value: -3 }] }));
    const [up, down] = elements(d, 'rect');
    expect(Number(down!.getAttribute('x')) + Number(down!.getAttribute('width'))).toBeCloseTo(Number(up!.getAttribute('x')), 0);
    const minus = elements(d, 'text').find((t) => t.textContent === '-3')!;
    expect(Number(minus.getAttribute('x'))).toBeGreaterThan(0);
  });

  it('keeps labels as text', () => {
    const d = parseXml(renderBarChart({ ...bars, description: tricky, bars: [{ label: tricky, value: 10 }] }));
    expect(texts(d)).toContain(tricky);
    expect(elements(d, 'desc')[0]!.textContent).toBe(tricky);
  });

  it('has a table alternative with linked rows and the highlighted one marked', () => {
    const spec = barChartTable({ ...bars, bars: bars.bars.map((b) => ({ ...b, href: `/x?a=1&b=${b.label}` })) }, 'Components, 2020');
    const html = tableAlternative(spec);
    const d = parseXml(html);
    const rows = Array.from(elements(d, 'tbody')[0]!.getElementsByTagName('tr'));
    expect(rows.map(texts2)).toEqual([
      ['Internet use', '22.6'],
      ['Account ownership', '81.6'],
      ['Secure Internet servers', '45.1'],
      ['Postal reliability', 'no data'],
    ]);
    expect(rows[1]!.getAttribute('class')).toBe('current');
    expect(rows[0]!.getElementsByTagName('a')[0]!.getAttribute('href')).toBe('/x?a=1&b=Internet use');
  });
});

describe('tableAlternative', () => {
  it('escapes every text and uses the format given', () => {
    const es = new Intl.NumberFormat('es', { minimumFractionDigits: 1 });
    const html = tableAlternative({
      caption: tricky,
      rowHeader: '<Economy>',
      columns: [{ label: 'A & B' }, { label: 'Note' }],
      rows: [{ header: tricky, href: '/countries/CIV', cells: [1234.5, 'x < y'] }],
      format: (n) => es.format(n),
    });
    expect(html).not.toContain('<b>');
    const d = parseXml(html);
    expect(elements(d, 'caption')[0]!.textContent).toBe(tricky);
    expect(elements(d, 'th').map((t) => t.textContent)).toEqual(['<Economy>', 'A & B', 'Note', tricky]);
    expect(elements(d, 'td').map((t) => t.textContent)).toEqual(['1234,5', 'x < y']);
    expect(elements(d, 'td')[0]!.getAttribute('class')).toBe('num');
  });

  it('can be put in a hono/jsx page as it is', () => {
    const html = tableAlternative({ caption: 'c', rowHeader: 'r', columns: [], rows: [] });
    expect(String(inline(html))).toBe(html);
    expect((inline(html) as unknown as { isEscaped: boolean }).isEscaped).toBe(true);
  });
});
