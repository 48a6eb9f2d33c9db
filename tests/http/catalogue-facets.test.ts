import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * Filters that help, on the demo catalogue: a facet lists only values with results (the chosen one
 * aside), the most frequent first, the first eight as links and the rest behind "show all"; the country
 * filter groups countries by region, lists what is offered worldwide apart and leaves out places
 * nothing is offered to (Antarctica, Réunion); each count is what following its link finds; a policy
 * area has one label everywhere.
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
}, 120_000);
afterAll(() => hub?.close());

async function page(path: string): Promise<string> {
  const response = await hub.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

interface FacetValue {
  href: string;
  label: string;
  count: number;
  selected: boolean;
  /** Behind "show all". */
  folded: boolean;
}

/** The link facets of a catalogue page, by heading, each value with its link, label and count. */
function linkFacets(html: string): Map<string, { values: FacetValue[]; summary: string | undefined }> {
  const aside = /<aside class="facets"[^>]*>([\s\S]*?)<\/aside>/.exec(html)![1]!;
  const facets = new Map<string, { values: FacetValue[]; summary: string | undefined }>();
  for (const part of aside.split(/<h[23](?: id="[^"]*")?>/).slice(1)) {
    const heading = /^([^<]*)<\/h[23]>/.exec(part);
    if (!heading) continue; // the country form: its heading holds a label
    const summary = /<summary>([^<]*)<\/summary>/.exec(part)?.[1];
    const foldedAt = part.indexOf('<details>');
    const values = [...part.matchAll(/<li><a href="([^"]+)"( aria-current="true")?[^>]*><span>([\s\S]*?)<\/span><span class="muted">([\d,]+)<\/span><\/a><\/li>/g)].map((m) => ({
      href: decode(m[1]!),
      selected: Boolean(m[2]),
      label: decode(m[3]!.replace(/<span[^>]*>[\s\S]*?<\/span>/g, '').trim()),
      count: Number(m[4]!.replace(/,/g, '')),
      folded: foldedAt >= 0 && m.index! > foldedAt,
    }));
    facets.set(decode(heading[1]!), { values, summary });
  }
  return facets;
}

/** The results a catalogue page says it found. */
function resultCount(html: string): number {
  return Number(/<h2 id="results">([\d,]+) results?<\/h2>/.exec(html)![1]!.replace(/,/g, ''));
}

/** The country select: its options (value, label, count) by optgroup ('' before the first group). */
function countryOptions(html: string): { group: string; value: string; label: string; count: number }[] {
  const select = /<select id="country"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
  const options: { group: string; value: string; label: string; count: number }[] = [];
  let group = '';
  for (const m of select.matchAll(/<optgroup label="([^"]*)">|<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)) {
    if (m[1] !== undefined) group = decode(m[1]);
    else if (m[2]) {
      const [, label, count] = /^(.*) \(([\d,]+)\)$/.exec(decode(m[3]!))!;
      options.push({ group, value: m[2], label: label!, count: Number(count!.replace(/,/g, '')) });
    }
  }
  return options;
}

describe('catalogue facets', () => {
  it('list only values with results, the most frequent first, and fold the rest behind “show all”', async () => {
    const facets = linkFacets(await page('/solutions'));
    expect([...facets.keys()]).toEqual(expect.arrayContaining(['Policy area', 'Kind', 'Partner', 'Region', 'Language', 'Cost']));
    for (const [name, { values, summary }] of facets) {
      expect(values.length, name).toBeGreaterThan(0);
      for (const v of values) expect(v.count, `${name}: ${v.label}`).toBeGreaterThan(0);
      const counts = values.map((v) => v.count);
      expect(counts, name).toEqual([...counts].sort((a, b) => b - a));
      const shown = values.filter((v) => !v.folded);
      expect(shown.length, name).toBe(Math.min(8, values.length));
      if (values.length > 8) expect(summary, name).toBe(`Show all ${values.length}`);
      else expect(summary, name).toBeUndefined();
    }
    // Partners are many: eight first, the others folded, each still a link with its count.
    expect(facets.get('Partner')!.values.length).toBeGreaterThan(20);
    // Kinds only resources have (reports) are not offered on /solutions.
    expect(facets.get('Kind')!.values.map((v) => v.label)).not.toContain('Report');
  });

  it('give counts that following their links finds, folded values included', async () => {
    const facets = linkFacets(await page('/solutions'));
    const values = [...facets.values()].flatMap((f) => f.values);
    expect(values.some((v) => v.folded)).toBe(true);
    for (const v of values) expect(resultCount(await page(v.href)), `${v.href}`).toBe(v.count);
  });

  it('keep a chosen value even when the other filters leave it nothing', async () => {
    // Partner A's solutions in a policy area it has none in.
    const html = await page('/solutions?organisation=upu&policyArea=access-to-financing');
    expect(resultCount(html)).toBe(0);
    const area = linkFacets(html).get('Policy area')!.values.find((v) => v.selected);
    expect(area).toMatchObject({ label: 'Access to financing', selected: true });
  });
});

describe('the country filter', () => {
  it('groups countries by region, lists worldwide items apart and leaves out places with nothing', async () => {
    const options = countryOptions(await page('/solutions'));
    expect(options[0]).toMatchObject({ group: '', value: '001', label: 'Offered worldwide' });
    const groups = [...new Set(options.slice(1).map((o) => o.group))];
    expect(groups).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'].filter((g) => groups.includes(g)));
    expect(groups).toEqual(expect.arrayContaining(['Africa', 'Asia']));
    const values = options.map((o) => o.value);
    for (const absent of ['ATA', 'REU', 'GRL', 'BVT']) expect(values, absent).not.toContain(absent);
    for (const o of options) expect(o.count, o.value).toBeGreaterThan(0);
    // Far fewer than every ISO 3166 place, and not all alike as when worldwide items counted for each.
    expect(options.length).toBeLessThan(200);
    expect(new Set(options.map((o) => o.count)).size).toBeGreaterThan(5);
    // By name within each region.
    const africa = options.filter((o) => o.group === 'Africa').map((o) => o.label);
    expect(africa).toEqual([...africa].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('counts what choosing the country finds', async () => {
    const options = countryOptions(await page('/solutions'));
    for (const value of ['001', 'SEN', 'KHM', 'HTI', 'FJI']) {
      const option = options.find((o) => o.value === value)!;
      expect(option, value).toBeDefined();
      expect(resultCount(await page(`/solutions?country=${value}`)), value).toBe(option.count);
    }
    // Senegal's items are those for Senegal, Western Africa, Africa or the LDCs, never worldwide ones.
    const response = await hub.get('/api/v1/solutions?country=SEN&pageSize=100');
    const { data } = (await response.json()) as { data: { coverage: string[] }[] };
    for (const item of data) expect(item.coverage.some((c) => ['SEN', '011', '202', '002', 'ldc'].includes(c)), item.coverage.join(',')).toBe(true);
  });

  it('refuses a country code that is not one, on the page and in the API', async () => {
    expect(await page('/solutions?country=XYZ')).toContain('“country”');
    expect((await hub.get('/api/v1/solutions?country=12')).status).toBe(400);
    expect((await hub.get('/api/v1/solutions?country=001')).status).toBe(200);
  });
});

describe('partner directory facets', () => {
  it('list only types and areas with partners, the most frequent first', async () => {
    const html = await page('/organisations?type=development-bank');
    const aside = /<aside class="facets"[^>]*>([\s\S]*?)<\/aside>/.exec(html)![1]!;
    for (const list of aside.split('<h2>').slice(1)) {
      const values = [...list.matchAll(/<li><a href="[^"]+"( aria-current="true")?><span>([^<]*)<\/span><span class="muted">(\d+)<\/span>/g)].map((m) => ({ selected: Boolean(m[1]), count: Number(m[3]) }));
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) if (!v.selected) expect(v.count).toBeGreaterThan(0);
      const counts = values.map((v) => v.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe('event list filters', () => {
  it('offer only values that list events, each with the count choosing it lists', async () => {
    for (const base of ['/events?when=all', '/events?when=past', '/events?when=all&mode=offline']) {
      const html = await page(base);
      for (const name of ['policyArea', 'region', 'mode']) {
        const select = new RegExp(`<select id="f-${name}" name="${name}">([\\s\\S]*?)</select>`).exec(html)![1]!;
        const options = [...select.matchAll(/<option value="([^"]+)"( selected="")?>([^<]*) \((\d+)\)<\/option>/g)].map((m) => ({ value: m[1]!, selected: Boolean(m[2]), count: Number(m[4]) }));
        expect(options.length, `${base} ${name}`).toBeGreaterThan(0);
        for (const o of options) {
          if (!o.selected) expect(o.count, `${base} ${name}=${o.value}`).toBeGreaterThan(0);
          const url = new URL(base, 'http://hub');
          url.searchParams.set(name, o.value);
          const listed = Number(/<h2 id="list-title">[^<]*<span class="muted">\((\d+)\)<\/span>/.exec(await page(url.pathname + url.search))![1]);
          expect(listed, `${url.search}`).toBe(o.count);
        }
        if (name !== 'region') {
          const counts = options.map((o) => o.count);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        }
      }
    }
  });
});

describe('policy-area labels', () => {
  it('name each area the same in every list, filter and page', async () => {
    const label = 'Payment solutions';
    expect(linkFacets(await page('/solutions')).get('Policy area')!.values.map((v) => v.label)).toContain(label);
    expect(await page('/organisations')).toContain(`<span>${label}</span>`);
    expect(await page('/events?when=all')).toMatch(new RegExp(`<option value="payment-solutions">${label} \\(\\d+\\)</option>`));
    expect(await page('/requests')).toContain(`<option value="payment-solutions">${label}</option>`);
    expect(await page('/policy-areas/payment-solutions')).toContain(`<h1>4. ${label}</h1>`);
    // "Financing" names a kind of solution; the area is "Access to financing".
    const facets = linkFacets(await page('/solutions'));
    expect(facets.get('Policy area')!.values.map((v) => v.label)).toContain('Access to financing');
    expect(facets.get('Kind')!.values.map((v) => v.label)).toContain('Financing');
  });
});
