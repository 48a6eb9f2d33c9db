import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());
afterEach(() => {
  vi.useRealTimers();
  hub.responseCache.clear();
});

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
