import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { buildOrganisation } from '../../src/features/organisations/factory.js';
import { abuseLimits, addressKey } from '../../src/web/rate-limit.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/*
 * The abuse limits (src/web/rate-limit.ts) as an attacker meets them: counted in the database before
 * the work, so that parallel requests cannot slip past; per address, per recipient and per account.
 */

let hub: TestHub;
const db = () => hub.db.db;
const password = 'Acacia shade at Tambacounda 9';

beforeAll(async () => {
  hub = await createTestHub({ demo: false });
});
afterAll(() => hub.close());

/** An account whose address is confirmed, signed up from `address`. */
async function confirmedAccount(email: string, address: string): Promise<void> {
  const visitor = new Visitor(hub, { address });
  expect((await visitor.post('/sign-up', { name: 'Owner', email, password }, { from: '/sign-up' })).status).toBe(200);
  expect((await visitor.get(await emailLink(hub, email, '/verify-email'))).status).toBe(303);
}

const mailsTo = async (email: string) => (await db().selectFrom('outbox').select(['kind', 'text']).where('toAddress', '=', email).orderBy('id').execute());

describe('sign-in guesses', () => {
  it('evaluates at most the limit of 60 parallel guesses from one address, the right password among them', async () => {
    await confirmedAccount('target@example.org', '198.51.100.1');
    const guesses = Array.from({ length: 60 }, (_, i) => (i === 37 ? password : `wrong guess number ${i}`));
    // Each guess from its own visitor, each with its form's token, all sent at once.
    const visitors = await Promise.all(
      guesses.map(async () => {
        const visitor = new Visitor(hub, { address: '203.0.113.9' });
        await visitor.get('/sign-in');
        return visitor;
      }),
    );
    const results = await Promise.all(guesses.map((guess, i) => visitors[i]!.post('/sign-in', { email: 'target@example.org', password: guess })));
    const statuses = results.map((r) => r.status);
    const evaluated = statuses.filter((s) => s === 400 || s === 303).length;
    expect(evaluated).toBeLessThanOrEqual(abuseLimits.signInAccountAddress.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - evaluated);
    expect(statuses.every((s) => [303, 400, 429].includes(s))).toBe(true);
    const refused = results.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/Too many attempts\. Try again in \d+ minutes?, or ask below for a sign-in link/);
  });

  it('does not lock the owner out: another address signs in, and a sign-in link works where the guesser is', async () => {
    // The guesser at 203.0.113.9 used up that address's count for the account in the test above.
    const owner = new Visitor(hub, { address: '198.51.100.1' });
    const ok = await owner.post('/sign-in', { email: 'target@example.org', password }, { from: '/sign-in' });
    expect(ok.status).toBe(303);

    const sameNetwork = new Visitor(hub, { address: '203.0.113.9' });
    expect((await sameNetwork.post('/sign-in', { email: 'target@example.org', password }, { from: '/sign-in' })).status).toBe(429);
    expect(sameNetwork.lastPage).toContain('href="/sign-in/link"');
    const asked = await sameNetwork.post('/sign-in/link', { email: 'target@example.org' }, { from: '/sign-in/link' });
    expect(asked.headers.get('Location')).toBe('/sign-in?done=link-sent');
    const link = await emailLink(hub, 'target@example.org', '/sign-in/link/open');
    // Opening the link only shows a button: a mail scanner following it signs nobody in.
    expect((await sameNetwork.get(link)).status).toBe(200);
    expect(sameNetwork.cookies.has('e4d.session_token')).toBe(false);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const signedIn = await sameNetwork.post('/sign-in/link/open', { token });
    expect(signedIn.headers.get('Location')).toBe('/account');
    expect((await sameNetwork.get('/account')).status).toBe(200);
    // The link works once.
    const again = new Visitor(hub, { address: '203.0.113.9' });
    expect((await again.post('/sign-in/link/open', { token }, { from: link })).headers.get('Location')).toBe('/sign-in?done=link-failed');
  });

  it('sends no sign-in link to an address without an account, and says the same', async () => {
    const visitor = new Visitor(hub, { address: '198.51.100.77' });
    const asked = await visitor.post('/sign-in/link', { email: 'no-account@example.org' }, { from: '/sign-in/link' });
    expect(asked.headers.get('Location')).toBe('/sign-in?done=link-sent');
    expect(await mailsTo('no-account@example.org')).toEqual([]);
  });
});

describe('anonymous writes that send email', () => {
  let slug: string;
  beforeAll(async () => {
    const organiser = buildOrganisation();
    const seed = buildEvent({ registration: 'built-in', capacity: 100, startDate: '2030-05-04', endDate: '2030-05-05', organisers: [organiser.slug] });
    await db().transaction().execute(async (trx) => {
      await organisationCreator(trx, organiser);
      await eventCreator(trx, seed);
    });
    slug = seed.slug;
  });

  const registration = (email: string) => ({ name: 'Bulk Sender', email, country: 'SEN', organisationType: 'government', gender: '', consent: 'yes' });

  it('refuses registrations from one address past the limit with 429, a translated page and Retry-After, and stores none of them', async () => {
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < 50; i++) {
      const visitor = new Visitor(hub, { address: '192.0.2.50' });
      const res = await visitor.post(`/events/${slug}/register?lang=fr`, registration(`bulk-${i}@example.org`), { from: `/events/${slug}/register?lang=fr` });
      statuses.push(res.status);
      if (res.status === 429) refusal ??= res;
    }
    expect(statuses.slice(0, abuseLimits.emailAddress.max).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(abuseLimits.emailAddress.max).every((s) => s === 429)).toBe(true);
    expect(Number(refusal!.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refusal!.text()).toContain('Trop de courriels ont été demandés depuis votre réseau');
    const stored = await db().selectFrom('registrations').select('email').where('email', 'like', 'bulk-%').execute();
    expect(stored).toHaveLength(abuseLimits.emailAddress.max);
    expect(await mailsTo(`bulk-${abuseLimits.emailAddress.max}@example.org`)).toEqual([]);
  });

  it('limits the emails one recipient gets, whoever asks and from wherever', async () => {
    await confirmedAccount('victim@example.org', '198.51.100.2');
    const before = (await mailsTo('victim@example.org')).length;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const visitor = new Visitor(hub, { address: `198.18.0.${i + 1}` });
      statuses.push((await visitor.post('/forgot-password', { email: 'victim@example.org' }, { from: '/forgot-password' })).status);
    }
    // The sign-up already sent one email to this recipient in this hour.
    const allowed = abuseLimits.emailRecipient.max - 1;
    expect(statuses).toEqual([...Array(allowed).fill(303), ...Array(8 - allowed).fill(429)]);
    expect((await mailsTo('victim@example.org')).length - before).toBe(allowed);
  });

  it('limits the confirmation links an unconfirmed account gets by signing in', async () => {
    const visitor = new Visitor(hub, { address: '198.51.100.3' });
    await visitor.post('/sign-up', { name: 'Never Confirms', email: 'unconfirmed@example.org', password }, { from: '/sign-up' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const guesser = new Visitor(hub, { address: `198.18.1.${i + 1}` });
      statuses.push((await guesser.post('/sign-in', { email: 'unconfirmed@example.org', password }, { from: '/sign-in' })).status);
    }
    expect(statuses.filter((s) => s === 400)).toHaveLength(abuseLimits.emailRecipient.max - 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7 - (abuseLimits.emailRecipient.max - 1));
    expect(await mailsTo('unconfirmed@example.org')).toHaveLength(abuseLimits.emailRecipient.max);
  });
});

describe('sign-up', () => {
  const users = (email: string) => db().selectFrom('users').select(['id', 'emailVerified']).where('email', '=', email).execute();
  const credentials = (userId: string) => db().selectFrom('accounts').select('id').where('userId', '=', userId).where('providerId', '=', 'credential').execute();

  it('can be retried after a sign-up that stopped half-way (a user without its password)', async () => {
    const id = randomUUID();
    const at = hub.db.dialect === 'postgres' ? new Date() : new Date().toISOString();
    await db()
      .insertInto('users')
      .values({ id, name: 'Half Done', email: 'half@example.org', emailVerified: hub.db.dialect === 'postgres' ? false : 0, createdAt: at as never, updatedAt: at as never })
      .execute();
    const visitor = new Visitor(hub, { address: '198.51.100.4' });
    expect((await visitor.post('/sign-up', { name: 'Half Done', email: 'half@example.org', password }, { from: '/sign-up' })).status).toBe(200);
    const [user] = await users('half@example.org');
    expect(await credentials(user!.id)).toHaveLength(1);
    await visitor.get(await emailLink(hub, 'half@example.org', '/verify-email'));
    expect((await visitor.post('/sign-in', { email: 'half@example.org', password }, { from: '/sign-in' })).status).toBe(303);
  });

  it('signing up again sends a new confirmation link to an unconfirmed account, and a note to a confirmed one', async () => {
    const visitor = new Visitor(hub, { address: '198.51.100.5' });
    await visitor.post('/sign-up', { name: 'Twice', email: 'twice@example.org', password }, { from: '/sign-up' });
    await visitor.post('/sign-up', { name: 'Twice', email: 'twice@example.org', password: 'Another passphrase of mine 5' }, { from: '/sign-up' });
    expect((await mailsTo('twice@example.org')).map((m) => m.kind)).toEqual(['verify-email', 'verify-email']);

    await confirmedAccount('confirmed-twice@example.org', '198.51.100.6');
    const again = await visitor.post('/sign-up', { name: 'Someone', email: 'confirmed-twice@example.org', password: 'Another passphrase of mine 5' }, { from: '/sign-up' });
    expect(again.status).toBe(200);
    expect(visitor.lastPage).toContain('Check your email');
    expect((await mailsTo('confirmed-twice@example.org')).map((m) => m.kind)).toEqual(['verify-email', 'account-exists']);
    // The existing account and its password are unchanged.
    expect(await users('confirmed-twice@example.org')).toHaveLength(1);
    expect((await new Visitor(hub, { address: '198.51.100.6' }).post('/sign-in', { email: 'confirmed-twice@example.org', password }, { from: '/sign-in' })).status).toBe(303);
  });

  it.each(["a'@b.cd", 'ä@b.cd', 'a@b', 'a b@c.de'])('refuses the address %s, as better-auth would, with a message and no 500', async (email) => {
    for (const path of ['/sign-up', '/sign-in', '/forgot-password', '/sign-in/link']) {
      const visitor = new Visitor(hub, { address: '198.51.100.8' });
      const res = await visitor.post(path, { name: 'X', email, password }, { from: path });
      expect(res.status, path).toBe(400);
      expect(visitor.lastPage, path).toContain('Enter an email address like name@example.org.');
    }
    expect(await users(email)).toEqual([]);
  });
});

describe('addressKey', () => {
  it('counts IPv4 as is and IPv6 by its /64', () => {
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey(null)).toBeNull();
  });
});
