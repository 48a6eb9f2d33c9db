import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { type TestHub, createTestApp, createTestHub, testDeps } from '../helpers/test-app.js';
import { resourceCount, seedCatalogueFixtures, solutionCount } from '../helpers/catalogue-fixtures.js';

/** Atom feeds, sitemap.xml and robots.txt, on a catalogue built by the test itself. */

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  await seedCatalogueFixtures(hub.db.db);
  const proposer = await hub.db.db.selectFrom('organisations').select('id').where('slug', '=', 'trade-lab').executeTakeFirstOrThrow();
  await hub.db.db.transaction().execute(async (trx) => {
    await eventCreator(trx, buildEvent({ slug: 'published-forum', organisers: ['trade-lab'] }));
    await eventCreator(trx, buildEvent({ slug: 'proposed-forum', organisers: ['trade-lab'] }), { organisationId: proposer.id, reviewStatus: 'submitted' });
  });
});
afterAll(() => hub.close());

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
      '/events',
      '/events/published-forum',
    ]) {
      for (const lang of ['en', 'fr', 'es']) expect(locs).toContain(`http://localhost${path}?lang=${lang}`);
    }
    expect(locs.filter((l) => l.startsWith('http://localhost/solutions/'))).toHaveLength(solutionCount * 3);
    expect(locs.filter((l) => l.includes('/events/proposed-forum'))).toEqual([]);
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
    const app = createTestApp({ ...testDeps(hub.db, { publicUrl: 'https://e4d.example.org/' }), responseCache: new ResponseCache({ ttlSeconds: 0 }) });
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
