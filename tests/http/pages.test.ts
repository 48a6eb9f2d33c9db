import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

async function page(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, html: await res.text(), res };
}

const lang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];
const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();

describe('pages', () => {
  it.each(['/', '/policy-areas', '/policy-areas/legal-regulatory', '/organisations', '/organisations/itu', '/countries', '/countries/KEN', '/search?q=postal'])(
    '%s is a complete HTML document with a title and one h1',
    async (path) => {
      const { status, html, res } = await page(path);
      expect(status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1/g)?.length).toBe(1);
      expect(html).not.toMatch(/<script/);
    },
  );

  it('home shows the seven policy areas, the partner count and a search box', async () => {
    const { html } = await page('/');
    expect(html.match(/href="\/policy-areas\/[a-z-]+"/g)?.length).toBe(7);
    expect(Number(/\b(\d+) partner organisations share their work/.exec(html)?.[1])).toBeGreaterThanOrEqual(60);
    expect(html).toContain('action="/search"');
  });

  it('a policy-area page lists the partners working in it', async () => {
    const { html } = await page('/policy-areas/trade-logistics');
    expect(h1(html)).toBe('3. Trade logistics and trade facilitation');
    expect(html).toContain('href="/organisations/wco"');
    expect(html).not.toContain('href="/organisations/ipsos"');
  });

  it('the partner directory filters by type and policy area, with counts', async () => {
    const { html } = await page('/organisations?type=private-company');
    expect(html).toContain('href="/organisations/huawei"');
    expect(html).not.toContain('href="/organisations/unctad"');
    expect(html).toMatch(/aria-current="true"[^>]*>\s*<span>Private company/);
    const both = await page('/organisations?type=un-body&policyArea=payment-solutions');
    expect(both.html).toContain('Clear filters');
  });

  it('ignores an unknown filter on a page and says so', async () => {
    const { status, html } = await page('/organisations?type=xyz&policyArea=payment-solutions');
    expect(status).toBe(200);
    expect(html).toContain('class="notice"');
    expect(html).toContain('“type”');
    expect(html).toContain('“xyz”');
    const countries = await page('/countries?group=xyz');
    expect(countries.status).toBe(200);
    expect(countries.html).toContain('“group”');
    expect(countries.html).toContain('249 countries and territories');
  });

  it('escapes what the visitor typed', async () => {
    const { html } = await page('/organisations?type=%3Cscript%3Ealert(1)%3C/script%3E');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    const search = await page('/search?q=%3Cimg%20src%3Dx%3E');
    expect(search.html).not.toContain('<img src=x>');
  });

  it('the country list is grouped by region and filters LDCs', async () => {
    const { html } = await page('/countries?group=ldc');
    expect(html).toContain('44 countries and territories');
    expect(html).toContain('href="/countries/TCD"');
    expect(html).not.toContain('href="/countries/FRA"');
    expect(html).toMatch(/<h3 id="r002">Africa<\/h3>/);
  });

  it('points to the same content as JSON', async () => {
    const list = await page('/organisations?type=un-body&policyArea=legal-regulatory');
    const href = /<link rel="alternate" type="application\/json" href="([^"]+)"/.exec(list.html)?.[1]?.replaceAll('&amp;', '&');
    expect(href).toBe('/api/v1/organisations?type=un-body&policyArea=legal-regulatory');
    const data = (await (await hub.get(href!)).json()) as { data: { slug: string }[] };
    expect(data.data.map((o) => o.slug)).toContain('unctad');
    const country = await page('/countries/TCD');
    expect(country.html).toContain('<link rel="alternate" type="application/json" href="/api/v1/countries/TCD"/>');
  });

  it('a country page shows its groupings and the partners active there', async () => {
    const { html } = await page('/countries/TCD');
    expect(h1(html)).toBe('Chad');
    expect(html).toContain('Least Developed Countries (LDC)');
    expect(html).toContain('Landlocked Developing Countries (LLDC)');
    expect(html).toContain('href="/organisations/unctad"');
    const france = await page('/countries/FRA');
    expect(france.html).toContain('Not in the LDC, LLDC or SIDS groups.');
  });

  it('redirects a lower-case ISO code to the canonical address', async () => {
    const res = await hub.get('/countries/tcd');
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe('/countries/TCD');
  });

  it.each(['/countries/XYZ', '/countries/toolong', '/organisations/nobody', '/policy-areas/cooking', '/no-such-page'])(
    '%s answers a 404 page',
    async (path) => {
      const { status, html } = await page(path);
      expect(status).toBe(404);
      expect(h1(html)).toBe('Page not found');
    },
  );

  it('search finds partners and countries, in any language', async () => {
    const { html } = await page('/search?q=postal');
    expect(html).toContain('href="/organisations/upu"');
    const accents = await page('/search?q=cote%20d%27ivoire');
    expect(accents.html).toContain('href="/countries/CIV"');
    const french = await page('/search?q=Tchad&lang=en');
    expect(french.html).toContain('href="/countries/TCD"');
    const nothing = await page('/search?q=zzzzqqq');
    expect(nothing.html).toContain('Nothing matches “zzzzqqq”');
    // When filters cause the empty result, the page blames the filters, not the words.
    const filtered = await page('/search?q=training&policyArea=legal-regulatory');
    expect(filtered.html).not.toContain('Nothing matches “training”');
    expect(filtered.html).toContain('Clear filters');
  });
});

describe('languages', () => {
  it('takes ?lang= first, remembers it in a cookie, then follows the cookie', async () => {
    const first = await page('/?lang=fr', { 'Accept-Language': 'es' });
    expect(lang(first.html)).toBe('fr');
    expect(h1(first.html)).toBe('Commerce électronique pour le développement');
    const cookie = first.res.headers.get('Set-Cookie');
    expect(cookie).toMatch(/^lang=fr;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const next = await page('/countries', { Cookie: 'lang=fr', 'Accept-Language': 'es' });
    expect(lang(next.html)).toBe('fr');
    expect(h1(next.html)).toBe('Pays et territoires');
  });

  it('remembers only a choice the visitor made, not a guess from the browser', async () => {
    expect((await hub.get('/', { 'Accept-Language': 'fr' })).headers.get('Set-Cookie')).toBeNull();
    expect((await hub.get('/', { Cookie: 'lang=es' })).headers.get('Set-Cookie')).toBeNull();
    expect((await hub.get('/?lang=xx')).headers.get('Set-Cookie')).toBeNull();
  });

  it('falls back to Accept-Language, then English', async () => {
    expect(lang((await page('/', { 'Accept-Language': 'es-AR,es;q=0.9,en;q=0.5' })).html)).toBe('es');
    expect(lang((await page('/', { 'Accept-Language': 'de-DE,de;q=0.9' })).html)).toBe('en');
    expect(lang((await page('/')).html)).toBe('en');
    expect(lang((await page('/?lang=xx', { 'Accept-Language': 'fr' })).html)).toBe('fr');
  });

  it('shows a language switcher that keeps the current address', async () => {
    const { html } = await page('/organisations?type=un-body&lang=es');
    expect(html).toContain('href="/organisations?type=un-body&amp;lang=fr"');
    expect(html).toMatch(/aria-current="true"[^>]*>Español</);
  });

  it('translates pages, policy areas, groups and country names', async () => {
    const { html } = await page('/countries/TCD?lang=es');
    expect(h1(html)).toBe('Chad');
    expect(html).toContain('Países menos adelantados (PMA)');
    const fr = await page('/policy-areas/legal-regulatory?lang=fr');
    expect(h1(fr.html)).toBe('5. Cadres juridiques et réglementaires');
  });

  it('says when a text is not translated, and marks its language', async () => {
    await organisationCreator(
      hub.db.db,
      buildOrganisation({ slug: 'english-only', text: { en: { name: 'English Only Network', description: 'Only in English.' } } }),
    );
    const { html } = await page('/organisations/english-only?lang=fr');
    expect(html).toContain('pas encore disponible en français');
    expect(html).toContain('affiché en anglais');
    expect(html).toMatch(/<h1 lang="en">English Only Network/);
    const translated = await page('/organisations/unctad?lang=fr');
    expect(translated.html).not.toContain('pas encore disponible');
    expect(h1(translated.html)).toBe('Conférence des Nations Unies sur le commerce et le développement (CNUCED)');
    expect(translated.html).toContain('Source\u00a0:');
  });

  it('finds a partner by its acronym in any language', async () => {
    const { html } = await page('/search?q=CNUCED');
    expect(html).toContain('href="/organisations/unctad"');
  });
});
