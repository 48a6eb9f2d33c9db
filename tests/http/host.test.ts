import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { type TestHub, createTestApp, createTestHub, testDeps } from '../helpers/test-app.js';

/*
 * Issue 12, problem 13: links built from the request's Host were cached and served to everyone.
 * Links come from PUBLIC_URL when it is set (and an unknown Host gets 400); without it (development),
 * each origin gets its own cached copy.
 */

let hub: TestHub;
/** Every kind of response that prints absolute links. */
let linking: string[];

beforeAll(async () => {
  hub = await createTestHub({ officialFigures: true });
  const db = hub.db.db;
  const item = async (type: 'solution' | 'resource') =>
    (await db.selectFrom('items').select('slug').where('type', '=', type).where('status', '=', 'published').orderBy('slug').executeTakeFirstOrThrow()).slug;
  const event = (await db.selectFrom('events').select('slug').where('reviewStatus', '=', 'published').orderBy('startDate').executeTakeFirstOrThrow()).slug;
  const edition = (await db.selectFrom('b2cEditions').select('edition').orderBy('edition', 'desc').executeTakeFirstOrThrow()).edition;
  const country = (await db.selectFrom('actions').select('countryIso3').where('recommendationRef', 'is not', null).orderBy('countryIso3').executeTakeFirstOrThrow()).countryIso3;
  linking = [
    '/sitemap.xml',
    '/robots.txt',
    '/solutions.atom',
    '/resources.atom',
    '/events.atom',
    '/events.ics',
    `/events/${event}.ics`,
    '/events',
    `/events/${event}`,
    `/solutions/${await item('solution')}`,
    `/resources/${await item('resource')}`,
    `/data/b2c/${edition}`,
    `/countries/${country}/actions.csv`,
  ];
});
afterAll(() => hub.close());

const text = async (res: Response | Promise<Response>) => {
  const r = await res;
  expect(r.status, r.url).toBe(200);
  return r.text();
};

describe('without PUBLIC_URL (development)', () => {
  it('gives each origin its own cached copy, so a foreign Host never reaches another visitor', async () => {
    const app = createApp(testDeps(hub.db));
    for (const path of linking) {
      // http://, or webcal:// for the calendar subscription on /events.
      expect(await text(app.request(`http://evil.example${path}`)), path).toContain('//evil.example/');
      const mine = await text(app.request(`http://localhost${path}`));
      expect(mine, path).not.toContain('evil.example');
      expect(mine, path).toContain('//localhost/');
      // Served again from the cache: still each its own.
      expect(await text(app.request(`http://localhost${path}`)), path).not.toContain('evil.example');
    }
  });

  it('answers any Host and sends no HSTS header', async () => {
    const app = createApp(testDeps(hub.db));
    const res = await app.request('http://192.168.1.20:3000/organisations');
    expect(res.status).toBe(200);
    expect(res.headers.get('Strict-Transport-Security')).toBeNull();
  });
});

describe('with PUBLIC_URL', () => {
  const publicUrl = 'https://e4d.example.org';
  const deps = () => ({ ...testDeps(hub.db, { publicUrl }), allowedHosts: ['alias.example.net'] });

  it('prints links to PUBLIC_URL whichever allowed Host was asked', async () => {
    const app = createTestApp(deps());
    for (const path of linking) {
      const aliased = await text(app.request(`http://alias.example.net${path}`));
      expect(aliased, path).not.toContain('alias.example.net');
      expect(aliased, path).toContain('//e4d.example.org/');
      expect(await text(app.request(path)), path).not.toContain('alias.example.net');
    }
  });

  it('answers 400 to a Host that is neither its own nor allowed, as a page or as JSON, and keeps nothing', async () => {
    const app = createTestApp(deps());
    const page = await app.request('http://evil.example/organisations');
    expect(page.status).toBe(400);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).not.toContain('evil.example');
    const api = await app.request('http://evil.example/api/v1/organisations');
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { id: string } }).error.id).toBe('unknown_host');
    for (const path of linking) expect((await app.request(`http://evil.example${path}`)).status, path).toBe(400);
    expect((await app.request('http://e4d.example.org.evil.example/')).status).toBe(400);
    expect(hub.responseCache.size).toBe(0);
  });

  it('answers its own host with any port or case, and load-balancer probes on any Host', async () => {
    const app = createTestApp(deps());
    for (const url of ['http://E4D.Example.ORG/organisations', 'http://e4d.example.org:8443/organisations', 'http://alias.example.net/organisations']) {
      expect((await app.request(url)).status, url).toBe(200);
    }
    for (const url of ['http://10.0.0.7:3000/healthz', 'http://10.0.0.7:3000/readyz']) expect((await app.request(url)).status, url).toBe(200);
  });

  it('sends HSTS when PUBLIC_URL is https, on pages, cached pages, the API and errors', async () => {
    const app = createTestApp(deps());
    for (const path of ['/organisations', '/organisations', '/api/v1/organisations', '/organisations/nobody']) {
      expect((await app.request(path)).headers.get('Strict-Transport-Security'), path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('sends no HSTS when PUBLIC_URL is plain http', async () => {
    const app = createTestApp(testDeps(hub.db, { publicUrl: 'http://e4d.intranet.example' }));
    const res = await app.request('/organisations');
    expect(res.status).toBe(200);
    expect(res.headers.get('Strict-Transport-Security')).toBeNull();
  });
});

describe('one way to the origin', () => {
  it('no source file but web/links.ts derives a link origin from the request', () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
      });
    const derived = /new URL\(\s*c\.req\.url\s*\)\s*\.\s*(origin|host|hostname|protocol|href)\b|c\.req\.header\(\s*['"]host['"]\s*\)/i;
    const offenders = files(src)
      .filter((file) => derived.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file));
    expect(offenders).toEqual([path.join('web', 'links.ts')]);
  });
});
