import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { signedInVisitor } from '../helpers/roles.js';
import { Visitor } from '../helpers/visitor.js';
import { safeNext } from '../../src/web/policy.js';

/*
 * What reaches the routes: the one input-cleaning layer (web/middleware/clean-input.ts), the CSRF
 * check bound to the session (web/csrf.ts), and uploads read only after their role gate.
 */

let hub: TestHub;
const password = 'Mangrove roots at Ziguinchor 4';

beforeAll(async () => {
  hub = await createTestHub({ demo: false });
});
afterAll(() => hub.close());

describe('control characters', () => {
  it.each(['/invitations/%00', '/api/v1/indicators/%00/observations', '/organisations?type=%01', '/search?q=a%00b', '/countries/TC%00D', '/events?month=%7F', '/solutions?q=ok&x=%E0%A4%A&y=%00'])(
    'refuses %s with 400, in the page or the API’s format',
    async (path) => {
      const res = await hub.get(path);
      expect(res.status).toBe(400);
      const body = await res.text();
      if (path.startsWith('/api/')) expect(JSON.parse(body).error.id).toBe('invalid_parameter');
      else expect(body).toContain('<h1>Bad request</h1>');
    },
  );

  it('removes them from form fields (but keeps line ends), on both databases', async () => {
    const visitor = await signedInVisitor(hub, 'controls@example.org', { password });
    const res = await visitor.post('/account/profile', { name: 'Ama\u0000 Owusu\u0007', organisationName: 'Line\r\nends', country: '', emailLocale: 'en' }, { from: '/account' });
    expect(res.status).toBeLessThan(500);
    const user = await hub.db.db.selectFrom('users').select(['name']).where('email', '=', 'controls@example.org').executeTakeFirstOrThrow();
    expect(user.name).toBe('Ama Owusu');
  });

  it('answers a malformed form body with 400, never 500', async () => {
    const visitor = new Visitor(hub);
    const token = await visitor.token('/sign-in');
    const cookie = [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const [type, body] of [
      ['multipart/form-data; boundary=abc', `--abc\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--abc`],
      ['multipart/form-data', 'no boundary at all'],
      ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data\r\n\r\nx'],
    ]) {
      const res = await hub.app.request(`/sign-in?_csrf=${encodeURIComponent(token)}`, { method: 'POST', body, headers: { 'Content-Type': type!, Cookie: cookie } });
      expect(res.status, `${type}`).toBe(400);
    }
  });

  it('sends a visitor after signing in only to a plain path of the hub', async () => {
    await signedInVisitor(hub, 'next@example.org', { password });
    // A control character in `next` is refused with the address (it used to end in "500 See Other").
    const visitor = new Visitor(hub);
    const token = await visitor.token('/sign-in');
    const res = await visitor.post('/sign-in?next=%2F%01x', { email: 'next@example.org', password }, { token });
    expect(res.status).toBe(400);
    for (const next of ['/\u0001x', '/ok\r\nSet-Cookie: x=1', '/a b', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '']) {
      expect(safeNext(next), JSON.stringify(next)).toBe('/account');
    }
    expect(safeNext('/countries/c\u00f4te')).toBe('/countries/c%C3%B4te');
    for (const next of ['/events?when=past&page=2', '/requests/new', '/search?q=mobile%20money']) expect(safeNext(next)).toBe(next);
    const ok = await new Visitor(hub).post(`/sign-in?next=${encodeURIComponent('/events?when=past&page=2')}`, { email: 'next@example.org', password }, { from: '/sign-in' });
    expect(ok.headers.get('Location')).toBe('/events?when=past&page=2');
  });
});

describe('CSRF tokens', () => {
  it('are bound to the session: a token for a planted cookie does not work for a signed-in member', async () => {
    // The attacker's own form cookie and its token, as a visitor.
    const attacker = new Visitor(hub);
    const attackerToken = await attacker.token('/sign-in');
    const plantedCookie = attacker.cookies.get('e4d_csrf')!;
    // The victim is signed in; the attacker managed to set the victim's form cookie to theirs.
    const victim = await signedInVisitor(hub, 'victim-csrf@example.org', { password });
    victim.cookies.set('e4d_csrf', plantedCookie);
    const res = await victim.post('/account/profile', { name: 'Renamed by someone else', country: '', emailLocale: 'en' }, { token: attackerToken });
    expect(res.status).toBe(403);
    const user = await hub.db.db.selectFrom('users').select('name').where('email', '=', 'victim-csrf@example.org').executeTakeFirstOrThrow();
    expect(user.name).not.toBe('Renamed by someone else');
    // The victim's own form works.
    expect((await victim.post('/account/profile', { name: 'Victim Renamed', country: '', emailLocale: 'en' }, { from: '/account' })).status).toBe(303);
  });
});

describe('uploads', () => {
  /** A multipart body that records whether anyone read it. */
  function watchedBody(): { body: ReadableStream<Uint8Array>; read: () => boolean } {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled = true;
        controller.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\n'));
        controller.enqueue(new Uint8Array(2 * 1024 * 1024));
        controller.close();
      },
    }, { highWaterMark: 0 });
    return { body, read: () => pulled };
  }

  it('are refused to anyone but the secretariat before their body is read', async () => {
    const member = await signedInVisitor(hub, 'uploader@example.org', { password });
    for (const visitor of [new Visitor(hub), member]) {
      const token = await visitor.token(visitor === member ? '/account' : '/sign-in');
      const cookie = [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const watched = watchedBody();
      const res = await hub.app.request(`/admin/data/b2c?_csrf=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: watched.body,
        duplex: 'half',
        headers: { 'Content-Type': 'multipart/form-data; boundary=b', Cookie: cookie },
      } as RequestInit);
      expect(res.status).toBe(visitor === member ? 403 : 303);
      expect(watched.read()).toBe(false);
    }
  });

  it('refuses a form body over 1 MB sent to an upload address as a plain form', async () => {
    const res = await hub.app.request('/admin/data/b2c', {
      method: 'POST',
      body: `edition=${'9'.repeat(1024 * 1024 + 10)}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(413);
  });
});
