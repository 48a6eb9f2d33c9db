import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestApp, createTestHub, testDeps } from '../helpers/test-app.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false });
});
afterAll(() => hub.close());

const strong = 'Tiger-lily on the Niger 2024';
const users = () => hub.db.db.selectFrom('users').select(['email', 'name', 'emailVerified', 'deletedAt']).execute();

async function signedUp(email: string, name = 'Aminata Diallo'): Promise<Visitor> {
  const visitor = new Visitor(hub);
  const res = await visitor.post('/sign-up', { name, email, password: strong }, { from: '/sign-up' });
  expect(res.status).toBe(200);
  expect(visitor.lastPage).toContain(email);
  const verify = await visitor.get(await emailLink(hub, email, '/verify-email'));
  expect(verify.headers.get('Location')).toBe('/sign-in?done=verified');
  return visitor;
}

describe('sign-up, email verification, sign-in and sign-out', () => {
  it('refuses weak passwords and bad fields, keeping what was typed, and creates nothing', async () => {
    const visitor = new Visitor(hub);
    for (const [password, message] of [
      ['short pass', 'at least 12'],
      ['password1234!', 'too common'],
      ['aminata@example.org', 'email address'],
      ['aaaaaaaaaaaaaaaa', 'too common'],
    ] as const) {
      const res = await visitor.post('/sign-up', { name: 'Aminata', email: 'aminata@example.org', password }, { from: '/sign-up' });
      expect(res.status).toBe(400);
      expect(visitor.lastPage).toContain(message);
      expect(visitor.lastPage).toContain('value="aminata@example.org"');
      expect(visitor.lastPage).not.toContain(password === 'aminata@example.org' ? 'value="password' : `value="${password}"`);
    }
    const bad = await visitor.post('/sign-up', { name: '', email: 'not-an-email', password: strong }, { from: '/sign-up' });
    expect(bad.status).toBe(400);
    expect(visitor.lastPage).toContain('aria-invalid="true"');
    expect(await users()).toEqual([]);
  });

  it('refuses a form without its CSRF token, or with another visitor’s, and changes nothing', async () => {
    const visitor = new Visitor(hub);
    await visitor.get('/sign-up');
    const without = await visitor.post('/sign-up', { name: 'X', email: 'x@example.org', password: strong }, { token: null });
    expect(without.status).toBe(403);
    const other = new Visitor(hub);
    const foreign = await visitor.post('/sign-up', { name: 'X', email: 'x@example.org', password: strong }, { token: await other.token('/sign-up') });
    expect(foreign.status).toBe(403);
    expect(await users()).toEqual([]);
  });

  it('signs up, verifies the email from the outbox, signs in and out', async () => {
    const visitor = await signedUp('aminata@example.org');
    const [user] = await users();
    expect(Boolean(user!.emailVerified)).toBe(true);

    const wrong = await visitor.post('/sign-in', { email: 'aminata@example.org', password: 'not the password at all' }, { from: '/sign-in' });
    expect(wrong.status).toBe(400);
    expect(visitor.lastPage).toContain('not right');

    const ok = await visitor.post('/sign-in?next=/account', { email: 'Aminata@Example.org', password: strong }, { from: '/sign-in' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe('/account');
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('e4d.session_token='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await visitor.get('/account');
    expect(account.status).toBe(200);
    expect(account.headers.get('Cache-Control')).toContain('no-store');
    expect(visitor.lastPage).toContain('aminata@example.org');

    expect((await visitor.post('/sign-out', {})).status).toBe(303);
    expect((await visitor.get('/account')).headers.get('Location')).toBe('/sign-in?next=%2Faccount');
  });

  it('never redirects to another site after signing in', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const visitor = new Visitor(hub);
      const res = await visitor.post(`/sign-in?next=${encodeURIComponent(next)}`, { email: 'aminata@example.org', password: strong }, { from: '/sign-in' });
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe('/account');
    }
  });

  it('throttles sign-in per account after five failures, with a clear message', async () => {
    await signedUp('kofi@example.org', 'Kofi Mensah');
    const visitor = new Visitor(hub);
    for (let i = 0; i < 5; i++) expect((await visitor.post('/sign-in', { email: 'kofi@example.org', password: `wrong password ${i}` }, { from: '/sign-in' })).status).toBe(400);
    const blocked = await visitor.post('/sign-in', { email: 'kofi@example.org', password: strong }, { from: '/sign-in' });
    expect(blocked.status).toBe(429);
    expect(visitor.lastPage).toMatch(/Too many attempts\. Try again in \d+ minutes/);
  });

  it('resets a forgotten password by email, and signs the old sessions out', async () => {
    await signedUp('lucia@example.org', 'Lucía Pérez');
    const old = new Visitor(hub);
    expect((await old.post('/sign-in', { email: 'lucia@example.org', password: strong }, { from: '/sign-in' })).status).toBe(303);
    const visitor = new Visitor(hub);
    expect((await visitor.post('/forgot-password', { email: 'lucia@example.org' }, { from: '/forgot-password' })).headers.get('Location')).toBe('/sign-in?done=reset-sent');
    // The same answer for an unknown address.
    expect((await visitor.post('/forgot-password', { email: 'nobody@example.org' }, { from: '/forgot-password' })).headers.get('Location')).toBe('/sign-in?done=reset-sent');
    const link = await emailLink(hub, 'lucia@example.org', '/reset-password');
    await visitor.get(link);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    expect((await visitor.post('/reset-password', { token, password: 'lucia@example.org' })).status).toBe(400);
    const reset = await visitor.post('/reset-password', { token, password: 'A new river runs to Bamako' }, { from: link });
    expect(reset.headers.get('Location')).toBe('/sign-in?done=password-reset');
    expect((await old.get('/account')).status).toBe(303);
    expect((await visitor.post('/sign-in', { email: 'lucia@example.org', password: 'A new river runs to Bamako' }, { from: '/sign-in' })).status).toBe(303);
  });

  it('deletes an account: personal data gone, the row kept as a former member', async () => {
    await signedUp('temp@example.org', 'Temporary Person');
    const visitor = new Visitor(hub);
    await visitor.post('/sign-in', { email: 'temp@example.org', password: strong }, { from: '/sign-in' });
    expect((await visitor.post('/account/delete', { deletePassword: 'wrong password here' }, { from: '/account' })).status).toBe(400);
    const res = await visitor.post('/account/delete', { deletePassword: strong }, { from: '/account' });
    expect(res.headers.get('Location')).toBe('/sign-in?done=account-deleted');
    const all = await users();
    expect(all.some((u) => u.email === 'temp@example.org' || u.name === 'Temporary Person')).toBe(false);
    expect(all.filter((u) => u.deletedAt !== null).map((u) => u.name)).toEqual(['Former member']);
    const again = new Visitor(hub);
    expect((await again.post('/sign-in', { email: 'temp@example.org', password: strong }, { from: '/sign-in' })).status).toBe(400);
  });
});

describe('atomic sign-up', () => {
  it('stores the user and its password together or not at all', async () => {
    // The password's row cannot be written: the sign-up fails, and must leave no user behind.
    const pg = hub.db.dialect === 'postgres';
    const raw = (text: string) => sql.raw(text).execute(hub.db.db);
    if (pg) {
      await raw(`create function refuse_account() returns trigger language plpgsql as $$ begin raise exception 'no account'; end $$`);
      await raw('create trigger refuse_account before insert on accounts for each row execute function refuse_account()');
    } else await raw(`create trigger refuse_account before insert on accounts begin select raise(abort, 'no account'); end`);
    try {
      const visitor = new Visitor(hub);
      const res = await visitor.post('/sign-up', { name: 'Half Way', email: 'halfway@example.org', password: strong }, { from: '/sign-up' });
      expect(res.status).toBe(500);
    } finally {
      await raw(pg ? 'drop trigger refuse_account on accounts' : 'drop trigger refuse_account');
    }
    expect((await users()).filter((u) => u.email === 'halfway@example.org')).toEqual([]);
    expect(await hub.db.db.selectFrom('outbox').select('id').where('toAddress', '=', 'halfway@example.org').execute()).toEqual([]);
  });
});

describe('signed-in pages are personal', () => {
  it('never serves a signed-in visitor the cached anonymous page, nor caches theirs', async () => {
    const anonymous = new Visitor(hub);
    await anonymous.get('/');
    expect(anonymous.lastPage).toContain('href="/sign-in"');
    const visitor = await signedUp('cache@example.org', 'Cache Tester');
    await visitor.post('/sign-in', { email: 'cache@example.org', password: strong }, { from: '/sign-in' });
    const home = await visitor.get('/');
    expect(home.headers.get('Cache-Control')).toContain('private');
    expect(visitor.lastPage).toContain('href="/account"');
    await anonymous.get('/');
    expect(anonymous.lastPage).not.toContain('href="/account"');
  });
});

describe('account events in the audit log', () => {
  it('records sign-up, email verification, sign-in and a password reset with who and when', async () => {
    await signedUp('audited@example.org', 'Audited Member');
    const visitor = new Visitor(hub);
    await visitor.post('/sign-in', { email: 'audited@example.org', password: strong }, { from: '/sign-in' });
    await visitor.post('/forgot-password', { email: 'audited@example.org' }, { from: '/forgot-password' });
    const link = await emailLink(hub, 'audited@example.org', '/reset-password');
    await visitor.get(link);
    await visitor.post('/reset-password', { token: new URL(link, 'http://x').searchParams.get('token')!, password: 'Another long passphrase 77' });
    const actions = (await hub.db.db.selectFrom('auditLog').select(['action', 'userEmail']).where('userEmail', '=', 'audited@example.org').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['sign-up', 'verify-email', 'sign-in', 'reset-password']);
  });
});

describe('cookies and unverified accounts', () => {
  it('marks every cookie Secure when the hub is served over https', async () => {
    const app = createTestApp(testDeps(hub.db, { publicUrl: 'https://e4d.example.org' }));
    const secure = new Visitor({ app });
    await secure.get('/sign-in');
    const res = await secure.post('/sign-in', { email: 'aminata@example.org', password: strong });
    expect(res.status).toBe(303);
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith('__Secure-e4d.session_token='))).toBe(true);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
    // The form cookie is __Host- prefixed: Secure, for the whole site, and no sibling domain can set it.
    const first = await app.request('https://e4d.example.org/sign-in');
    const csrf = first.headers.getSetCookie().find((c) => c.startsWith('__Host-e4d_csrf='))!;
    expect(csrf).toMatch(/;\s*Secure/i);
    expect(csrf).toMatch(/;\s*Path=\//i);
    expect(csrf).not.toMatch(/Domain=/i);
  });

  it('sends a new confirmation link when an unverified account tries to sign in', async () => {
    const visitor = new Visitor(hub);
    await visitor.post('/sign-up', { name: 'Late Confirmer', email: 'late@example.org', password: strong }, { from: '/sign-up' });
    const before = await hub.db.db.selectFrom('outbox').select('id').where('toAddress', '=', 'late@example.org').execute();
    const res = await visitor.post('/sign-in', { email: 'late@example.org', password: strong }, { from: '/sign-in' });
    expect(res.status).toBe(400);
    expect(visitor.lastPage).toContain('Confirm your email address first');
    const after = await hub.db.db.selectFrom('outbox').select('id').where('toAddress', '=', 'late@example.org').execute();
    expect(after.length).toBe(before.length + 1);
  });
});

describe('the sign-out page', () => {
  it('offers the sign-out buttons to a signed-in member, from a link in every page', async () => {
    const visitor = new Visitor(hub);
    await visitor.post('/sign-in', { email: 'aminata@example.org', password: strong }, { from: '/sign-in' });
    await visitor.get('/');
    expect(visitor.lastPage).toContain('href="/sign-out"');
    expect((await visitor.get('/sign-out')).status).toBe(200);
    expect((await visitor.post('/sign-out-everywhere', {})).headers.get('Location')).toBe('/sign-in?done=signed-out');
    expect((await visitor.get('/sign-out')).headers.get('Location')).toBe('/sign-in?next=%2Fsign-out');
  });
});
