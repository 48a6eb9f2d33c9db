import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { type TestHub, createTestHub, testDeps } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());
afterEach(() => {
  vi.useRealTimers();
  hub.responseCache.clear();
});

/** The app on the suite's database with a cache of its own. */
const appWith = (cache: ResponseCache) => createApp({ ...testDeps(hub.db), responseCache: cache });

const lang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];

describe('the response cache', () => {
  it('serves a repeated page from memory, byte for byte, with its own request id', async () => {
    const first = await hub.get('/organisations', { 'Accept-Encoding': 'br' });
    const firstBody = Buffer.from(await first.arrayBuffer());
    expect(hub.responseCache.size).toBe(1);
    const second = await hub.get('/organisations', { 'Accept-Encoding': 'br' });
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBody)).toBe(true);
    for (const header of ['Content-Encoding', 'ETag', 'Content-Security-Policy', 'Vary', 'Cache-Control', 'Content-Type']) {
      expect(second.headers.get(header), header).toBe(first.headers.get(header));
    }
    expect(second.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('X-Request-Id')).not.toBe(first.headers.get('X-Request-Id'));
  });

  it('keeps languages and encodings apart', async () => {
    await hub.get('/countries');
    for (let i = 0; i < 2; i++) {
      expect(lang(await (await hub.get('/countries', { 'Accept-Language': 'fr-CH, fr;q=0.9' })).text())).toBe('fr');
      expect(lang(await (await hub.get('/countries', { Cookie: 'lang=es', 'Accept-Language': 'fr' })).text())).toBe('es');
      expect(lang(await (await hub.get('/countries')).text())).toBe('en');
    }
    expect(hub.responseCache.size).toBe(3);
    const gz = await hub.get('/countries', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect((await hub.get('/countries', { 'Accept-Encoding': 'br' })).headers.get('Content-Encoding')).toBe('br');
  });

  it('lets ?lang= through, so the language cookie is always set', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await hub.get('/?lang=fr');
      expect(res.headers.get('Set-Cookie')).toMatch(/^lang=fr;/);
    }
    expect(hub.responseCache.size).toBe(0);
  });

  it('answers 304 from memory when the page has not changed', async () => {
    const first = await hub.get('/policy-areas', { 'Accept-Encoding': 'br' });
    const res = await hub.get('/policy-areas', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.get('ETag')! });
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(first.headers.get('ETag'));
  });

  it('does not keep errors, health checks or API errors', async () => {
    await hub.get('/organisations/nobody');
    await hub.get('/healthz');
    await hub.get('/readyz');
    await hub.get('/api/v1/organisations?page=0');
    expect(hub.responseCache.size).toBe(0);
  });

  it('shows new data after clear(), and by itself once the entry expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const before = await (await hub.get('/organisations?type=academia')).text();
    await organisationCreator(hub.db.db, buildOrganisation({ slug: 'new-think-tank', type: 'academia' }));
    expect(await (await hub.get('/organisations?type=academia')).text()).toBe(before);
    hub.responseCache.clear();
    expect(await (await hub.get('/organisations?type=academia')).text()).toContain('/organisations/new-think-tank');

    await organisationCreator(hub.db.db, buildOrganisation({ slug: 'newer-think-tank', type: 'academia' }));
    expect(await (await hub.get('/organisations?type=academia')).text()).not.toContain('newer-think-tank');
    vi.advanceTimersByTime(61_000);
    expect(await (await hub.get('/organisations?type=academia')).text()).toContain('/organisations/newer-think-tank');
  });
});

describe('canonical addresses', () => {
  it('keys on the language chosen, not on the Accept-Language header', async () => {
    for (const header of ['fr', 'fr-FR,fr;q=0.9,en;q=0.8', 'fr-CA, en;q=0.1', 'de-DE, fr;q=0.5', `x-${'a'.repeat(40)}, fr;q=0.2`, 'FR']) {
      expect(lang(await (await hub.get('/policy-areas', { 'Accept-Language': header })).text()), header).toBe('fr');
    }
    expect(hub.responseCache.size).toBe(1);
  });

  it('keeps one copy for the same parameters in any order or encoding', async () => {
    const pages = [];
    for (const query of ['type=academia&page=1', 'page=1&type=academia', 'page=1&type=acad%65mia']) {
      const res = await hub.get(`/organisations?${query}`);
      expect(res.status).toBe(200);
      pages.push(await res.text());
    }
    expect(hub.responseCache.size).toBe(1);
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
  });

  it('answers an address with a parameter no route reads, but never keeps it', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await hub.get(`/sitemap.xml?c=${i}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<urlset');
    }
    expect((await hub.get('/organisations?type=academia&utm_source=x')).status).toBe(200);
    expect(hub.responseCache.size).toBe(0);
    await hub.get('/organisations?type=academia');
    expect(hub.responseCache.size).toBe(1);
  });
});

describe('bounded memory', () => {
  it('never holds more bytes than its limit', async () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxBytes: 120_000 });
    const app = appWith(cache);
    for (let i = 0; i < 40; i++) {
      const res = await app.request(`/organisations?page=${i + 1}&q=${i}`, { headers: { 'Accept-Language': `fr;q=0.${i % 10}` } });
      expect(res.status).toBe(200);
      expect(cache.bytes).toBeLessThanOrEqual(120_000);
    }
    expect(cache.bytes).toBeGreaterThan(60_000);
    expect(cache.size).toBeLessThan(40);
    // What it keeps is what was asked for last.
    const last = await (await app.request('/organisations?page=40&q=39')).text();
    expect(await (await app.request('/organisations?q=39&page=40')).text()).toBe(last);
  });

  it('reclaims expired entries that nobody asks for again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const cache = new ResponseCache({ ttlSeconds: 60 });
    const app = appWith(cache);
    await app.request('/policy-areas');
    await app.request('/countries');
    expect(cache.size).toBe(2);
    const bytes = cache.bytes;
    expect(bytes).toBeGreaterThan(0);
    vi.advanceTimersByTime(30_000);
    expect(cache.size).toBe(2);
    // An entry lives its TTL; the sweep runs once per TTL, so it is gone within two.
    vi.advanceTimersByTime(91_000);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});

describe('single flight', () => {
  /** An app whose one page waits for `release(n)` before rendering number n answers. */
  function slowPage(cache: ResponseCache, respond: (c: { text: (s: string) => Response; header: (n: string, v: string) => void }, n: number) => Response) {
    let renders = 0;
    const gates = new Map<number, { promise: Promise<void>; release: () => void }>();
    const gate = (n: number) => {
      if (!gates.has(n)) {
        let release!: () => void;
        gates.set(n, { promise: new Promise<void>((r) => (release = r)), release });
      }
      return gates.get(n)!;
    };
    const app = new Hono<{ Variables: { requestId: string } }>()
      .use(requestId())
      .use(cache.middleware())
      .get('/events/slow', async (c) => {
        const n = ++renders;
        await gate(n).promise;
        return respond(c, n);
      });
    return { app, renders: () => renders, release: (n: number) => gate(n).release() };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('renders a page once for concurrent misses and serves them all from that render', async () => {
    const cache = new ResponseCache({ ttlSeconds: 60 });
    const page = slowPage(cache, (c, n) => c.text(`rendering ${n}`));
    const pending = Array.from({ length: 10 }, () => page.app.request('/events/slow'));
    await settle();
    expect(page.renders()).toBe(1);
    page.release(1);
    const responses = await Promise.all(pending);
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('rendering 1');
    }
    expect(new Set(responses.map((r) => r.headers.get('X-Request-Id'))).size).toBe(10);
    expect(await (await page.app.request('/events/slow')).text()).toBe('rendering 1');
    expect(page.renders()).toBe(1);
  });

  it('lets every waiter render its own page when the first one may not be shared', async () => {
    const cache = new ResponseCache({ ttlSeconds: 60 });
    const page = slowPage(cache, (c, n) => {
      c.header('Set-Cookie', `visit=${n}`);
      return c.text(`personal ${n}`);
    });
    const pending = Array.from({ length: 5 }, () => page.app.request('/events/slow'));
    await settle();
    expect(page.renders()).toBe(1);
    for (let n = 1; n <= 5; n++) page.release(n);
    const bodies = await Promise.all(pending.map(async (p) => (await p).text()));
    expect(bodies.sort()).toEqual(['personal 1', 'personal 2', 'personal 3', 'personal 4', 'personal 5']);
    expect(cache.size).toBe(0);
  });

  it('does not keep a render that a write invalidated while it ran', async () => {
    const cache = new ResponseCache({ ttlSeconds: 60 });
    const page = slowPage(cache, (c, n) => c.text(`rendering ${n}`));
    const before = page.app.request('/events/slow');
    await settle();
    cache.invalidate(['/events/other']);
    const joined = page.app.request('/events/slow');
    await settle();
    expect(page.renders()).toBe(1);
    cache.invalidate(['/events/slow']);
    const after = page.app.request('/events/slow');
    await settle();
    expect(page.renders()).toBe(2);
    // The older render finishes last: it must not replace the newer one.
    page.release(2);
    expect(await (await after).text()).toBe('rendering 2');
    page.release(1);
    expect(await (await before).text()).toBe('rendering 1');
    expect(await (await joined).text()).toBe('rendering 1');
    expect(await (await page.app.request('/events/slow')).text()).toBe('rendering 2');
    expect(page.renders()).toBe(2);
  });
});

describe('targeted invalidation', () => {
  const form = (email: string) => ({ name: 'Awa Diallo', email, country: 'SEN', organisationType: 'government', gender: '', consent: 'yes' });

  it("a registration refreshes its own event's pages and leaves every other page cached", async () => {
    const [mine, other] = [buildEvent({ slug: 'cache-registration-week' }), buildEvent({ slug: 'cache-other-week' })].map((e) => ({
      ...e,
      registration: 'built-in' as const,
      capacity: 5,
      organisers: ['unctad'],
    }));
    for (const seed of [mine!, other!]) await hub.db.db.transaction().execute((trx) => eventCreator(trx, seed));
    const pages = [`/events/${mine!.slug}`, `/events/${other!.slug}`, '/organisations?type=academia', `/api/v1/events/${mine!.slug}`, `/api/v1/events/${other!.slug}`];
    for (const path of pages) expect((await hub.get(path)).status).toBe(200);
    expect(await (await hub.get(`/events/${mine!.slug}`)).text()).toContain('5 places left.');

    // Changes made behind the cache's back: a page still served from the cache does not show them.
    await organisationCreator(hub.db.db, buildOrganisation({ slug: 'quiet-newcomer', type: 'academia' }));
    await hub.db.db.updateTable('events').set({ capacity: 9 }).where('slug', '=', other!.slug).execute();

    const visitor = new Visitor(hub);
    const res = await visitor.post(`/events/${mine!.slug}/register`, form('cache-test@example.org'), { from: `/events/${mine!.slug}/register` });
    expect(res.status).toBe(303);

    expect(await (await hub.get(`/events/${mine!.slug}`)).text()).toContain('4 places left.');
    const api = (await (await hub.get(`/api/v1/events/${mine!.slug}`)).json()) as { data: { registrations: { confirmed: number } } };
    expect(api.data.registrations.confirmed).toBe(1);
    expect(await (await hub.get(`/events/${other!.slug}`)).text()).toContain('5 places left.');
    expect(await (await hub.get('/organisations?type=academia')).text()).not.toContain('quiet-newcomer');

    hub.responseCache.clear();
    expect(await (await hub.get(`/events/${other!.slug}`)).text()).toContain('9 places left.');
    expect(await (await hub.get('/organisations?type=academia')).text()).toContain('/organisations/quiet-newcomer');
  });

  it('matches whole path segments: /events/x covers /events/x/… and /events/x.ics, not /events/xy', async () => {
    const cache = new ResponseCache({ ttlSeconds: 60 });
    const rendered: string[] = [];
    const app = new Hono<{ Variables: { requestId: string } }>()
      .use(requestId())
      .use(cache.middleware())
      .get('*', (c) => {
        rendered.push(c.req.path);
        return c.text(c.req.path);
      });
    const paths = ['/events/x', '/events/x/figures', '/events/x.ics', '/events/xy', '/events', '/api/v1/events/x'];
    for (const path of paths) await app.request(path);
    expect(cache.size).toBe(paths.length);
    cache.invalidate(['/events/x']);
    rendered.length = 0;
    for (const path of paths) await app.request(path);
    expect(rendered).toEqual(['/events/x', '/events/x/figures', '/events/x.ics']);
  });
});
