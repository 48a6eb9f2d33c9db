import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { FacetIndexCache } from '../../src/features/catalogue/facet-index.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { catalogueParamShape } from '../../src/features/catalogue/schema.js';
import type { ItemSeed } from '../../src/features/catalogue/types.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { policyAreaSlugs } from '../../src/features/policy-areas/policy-areas.js';
import { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * The catalogue's JSON API, its Atom feeds and the sitemap, on a catalogue this file builds
 * itself (no demo content), so totals and rankings are known on both databases.
 */

const text = (title: string, summary: string, description = `${summary} More about ${title}.`) => ({ title, summary, description });

const fixtures: ItemSeed[] = [
  buildItem({
    slug: 'cybercrime-legislation-toolkit',
    kind: 'tool',
    organisations: ['cyber-watch'],
    policyAreas: ['legal-regulatory'],
    languages: ['en', 'fr'],
    text: {
      en: text('Cybercrime Legislation Toolkit', 'Model laws and checklists to fight cybercrime.', 'Helps governments draft cybercrime laws.'),
      fr: text('Boîte à outils sur la cybercriminalité', 'Lois types et listes de contrôle contre la cybercriminalité.'),
    },
  }),
  buildItem({
    slug: 'cybersecurity-law-survey',
    type: 'resource',
    kind: 'report',
    organisations: ['cyber-watch'],
    policyAreas: ['legal-regulatory', 'ict-infrastructure'],
    text: { en: text('Survey of cybersecurity laws', 'How countries protect data and consumers online.', 'Also covers cybercrime, briefly.') },
  }),
  buildItem({
    slug: 'single-window-guide',
    type: 'resource',
    kind: 'guide',
    organisations: ['trade-lab'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    publishedOn: '2016-11',
    text: {
      en: text('Single window implementation guide', 'Steps to plan and roll out an electronic single window.'),
      fr: text('Guide du guichet unique', 'Étapes pour planifier et déployer un guichet unique électronique.'),
    },
  }),
  buildItem({
    slug: 'mobile-money-fund',
    kind: 'financing',
    cost: 'paid',
    organisations: ['pay-fund'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['msmes'],
    coverage: ['SEN'],
    text: { en: text('Mobile money fund', 'Grants for mobile money and digital payment start-ups in Senegal.') },
  }),
  buildItem({
    slug: 'ldc-readiness',
    organisations: ['trade-lab'],
    policyAreas: ['readiness-assessment'],
    coverage: ['ldc'],
    text: { en: text('Readiness assessments for LDCs', 'How ready least developed countries are for e-commerce.') },
  }),
  buildItem({
    slug: 'women-online',
    kind: 'training',
    organisations: ['trade-lab'],
    policyAreas: ['skills-development'],
    beneficiaries: ['women-entrepreneurs'],
    languages: ['es'],
    sourceLocale: 'es',
    text: { es: text('Mujeres en línea', 'Formación en comercio electrónico para emprendedoras.') },
  }),
  buildItem({
    slug: 'payments-dataset',
    type: 'resource',
    kind: 'dataset',
    organisations: ['pay-fund'],
    policyAreas: ['payment-solutions'],
    coverage: ['142'],
    text: { en: text('Digital payments dataset', 'Figures on digital payments in Asia.') },
  }),
  // Enough solutions to page through and to fill a feed past its 50 entries.
  ...Array.from({ length: 48 }, (_, i) =>
    buildItem({
      slug: `course-${i + 1}`,
      kind: 'training',
      organisations: ['trade-lab'],
      policyAreas: ['skills-development'],
      text: { en: text(`E-commerce course ${i + 1}`, `Lesson ${i + 1} of an online course for small businesses.`) },
    }),
  ),
];
const solutionCount = fixtures.filter((f) => f.type === 'solution').length; // 52
const resourceCount = fixtures.length - solutionCount; // 3

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  await hub.db.db.transaction().execute(async (trx) => {
    for (const [slug, name] of [
      ['cyber-watch', 'Cybercrime Watch Network'],
      ['trade-lab', 'Trade Lab'],
      ['pay-fund', 'Payments Fund'],
    ] as const) {
      await organisationCreator(trx, buildOrganisation({ slug, text: { en: { name, description: `${name}, a partner of the hub.` } } }));
    }
    for (const item of fixtures) await itemCreator(trx, item);
  });
  // The newest items of the feeds: edited after all the others.
  const later = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
  await hub.db.db.updateTable('items').set({ updatedAt: later(60) }).where('slug', '=', 'mobile-money-fund').execute();
  await hub.db.db.updateTable('items').set({ updatedAt: later(30) }).where('slug', '=', 'cybercrime-legislation-toolkit').execute();
});
afterAll(() => hub.close());

async function json(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, body: (await res.json()) as any, res };
}
const slugsOf = (body: any): string[] => body.data.map((i: any) => i.slug);
const sum = (counts: { count: number }[]) => counts.reduce((n, c) => n + c.count, 0);

describe('GET /api/v1/solutions, /resources and /search', () => {
  it('ranks the cybercrime toolkit first for q=cybercrime', async () => {
    const search = await json('/api/v1/search?q=cybercrime');
    expect(search.status).toBe(200);
    expect(slugsOf(search.body)).toEqual(['cybercrime-legislation-toolkit', 'cybersecurity-law-survey']);
    expect(search.body.data[0]).toMatchObject({ type: 'solution', title: 'Cybercrime Legislation Toolkit', url: '/solutions/cybercrime-legislation-toolkit' });
    expect(search.body.data[0].organisations).toEqual([{ slug: 'cyber-watch', name: 'Cybercrime Watch Network', acronym: null }]);
    const solutions = await json('/api/v1/solutions?q=cybercrime');
    expect(slugsOf(solutions.body)).toEqual(['cybercrime-legislation-toolkit']);
    const resources = await json('/api/v1/resources?q=cybercrime');
    expect(slugsOf(resources.body)).toEqual(['cybersecurity-law-survey']);
  });

  it('lists only its own type, newest first by default, in pages', async () => {
    const solutions = await json('/api/v1/solutions?pageSize=100');
    expect(solutions.body.page).toEqual({ page: 1, pageSize: 100, total: solutionCount, pages: 1 });
    expect(solutions.body.data.every((i: any) => i.type === 'solution' && i.url === `/solutions/${i.slug}`)).toBe(true);
    const resources = await json('/api/v1/resources');
    expect(resources.body.page).toEqual({ page: 1, pageSize: 20, total: resourceCount, pages: 1 });
    expect(resources.body.data.every((i: any) => i.type === 'resource')).toBe(true);
    // `type` means nothing on the type's own list
    expect((await json('/api/v1/solutions?type=resource')).body.page.total).toBe(solutionCount);

    const first = await json('/api/v1/solutions?pageSize=20&page=1');
    const third = await json('/api/v1/solutions?pageSize=20&page=3');
    expect(first.body.data).toHaveLength(20);
    expect(third.body.data).toHaveLength(solutionCount - 40);
    expect(new Set([...slugsOf(first.body), ...slugsOf(third.body)]).size).toBe(solutionCount - 20);
  });

  it('answers a page past the last with no data and the true totals', async () => {
    const { status, body } = await json('/api/v1/solutions?pageSize=20&page=4');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.page).toEqual({ page: 4, pageSize: 20, total: solutionCount, pages: 3 });
    expect(body.facets.policyArea).toContainEqual({ value: 'skills-development', count: 49 }); // facets still counted
    const search = await json('/api/v1/search?q=cybercrime&page=9');
    expect(search.body.data).toEqual([]);
    expect(search.body.page).toEqual({ page: 9, pageSize: 20, total: 2, pages: 1 });
  });

  it('searches both types and narrows with type, the type facet counting both', async () => {
    const all = await json('/api/v1/search?pageSize=100');
    expect(all.body.page.total).toBe(fixtures.length);
    expect(sum(all.body.facets.type)).toBe(all.body.page.total);
    expect(all.body.facets.type).toEqual([
      { value: 'solution', count: solutionCount },
      { value: 'resource', count: resourceCount },
    ]);
    const onlyResources = await json('/api/v1/search?type=resource');
    expect(onlyResources.body.page.total).toBe(resourceCount);
    expect(onlyResources.body.data.every((i: any) => i.type === 'resource')).toBe(true);
    expect(onlyResources.body.facets.type).toEqual(all.body.facets.type);
  });

  it('gives facet counts that agree with the totals', async () => {
    for (const path of ['/api/v1/search', '/api/v1/search?q=cyber', '/api/v1/solutions', '/api/v1/resources?cost=free']) {
      const { body } = await json(path);
      const total = body.page.total;
      // single-valued facets partition the results
      for (const facet of ['type', 'kind', 'cost']) expect(sum(body.facets[facet]), `${path} ${facet}`).toBe(total);
      expect(body.facets.policyArea.length).toBeGreaterThan(0);
      for (const { value, count } of body.facets.policyArea) {
        expect(policyAreaSlugs).toContain(value);
        const separator = path.includes('?') ? '&' : '?';
        const filtered = await json(`${path}${separator}policyArea=${value}`);
        expect(filtered.body.page.total, `${path} policyArea=${value}`).toBe(count);
        expect(filtered.body.data.every((i: any) => i.policyAreas.includes(value))).toBe(true);
      }
    }
  });

  it('keeps the other filters when counting a chosen one', async () => {
    const { body } = await json('/api/v1/search?policyArea=payment-solutions&cost=paid');
    expect(slugsOf(body)).toEqual(['mobile-money-fund']);
    expect(body.facets.cost).toEqual([
      { value: 'free', count: 1 },
      { value: 'paid', count: 1 },
    ]);
    expect(Object.keys(body.facets.cost[0])).toEqual(['value', 'count']);
    const senegal = await json('/api/v1/search?country=sen&pageSize=100');
    expect(slugsOf(senegal.body)).toContain('mobile-money-fund'); // national
    expect(slugsOf(senegal.body)).toContain('ldc-readiness'); // Senegal is an LDC
    expect(slugsOf(senegal.body)).not.toContain('payments-dataset'); // Asia only
  });

  it('names the partner organisations that match q', async () => {
    const { body } = await json('/api/v1/search?q=cybercrime');
    expect(body.organisations).toEqual([{ slug: 'cyber-watch', name: 'Cybercrime Watch Network', url: '/organisations/cyber-watch' }]);
    expect((await json('/api/v1/search')).body.organisations).toEqual([]);
    expect((await json('/api/v1/search?q=lab')).body.organisations.map((o: any) => o.slug)).toEqual(['trade-lab']);
  });

  it('speaks the language asked for, falling back to the source language', async () => {
    const fr = await json(`/api/v1/search?q=${encodeURIComponent('cybercriminalité')}&lang=fr`);
    expect(fr.body.data[0]).toMatchObject({ slug: 'cybercrime-legislation-toolkit', title: 'Boîte à outils sur la cybercriminalité', language: 'fr' });
    const es = await json('/api/v1/solutions?q=emprendedoras', { 'Accept-Language': 'fr' });
    expect(es.body.data[0]).toMatchObject({ slug: 'women-online', language: 'es', sourceLanguage: 'es' });
  });

  const tooLong = 'a'.repeat(201);
  it.each([
    [`q=${tooLong}`, 'q'],
    ['policyArea=x', 'policyArea'],
    ['kind=x', 'kind'],
    ['country=12', 'country'],
    ['group=x', 'group'],
    ['language=xx', 'language'],
    ['cost=x', 'cost'],
    ['sort=x', 'sort'],
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['type=x', 'type'],
    ['region=999', 'region'],
    ['beneficiary=x', 'beneficiary'],
    ['organisation=Not%20A%20Slug', 'organisation'],
    ['lang=de', 'lang'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    for (const path of ['/api/v1/search', '/api/v1/solutions', '/api/v1/resources']) {
      if (parameter === 'type' && path !== '/api/v1/search') continue;
      const { status, body } = await json(`${path}?${query}`);
      expect(status, `${path}?${query}`).toBe(400);
      expect(body.error).toMatchObject({ id: 'invalid_parameter', parameter });
      expect(body.error.message).toContain(parameter);
    }
  });

  it('accepts a q of exactly 200 characters', async () => {
    expect((await json(`/api/v1/search?q=${'a'.repeat(200)}`)).status).toBe(200);
  });

  it.each([
    '"cybercrime toolkit"',
    'cyber*',
    '*',
    '-cybercrime',
    '-',
    'cybercrime:toolkit',
    'title:cybercrime',
    ':',
    'NEAR',
    'NEAR(cybercrime toolkit, 2)',
    'cybercrime AND (toolkit OR laws) NOT survey',
    '(((',
    ')',
    '^cyber',
    "o'brien's",
    '\\',
    '%_%',
    '{}[]',
    '🙂 cybercrime 🔒',
    'الجريمة الإلكترونية',
    '网络犯罪',
    '&|!<>',
    'a\u0000b',
  ])('answers 200 for q=%s', async (q) => {
    const { status, body } = await json(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.data)).toBe(true);
    expect(sum(body.facets.type)).toBe(body.page.total);
    expect((await json(`/api/v1/solutions?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });

  it('still finds the words around the symbols', async () => {
    expect(slugsOf((await json(`/api/v1/search?q=${encodeURIComponent('"cybercrime toolkit"')}`)).body)).toEqual(['cybercrime-legislation-toolkit']);
    expect(slugsOf((await json(`/api/v1/search?q=${encodeURIComponent('🙂 cybercrime 🔒')}`)).body)[0]).toBe('cybercrime-legislation-toolkit');
  });
});

describe('GET /api/v1/solutions/{slug} and /api/v1/resources/{slug}', () => {
  it('returns one item with its description and related items of the same type', async () => {
    const { status, body } = await json('/api/v1/solutions/ldc-readiness');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      type: 'solution',
      slug: 'ldc-readiness',
      title: 'Readiness assessments for LDCs',
      coverage: ['ldc'],
      source: 'Test data',
      languagesAvailable: ['en'],
      url: '/solutions/ldc-readiness',
    });
    expect(body.data.description).toContain('least developed countries');
    expect(body.data.related.length).toBeGreaterThan(0);
    for (const related of body.data.related) {
      expect(related.type).toBe('solution');
      expect(related.url).toBe(`/solutions/${related.slug}`);
      expect(related.slug).not.toBe('ldc-readiness');
      expect(related.title).toBeTruthy();
    }
  });

  it('returns the translation asked for', async () => {
    const { body } = await json('/api/v1/resources/single-window-guide?lang=fr');
    expect(body.data).toMatchObject({ type: 'resource', title: 'Guide du guichet unique', language: 'fr', languagesAvailable: ['en', 'fr'] });
    expect(body.data.related).toEqual([]);
  });

  it('answers 404 for an unknown slug or the other type', async () => {
    for (const path of ['/api/v1/solutions/no-such-item', '/api/v1/resources/no-such-item', '/api/v1/resources/ldc-readiness', '/api/v1/solutions/single-window-guide']) {
      const { status, body } = await json(path);
      expect(status, path).toBe(404);
      expect(body.error.id).toBe('not_found');
    }
    const bad = await json('/api/v1/solutions/Not_A_Slug');
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('slug');
  });
});

describe('the OpenAPI document', () => {
  it('lists the catalogue paths with their parameters', async () => {
    const { body } = await json('/api/v1/openapi.json');
    const names = (path: string) => body.paths[path].get.parameters.map((p: any) => p.name);
    const all = Object.keys(catalogueParamShape);
    expect(names('/api/v1/search').sort()).toEqual([...all].sort());
    for (const path of ['/api/v1/solutions', '/api/v1/resources']) expect(names(path).sort()).toEqual(all.filter((n) => n !== 'type').sort());
    for (const path of ['/api/v1/solutions/{slug}', '/api/v1/resources/{slug}']) {
      expect(body.paths[path].get.parameters).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'slug', in: 'path', required: true }), expect.objectContaining({ name: 'lang', in: 'query' })]),
      );
      expect(Object.keys(body.paths[path].get.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    }
    for (const path of ['/api/v1/search', '/api/v1/solutions', '/api/v1/resources', '/api/v1/solutions/{slug}', '/api/v1/resources/{slug}']) {
      expect(body.paths[path].get.tags).toEqual(['Catalogue']);
      expect(body.paths[path].get.summary).toBeTruthy();
    }
    const q = body.paths['/api/v1/search'].get.parameters.find((p: any) => p.name === 'q');
    expect(q.schema.maxLength).toBe(200);
    expect(body.components.schemas.Item.properties.policyAreas).toBeDefined();
    expect(body.components.schemas.Facets.properties.policyArea).toBeDefined();
  });
});

/** A small well-formedness check and tree for the XML the hub writes (no DTDs, no namespaces resolved). */
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function parseXml(xml: string): XmlElement {
  const decode = (s: string) => {
    const bad = s.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    if (bad) throw new Error(`bare & in ${JSON.stringify(s.slice(0, 80))}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  };
  const document: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [document];
  const token =
    /<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/g;
  let at = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m.index !== at) throw new Error(`not well-formed at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    at = token.lastIndex;
    const top = stack.at(-1)!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[3]) {
      const attrs: Record<string, string> = {};
      for (const a of m[4]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name: m[3], attrs, children: [], text: '' };
      top.children.push(element);
      if (!m[5]) stack.push(element);
    } else if (m[6] !== undefined) top.text += decode(m[6]);
  }
  if (at !== xml.length) throw new Error(`not well-formed at ${at}`);
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  if (document.children.length !== 1 || document.text.trim()) throw new Error('not exactly one root element');
  return document.children[0]!;
}

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function atom(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[ >]/);
  return parseXml(xml);
}

describe('Atom feeds', () => {
  it('/solutions.atom is an Atom 1.0 feed of the newest 50 solutions', async () => {
    const feed = await atom('/solutions.atom?lang=en');
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attrs['xml:lang']).toBe('en');
    expect(child(feed, 'id')!.text).toBe('http://localhost/solutions.atom?lang=en');
    expect(child(feed, 'title')!.text).toBe('E4D Hub: solutions');
    expect(child(feed, 'updated')!.text).toMatch(isoDateTime);
    expect(childrenNamed(feed, 'author').length).toBeGreaterThan(0);
    const links = childrenNamed(feed, 'link');
    expect(links.find((l) => l.attrs.rel === 'self')!.attrs.href).toBe('http://localhost/solutions.atom?lang=en');
    expect(links.find((l) => l.attrs.rel === 'alternate')!.attrs.href).toBe('http://localhost/solutions?lang=en');

    const entries = childrenNamed(feed, 'entry');
    expect(entries).toHaveLength(50);
    const ids = entries.map((e) => child(e, 'id')!.text);
    expect(new Set(ids).size).toBe(50);
    for (const entry of entries) {
      expect(child(entry, 'id')!.text).toMatch(/^tag:localhost,\d{4}-\d{2}-\d{2}:solution:[a-z0-9-]+$/);
      expect(child(entry, 'title')!.text.trim()).not.toBe('');
      expect(child(entry, 'updated')!.text).toMatch(isoDateTime);
      expect(child(entry, 'link')!.attrs.href).toMatch(/^http:\/\/localhost\/solutions\/[a-z0-9-]+\?lang=en$/);
      expect(child(entry, 'summary')!.text.trim()).not.toBe('');
    }
    const updated = entries.map((e) => child(e, 'updated')!.text);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(child(entries[0]!, 'link')!.attrs.href).toBe('http://localhost/solutions/mobile-money-fund?lang=en');
    expect(child(feed, 'updated')!.text).toBe(updated[0]);
  });

  it('speaks the reader language and keeps entry ids across languages', async () => {
    const en = await atom('/solutions.atom?lang=en');
    const fr = await atom('/solutions.atom?lang=fr');
    expect(fr.attrs['xml:lang']).toBe('fr');
    expect(child(fr, 'title')!.text).toBe('E4D Hub : solutions');
    const idsOf = (feed: XmlElement) => childrenNamed(feed, 'entry').map((e) => child(e, 'id')!.text);
    expect(idsOf(fr)).toEqual(idsOf(en));
    const toolkit = childrenNamed(fr, 'entry')[1]!;
    expect(child(toolkit, 'id')!.text).toMatch(/:solution:cybercrime-legislation-toolkit$/);
    expect(child(toolkit, 'title')!.text).toBe('Boîte à outils sur la cybercriminalité');
    const es = await atom('/solutions.atom', { 'Accept-Language': 'es' });
    expect(child(es, 'title')!.text).toBe('E4D Hub: soluciones');
    expect(childrenNamed(es, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe('http://localhost/solutions.atom?lang=es');
  });

  it('/resources.atom lists the resources only, with organisations as authors', async () => {
    const feed = await atom('/resources.atom?lang=fr');
    expect(child(feed, 'title')!.text).toBe('E4D Hub : ressources');
    const entries = childrenNamed(feed, 'entry');
    expect(entries).toHaveLength(resourceCount);
    for (const entry of entries) {
      expect(child(entry, 'id')!.text).toMatch(/^tag:localhost,\d{4}-\d{2}-\d{2}:resource:/);
      expect(child(entry, 'link')!.attrs.href).toMatch(/^http:\/\/localhost\/resources\//);
    }
    const guide = entries.find((e) => child(e, 'id')!.text.endsWith(':single-window-guide'))!;
    expect(child(guide, 'title')!.text).toBe('Guide du guichet unique');
    expect(child(child(guide, 'author')!, 'name')!.text).toBe('Trade Lab');
  });
});

describe('sitemap and robots.txt', () => {
  it('/sitemap.xml lists every public page in three languages with hreflang alternates', async () => {
    const res = await hub.get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/xml/);
    const urlset = parseXml(await res.text());
    expect(urlset.name).toBe('urlset');
    expect(urlset.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.attrs['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const urls = childrenNamed(urlset, 'url');
    const locs = urls.map((u) => child(u, 'loc')!.text);
    expect(new Set(locs).size).toBe(locs.length);
    for (const path of [
      '/',
      '/policy-areas',
      '/policy-areas/payment-solutions',
      '/organisations',
      '/organisations/trade-lab',
      '/countries',
      '/countries/SEN',
      '/solutions',
      '/solutions/cybercrime-legislation-toolkit',
      '/resources',
      '/resources/single-window-guide',
    ]) {
      for (const lang of ['en', 'fr', 'es']) expect(locs).toContain(`http://localhost${path}?lang=${lang}`);
    }
    expect(locs.filter((l) => l.startsWith('http://localhost/solutions/'))).toHaveLength(solutionCount * 3);
    for (const url of urls) {
      const loc = child(url, 'loc')!.text;
      const alternates = childrenNamed(url, 'xhtml:link');
      expect(alternates.map((a) => a.attrs.hreflang)).toEqual(['en', 'fr', 'es', 'x-default']);
      for (const a of alternates) {
        expect(a.attrs.rel).toBe('alternate');
        expect(a.attrs.href).toMatch(/^http:\/\/localhost\//);
      }
      expect(alternates.map((a) => a.attrs.href)).toContain(loc);
      const lastmod = child(url, 'lastmod');
      if (lastmod) expect(lastmod.text).toMatch(isoDateTime);
    }
  });

  it('/robots.txt points at the sitemap', async () => {
    const res = await hub.get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/);
    const body = await res.text();
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).toMatch(/^Sitemap: http:\/\/localhost\/sitemap\.xml$/m);
  });

  it('uses the configured public URL for every absolute link', async () => {
    const app = createApp({
      db: hub.db.db,
      dialect: hub.db.dialect,
      logger: pino({ level: 'silent' }),
      responseCache: new ResponseCache({ ttlSeconds: 0 }),
      facets: new FacetIndexCache(),
      publicUrl: 'https://e4d.example.org/',
    });
    const robots = await (await app.request('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://e4d.example.org/sitemap.xml');
    const sitemap = await (await app.request('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>https://e4d.example.org/organisations?lang=fr</loc>');
    expect(sitemap).not.toContain('localhost');
    const feed = parseXml(await (await app.request('/resources.atom?lang=en')).text());
    expect(childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe('https://e4d.example.org/resources.atom?lang=en');
    expect(child(childrenNamed(feed, 'entry')[0]!, 'id')!.text).toMatch(/^tag:e4d\.example\.org,/);
  });
});
