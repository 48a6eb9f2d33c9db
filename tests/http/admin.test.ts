import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveRevision, createDraft, submitRevision } from '../../src/features/contributions/commands.js';
import type { Actor, RevisionData } from '../../src/features/contributions/types.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * The secretariat console, through HTTP as a browser without JavaScript would use it. Revisions are
 * made with the contribution commands directly (the partner workspace has its own tests).
 */

let hub: TestHub;
let secretariat: Visitor;
let member: Visitor;
const ids: Record<string, string> = {};
let unctad: number;

const strong = 'Tiger-lily on the Niger 2024';

/** Sign up through the forms, confirm the address from the outbox and sign in. */
async function signedIn(email: string, name: string): Promise<Visitor> {
  const visitor = await signedInVisitor(hub, email, { name, password: strong });
  ids[email] = (await hub.db.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  return visitor;
}

const author = (): Actor => ({ userId: ids['author@example.org']!, email: 'author@example.org', ip: null });

const proposal = (overrides: Partial<RevisionData> = {}): RevisionData => ({
  type: 'solution',
  kind: 'training',
  cost: 'free',
  access: { viaHub: true },
  link: 'https://example.org/quokka',
  documentUrl: null,
  startsOn: null,
  endsOn: null,
  publishedOn: null,
  organisations: ['unctad'],
  policyAreas: ['trade-logistics'],
  beneficiaries: ['msmes'],
  coverage: ['ldc'],
  languages: ['en'],
  sourceLocale: 'en',
  text: { en: { title: 'Quokka parcel clinic', summary: 'Advice for small sellers shipping parcels abroad.', description: 'Week 1: <b>customs</b> forms.', eligibility: 'Small sellers in least developed countries; free of charge.' } },
  ...overrides,
});

const run = <T>(work: (trx: TestHub['db']['db']) => Promise<T>) => hub.db.db.transaction().execute(work);

async function submitted(data: RevisionData, itemId?: number): Promise<number> {
  return run(async (trx) => {
    const id = await createDraft(trx, author(), unctad, data, itemId);
    await submitRevision(trx, author(), id);
    return id;
  });
}

const revisionStatus = async (id: number) =>
  (await hub.db.db.selectFrom('itemRevisions').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const reviewEmails = (to: string) =>
  hub.db.db.selectFrom('outbox').select(['subject', 'text']).where('toAddress', '=', to).where('kind', '=', 'review').orderBy('id', 'desc').execute();
/** The item an approved revision made. */
const itemOf = (revisionId: number) =>
  hub.db.db
    .selectFrom('itemRevisions as r')
    .innerJoin('items as i', 'i.id', 'r.itemId')
    .select(['i.id', 'i.slug', 'i.status'])
    .where('r.id', '=', revisionId)
    .executeTakeFirstOrThrow();
const titled = (title: string) => proposal({ text: { en: { ...proposal().text.en!, title } } });
const auditActions = async () => (await hub.db.db.selectFrom('auditLog').select('action').execute()).map((a) => a.action);

beforeAll(async () => {
  hub = await createTestHub();
  secretariat = await signedIn('secretariat@example.org', 'Sam Secretariat');
  member = await signedIn('member@example.org', 'Mariam Member');
  await signedIn('author@example.org', 'Aminata Author');
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('id', '=', ids['secretariat@example.org']!).execute();
  // The author reads emails in French: the review emails must follow.
  await hub.db.db.updateTable('users').set({ emailLocale: 'fr' }).where('id', '=', ids['author@example.org']!).execute();
  unctad = (await hub.db.db.selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow()).id;
}, 60_000);
afterAll(() => hub?.close());

describe('who may use the console', () => {
  it('refuses every /admin page and form to a member (403) and sends a visitor to sign in', async () => {
    const id = await submitted(titled('Gatekeeping check'));
    const memberId = ids['member@example.org']!;
    const pages = ['/admin', `/admin/revisions/${id}`, '/admin/users', `/admin/users/${memberId}`, '/admin/organisations', '/admin/organisations/unctad'];
    pages.push('/admin/audit', '/admin/audit.csv');
    for (const path of pages) expect((await member.get(path)).status, path).toBe(403);
    const token = await member.token('/account');
    const forms: [string, Record<string, string>][] = [
      [`/admin/revisions/${id}/approve`, {}],
      [`/admin/revisions/${id}/return`, { reason: 'Not for you.' }],
      ['/admin/items/1/status', { status: 'archived' }],
      [`/admin/users/${memberId}/role`, { role: 'secretariat' }],
      [`/admin/users/${memberId}/focal-points`, { country: 'SEN' }],
      [`/admin/users/${memberId}/focal-points/SEN/remove`, {}],
      ['/admin/organisations/unctad/invite', { email: 'someone@example.org' }],
    ];
    for (const [path, fields] of forms) expect((await member.post(path, fields, { token })).status, path).toBe(403);
    expect(await revisionStatus(id)).toBe('submitted');
    expect((await hub.db.db.selectFrom('users').select('hubRole').where('id', '=', memberId).executeTakeFirstOrThrow()).hubRole).toBe('member');

    const visitor = new Visitor(hub);
    const res = await visitor.get('/admin/users');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/sign-in?next=%2Fadmin%2Fusers');
    // Withdrawn so that the queue counts below start from this one alone.
    await hub.db.db.updateTable('itemRevisions').set({ status: 'withdrawn' }).where('id', '=', id).execute();
  });
});

describe('the review queue', () => {
  let first: number;

  it('lists submitted revisions first, with the counts per status and filters', async () => {
    first = await submitted(proposal());
    await run((trx) => createDraft(trx, author(), unctad, titled('Draft not yet sent')));

    const res = await secretariat.get('/admin');
    expect(res.status).toBe(200);
    const page = secretariat.lastPage;
    expect(page).toContain('Quokka parcel clinic');
    expect(page).not.toContain('Draft not yet sent');
    expect(page).toMatch(/Submitted \(1\)/);
    expect(page).toMatch(/Draft \(1\)/);
    expect(page).toMatch(/Withdrawn \(1\)/);
    expect(page).toMatch(/<caption id="[\w-]+">Submitted: 1 revision<\/caption>/);
    expect(page).toContain(`href="/admin/revisions/${first}"`);
    expect(gzipSync(page).length).toBeLessThan(30 * 1024);

    await secretariat.get('/admin?status=draft');
    expect(secretariat.lastPage).toContain('Draft not yet sent');
    await secretariat.get('/admin?type=resource');
    expect(secretariat.lastPage).not.toContain('Quokka parcel clinic');
    await secretariat.get('/admin?organisation=wto');
    expect(secretariat.lastPage).not.toContain('Quokka parcel clinic');
    expect(secretariat.lastPage).toMatch(/Submitted \(0\)/);
    await secretariat.get('/admin?organisation=unctad&type=solution');
    expect(secretariat.lastPage).toContain('Quokka parcel clinic');
    // An unknown filter value is ignored, and the page says so.
    expect((await secretariat.get('/admin?status=bogus')).status).toBe(200);
    expect(secretariat.lastPage).toContain('bogus');
  });

  it('shows the proposal, escaped, and refuses to return it without a reason', async () => {
    expect((await secretariat.get(`/admin/revisions/${first}`)).status).toBe(200);
    expect(secretariat.lastPage).toContain('Week 1: &lt;b&gt;customs&lt;/b&gt; forms.');
    expect(secretariat.lastPage).toContain('there is no published version');
    // How to get it, as proposed: who may use it, and the hub as the way to ask.
    expect(secretariat.lastPage).toContain('Who may apply or use it: Small sellers in least developed countries; free of charge.');
    expect(secretariat.lastPage).toMatch(/<dt>Can be asked for through the hub<\/dt><dd>Yes<\/dd>/);
    expect(secretariat.lastPage).toMatch(/<dt>Where to apply<\/dt><dd>—<\/dd>/);

    const before = (await auditActions()).length;
    const empty = await secretariat.post(`/admin/revisions/${first}/return`, { reason: '' });
    expect(empty.status).toBe(400);
    expect(secretariat.lastPage).toContain('class="error-summary"');
    expect(secretariat.lastPage).toContain('aria-invalid="true"');
    expect(secretariat.lastPage).toContain('This field is required.');
    expect(await revisionStatus(first)).toBe('submitted');
    expect((await auditActions()).length).toBe(before);
    expect(await reviewEmails('author@example.org')).toEqual([]);
  });

  it('returns it with a reason, emailing the author in their language', async () => {
    const res = await secretariat.post(`/admin/revisions/${first}/return`, { reason: 'Say which countries <script>it</script> covers.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/admin/revisions/${first}?done=returned`);
    expect(await revisionStatus(first)).toBe('returned');
    await secretariat.get(res.headers.get('Location')!);
    expect(secretariat.lastPage).toContain('Say which countries &lt;script&gt;it&lt;/script&gt; covers.');
    expect(secretariat.lastPage).toContain('The revision is returned to its author');
    const [mail] = await reviewEmails('author@example.org');
    expect(mail!.subject).toBe('Votre proposition doit être modifiée\u00a0: Quokka parcel clinic');
    expect(mail!.text).toContain('Say which countries <script>it</script> covers.');
    expect(mail!.text).toContain('Bonjour Aminata Author');
    expect(mail!.text).toContain(`/workspace/revisions/${first}`);
    // Returned is not submitted any more: approving it now is a conflict, and nothing changes.
    const token = await secretariat.token('/account');
    expect((await secretariat.post(`/admin/revisions/${first}/approve`, {}, { token })).status).toBe(409);
    expect(await revisionStatus(first)).toBe('returned');
  });

  it('approves the resubmitted revision: the item becomes public and the author is told', async () => {
    await run((trx) => submitRevision(trx, author(), first));
    const res = await secretariat.post(`/admin/revisions/${first}/approve`, {}, { from: `/admin/revisions/${first}` });
    expect(res.status).toBe(303);
    expect(await revisionStatus(first)).toBe('approved');
    const item = await itemOf(first);
    expect(item.status).toBe('published');
    const published = await hub.get(`/solutions/${item.slug}`);
    expect(published.status).toBe(200);
    const html = await published.text();
    expect(html).toContain('<h2 id="how-to-get">How to get it</h2>');
    expect(html).toContain('Small sellers in least developed countries; free of charge.');
    // The request form comes filled from the item (issue 14's "Ask for this").
    expect(html).toContain(`<a href="/requests/new?solution=${item.slug}">Ask for help with this through the hub</a>`);
    const api = (await (await hub.get('/api/v1/solutions?q=quokka')).json()) as { data: { slug: string }[] };
    expect(api.data.map((d) => d.slug)).toContain(item.slug);
    const [mail] = await reviewEmails('author@example.org');
    expect(mail!.subject).toBe('Publié sur E4D Hub\u00a0: Quokka parcel clinic');
    expect(mail!.text).toContain(`/solutions/${item.slug}`);
  });

  it('shows the differences of a change against the published version, and the history', async () => {
    const itemId = (await hub.db.db.selectFrom('itemRevisions').select('itemId').where('id', '=', first).executeTakeFirstOrThrow()).itemId!;
    const change = await submitted(titled('Quokka parcel and returns clinic'), itemId);
    expect((await secretariat.get(`/admin/revisions/${change}`)).status).toBe(200);
    const page = secretariat.lastPage;
    expect(page).toContain('Differences from the published version');
    expect(page).toMatch(/<th scope="row">Title \(English\)<\/th><td>Quokka parcel clinic<\/td><td>Quokka parcel and returns clinic<\/td>/);
    expect(page).not.toContain('<th scope="row">Summary (English)</th>');
    expect(page).toContain(`href="/admin/revisions/${first}"`);
    expect(page).toContain('Revision history');
    expect(gzipSync(page).length).toBeLessThan(30 * 1024);
  });

  it('publishes, unpublishes and archives an item', async () => {
    const item = await itemOf(first);
    // The form is on the revision page, and carries the account's one CSRF token.
    const token = await secretariat.token(`/admin/revisions/${first}`);
    expect(secretariat.lastPage).toContain(`action="/admin/items/${item.id}/status"`);
    const res = await secretariat.post(`/admin/items/${item.id}/status`, { status: 'unpublished', back: `/admin/revisions/${first}` }, { token });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/admin/revisions/${first}?done=status-saved`);
    expect((await hub.get(`/solutions/${item.slug}`)).status).toBe(404);
    // Another site as `back` is not followed.
    const elsewhere = await secretariat.post(`/admin/items/${item.id}/status`, { status: 'published', back: 'https://evil.example/' }, { token });
    expect(elsewhere.headers.get('Location')).toBe('/admin?done=status-saved');
    expect((await hub.get(`/solutions/${item.slug}`)).status).toBe(200);
    await secretariat.post(`/admin/items/${item.id}/status`, { status: 'archived' }, { token });
    expect((await hub.get(`/solutions/${item.slug}`)).status).toBe(404);
    await secretariat.post(`/admin/items/${item.id}/status`, { status: 'published' }, { token });
    expect((await secretariat.post(`/admin/items/${item.id}/status`, { status: 'deleted' }, { token })).status).toBe(400);
    expect((await secretariat.post('/admin/items/999999/status', { status: 'archived' }, { token })).status).toBe(404);
    expect((await secretariat.get('/admin/revisions/abc')).status).toBe(404);
    expect((await secretariat.get('/admin/revisions/999999')).status).toBe(404);
  });
});

describe('users, roles and focal points', () => {
  it('lists and searches users with their roles', async () => {
    expect((await secretariat.get('/admin/users')).status).toBe(200);
    expect(secretariat.lastPage).toContain('member@example.org');
    expect(secretariat.lastPage).toMatch(/<caption id="[\w-]+">3 accounts<\/caption>/);
    await secretariat.get('/admin/users?q=AUTHOR');
    expect(secretariat.lastPage).toContain('author@example.org');
    expect(secretariat.lastPage).not.toContain('member@example.org');
    await secretariat.get('/admin/users?q=%25');
    expect(secretariat.lastPage).toContain('No account matches');
    expect((await secretariat.get('/admin/users/nobody')).status).toBe(404);
  });

  it('changes a role, which shows on the user’s account page, but never one’s own', async () => {
    const memberId = ids['member@example.org']!;
    const res = await secretariat.post(`/admin/users/${memberId}/role`, { role: 'secretariat' }, { from: `/admin/users/${memberId}` });
    expect(res.status).toBe(303);
    await member.get('/account');
    expect(member.lastPage).toMatch(/<li>Secretariat<\/li>/);
    expect((await member.get('/admin')).status).toBe(200);
    await secretariat.post(`/admin/users/${memberId}/role`, { role: 'member' }, { from: `/admin/users/${memberId}` });
    expect((await member.get('/admin')).status).toBe(403);

    const self = ids['secretariat@example.org']!;
    const demote = await secretariat.post(`/admin/users/${self}/role`, { role: 'member' }, { from: `/admin/users/${self}` });
    expect(demote.status).toBe(400);
    expect(secretariat.lastPage).toContain('You cannot remove your own secretariat role.');
    expect((await secretariat.post(`/admin/users/${memberId}/role`, { role: 'owner' }, { from: `/admin/users/${memberId}` })).status).toBe(400);
    expect((await secretariat.get('/admin')).status).toBe(200);
  });

  it('assigns and removes a focal point, refusing an unknown country code', async () => {
    const memberId = ids['member@example.org']!;
    const unknown = await secretariat.post(`/admin/users/${memberId}/focal-points`, { country: 'XYZ' }, { from: `/admin/users/${memberId}` });
    expect(unknown.status).toBe(400);
    expect(secretariat.lastPage).toContain('Enter a country code such as SEN');
    expect(secretariat.lastPage).toContain('value="XYZ"');
    const res = await secretariat.post(`/admin/users/${memberId}/focal-points`, { country: 'sen' }, { from: `/admin/users/${memberId}` });
    expect(res.status).toBe(303);
    await member.get('/account');
    expect(member.lastPage).toContain('Focal point for SEN');
    await secretariat.get(`/admin/users/${memberId}`);
    expect(secretariat.lastPage).toContain('Senegal');
    expect((await secretariat.post(`/admin/users/${memberId}/focal-points/SEN/remove`, {})).status).toBe(303);
    await member.get('/account');
    expect(member.lastPage).not.toContain('Focal point for SEN');
  });
});

describe('partners and invitations', () => {
  it('invites a workspace administrator by email', async () => {
    expect((await secretariat.get('/admin/organisations')).status).toBe(200);
    expect(gzipSync(secretariat.lastPage).length).toBeLessThan(30 * 1024);
    // More than fifty partners: the list has pages, alphabetical (UNCTAD is on the second).
    expect(secretariat.lastPage).toContain('href="/admin/organisations?page=2"');
    expect((await secretariat.get('/admin/organisations?page=2')).status).toBe(200);
    expect(secretariat.lastPage).toContain('href="/admin/organisations/unctad"');
    await secretariat.get('/admin/organisations/unctad');
    const bad = await secretariat.post('/admin/organisations/unctad/invite', { email: 'not an email' });
    expect(bad.status).toBe(400);
    expect(secretariat.lastPage).toContain('Enter an email address');
    const res = await secretariat.post('/admin/organisations/unctad/invite', { email: 'Head@UNCTAD.example' }, { from: '/admin/organisations/unctad' });
    expect(res.status).toBe(303);
    const mails = await hub.db.db.selectFrom('outbox').select(['kind', 'text']).where('toAddress', '=', 'head@unctad.example').execute();
    expect(mails.map((m) => m.kind)).toEqual(['invitation']);
    expect(mails[0]!.text).toMatch(/\/invitations\//);
    await secretariat.get('/admin/organisations/unctad');
    expect(secretariat.lastPage).toContain('head@unctad.example');
    const again = await secretariat.post('/admin/organisations/unctad/invite', { email: 'head@unctad.example' });
    expect(again.status).toBe(400);
    expect((await secretariat.get('/admin/organisations/no-such-partner')).status).toBe(404);
  });
});

describe('the audit log', () => {
  it('has an entry for each action, filtered on the page and in the CSV download', async () => {
    const actions = await auditActions();
    for (const action of ['return', 'approve', 'unpublish', 'archive', 'publish', 'set-role', 'assign-focal-point', 'remove-focal-point', 'invite-admin']) {
      expect(actions, action).toContain(action);
    }
    expect((await secretariat.get('/admin/audit?entityType=user')).status).toBe(200);
    expect(secretariat.lastPage).toContain('set-role');
    expect(secretariat.lastPage).not.toContain('invite-admin');
    await secretariat.get('/admin/audit?email=author%40example.org');
    expect(secretariat.lastPage).not.toContain('set-role');
    expect(secretariat.lastPage).toContain('submit');

    const csv = await secretariat.get('/admin/audit.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(csv.headers.get('Content-Disposition')).toMatch(/^attachment; filename="e4d-hub-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('at,user_email,ip_address,action,entity_type,entity_id,field,before,after');
    for (const action of ['return', 'approve', 'set-role', 'assign-focal-point', 'remove-focal-point', 'invite-admin']) {
      expect(text, action).toContain(`,${action},`);
    }
    const users = await (await secretariat.get('/admin/audit.csv?entityType=user')).text();
    expect(users).toContain(',set-role,');
    expect(users).not.toContain(',invite-admin,');
  });
});

describe('a revision reviewed elsewhere', () => {
  it('answers 409 when the revision is no longer waiting', async () => {
    const id = await submitted(titled('Reviewed twice'));
    await secretariat.get(`/admin/revisions/${id}`);
    const token = await secretariat.token();
    await run((trx) => approveRevision(trx, { userId: ids['secretariat@example.org']!, email: 'secretariat@example.org', ip: null }, id));
    const res = await secretariat.post(`/admin/revisions/${id}/return`, { reason: 'Too late for this.' }, { token });
    expect(res.status).toBe(409);
    expect(secretariat.lastPage).toContain('no longer waiting for review');
    expect(await revisionStatus(id)).toBe('approved');
  });
});
