import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinWorkspace } from '../../../tests/helpers/roles.js';
import { type TestHub, createTestHub } from '../../../tests/helpers/test-app.js';
import { AppError } from '../../lib/errors.js';
import { type CurrentUser, loadCurrentUser } from '../accounts/current-user.js';
import { authDate, authFlag } from '../accounts/auth-columns.js';
import { auditEntries } from '../audit/audit.js';
import { Mailer, outboxFor } from '../mail/outbox.js';
import { buildRequest } from './factory.js';
import { InterestError, type RequestHead, expressInterest, markEngaged, mayReadThread, requestHead, sendMessage, setRequestStatus, threadMessages } from './interest.js';
import { requestCreator } from './requests.js';

/*
 * The partner side's commands: an organisation expresses interest (one per organisation, only while
 * the request is open), the requester and the organisation's members write to each other (nobody
 * else: nothing saved), and the requester or the secretariat marks partners engaged and the request supported.
 */

let hub: TestHub;
const deps = { mailer: new Mailer({ from: 'E4D Hub <test@localhost>' }), baseUrl: 'http://hub.test' };
const users: Record<string, CurrentUser> = {};
let unctad: { id: number; slug: string };
let requestId: number;

async function user(email: string, emailLocale: string): Promise<CurrentUser> {
  const now = authDate(hub.db.dialect, new Date());
  await hub.db.db
    .insertInto('users')
    .values({ id: email, name: email.split('@')[0]!, email, emailVerified: authFlag(hub.db.dialect, true), createdAt: now, updatedAt: now, emailLocale })
    .execute();
  return (await loadCurrentUser(hub.db.db, email))!;
}
const reload = async (email: string) => (users[email] = (await loadCurrentUser(hub.db.db, email))!);
const by = (email: string) => ({ user: users[email]!, ip: null });
const head = async (): Promise<RequestHead> => (await requestHead(hub.db.db, requestId))!;
const messageCount = async () => Number((await hub.db.db.selectFrom('requestMessages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const tx = <T>(work: (trx: typeof hub.db.db) => Promise<T>) => hub.db.db.transaction().execute(work);
/** The request as it is now (read before a transaction: SQLite has one connection). */
let request: RequestHead;
const fresh = async () => (request = await head());

beforeAll(async () => {
  hub = await createTestHub();
  for (const [email, locale] of [
    ['minister@gov.example', 'fr'],
    ['editor@unctad.example', 'en'],
    ['colleague@unctad.example', 'es'],
    ['editor@itu.example', 'en'],
    ['staff@e4d.example', 'en'],
  ] as const) {
    users[email] = await user(email, locale);
  }
  await joinWorkspace(hub, 'editor@unctad.example', 'unctad', 'member');
  await joinWorkspace(hub, 'colleague@unctad.example', 'unctad', 'member');
  await joinWorkspace(hub, 'editor@itu.example', 'itu', 'member');
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@e4d.example').execute();
  for (const email of Object.keys(users)) await reload(email);
  unctad = await hub.db.db.selectFrom('organisations').select(['id', 'slug']).where('slug', '=', 'unctad').executeTakeFirstOrThrow();
  requestId = await tx((trx) => requestCreator(trx, buildRequest({ title: 'Drafting an e-transactions law', sourceLocale: 'fr' }), users['minister@gov.example']!.id));
}, 60_000);
afterAll(() => hub.close());

describe('expressing interest', () => {
  it('saves the interest and the first message, audits it and emails the requester in their language with a link to the thread', async () => {
    await fresh();
    await tx((trx) => expressInterest(trx, deps, by('editor@unctad.example'), { request, organisationSlug: 'unctad', message: 'We can help draft the law.' }));
    const interest = await hub.db.db.selectFrom('requestInterests').selectAll().where('requestId', '=', requestId).execute();
    expect(interest.map((i) => [i.organisationId, i.userId, Number(i.engaged)])).toEqual([[unctad.id, 'editor@unctad.example', 0]]);
    expect((await threadMessages(hub.db.db, requestId, unctad.id)).map((m) => [m.side, m.body])).toEqual([['partner', 'We can help draft the law.']]);
    const [mail] = await outboxFor(hub.db.db, 'minister@gov.example');
    expect(mail?.subject).toContain('s’intéresse à votre demande « Drafting an e-transactions law »');
    expect(mail?.text).toContain('We can help draft the law.');
    expect(mail?.text).toContain(`http://hub.test/requests/${requestId}/conversations/unctad`);
    const [entry] = await auditEntries(hub.db.db, { entityType: 'request', entityId: String(requestId) });
    expect(entry?.action).toBe('request.interest');
  });

  it('refuses a second interest from the same organisation, one for an organisation the user is not in, and one on a closed request', async () => {
    await fresh();
    const before = await messageCount();
    const again = await tx((trx) => expressInterest(trx, deps, by('colleague@unctad.example'), { request, organisationSlug: 'unctad', message: 'Us too.' })).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InterestError);
    expect((again as InterestError).code).toBe('duplicate');
    const foreign = await tx((trx) => expressInterest(trx, deps, by('editor@itu.example'), { request, organisationSlug: 'unctad', message: 'Hi' })).catch((e: unknown) => e);
    expect((foreign as AppError).status).toBe(403);
    const closedId = await tx((trx) => requestCreator(trx, buildRequest(), users['minister@gov.example']!.id));
    await hub.db.db.updateTable('requests').set({ status: 'closed' }).where('id', '=', closedId).execute();
    const closedRequest = (await requestHead(hub.db.db, closedId))!;
    const closed = await tx((trx) => expressInterest(trx, deps, by('editor@itu.example'), { request: closedRequest, organisationSlug: 'itu', message: 'Hi' })).catch((e: unknown) => e);
    expect((closed as InterestError).code).toBe('not-open');
    expect(await messageCount()).toBe(before);
  });
});

describe('the conversation', () => {
  it('emails the requester when the partner writes, and every member of the organisation but the author when the requester writes', async () => {
    await fresh();
    await tx((trx) => sendMessage(trx, deps, by('editor@unctad.example'), { request, organisation: unctad, body: 'When could we meet?' }));
    expect((await outboxFor(hub.db.db, 'minister@gov.example'))[0]?.text).toContain('When could we meet?');
    await tx((trx) => sendMessage(trx, deps, by('minister@gov.example'), { request, organisation: unctad, body: 'Next Tuesday.' }));
    expect((await outboxFor(hub.db.db, 'editor@unctad.example'))[0]?.text).toContain('Next Tuesday.');
    expect((await outboxFor(hub.db.db, 'colleague@unctad.example'))[0]?.subject).toBe('Nuevo mensaje sobre la solicitud «Drafting an e-transactions law»');
    expect((await threadMessages(hub.db.db, requestId, unctad.id)).map((m) => m.side)).toEqual(['partner', 'partner', 'requester']);
  });

  it('lets nobody else write (the secretariat included) and saves nothing, while the secretariat may read', async () => {
    await fresh();
    const before = await messageCount();
    for (const email of ['editor@itu.example', 'staff@e4d.example']) {
      const refused = await tx((trx) => sendMessage(trx, deps, by(email), { request, organisation: unctad, body: 'Let me in' })).catch((e: unknown) => e);
      expect((refused as AppError).status, email).toBe(403);
    }
    expect(await messageCount()).toBe(before);
    expect(mayReadThread(users['staff@e4d.example']!, request, unctad.id)).toBe(true);
    expect(mayReadThread(users['editor@itu.example']!, request, unctad.id)).toBe(false);
    expect(mayReadThread(null, request, unctad.id)).toBe(false);
  });
});

describe('engaged partners and status', () => {
  it('lets only the requester or the secretariat mark a partner engaged and the request supported, audited', async () => {
    await fresh();
    const refused = await tx((trx) => markEngaged(trx, by('editor@unctad.example'), request, unctad)).catch((e: unknown) => e);
    expect((refused as AppError).status).toBe(403);
    await tx((trx) => markEngaged(trx, by('minister@gov.example'), request, unctad));
    const interest = await hub.db.db.selectFrom('requestInterests').select('engaged').where('requestId', '=', requestId).executeTakeFirstOrThrow();
    expect(Number(interest.engaged)).toBe(1);
    const notStatus = await tx((trx) => setRequestStatus(trx, by('editor@itu.example'), request, 'closed')).catch((e: unknown) => e);
    expect((notStatus as AppError).status).toBe(403);
    await tx((trx) => setRequestStatus(trx, by('staff@e4d.example'), request, 'supported'));
    expect((await head()).status).toBe('supported');
    const entries = await auditEntries(hub.db.db, { entityType: 'request', entityId: String(requestId) });
    expect(entries.map((e) => e.action).slice(0, 2)).toEqual(['request.status', 'request.engaged']);
    expect(entries[0]?.changes).toEqual({ status: ['open', 'supported'] });
  });
});
