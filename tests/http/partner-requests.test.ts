import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/features/connect/factory.js';
import { responseMetrics } from '../../src/features/connect/metrics.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import { outboxFor } from '../../src/features/mail/outbox.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * The partner side of a request, end to end: UNCTAD's editor finds a request matched to UNCTAD on its
 * dashboard and expresses interest (the requester gets an email); they write to each other (emails
 * both ways); ITU's editor can neither read nor write in that conversation, the secretariat only
 * reads, a visitor is sent to sign in; the requester marks UNCTAD engaged and the request supported;
 * UNCTAD's public page shows its response rate.
 */

let hub: TestHub;
let requester: Visitor;
let unctad: Visitor;
let itu: Visitor;
let secretariat: Visitor;
let requestId: number;
let thread: string;

const db = () => hub.db.db;
const messageCount = async () => Number((await db().selectFrom('requestMessages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  hub = await createTestHub();
  requester = await signedInVisitor(hub, 'minister@commerce.gov.example', { name: 'Amina Diallo' });
  unctad = await signedInVisitor(hub, 'editor@unctad.example', { name: 'Unctad Editor' });
  await joinWorkspace(hub, 'editor@unctad.example', 'unctad', 'member');
  itu = await signedInVisitor(hub, 'editor@itu.example');
  await joinWorkspace(hub, 'editor@itu.example', 'itu', 'member');
  secretariat = await signedInVisitor(hub, 'staff@e4d.example');
  await db().updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@e4d.example').execute();
  const { id: requesterId } = await db().selectFrom('users').select('id').where('email', '=', 'minister@commerce.gov.example').executeTakeFirstOrThrow();
  const seed = buildRequest({ title: 'A national e-commerce strategy for Nepal', contactEmail: 'strategy-desk@commerce.gov.example' });
  requestId = await db().transaction().execute((trx) => requestCreator(trx, seed, requesterId));
  // The matching engine's snapshot, made known: UNCTAD first, ITU not matched.
  const unctadId = (await db().selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow()).id;
  const ituId = (await db().selectFrom('organisations').select('id').where('slug', '=', 'itu').executeTakeFirstOrThrow()).id;
  await db().deleteFrom('requestMatches').where('requestId', '=', requestId).where('organisationId', 'in', [unctadId, ituId]).execute();
  await db().insertInto('requestMatches').values({ requestId, organisationId: unctadId, rank: 1, score: 42, matchedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() }).execute();
  thread = `/requests/${requestId}/conversations/unctad`;
  hub.responseCache.clear();
}, 60_000);
afterAll(() => hub.close());

describe('the partner dashboard', () => {
  it('lists the request matched to the organisation with its rank, and only for its members', async () => {
    const page = await unctad.get('/workspace/unctad/requests');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('A national e-commerce strategy for Nepal');
    expect(html).toContain(`href="/requests/${requestId}"`);
    expect(html).toMatch(/<td>\s*1 <span class="small muted">\(Score 42\)/);
    expect(html).toContain('Not yet');
    expect((await itu.get('/workspace/unctad/requests')).status).toBe(403);
    expect(await (await itu.get('/workspace/itu/requests')).text()).not.toContain('A national e-commerce strategy for Nepal');
    expect((await new Visitor(hub).get('/workspace/unctad/requests')).headers.get('Location')).toMatch(/^\/sign-in\?next=/);
  });

  it('offers the matched partner the interest form on the request page, and hides the contact from it until then', async () => {
    const html = await (await unctad.get(`/requests/${requestId}`)).text();
    expect(html).toContain(`action="/requests/${requestId}/interest"`);
    expect(html).toContain('rank 1');
    expect(html).not.toContain('strategy-desk@commerce.gov.example');
  });
});

describe('expressing interest', () => {
  it('refuses an empty message with the form again (422), and another organisation’s name (403); nothing saved', async () => {
    const empty = await unctad.post(`/requests/${requestId}/interest`, { organisation: 'unctad', message: '  ' }, { from: `/requests/${requestId}` });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Write a message.');
    const foreign = await itu.post(`/requests/${requestId}/interest`, { organisation: 'unctad', message: 'On behalf of UNCTAD' }, { from: `/requests/${requestId}` });
    expect(foreign.status).toBe(403);
    expect(await messageCount()).toBe(0);
  });

  it('saves the interest, emails the requester with a link to the conversation, and refuses a second one clearly', async () => {
    const res = await unctad.post(`/requests/${requestId}/interest`, { organisation: 'unctad', message: 'We have run 30 eTrade Readiness Assessments and can help.' }, { from: `/requests/${requestId}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`${thread}?done=interest`);
    const [mail] = await outboxFor(db(), 'minister@commerce.gov.example');
    expect(mail?.subject).toBe('UNCTAD is interested in your request “A national e-commerce strategy for Nepal”');
    expect(mail?.text).toContain('We have run 30 eTrade Readiness Assessments and can help.');
    expect(mail?.text).toContain(`http://localhost${thread}`);
    const again = await unctad.post(`/requests/${requestId}/interest`, { organisation: 'unctad', message: 'Again' }, { from: thread });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('UNCTAD already expressed interest in this request.');
    expect(await messageCount()).toBe(1);
  });

  it('shows the interested partner the contact and its conversation, and the dashboard says so', async () => {
    const html = await (await unctad.get(`/requests/${requestId}`)).text();
    expect(html).toContain('strategy-desk@commerce.gov.example');
    expect(html).toContain(`href="${thread}"`);
    expect(html).not.toContain(`action="/requests/${requestId}/interest"`);
    expect(await (await unctad.get('/workspace/unctad/requests')).text()).toContain('Expressed on');
    expect(await (await itu.get(`/requests/${requestId}`)).text()).not.toContain('strategy-desk@commerce.gov.example');
  });
});

describe('the conversation', () => {
  it('lets the requester and the partner write to each other, each message emailed to the other side', async () => {
    const reply = await requester.post(thread, { message: 'Thank you. Could you start in March?' }, { from: thread });
    expect(reply.status).toBe(303);
    expect((await outboxFor(db(), 'editor@unctad.example'))[0]?.text).toContain('Could you start in March?');
    const answer = await unctad.post(thread, { message: 'Yes, March works.\nWe will send a team of two.' }, { from: thread });
    expect(answer.status).toBe(303);
    const mail = (await outboxFor(db(), 'minister@commerce.gov.example'))[0];
    expect(mail?.subject).toBe('New message about the request “A national e-commerce strategy for Nepal”');
    expect(mail?.text).toContain('We will send a team of two.');
    const html = await (await requester.get(thread)).text();
    expect(html).toContain('Could you start in March?');
    expect(html).toContain('Yes, March works.<br/>We will send a team of two.');
  });

  it('refuses an empty message with the form (422) and saves nothing', async () => {
    const before = await messageCount();
    const res = await unctad.post(thread, { message: '' }, { from: thread });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Write a message.');
    expect(await messageCount()).toBe(before);
  });

  it('is closed to another organisation’s editor (403 reading and writing), read-only for the secretariat, and sends a visitor to sign in; nothing saved', async () => {
    const before = await messageCount();
    expect((await itu.get(thread)).status).toBe(403);
    expect((await itu.post(thread, { message: 'Let me in' }, { from: '/account' })).status).toBe(403);
    const staffPage = await secretariat.get(thread);
    expect(staffPage.status).toBe(200);
    expect(await staffPage.text()).toContain('only the requester and the members of the organisation can write');
    expect((await secretariat.post(thread, { message: 'Hello' }, { from: '/account' })).status).toBe(403);
    const visitor = new Visitor(hub);
    expect((await visitor.get(thread)).headers.get('Location')).toMatch(/^\/sign-in\?next=/);
    const posted = await visitor.post(thread, { message: 'Spam' }, { from: '/sign-in' });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('Location')).toMatch(/^\/sign-in\?next=/);
    expect(await messageCount()).toBe(before);
  });
});

describe('the requester’s side', () => {
  it('lists the interested partner with a button to mark it engaged, which only the requester or the secretariat may use', async () => {
    const html = await (await requester.get(`/requests/${requestId}`)).text();
    expect(html).toContain(`action="/requests/${requestId}/engaged/unctad"`);
    expect((await unctad.post(`/requests/${requestId}/engaged/unctad`, {}, { from: thread })).status).toBe(403);
    const res = await requester.post(`/requests/${requestId}/engaged/unctad`, {}, { from: `/requests/${requestId}` });
    expect(res.status).toBe(303);
    const interest = await db().selectFrom('requestInterests').select('engaged').where('requestId', '=', requestId).executeTakeFirstOrThrow();
    expect(Number(interest.engaged)).toBe(1);
  });

  it('marks the request supported (requester or secretariat only), refusing an unknown status', async () => {
    expect((await unctad.post(`/requests/${requestId}/status`, { status: 'supported' }, { from: thread })).status).toBe(403);
    expect((await requester.post(`/requests/${requestId}/status`, { status: 'finished' }, { from: thread })).status).toBe(422);
    const res = await requester.post(`/requests/${requestId}/status`, { status: 'supported' }, { from: `/requests/${requestId}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/requests/${requestId}?done=request-status`);
    const request = await db().selectFrom('requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(request.status).toBe('supported');
    expect(await (await requester.get(`/requests/${requestId}?done=request-status`)).text()).toContain('The status of the request is changed.');
    const audit = await db().selectFrom('auditLog').select('action').where('entityType', '=', 'request').where('entityId', '=', String(requestId)).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['request.interest', 'request.engaged', 'request.status']));
  });

  it('no longer takes interest once the request is supported', async () => {
    const res = await itu.post(`/requests/${requestId}/interest`, { organisation: 'itu', message: 'Can we still help?' }, { from: '/account' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('This request is no longer open to offers of help.');
  });
});

describe('response metrics on the partner’s public page', () => {
  it('shows UNCTAD’s response rate and median response time', async () => {
    hub.responseCache.clear();
    const html = await (await hub.get('/organisations/unctad')).text();
    expect(html).toContain('Response to requests');
    const unctadId = (await db().selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow()).id;
    const figures = await responseMetrics(db(), unctadId);
    expect(figures.answered).toBeGreaterThanOrEqual(1);
    expect(html).toContain(`${figures.answered} of ${figures.matched} matched requests answered (${Math.round(figures.rate! * 100)}%)`);
    expect(html).toContain('Median response time');
    expect(html).toContain(`${Math.round(figures.medianHours!)} hours`);
    expect(await (await hub.get('/organisations/itu')).text()).toContain('Response to requests');
  });
});
