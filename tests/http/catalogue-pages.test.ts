import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * The catalogue's pages through HTTP. The catalogue data here is this file's own (partners and
 * items named cpt-*, and the made-up word "quokkaful"), so the assertions hold whatever demo
 * content the hub also carries. Solutions start in the 2090s so that they are the newest.
 */
let hub: TestHub;

const description = [
  'Some **bold** advice.',
  '',
  '<script>alert(1)</script>',
  '',
  '[x](javascript:alert(1)) and [UNCTAD](https://unctad.org/)',
].join('\n');

beforeAll(async () => {
  hub = await createTestHub();
  const db = hub.db.db;
  await organisationCreator(db, buildOrganisation({ slug: 'cpt-alpha', acronym: 'ALPHA', text: { en: { name: 'Alpha Trade Agency', description: 'Helps with trade.' } } }));
  await organisationCreator(db, buildOrganisation({ slug: 'cpt-beta', text: { en: { name: 'Beta Postal Union', description: 'Posts and parcels.' } } }));
  await organisationCreator(db, buildOrganisation({ slug: 'cpt-gamma', text: { en: { name: 'Gamma Toolmakers', description: 'Many tools.' } } }));
  const items = [
    buildItem({
      slug: 'cpt-cyber-law',
      organisations: ['cpt-alpha'],
      policyAreas: ['legal-regulatory'],
      beneficiaries: ['governments'],
      coverage: ['SEN'],
      languages: ['en', 'fr'],
      cost: 'free',
      startsOn: '2099-03',
      endsOn: '2099-12-31',
      text: {
        en: { title: 'Quokkaful cyberlaw assistance', summary: 'Quokkaful help to draft cyberlaws.', description, eligibility: 'Open to anyone.' },
        fr: { title: 'Assistance quokkaful en cyberlégislation', summary: 'Aide quokkaful pour rédiger des cyberlégislations.', description, eligibility: 'Open to anyone.' },
      },
    }),
    buildItem({
      slug: 'cpt-payments-fund',
      kind: 'financing',
      organisations: ['cpt-alpha', 'cpt-beta'],
      policyAreas: ['payment-solutions', 'access-to-financing'],
      beneficiaries: ['msmes'],
      coverage: ['142'],
      cost: 'paid',
      startsOn: '2098-01',
      text: { en: { title: 'Quokkaful mobile payments fund', summary: 'Grants for quokkaful mobile money start-ups.', description: 'Grants.', eligibility: 'Open to anyone.' } },
    }),
    buildItem({
      slug: 'cpt-training',
      kind: 'training',
      organisations: ['cpt-beta'],
      policyAreas: ['skills-development', 'legal-regulatory'],
      coverage: ['ldc'],
      languages: ['en', 'es'],
      startsOn: '2097-05',
      text: { en: { title: 'Quokkaful e-commerce training', summary: 'Quokkaful courses for officials.', description: 'Courses.', eligibility: 'Open to anyone.' } },
    }),
    buildItem({
      type: 'resource',
      slug: 'cpt-postal-guide',
      kind: 'guide',
      organisations: ['cpt-beta'],
      policyAreas: ['trade-logistics'],
      publishedOn: '2017-01',
      documentUrl: 'https://example.org/guide.pdf',
      text: { en: { title: 'Quokkaful guide for posts', summary: 'How quokkaful postal operators sell online.', description: 'Guide.', eligibility: 'Open to anyone.' } },
    }),
    buildItem({
      type: 'resource',
      slug: 'cpt-report',
      kind: 'report',
      organisations: ['cpt-alpha'],
      policyAreas: ['readiness-assessment'],
      languages: ['en', 'fr'],
      publishedOn: '2018-06-15',
      text: { en: { title: 'Quokkaful report </script><b>bold</b>', summary: 'A quokkaful report.', description: 'Report.', eligibility: 'Open to anyone.' } },
    }),
    buildItem({
      type: 'resource',
      slug: 'cpt-dataset',
      kind: 'dataset',
      organisations: ['cpt-alpha'],
      publishedOn: '2019',
      documentUrl: 'https://example.org/data.csv',
      text: { en: { title: 'Quokkaful dataset', summary: 'Quokkaful figures.', description: 'Data.', eligibility: 'Open to anyone.' } },
    }),
    ...Array.from({ length: 23 }, (_, i) =>
      buildItem({
        slug: `cpt-gamma-${i + 1}`,
        kind: 'tool',
        organisations: ['cpt-gamma'],
        startsOn: `2090-01-${String(i + 1).padStart(2, '0')}`,
        text: { en: { title: `Gamma tool ${i + 1}`, summary: `Tool number ${i + 1}.`, description: 'A tool.', eligibility: 'Open to anyone.' } },
      }),
    ),
  ];
  for (const item of items) await itemCreator(db, item);
});
afterAll(() => hub.close());

async function page(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, html: await res.text() };
}

const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();
const decode = (href: string) => href.replaceAll('&amp;', '&');
/** Slugs of the items a page links to, in order (breadcrumbs and facets aside). */
const itemLinks = (html: string) => [...html.matchAll(/<h3[^>]*><a href="\/(?:solutions|resources)\/(cpt-[a-z0-9-]+)"/g)].map((m) => m[1]);
/** The count shown in the facet link whose address has the given parameters. */
function facetCount(html: string, params: Record<string, string>): number | undefined {
  for (const m of html.matchAll(/<a href="([^"]+)"[^>]*rel="nofollow"[^>]*>([\s\S]*?)<\/a>/g)) {
    const query = new URLSearchParams(decode(m[1]!).split('?')[1] ?? '');
    if (Object.entries(params).every(([k, v]) => query.get(k) === v) && [...query.keys()].length === Object.keys(params).length) {
      return Number(/<span class="muted">(\d+)<\/span>/.exec(m[2]!)?.[1]);
    }
  }
  return undefined;
}
const jsonLd = (html: string) => {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return found ? (JSON.parse(found[1]!) as Record<string, unknown>) : undefined;
};

describe('solution and resource lists', () => {
  it('lists one type, filtered, with counts on every facet', async () => {
    const { status, html } = await page('/solutions?organisation=cpt-alpha');
    expect(status).toBe(200);
    expect(h1(html)).toBe('Solutions');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(itemLinks(html).sort()).toEqual(['cpt-cyber-law', 'cpt-payments-fund']);
    expect(html).toContain('2 results');
    // Another value of a facet counts with the other filters; the selected one removes itself.
    expect(facetCount(html, { organisation: 'cpt-alpha', policyArea: 'payment-solutions' })).toBe(1);
    expect(facetCount(html, { organisation: 'cpt-alpha', kind: 'financing' })).toBe(1);
    expect(facetCount(html, { organisation: 'cpt-alpha', cost: 'paid' })).toBe(1);
    expect(facetCount(html, { organisation: 'cpt-alpha', language: 'fr' })).toBe(1);
    expect(facetCount(html, { organisation: 'cpt-alpha', beneficiary: 'msmes' })).toBe(1);
    expect(facetCount(html, { organisation: 'cpt-alpha', region: '142' })).toBe(1);
    expect(facetCount(html, {})).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/<a href="\/solutions" aria-current="true" rel="nofollow"><span><span aria-hidden="true">✓ <\/span>ALPHA/);
    expect(html).toContain('Clear filters');
    expect(html).toContain('<select id="country" name="country" aria-describedby="country-hint">');
    expect(html).toMatch(/<option value="SEN">Senegal \(1\)<\/option>/);
    expect(html).not.toContain('/resources/cpt-');
  });

  it('combines filters and keeps them in shareable addresses', async () => {
    const { html } = await page('/solutions?organisation=cpt-alpha&cost=paid');
    expect(itemLinks(html)).toEqual(['cpt-payments-fund']);
    expect(html).toContain('<input type="hidden" name="organisation" value="cpt-alpha"/>');
    expect(html).toContain('<input type="hidden" name="cost" value="paid"/>');
    const country = await page('/solutions?country=sen&organisation=cpt-alpha');
    expect(itemLinks(country.html)).toEqual(['cpt-cyber-law']);
    expect(country.html).toMatch(/<option value="SEN" selected="">Senegal/);
    const resources = await page('/resources?organisation=cpt-beta');
    expect(h1(resources.html)).toBe('Resources');
    expect(itemLinks(resources.html)).toEqual(['cpt-postal-guide']);
  });

  it('searches words, marks them in the snippet and escapes what was typed', async () => {
    const { html } = await page('/solutions?q=quokkaful&organisation=cpt-beta');
    expect(itemLinks(html).sort()).toEqual(['cpt-payments-fund', 'cpt-training']);
    expect(html).toContain('<mark>quokkaful</mark>');
    expect(html).toMatch(/<option value="relevance" selected="">Relevance/);
    const typed = await page('/solutions?q=%3Cb%3Equokkaful%3C%2Fb%3E');
    expect(typed.html).not.toContain('<b>quokkaful');
    expect(typed.html).toContain('value="&lt;b&gt;quokkaful&lt;/b&gt;"');
  });

  it('sorts by title when asked', async () => {
    const { html } = await page('/solutions?organisation=cpt-gamma&sort=title&pageSize=3');
    expect(itemLinks(html)).toEqual(['cpt-gamma-1', 'cpt-gamma-2', 'cpt-gamma-3']);
    const newest = await page('/solutions?organisation=cpt-gamma&pageSize=3');
    expect(itemLinks(newest.html)).toEqual(['cpt-gamma-23', 'cpt-gamma-22', 'cpt-gamma-21']);
  });

  it('ignores a filter value it does not know and says so', async () => {
    const { status, html } = await page('/solutions?organisation=cpt-alpha&kind=xyz&sort=sideways');
    expect(status).toBe(200);
    expect(html).toContain('The filter “kind” had a value we do not recognise (“xyz”)');
    expect(html).toContain('“sort”');
    expect(itemLinks(html).sort()).toEqual(['cpt-cyber-law', 'cpt-payments-fund']);
    const country = await page('/solutions?organisation=cpt-alpha&country=XYZ');
    expect(country.html).toContain('“country”');
    expect(itemLinks(country.html)).toHaveLength(2);
    const partner = await page('/solutions?organisation=nobody-at-all&cost=paid');
    expect(partner.html).toContain('“nobody-at-all”');
    expect(itemLinks(partner.html)).toContain('cpt-payments-fund');
  });

  it.each([201, 5000])('refuses a query of %i characters with a clear message', async (length) => {
    const { status, html } = await page(`/solutions?q=${'x'.repeat(length)}`);
    expect(status).toBe(200);
    expect(html).toContain(`Your search is ${length} characters long; searches are limited to 200 characters.`);
    expect(html).not.toMatch(/\d+ results?</);
    expect(itemLinks(html)).toEqual([]);
    const search = await page(`/search?q=${'y'.repeat(length)}`);
    expect(search.status).toBe(200);
    expect(search.html).toContain('searches are limited to 200 characters');
  });

  it('suggests which filter to drop when nothing matches', async () => {
    const { html } = await page('/solutions?organisation=cpt-beta&cost=free&policyArea=payment-solutions');
    expect(html).toContain('0 results');
    expect(html).toContain('Nothing matches all these filters. Remove one to see results:');
    const suggestions = [...html.matchAll(/<li><a href="([^"]+)">Without “([^”]+)” \(([^)]+)\): (\d+) results?<\/a><\/li>/g)].map((m) => ({
      query: Object.fromEntries(new URLSearchParams(decode(m[1]!).split('?')[1])),
      value: m[2],
      count: Number(m[4]),
    }));
    expect(suggestions).toContainEqual({ query: { organisation: 'cpt-beta', policyArea: 'payment-solutions' }, value: 'Free of charge', count: 1 });
    expect(suggestions).toContainEqual({ query: { organisation: 'cpt-beta', cost: 'free' }, value: 'Payment solutions', count: 1 });
  });

  it('pages through results, and a page past the last shows no items but the right total', async () => {
    const first = await page('/solutions?organisation=cpt-gamma&pageSize=10');
    expect(itemLinks(first.html)).toHaveLength(10);
    expect(first.html).toContain('23 results');
    expect(first.html).toContain('Page 1 of 3');
    expect(first.html).toMatch(/href="\/solutions\?organisation=cpt-gamma&amp;pageSize=10&amp;page=2" rel="next"/);
    const last = await page('/solutions?organisation=cpt-gamma&pageSize=10&page=3');
    expect(itemLinks(last.html)).toHaveLength(3);
    const past = await page('/solutions?organisation=cpt-gamma&pageSize=10&page=9');
    expect(past.status).toBe(200);
    expect(itemLinks(past.html)).toEqual([]);
    expect(past.html).toContain('23 results');
    expect(past.html).toContain('This page is past the last page of results.');
    expect(past.html).toMatch(/href="\/solutions\?organisation=cpt-gamma&amp;pageSize=10&amp;page=3">Go to the last page/);
  });

  it('points to the same list as JSON', async () => {
    const { html } = await page('/solutions?organisation=cpt-alpha&cost=paid');
    const href = decode(/<link rel="alternate" type="application\/json" href="([^"]+)"/.exec(html)![1]!);
    expect(href).toBe('/api/v1/solutions?organisation=cpt-alpha&cost=paid');
    const res = await hub.get(href);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { slug: string }[] }).data.map((i) => i.slug)).toEqual(['cpt-payments-fund']);
  });

  it('stays light: page and stylesheet within 30 KB compressed', async () => {
    const css = await (await hub.get(/<link rel="stylesheet" href="([^"]+)"/.exec((await page('/')).html)![1]!)).text();
    for (const path of ['/solutions', '/resources', '/search?q=quokkaful', '/solutions/cpt-cyber-law']) {
      const { html } = await page(path);
      expect(gzipSync(html).byteLength + gzipSync(css).byteLength, path).toBeLessThan(30 * 1024);
    }
  });
});

describe('an item page', () => {
  it('shows the facts, and the description rendered safely from Markdown', async () => {
    const { status, html } = await page('/solutions/cpt-cyber-law');
    expect(status).toBe(200);
    expect(h1(html)).toBe('Quokkaful cyberlaw assistance');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<a href="https://unctad.org/" rel="nofollow ugc noopener">UNCTAD</a>');
    expect(html).toContain('href="/organisations/cpt-alpha"');
    expect(html).toContain('href="/policy-areas/legal-regulatory"');
    expect(html).toContain('<a href="/countries/SEN">Senegal</a>');
    expect(html).toContain('English, French');
    expect(html).toContain('Free of charge');
    expect(html).toContain('<time datetime="2099-12-31">December 31, 2099</time>');
    expect(html).toContain('<link rel="alternate" type="application/json" href="/api/v1/solutions/cpt-cyber-law"/>');
    expect(html).toContain('Test data');
  });

  it('says when a text is not translated and marks its language', async () => {
    const { html } = await page('/solutions/cpt-payments-fund?lang=fr');
    expect(html).toContain('pas encore disponible en français');
    expect(html).toMatch(/<h1 lang="en">Quokkaful mobile payments fund<\/h1>/);
    expect(html).toContain('Payant');
    const translated = await page('/solutions/cpt-cyber-law?lang=fr');
    expect(h1(translated.html)).toBe('Assistance quokkaful en cyberlégislation');
    expect(translated.html).not.toContain('pas encore disponible');
    expect(translated.html).toContain('Anglais, Français');
  });

  it('describes a solution as a schema.org Service with its providers', async () => {
    const { html } = await page('/solutions/cpt-payments-fund');
    const data = jsonLd(html)!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Service');
    expect(data.name).toBe('Quokkaful mobile payments fund');
    expect((data.provider as { name: string }[]).map((p) => p.name)).toEqual(['Alpha Trade Agency', 'Beta Postal Union']);
    expect(data.url).toMatch(/\/solutions\/cpt-payments-fund$/);
  });

  it('describes resources as Report, Dataset or CreativeWork, and no text can close the script', async () => {
    const report = await page('/resources/cpt-report');
    expect(report.status).toBe(200);
    expect(report.html.match(/<\/script>/g)).toHaveLength(1);
    expect(report.html).not.toContain('<b>bold</b>');
    const data = jsonLd(report.html)!;
    expect(data['@type']).toBe('Report');
    expect(data.name).toBe('Quokkaful report </script><b>bold</b>');
    expect(data.datePublished).toBe('2018-06-15');
    expect(data.inLanguage).toEqual(['en', 'fr']);
    expect((data.publisher as { name: string }[])[0]!.name).toBe('Alpha Trade Agency');
    expect(data.url).toMatch(/^https?:\/\//);
    expect(jsonLd((await page('/resources/cpt-dataset')).html)!['@type']).toBe('Dataset');
    const guide = await page('/resources/cpt-postal-guide');
    expect(jsonLd(guide.html)!['@type']).toBe('CreativeWork');
    expect(guide.html).toContain('href="https://example.org/guide.pdf"');
  });

  it('lists related items of the same type', async () => {
    // A partner shared counts double: the other Gamma tools (same partner and policy area) come before
    // any demo item, whatever the demo catalogue holds.
    const { html } = await page('/solutions/cpt-gamma-1');
    const related = /<section aria-labelledby="related">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(related).toContain('Related solutions');
    expect([...related.matchAll(/href="(\/[^"]+)"/g)].map((m) => m[1])).toEqual(['/solutions/cpt-gamma-2', '/solutions/cpt-gamma-3', '/solutions/cpt-gamma-4', '/solutions/cpt-gamma-5']);
    expect(related).not.toContain('/resources/');
  });

  it.each(['/solutions/no-such-item', '/resources/cpt-cyber-law', '/solutions/cpt-postal-guide', '/solutions/Bad_Slug', `/solutions/${'a'.repeat(101)}`, '/resources/a--b'])(
    '%s answers 404',
    async (path) => {
      const { status, html } = await page(path);
      expect(status).toBe(404);
      expect(h1(html)).toBe('Page not found');
    },
  );

  it.each(['/solutions/%E0%A4%A', '/resources/un%00ctad', '/solutions?q=%E0%A4%A', '/solutions?q=a%00b', '/solutions?country[]=x&page=-1&pageSize=9999', '/search?type=nothing&sort=%00'])(
    '%s never gets a 500',
    async (path) => {
      const res = await hub.get(path);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toMatch(/at .*\.(ts|js):\d+/);
    },
  );

  it('answers a malformed slug without asking the database', async () => {
    const spy = vi.spyOn(hub.db.db, 'selectFrom');
    try {
      expect((await hub.get('/solutions/Not%20A%20Slug!')).status).toBe(404);
      expect(spy).not.toHaveBeenCalled();
      expect((await hub.get('/solutions/no-such-item-at-all')).status).toBe(404);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('site search', () => {
  it('finds solutions and resources together, with a type facet', async () => {
    const { status, html } = await page('/search?q=quokkaful');
    expect(status).toBe(200);
    expect(html).toMatch(/<h2 id="found">\d+ results<\/h2>/);
    expect(itemLinks(html)).toEqual(expect.arrayContaining(['cpt-cyber-law', 'cpt-postal-guide', 'cpt-dataset']));
    expect(html).toContain('Solution · Technical assistance');
    expect(html).toContain('Resource · Guide');
    expect(facetCount(html, { q: 'quokkaful', type: 'resource' })).toBe(3);
    expect(facetCount(html, { q: 'quokkaful', type: 'solution' })).toBe(3);
    const resources = await page('/search?q=quokkaful&type=resource');
    expect(itemLinks(resources.html).sort()).toEqual(['cpt-dataset', 'cpt-postal-guide', 'cpt-report']);
    const href = decode(/<link rel="alternate" type="application\/json" href="([^"]+)"/.exec(resources.html)![1]!);
    expect(href).toBe('/api/v1/search?q=quokkaful&type=resource');
  });

  it('lists matching partners and countries beside the catalogue', async () => {
    const partners = await page('/search?q=alpha%20trade');
    expect(facetCount(partners.html, { q: 'alpha trade', type: 'organisation' })).toBe(1);
    expect(partners.html).toContain('href="/organisations/cpt-alpha"');
    const countries = await page('/search?q=senegal');
    expect(countries.html).toContain('href="/countries/SEN"');
    const nothing = await page('/search?q=zzzzqqq');
    expect(nothing.html).toContain('Nothing matches “zzzzqqq”');
    expect(nothing.html).toContain('<h2 id="found">0 results</h2>');
  });

  it('asks for words when given none', async () => {
    const { html } = await page('/search');
    expect(html).toContain('Type a word to search solutions, resources, partners, countries, events, sessions and speakers, recommendations and requests.');
    expect(itemLinks(html)).toEqual([]);
  });
});

describe('solutions on other pages', () => {
  it('a country page lists the newest solutions for it and links to all of them', async () => {
    const { html } = await page('/countries/SEN');
    const section = /<section aria-labelledby="solutions">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('Solutions available here');
    expect(itemLinks(section)[0]).toBe('cpt-cyber-law');
    expect(section).toMatch(/<a href="\/solutions\?country=SEN">See all \d+ solutions<\/a>/);
  });

  it('a partner page lists its solutions', async () => {
    const { html } = await page('/organisations/cpt-alpha');
    const section = /<section aria-labelledby="solutions">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(itemLinks(section)).toEqual(['cpt-cyber-law', 'cpt-payments-fund']);
    expect(section).toContain('<a href="/solutions?organisation=cpt-alpha">See all 2 solutions</a>');
    const gamma = await page('/organisations/cpt-gamma');
    expect(itemLinks(gamma.html)).toHaveLength(10);
    expect(gamma.html).toContain('See all 23 solutions');
  });

  it('a policy-area page lists the solutions in the area', async () => {
    const { html } = await page('/policy-areas/legal-regulatory');
    const section = /<section id="solutions" aria-labelledby="solutions-title">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    // The newest first, each a link (the hub lists them compactly, without headings).
    expect([...section.matchAll(/<a href="\/solutions\/(cpt-[a-z0-9-]+)"/g)].map((m) => m[1]).slice(0, 2)).toEqual(['cpt-cyber-law', 'cpt-training']);
    expect(section).toMatch(/<a href="\/solutions\?policyArea=legal-regulatory">All \d+ solutions in this area<\/a>/);
  });

  it('the navigation and the home page lead to solutions and resources', async () => {
    const { html } = await page('/solutions');
    expect(html).toMatch(/<nav class="main"[\s\S]*href="\/solutions" aria-current="page"[\s\S]*href="\/resources"/);
    const home = await page('/');
    expect(home.html).toContain('<a href="/solutions">Browse solutions</a>');
    expect(home.html).toContain('<a href="/resources">Browse resources</a>');
  });
});
