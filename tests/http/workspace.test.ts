import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteWorkspaceAdmin } from '../../src/features/accounts/invitations.js';
import { returnRevision } from '../../src/features/contributions/commands.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub, testDeps } from '../helpers/test-app.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/*
 * The partner side of the contribution workflow, as a person without JavaScript uses it: an
 * administrator of UNCTAD's workspace invites an editor, who drafts, edits and submits a solution;
 * an editor of ITU's workspace tries every way into UNCTAD's proposals and is refused.
 */

let hub: TestHub;
const password = 'Baobab-shade in Dakar 2024';

beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

const db = () => hub.db.db;
const revisionCount = async () => Number((await db().selectFrom('itemRevisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const revisionRow = (id: number) => db().selectFrom('itemRevisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function signedIn(email: string, name: string): Promise<Visitor> {
  return signedInVisitor(hub, email, { name, password });
}

async function acceptInvitation(visitor: Visitor, email: string): Promise<void> {
  const link = await emailLink(hub, email, '/invitations/');
  expect((await visitor.get(link)).status).toBe(200);
  const res = await visitor.post(`${link}/accept`, {});
  expect(res.status).toBe(303);
  expect(res.headers.get('Location')).toBe('/workspace');
}

/** The secretariat's account (created on first use), which receives the review emails. */
let secretariat: { id: string; email: string } | undefined;
async function secretariatAccount(): Promise<{ id: string; email: string }> {
  if (!secretariat) {
    await signedIn('review@e4d.example', 'Rita Reviewer');
    await db().updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'review@e4d.example').execute();
    secretariat = await db().selectFrom('users').select(['id', 'email']).where('email', '=', 'review@e4d.example').executeTakeFirstOrThrow();
  }
  return secretariat;
}

/** The secretariat invites a partner administrator (as /admin does), who accepts. */
async function partnerAdmin(slug: string, email: string, name: string): Promise<Visitor> {
  const visitor = await signedIn(email, name);
  const inviter = await secretariatAccount();
  await inviteWorkspaceAdmin(testDeps(hub.db), { organisationSlug: slug, email, inviter: { id: inviter.id, name: 'Secretariat' } }, { userId: inviter.id, email: inviter.email, ip: null });
  await acceptInvitation(visitor, email);
  return visitor;
}

/** POST a form whose fields may repeat (checkboxes), with the CSRF token of the visitor's last page unless told otherwise. */
async function postForm(visitor: Visitor, path: string, fields: [string, string][], token?: string | null): Promise<Response> {
  const csrf = token === null ? undefined : (token ?? (await visitor.token()));
  const body = new URLSearchParams([...fields, ...(csrf ? [['_csrf', csrf] as [string, string]] : [])]);
  const cookie = [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await hub.app.request(path, { method: 'POST', body: body.toString(), headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' } });
  if ((res.headers.get('Content-Type') ?? '').startsWith('text/html')) visitor.lastPage = await res.clone().text();
  return res;
}

function solutionFields(overrides: Record<string, string | string[]> = {}): [string, string][] {
  const fields: Record<string, string | string[]> = {
    type: 'solution',
    kind: 'training',
    cost: 'free',
    'access.applyUrl': 'https://unctad.org/projects/how-request-tc',
    'access.email': '',
    'access.viaHub': 'on',
    link: 'https://unctad.org/topic/ecommerce-and-digital-economy',
    documentUrl: '',
    startsOn: '2024-03',
    endsOn: '',
    publishedOn: '',
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: 'ldc, SEN',
    languages: ['en', 'fr'],
    organisations: 'unctad',
    sourceLocale: 'en',
    'text.en.title': 'E-commerce law course for officials',
    'text.en.summary': 'A six-week online course on electronic transactions law.',
    'text.en.description': 'Modules on **contracts**, consumers and data.',
    'text.en.eligibility': 'Officials of least developed countries, free of charge.',
    'text.fr.title': '',
    'text.fr.summary': '',
    'text.fr.description': '',
    'text.fr.eligibility': '',
    ...overrides,
  };
  return Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : [[name, value]]));
}

let admin: Visitor;
let editor: Visitor;
let rival: Visitor;
let draftId: number;

describe('the partner workspace', () => {
  it('sends visitors to sign in and refuses members without a workspace', async () => {
    const visitor = new Visitor(hub);
    for (const path of ['/workspace', '/workspace/unctad/new?type=solution', '/workspace/revisions/1']) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('Location'), path).toMatch(/^\/sign-in\?next=%2Fworkspace/);
    }
    const member = await signedIn('member@example.org', 'Kofi Mensah');
    expect((await member.get('/workspace')).status).toBe(403);
    expect((await member.get('/workspace/unctad/new')).status).toBe(403);
  });

  it('lets a partner administrator invite an editor, who accepts', async () => {
    admin = await partnerAdmin('unctad', 'admin@unctad.example', 'Amina Admin');
    const page = await admin.get('/workspace');
    expect(page.status).toBe(200);
    expect(admin.lastPage).toContain('Invite an editor');
    expect(admin.lastPage).toContain('Amina Admin');

    const bad = await admin.post('/workspace/unctad/invitations', { email: 'not an email' });
    expect(bad.status).toBe(400);
    expect(admin.lastPage).toContain('aria-invalid="true"');
    expect(admin.lastPage).toContain('value="not an email"');

    await admin.get('/workspace');
    const sent = await admin.post('/workspace/unctad/invitations', { email: 'Editor@UNCTAD.example' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('Location')).toBe('/workspace?done=invited');
    await admin.get('/workspace?done=invited');
    expect(admin.lastPage).toContain('editor@unctad.example');

    editor = await signedIn('editor@unctad.example', 'Eduardo Editor');
    await acceptInvitation(editor, 'editor@unctad.example');
    expect((await editor.get('/workspace')).status).toBe(200);
    expect(editor.lastPage).toContain('Partner editor');
    expect(editor.lastPage).not.toContain('Invite an editor');
    expect((await editor.post('/workspace/unctad/invitations', { email: 'friend@example.org' })).status).toBe(403);

    await admin.get('/workspace');
    expect((await admin.post('/workspace/unctad/invitations', { email: 'editor@unctad.example' })).status).toBe(400);
    expect(admin.lastPage).toContain('already a member');
  });

  it('refuses a bad draft with the errors beside the fields and the values kept, and saves nothing', async () => {
    await editor.get('/workspace/unctad/new?type=solution');
    expect(editor.lastPage).toContain('<h1>New solution</h1>');
    const res = await postForm(
      editor,
      '/workspace/unctad/revisions',
      solutionFields({ kind: 'report', link: 'javascript:alert(1)', coverage: 'XXX', policyAreas: [], 'text.en.title': 'Hi', 'text.en.description': '<script>alert(1)</script>' }),
    );
    expect(res.status).toBe(400);
    const html = editor.lastPage;
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('This kind does not fit the type chosen');
    expect(html).toContain('Enter a web address starting with http:// or https://');
    expect(html).toContain('A code is not known');
    expect(html).toContain('Choose at least one policy area.');
    expect(html).toContain('The title needs 3 to 200 characters.');
    expect(html).toContain('value="javascript:alert(1)"');
    expect(html).toContain('value="Hi"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('value="XXX"');
    expect(html).toMatch(/value="governments"[^>]*checked/);
    expect(html).toMatch(/value="fr"[^>]*checked/);
    expect(html).toContain('A six-week online course on electronic transactions law.');
    expect(await revisionCount()).toBe(0);

    const unknown = await postForm(editor, '/workspace/unctad/revisions', solutionFields({ organisations: 'unctad, nobody-here' }));
    expect(unknown.status).toBe(400);
    expect(editor.lastPage).toContain('These organisations are not on the hub: nobody-here.');
    expect(await revisionCount()).toBe(0);
  });

  it('refuses a draft with no way to ask for it, a bad apply address or email, or a too long eligibility, and saves nothing', async () => {
    await editor.get('/workspace/unctad/new?type=solution');
    expect(editor.lastPage).toContain('name="access.applyUrl"');
    expect(editor.lastPage).toContain('name="access.email"');
    expect(editor.lastPage).toContain('name="access.viaHub"');
    expect(editor.lastPage).toContain('name="text.fr.eligibility"');
    expect(editor.lastPage).toContain('value="varies"');

    const none = await postForm(editor, '/workspace/unctad/revisions', solutionFields({ 'access.applyUrl': '', 'access.email': ' ', 'access.viaHub': [] }));
    expect(none.status).toBe(400);
    expect(editor.lastPage).toContain('Say how to get it: the page where one applies, a contact email, or that it can be asked for through the hub.');
    expect(editor.lastPage).toContain('href="#f-access"');
    expect(editor.lastPage).toContain('id="f-access"');

    const bad = await postForm(
      editor,
      '/workspace/unctad/revisions',
      solutionFields({
        'access.applyUrl': 'javascript:alert(1)',
        'access.email': 'desk@',
        'text.en.eligibility': 'E'.repeat(1001),
        'text.fr.title': 'Cours de droit du commerce électronique',
        'text.fr.summary': 'Un cours en ligne de six semaines.',
        'text.fr.eligibility': 'F'.repeat(1001),
      }),
    );
    expect(bad.status).toBe(400);
    const html = editor.lastPage;
    expect(html).toMatch(/id="f-access\.applyUrl-error">Enter a web address starting with http:\/\/ or https:\/\//);
    expect(html).toContain('Enter an email address such as name@example.org.');
    expect(html).toContain('id="f-text.en.eligibility-error">Who may apply or use it can have at most 1000 characters.');
    expect(html).toContain('id="f-text.fr.eligibility-error">Who may apply or use it can have at most 1000 characters.');
    // The values come back as typed, the checkbox still ticked.
    expect(html).toContain('value="javascript:alert(1)"');
    expect(html).toContain('value="desk@"');
    expect(html).toMatch(/name="access.viaHub"[^>]*checked/);

    const noEligibility = await postForm(editor, '/workspace/unctad/revisions', solutionFields({ 'text.en.eligibility': '' }));
    expect(noEligibility.status).toBe(400);
    expect(editor.lastPage).toContain('Say who may apply for it or use it, and on what terms, in the language the text was written in');
    expect(await revisionCount()).toBe(0);
  });

  it('drafts, edits and submits a solution, and tells the secretariat', async () => {
    await editor.get('/workspace/unctad/new?type=solution');
    const created = await postForm(editor, '/workspace/unctad/revisions', solutionFields());
    expect(created.status).toBe(303);
    const location = created.headers.get('Location')!;
    expect(location).toMatch(/^\/workspace\/revisions\/\d+\?done=created$/);
    draftId = Number(/revisions\/(\d+)/.exec(location)![1]);
    const row = await revisionRow(draftId);
    expect(row.status).toBe('draft');
    expect(JSON.parse(row.data)).toMatchObject({
      kind: 'training',
      coverage: ['ldc', 'SEN'],
      policyAreas: ['skills-development', 'legal-regulatory'],
      access: { applyUrl: 'https://unctad.org/projects/how-request-tc', email: null, viaHub: true },
      text: { en: { eligibility: 'Officials of least developed countries, free of charge.' } },
    });

    expect((await editor.get(location)).status).toBe(200);
    expect(editor.lastPage).toContain('value="E-commerce law course for officials"');
    expect(editor.lastPage).toContain('value="https://unctad.org/projects/how-request-tc"');
    expect(editor.lastPage).toMatch(/name="access.viaHub"[^>]*checked/);
    const edited = await postForm(
      editor,
      `/workspace/revisions/${draftId}`,
      solutionFields({
        cost: 'varies',
        'access.email': ' desk@unctad.example ',
        'access.viaHub': [],
        'text.en.title': 'E-commerce law course',
        'text.fr.title': 'Cours de droit du commerce électronique',
        'text.fr.summary': 'Un cours en ligne de six semaines.',
        'text.fr.eligibility': 'Fonctionnaires des pays les moins avancés.',
      }),
    );
    expect(edited.status).toBe(303);
    const editedData = JSON.parse((await revisionRow(draftId)).data);
    expect(editedData.text).toMatchObject({
      en: { title: 'E-commerce law course' },
      fr: { title: 'Cours de droit du commerce électronique', description: '', eligibility: 'Fonctionnaires des pays les moins avancés.' },
    });
    expect(editedData).toMatchObject({ cost: 'varies', access: { applyUrl: 'https://unctad.org/projects/how-request-tc', email: 'desk@unctad.example', viaHub: false } });

    const badEdit = await postForm(editor, `/workspace/revisions/${draftId}`, solutionFields({ 'text.en.summary': 'short' }));
    expect(badEdit.status).toBe(400);
    expect(editor.lastPage).toContain('The summary needs 10 to 600 characters.');
    expect(JSON.parse((await revisionRow(draftId)).data).text.en.summary).toBe('A six-week online course on electronic transactions law.');

    await editor.get(`/workspace/revisions/${draftId}`);
    const submitted = await editor.post(`/workspace/revisions/${draftId}/submit`, {});
    expect(submitted.status).toBe(303);
    expect((await revisionRow(draftId)).status).toBe('submitted');
    const mail = await db().selectFrom('outbox').selectAll().where('kind', '=', 'review').execute();
    expect(mail.map((m) => m.toAddress)).toEqual(['review@e4d.example']);
    expect(mail[0]!.text).toContain(`/admin/revisions/${draftId}`);
    expect(mail[0]!.subject).toContain('E-commerce law course');

    await editor.get(`/workspace/revisions/${draftId}`);
    expect(editor.lastPage).toContain('Submitted for review');
    expect(editor.lastPage).not.toContain(`action="/workspace/revisions/${draftId}/submit"`);
    expect((await editor.post(`/workspace/revisions/${draftId}/submit`, {})).status).toBe(409);
    await editor.get(`/workspace/revisions/${draftId}`);
    expect((await postForm(editor, `/workspace/revisions/${draftId}`, solutionFields())).status).toBe(409);
    expect(editor.lastPage).toContain('can no longer be edited');

    await editor.get('/workspace');
    expect(editor.lastPage).toContain('E-commerce law course');
    expect(editor.lastPage).toMatch(/Submitted for review<\/a>: 1/);
  });

  it('shows the secretariat’s reason for a returned proposal, which can be fixed and sent again', async () => {
    const reviewer = await secretariatAccount();
    await db()
      .transaction()
      .execute((trx) => returnRevision(trx, { userId: reviewer.id, email: reviewer.email, ip: null }, draftId, 'Please add the <French> summary.'));
    await editor.get('/workspace');
    expect(editor.lastPage).toMatch(/Returned to you<\/a>: 1/);
    expect(editor.lastPage).toContain('Please add the &lt;French&gt; summary.');
    await editor.get(`/workspace/revisions/${draftId}`);
    expect(editor.lastPage).toContain('Why the secretariat returned it');
    const fixed = await postForm(editor, `/workspace/revisions/${draftId}`, solutionFields({ 'text.en.title': 'E-commerce law course', 'text.fr.title': 'Cours de droit', 'text.fr.summary': 'Un cours en ligne de six semaines.' }));
    expect(fixed.status).toBe(303);
    await editor.get(`/workspace/revisions/${draftId}`);
    expect((await editor.post(`/workspace/revisions/${draftId}/submit`, {})).status).toBe(303);
    expect((await revisionRow(draftId)).status).toBe('submitted');
    expect(await db().selectFrom('outbox').select('id').where('kind', '=', 'review').execute()).toHaveLength(2);
  });

  it('keeps the workspace pages light', async () => {
    const css = readFileSync(new URL('../../src/web/static/site.css', import.meta.url));
    for (const path of ['/workspace', '/workspace/unctad/new?type=solution', `/workspace/revisions/${draftId}`]) {
      await admin.get(path);
      expect(gzipSync(admin.lastPage).length + gzipSync(css).length, path).toBeLessThan(30_000);
    }
  });

  it('keeps another organisation’s editor out of UNCTAD’s workspace and proposals', async () => {
    rival = await partnerAdmin('itu', 'admin@itu.example', 'Ivan Itu');
    const before = await revisionCount();
    const item = await db()
      .selectFrom('items as i')
      .innerJoin('itemOrganisations as io', 'io.itemId', 'i.id')
      .innerJoin('organisations as o', 'o.id', 'io.organisationId')
      .select('i.id')
      .where('o.slug', '=', 'unctad')
      .where('i.status', '=', 'published')
      .executeTakeFirstOrThrow();

    for (const path of ['/workspace/unctad/new?type=solution', `/workspace/revisions/${draftId}`]) {
      expect((await rival.get(path)).status, path).toBe(403);
    }
    await rival.get('/workspace');
    expect(rival.lastPage).not.toContain('E-commerce law course');
    const token = await rival.token('/workspace');
    const attempts: [string, [string, string][]][] = [
      ['/workspace/unctad/revisions', solutionFields()],
      [`/workspace/revisions/${draftId}`, solutionFields({ 'text.en.title': 'Taken over' })],
      [`/workspace/revisions/${draftId}/submit`, []],
      [`/workspace/revisions/${draftId}/withdraw`, []],
      [`/workspace/unctad/items/${item.id}/revisions`, []],
      [`/workspace/itu/items/${item.id}/revisions`, []],
      ['/workspace/unctad/invitations', [['email', 'spy@itu.example']]],
    ];
    for (const [path, fields] of attempts) expect((await postForm(rival, path, fields, token)).status, path).toBe(403);
    // Its own workspace, UNCTAD's organisation in the body: the proposal is still ITU's, which must be named.
    const own = await postForm(rival, '/workspace/itu/revisions', solutionFields({ organisations: 'unctad' }), token);
    expect(own.status).toBe(400);
    expect(rival.lastPage).toContain('must include itu');

    expect(await revisionCount()).toBe(before);
    const row = await revisionRow(draftId);
    expect(row.status).toBe('submitted');
    expect(JSON.parse(row.data).text.en.title).toBe('E-commerce law course');
    expect(await db().selectFrom('workspaceInvitations').select('id').where('email', '=', 'spy@itu.example').execute()).toEqual([]);
  });

  it('answers 404 for a proposal or an item that does not exist', async () => {
    expect((await editor.get('/workspace/revisions/999999')).status).toBe(404);
    expect((await editor.get('/workspace/revisions/99999999999999999999')).status).toBe(404);
    const token = await editor.token('/workspace');
    expect((await postForm(editor, '/workspace/revisions/999999/submit', [], token)).status).toBe(404);
    expect((await postForm(editor, '/workspace/unctad/items/999999/revisions', [], token)).status).toBe(404);
  });

  it('refuses a form without its CSRF token and changes nothing', async () => {
    const before = await revisionCount();
    await editor.get('/workspace/unctad/new');
    expect((await postForm(editor, '/workspace/unctad/revisions', solutionFields(), null)).status).toBe(403);
    expect((await postForm(editor, `/workspace/revisions/${draftId}/withdraw`, [], null)).status).toBe(403);
    expect((await postForm(admin, '/workspace/unctad/invitations', [['email', 'nobody@example.org']], null)).status).toBe(403);
    expect(await revisionCount()).toBe(before);
    expect((await revisionRow(draftId)).status).toBe('submitted');
  });

  it('starts a change to a published item from the item as it is, one at a time', async () => {
    await editor.get('/workspace');
    const action = /action="(\/workspace\/unctad\/items\/(\d+)\/revisions)"/.exec(editor.lastPage)!;
    const res = await editor.post(action[1]!, {});
    expect(res.status).toBe(303);
    const id = Number(/revisions\/(\d+)/.exec(res.headers.get('Location')!)![1]);
    const row = await revisionRow(id);
    expect(row.itemId).toBe(Number(action[2]));
    await editor.get(`/workspace/revisions/${id}`);
    const title = JSON.parse(row.data).text[JSON.parse(row.data).sourceLocale].title as string;
    expect(editor.lastPage).toContain(`value="${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    expect(editor.lastPage).toContain('A published item keeps its type');

    await editor.get('/workspace');
    expect(editor.lastPage).toContain(`href="/workspace/revisions/${id}"`);
    expect((await editor.post(action[1]!, {})).status).toBe(409);

    const withdrawn = await editor.post(`/workspace/revisions/${id}/withdraw`, {}, { from: `/workspace/revisions/${id}` });
    expect(withdrawn.status).toBe(303);
    expect((await revisionRow(id)).status).toBe('withdrawn');
    expect((await editor.post(`/workspace/revisions/${id}/withdraw`, {}, { from: '/workspace' })).status).toBe(409);
  });

  it('lets the administrator remove the editor, but not themselves', async () => {
    await admin.get('/workspace');
    const own = [...admin.lastPage.matchAll(/action="(\/workspace\/unctad\/members\/[^"]+\/remove)"/g)].map((m) => m[1]!);
    expect(own).toHaveLength(1);
    const adminMember = await db()
      .selectFrom('workspaceMembers as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select('m.id')
      .where('u.email', '=', 'admin@unctad.example')
      .executeTakeFirstOrThrow();
    expect((await admin.post(`/workspace/unctad/members/${adminMember.id}/remove`, {})).status).toBe(409);
    await admin.get('/workspace');
    expect((await admin.post('/workspace/unctad/members/not-a-member/remove', {})).status).toBe(404);
    await admin.get('/workspace');
    expect((await admin.post(own[0]!, {})).status).toBe(303);
    expect((await editor.get('/workspace')).status).toBe(403);
    expect((await editor.get(`/workspace/revisions/${draftId}`)).status).toBe(403);
  });

  it('shows the workspace in French', async () => {
    await admin.get('/workspace?lang=fr');
    await admin.get('/workspace/unctad/new?type=resource');
    expect(admin.lastPage).toContain('Nouvelle ressource');
    expect(admin.lastPage).toContain('Texte en anglais');
    const before = await revisionCount();
    expect((await postForm(admin, '/workspace/unctad/revisions', solutionFields({ policyAreas: [], endsOn: '2023' }))).status).toBe(400);
    expect(admin.lastPage).toContain('Veuillez corriger ce qui suit\u00a0:');
    expect(admin.lastPage).toContain('Choisissez au moins un domaine d’action.');
    expect(admin.lastPage).toContain('La date de fin ne peut pas précéder la date de début.');
    expect(await revisionCount()).toBe(before);
  });
});
