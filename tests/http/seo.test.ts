import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/web/i18n/i18n.js';
import type { GateName } from '../../src/web/policy.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestApp, createTestHub, testDeps } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * What search engines and link previews read (issue 14, part 7; decision 022): every public page has
 * one description, an absolute canonical address, Open Graph tags and its language alternates; personal
 * pages and forms say noindex. The public pages come from the app's own route table, so a new page is
 * checked without anyone adding it here.
 */

let hub: TestHub;
let solution: string;
const origin = 'http://localhost';
const siteDescription = translator('en')('seo.site');

/** The five pages Lighthouse audits (bench/lighthouse.ts). */
const audited = () => ['/', '/solutions', `/solutions/${solution}`, '/countries/KEN', '/events/unctad-e-commerce-week-2017'];

beforeAll(async () => {
  hub = await createTestHub({ officialFigures: true });
  solution = (await hub.db.db.selectFrom('items').select('slug').where('type', '=', 'solution').where('status', '=', 'published').orderBy('slug').executeTakeFirstOrThrow()).slug;
}, 60_000);
afterAll(() => hub.close());

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The <meta> and <link> elements of the page's <head>, with their attributes (the hub writes them double-quoted). */
function headTags(html: string): Tag[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<(meta|link)\s([^>]*?)\/?>/g)].map((m) => ({
    name: m[1]!,
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!)])),
  }));
}

const metas = (tags: Tag[], key: 'name' | 'property', value: string) => tags.filter((t) => t.name === 'meta' && t.attrs[key] === value).map((t) => t.attrs.content ?? '');
const links = (tags: Tag[], rel: string) => tags.filter((t) => t.name === 'link' && t.attrs.rel === rel);
const alternates = (tags: Tag[]) => Object.fromEntries(links(tags, 'alternate').filter((t) => t.attrs.hreflang).map((t) => [t.attrs.hreflang!, t.attrs.href!]));

async function page(path: string, visitor?: Visitor): Promise<{ status: number; tags: Tag[] }> {
  const res = visitor ? await visitor.get(path) : await hub.get(path);
  const html = await res.text();
  return { status: res.status, tags: headTags(html) };
}

/** Everything an indexable page must carry; returns its description. */
function expectIndexable(path: string, tags: Tag[]): string {
  const descriptions = metas(tags, 'name', 'description');
  expect(descriptions, `${path}: one meta description`).toHaveLength(1);
  const description = descriptions[0]!;
  expect(description.trim().length, `${path}: the description is not empty`).toBeGreaterThan(20);
  expect(description.length, path).toBeLessThanOrEqual(160);
  expect(metas(tags, 'name', 'robots'), `${path} is not noindex`).toEqual([]);

  const canonical = links(tags, 'canonical');
  expect(canonical, `${path}: one canonical`).toHaveLength(1);
  const href = canonical[0]!.attrs.href!;
  expect(href, `${path}: canonical is absolute and this page's`).toBe(`${origin}${path.split('?')[0]}`);

  const langs = alternates(tags);
  expect(Object.keys(langs).sort(), `${path}: alternates`).toEqual(['en', 'es', 'fr', 'x-default']);
  for (const l of ['en', 'fr', 'es']) expect(langs[l], `${path} in ${l}`).toBe(`${href}?lang=${l}`);
  expect(langs['x-default']).toBe(href);

  for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name', 'og:locale']) {
    const values = metas(tags, 'property', property);
    expect(values, `${path}: ${property}`).toHaveLength(1);
    expect(values[0]!.trim(), `${path}: ${property}`).not.toBe('');
  }
  expect(metas(tags, 'property', 'og:url')[0]).toBe(href);
  expect(metas(tags, 'property', 'og:description')[0]).toBe(description);
  expect(metas(tags, 'property', 'og:locale')[0]).toBe('en_GB');
  return description;
}

function expectNoindex(path: string, tags: Tag[]): void {
  expect(metas(tags, 'name', 'robots'), `${path} is noindex`).toEqual(['noindex']);
  expect(metas(tags, 'name', 'description'), `${path}: one meta description`).toHaveLength(1);
  expect(metas(tags, 'name', 'description')[0]!.trim()).not.toBe('');
  expect(links(tags, 'canonical'), `${path}: no canonical on a page kept out of search engines`).toEqual([]);
}

/** GET routes any visitor may open that take no parameter and answer with a page (not a feed or a file). */
function publicPages(): string[] {
  const pages = new Set<string>();
  for (const r of hub.app.routes) {
    const gate = 'gate' in r.handler ? (r.handler as unknown as { gate: GateName }).gate : undefined;
    if (r.method !== 'GET' || gate !== 'public' || r.path.includes(':') || r.path.includes('*')) continue;
    if (r.path.startsWith('/api/') || /\.[a-z]+$/.test(r.path)) continue;
    pages.add(r.path);
  }
  return [...pages];
}

describe('every public page is ready for search engines and link previews', () => {
  it('has one description, a canonical address, Open Graph and its alternates in every language, or says noindex if it is a form', async () => {
    const paths = publicPages();
    // The route table is read, not a list kept by hand: the main sections must be in it.
    expect(paths).toEqual(expect.arrayContaining(['/', '/solutions', '/resources', '/organisations', '/countries', '/policy-areas', '/data', '/events', '/requests', '/search']));
    let indexable = 0;
    for (const path of paths) {
      const res = await hub.get(path);
      // A page that needs something first sends the visitor on (sign-out, a link from an email): no page to index.
      if (res.status !== 200) {
        expect([302, 303], `${path} answered ${res.status}`).toContain(res.status);
        continue;
      }
      if (!(res.headers.get('Content-Type') ?? '').startsWith('text/html')) continue;
      const tags = headTags(await res.text());
      if (metas(tags, 'name', 'robots').length) expectNoindex(path, tags);
      else {
        expectIndexable(path, tags);
        indexable++;
      }
    }
    expect(indexable).toBeGreaterThanOrEqual(12);
  });

  it('gives the five audited pages a description of their own, not the site’s', async () => {
    const described: Record<string, string> = {};
    for (const path of audited()) {
      const { status, tags } = await page(path);
      expect(status, path).toBe(200);
      described[path] = expectIndexable(path, tags);
      expect(described[path], path).not.toBe(siteDescription);
    }
    expect(described['/countries/KEN']).toContain('Kenya');
    const item = await hub.get(`/api/v1/solutions/${solution}`);
    const summary = ((await item.json()) as { data: { summary: string } }).data.summary;
    expect(described[`/solutions/${solution}`]!.replace(/…$/, '')).toBe(summary.replace(/\s+/g, ' ').trim().slice(0, described[`/solutions/${solution}`]!.replace(/…$/, '').length));
    expect(new Set(Object.values(described)).size, 'each page its own description').toBe(audited().length);
  });

  it('describes pages in the reader’s language, with og:locale to match', async () => {
    const { tags } = await page('/countries/SEN?lang=fr');
    expect(metas(tags, 'name', 'description')[0]).toContain('Sénégal');
    expect(metas(tags, 'property', 'og:locale')).toEqual(['fr_FR']);
    expect(links(tags, 'canonical')[0]!.attrs.href).toBe(`${origin}/countries/SEN?lang=fr`);
  });
});

describe('canonical addresses', () => {
  it('drop sort orders, page 1, notices and tracking parameters, and keep the language', async () => {
    const { tags } = await page('/solutions?sort=title&page=1&utm_source=newsletter&done=saved&lang=FR');
    expect(links(tags, 'canonical')[0]!.attrs.href).toBe(`${origin}/solutions?lang=fr`);
    expect(alternates(tags)).toEqual({
      en: `${origin}/solutions?lang=en`,
      fr: `${origin}/solutions?lang=fr`,
      es: `${origin}/solutions?lang=es`,
      'x-default': `${origin}/solutions`,
    });
  });

  it('keep filters and later pages, which are pages of their own, in the alternates too', async () => {
    const { tags } = await page('/solutions?policyArea=payment-solutions&page=2&sort=newest');
    expect(links(tags, 'canonical')[0]!.attrs.href).toBe(`${origin}/solutions?page=2&policyArea=payment-solutions`);
    expect(alternates(tags).es).toBe(`${origin}/solutions?page=2&policyArea=payment-solutions&lang=es`);
  });

  it('are built on PUBLIC_URL when it is set, whatever name the request used', async () => {
    const app = createTestApp(testDeps(hub.db, { publicUrl: 'https://e4d.example.org' }));
    const res = await app.request('/countries/KEN');
    const tags = headTags(await res.text());
    expect(links(tags, 'canonical')[0]!.attrs.href).toBe('https://e4d.example.org/countries/KEN');
    expect(Object.values(alternates(tags)).every((href) => href.startsWith('https://e4d.example.org/countries/KEN'))).toBe(true);
    expect(metas(tags, 'property', 'og:url')).toEqual(['https://e4d.example.org/countries/KEN']);
  });
});

describe('pages kept out of search engines', () => {
  it('are the sign-in pages, the forms, search results and error pages', async () => {
    for (const path of ['/sign-in', '/sign-up', '/sign-in/link', '/events/sample-training-day-online-consumer-protection/register', '/search?q=payments']) {
      const { status, tags } = await page(path);
      expect(status, path).toBe(200);
      expectNoindex(path, tags);
    }
    const missing = await page('/solutions/no-such-solution');
    expect(missing.status).toBe(404);
    expectNoindex('/solutions/no-such-solution', missing.tags);
  });

  it('are the account, the workspace and the secretariat’s pages', async () => {
    const member = await signedInVisitor(hub, 'seo-member@example.org');
    for (const path of ['/account', '/requests/new']) {
      const { status, tags } = await page(path, member);
      expect(status, path).toBe(200);
      expectNoindex(path, tags);
    }
    const editor = await signedInVisitor(hub, 'seo-editor@example.org');
    await joinWorkspace(hub, 'seo-editor@example.org', 'unctad', 'member');
    const workspace = await page('/workspace', editor);
    expect(workspace.status).toBe(200);
    expectNoindex('/workspace', workspace.tags);
    const secretariat = await signedInVisitor(hub, 'seo-secretariat@example.org');
    await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'seo-secretariat@example.org').execute();
    for (const path of ['/admin', '/admin/users']) {
      const { status, tags } = await page(path, secretariat);
      expect(status, path).toBe(200);
      expectNoindex(path, tags);
    }
    // A public page stays indexable when someone signed in reads it.
    expectIndexable('/solutions', (await page('/solutions', member)).tags);
  });
});

describe('robots.txt', () => {
  it('lets crawlers in and points at the sitemap, by an absolute address', async () => {
    const res = await hub.get('/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toMatch(/^Sitemap: http:\/\/localhost\/sitemap\.xml$/m);
    const sitemap = await hub.get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(await sitemap.text()).toContain(`<loc>${origin}/countries/KEN?lang=en</loc>`);
  });
});
