import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemCreator } from '../../src/features/catalogue/commands.js';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('health', () => {
  it('/healthz says the process is up', async () => {
    const res = await hub.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database', async () => {
    const res = await hub.get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: hub.db.dialect });
  });
});

describe('compression and caching', () => {
  it('serves brotli when the client accepts it, else gzip, else plain', async () => {
    const plain = await (await hub.get('/organisations')).text();
    const br = await hub.get('/organisations', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBody).toString()).toBe(plain);
    expect(brBody.byteLength).toBeLessThan(plain.length / 3);

    const gz = await hub.get('/organisations', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);

    const none = await hub.get('/organisations', { 'Accept-Encoding': 'identity' });
    expect(none.headers.get('Content-Encoding')).toBeNull();
  });

  it('answers 304 when the page has not changed', async () => {
    const first = await hub.get('/countries', { 'Accept-Encoding': 'br' });
    const tag = first.headers.get('ETag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await hub.get('/countries', { 'Accept-Encoding': 'br', 'If-None-Match': tag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const otherLanguage = await hub.get('/countries?lang=fr', { 'Accept-Encoding': 'br', 'If-None-Match': tag! });
    expect(otherLanguage.status).toBe(200);
  });

  it('caches the API briefly and stylesheets for a year', async () => {
    const api = await hub.get('/api/v1/policy-areas');
    expect(api.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(api.headers.get('ETag')).toBeTruthy();
    const html = await (await hub.get('/')).text();
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    expect(css).toMatch(/^\/static\/site\.[0-9a-f]{10}\.css$/);
    const res = await hub.get(css);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await hub.get('/static/site.0000000000.css')).status).toBe(404);
  });
});

describe('security headers', () => {
  it('sends a strict CSP without unsafe-inline, nosniff, frame-ancestors and a referrer policy', async () => {
    const res = await hub.get('/');
    const csp = res.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pages carry no inline style or script for the CSP to block, only JSON-LD data', async () => {
    await itemCreator(hub.db.db, buildItem({ slug: 'ops-json-ld', organisations: ['unctad'], text: { en: { title: 'Ops </script>', summary: 'S.', description: 'D.', eligibility: 'Open to anyone.' } } }));
    hub.responseCache.clear();
    for (const path of ['/organisations/unctad', '/solutions', '/solutions/ops-json-ld', '/search?q=ops']) {
      const html = await (await hub.get(path)).text();
      // The one script allowed is structured data, which browsers never run: its JSON may hold no "<".
      const data = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      if (path === '/solutions/ops-json-ld') expect(data).toHaveLength(1);
      for (const [, json] of data) expect(() => JSON.parse(json!)).not.toThrow();
      const rest = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
      expect(rest, path).not.toMatch(/<style|\sstyle="|<script|<\/script|\son[a-z]+="/i);
    }
  });
});

describe('malformed requests never get a 500', () => {
  it.each([
    '/organisations/%E0%A4%A',
    '/countries/%ZZ',
    '/search?q=%E0%A4%A',
    `/search?q=${'x'.repeat(5000)}`,
    '/organisations?page=-1&type[]=a',
    '/api/v1/organisations?page=1e400',
    '/api/v1/organisations?pageSize=-5',
    '/api/v1/organisations/%00',
    '/api/v1/countries?group=ldc&group=sids',
    '/api/v1/countries/%E0%A4%A',
    '/organisations?page=99999999999',
    '/countries/TC%00D',
    '/search?q=a%00b',
    '/organisations/un%00ctad',
  ])('%s', async (path) => {
    const res = await hub.get(path);
    expect(res.status).toBeLessThan(500);
    const body = await res.text();
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
    if (path.startsWith('/api/') && res.status >= 400) expect(JSON.parse(body).error.id).toMatch(/^[a-z_]+$/);
  });

  it('answers other methods on pages without a 500', async () => {
    // Without a CSRF token any POST is refused before routing; the page says why.
    const res = await hub.app.request('/organisations', { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('form has expired');
    expect((await hub.app.request('/organisations', { method: 'DELETE' })).status).toBe(403);
  });
});

describe('request bodies', () => {
  it('refuses a form body over 1 MB before reading it, with 413', async () => {
    const res = await hub.app.request('/sign-in', {
      method: 'POST',
      body: `email=${'a'.repeat(1024 * 1024 + 10)}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(413);
  });
});
