import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleRequests, sampleRequests } from '../../data/demo/requests-sample.js';
import { MATCH_WEIGHTS } from '../../src/features/connect/matching.js';
import { signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * Requests for assistance: the public list, page and API (never the contact details), the ranked
 * matches with their reasons, and the form: bad input re-renders with field errors (422) and saves
 * nothing; only a country's focal point may post as its focal point.
 */

let hub: TestHub;
let member: Visitor;
let focalPoint: Visitor;
let secretariat: Visitor;
let nepalId: number;

const db = () => hub.db.db;
const requestCount = async () => Number((await db().selectFrom('requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const json = async (path: string) => {
  const res = await hub.get(path);
  return { status: res.status, body: (await res.json()) as any };
};

const form = (overrides: Record<string, string | string[]> = {}) => ({
  country: 'SEN',
  requesterKind: 'government',
  requesterBody: 'Ministère du Commerce',
  title: 'Paiements mobiles interopérables',
  description: 'Nous voulons relier les portefeuilles électroniques et les banques.',
  policyAreas: ['payment-solutions'],
  supportKinds: ['technical-assistance'],
  languages: ['fr'],
  urgency: 'high',
  deadline: '',
  contactName: 'Awa Ndiaye',
  contactEmail: 'awa.ndiaye@commerce.example',
  ...overrides,
});

beforeAll(async () => {
  hub = await createTestHub();
  await db().transaction().execute((trx) => loadSampleRequests(trx));
  nepalId = (await db().selectFrom('requests').select('id').where('countryIso3', '=', 'NPL').where('isSample', '=', 1).executeTakeFirstOrThrow()).id;
  member = await signedInVisitor(hub, 'member@requests.example');
  focalPoint = await signedInVisitor(hub, 'focal@requests.example');
  const focal = await db().selectFrom('users').select('id').where('email', '=', 'focal@requests.example').executeTakeFirstOrThrow();
  await db().insertInto('focalPoints').values({ userId: focal.id, country: 'SEN', assignedBy: null, assignedAt: new Date().toISOString() }).execute();
  secretariat = await signedInVisitor(hub, 'staff@requests.example');
  await db().updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@requests.example').execute();
}, 60_000);
afterAll(() => hub.close());

describe('the requests API', () => {
  it('lists the demo requests, marked sample, without contact details', async () => {
    const { status, body } = await json('/api/v1/requests?pageSize=100');
    expect(status).toBe(200);
    const samples = body.data.filter((r: any) => r.isSample);
    expect(samples.map((r: any) => r.title).sort()).toEqual(sampleRequests.map((r) => r.title).sort());
    expect(JSON.stringify(body)).not.toMatch(/contact|@example\.org/i);
    expect(body.page.total).toBe(body.data.length);
    const nepal = await json('/api/v1/requests?country=npl&policyArea=payment-solutions&status=open');
    expect(nepal.body.data.map((r: any) => r.id)).toEqual([nepalId]);
    expect((await json('/api/v1/requests?status=nonsense')).status).toBe(400);
  });

  it('gives one request without contact details, and 404 or 400 for what is not one', async () => {
    const { status, body } = await json(`/api/v1/requests/${nepalId}`);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: nepalId, country: 'NPL', isSample: true, status: 'open', policyAreas: ['payment-solutions', 'legal-regulatory'] });
    expect(body.data.contactEmail).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('requests-npl@example.org');
    const missing = await json('/api/v1/requests/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.id).toBeTruthy();
    expect((await json('/api/v1/requests/abc')).status).toBe(400);
  });

  it('ranks the matches, each with a score and reasons in the language asked for', async () => {
    const { status, body } = await json(`/api/v1/requests/${nepalId}/matches`);
    expect(status).toBe(200);
    for (const list of [body.data.solutions, body.data.organisations]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(10);
      const scores = list.map((m: any) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const m of list) {
        expect(m.reasons.reduce((s: number, r: any) => s + r.points, 0)).toBeCloseTo(m.score, 5);
        expect(m.url).toMatch(/^\/(solutions|organisations)\//);
      }
    }
    expect(body.data.solutions[0].type).toBe('solution');
    expect(body.data.organisations[0].type).toBe('organisation');
    const reasons = body.data.solutions.flatMap((m: any) => m.reasons.map((r: any) => r.text));
    expect(reasons).toContain('covers Payment solutions');
    const fr = await json(`/api/v1/requests/${nepalId}/matches?lang=fr`);
    expect(fr.body.data.solutions.flatMap((m: any) => m.reasons.map((r: any) => r.text))).toContain('couvre : Solutions de paiement');
  });
});

describe('the requests pages', () => {
  it('lists requests with a sample badge and filters them', async () => {
    const res = await hub.get('/requests');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const r of sampleRequests) expect(html).toContain(r.title);
    expect(html).toContain('>Sample<');
    const senegal = await (await hub.get('/requests?country=SEN')).text();
    expect(senegal).toContain(sampleRequests[1]!.title);
    expect(senegal).not.toContain(sampleRequests[0]!.title);
  });

  it('shows a request and its ranked matches, without the contact email for the public', async () => {
    const res = await hub.get(`/requests/${nepalId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(sampleRequests[0]!.title);
    expect(html).not.toContain('requests-npl@example.org');
    expect(html).toContain('Contact details are shared with the partners that express interest.');
    expect(html).toMatch(/<table class="matches">/);
    expect(html).toContain('covers Payment solutions');
    expect((await hub.get('/requests/999999')).status).toBe(404);
    expect((await member.get(`/requests/${nepalId}`)).status).toBe(200);
    expect(member.lastPage).not.toContain('requests-npl@example.org');
    await secretariat.get(`/requests/${nepalId}`);
    expect(secretariat.lastPage).toContain('requests-npl@example.org');
  });

  it('explains matching with the weights of the engine', async () => {
    const html = await (await hub.get('/requests/about-matching')).text();
    expect(html).toContain('How matching works');
    expect(html).toMatch(new RegExp(`id="w-policyArea"><th scope="row">[^<]+</th><td>${MATCH_WEIGHTS.policyArea}</td>`));
    expect(html).toMatch(new RegExp(`id="w-coverage-country"><th scope="row">[^<]+</th><td>${MATCH_WEIGHTS.coverage.country}</td>`));
  });
});

describe('posting a request', () => {
  it('sends visitors to sign in', async () => {
    const res = await new Visitor(hub).get('/requests/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/sign-in/);
  });

  it('refuses a form without CSRF token', async () => {
    const before = await requestCount();
    const res = await member.post('/requests', form(), { token: null });
    expect(res.status).toBe(403);
    expect(await requestCount()).toBe(before);
  });

  it.each([
    ['no policy area', { policyAreas: [] as string[] }, 'f-policyAreas', 'Choose at least one.'],
    ['an unknown country', { country: 'XYZ' }, 'f-country', 'Choose a country from the list.'],
    ['a deadline in the past', { deadline: '2020-01-01' }, 'f-deadline', 'The deadline cannot be in the past.'],
    ['a member posting as a focal point', { requesterKind: 'focal-point' }, 'f-requesterKind', 'Only the focal point of this country can post as its focal point.'],
  ])('re-renders the form for %s (422), keeping the values and saving nothing', async (_name, override, field, message) => {
    const before = await requestCount();
    const res = await member.post('/requests', form(override), { from: '/requests/new' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`href="#${field}"`);
    expect(html).toContain(message);
    expect(html).toContain('value="Paiements mobiles interopérables"');
    expect(await requestCount()).toBe(before);
  });

  it('lets a focal point post for their country: saved, matched, audited, shown with the contact to them only', async () => {
    const res = await focalPoint.post('/requests', form({ requesterKind: 'focal-point', deadline: '2099-12-31' }), { from: '/requests/new' });
    expect(res.status).toBe(303);
    const location = res.headers.get('Location')!;
    expect(location).toMatch(/^\/requests\/\d+\?done=posted$/);
    const id = Number(location.split('/')[2]!.split('?')[0]);
    const row = await db().selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ countryIso3: 'SEN', requesterKind: 'focal-point', deadline: '2099-12-31', isSample: 0, sourceLocale: 'en' });
    const matched = await db().selectFrom('requestMatches').select(['rank']).where('requestId', '=', id).orderBy('rank').execute();
    expect(matched.length).toBeGreaterThan(0);
    expect(matched[0]!.rank).toBe(1);
    const audit = await db().selectFrom('auditLog').select(['action', 'changes']).where('entityType', '=', 'request').where('entityId', '=', String(id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]!.changes).not.toContain('awa.ndiaye@commerce.example');
    await focalPoint.get(location);
    expect(focalPoint.lastPage).toContain('Your request is posted.');
    expect(focalPoint.lastPage).toContain('awa.ndiaye@commerce.example');
    expect(await (await hub.get(`/requests/${id}`)).text()).not.toContain('awa.ndiaye@commerce.example');
    expect((await json(`/api/v1/requests?country=SEN`)).body.data.map((r: any) => r.id)).toContain(id);
  });

  it('lets any member post on behalf of a business association', async () => {
    const res = await member.post('/requests', form({ country: 'HTI', requesterKind: 'business-association', requesterBody: 'Haitian exporters', policyAreas: ['skills-development', 'access-to-financing'], supportKinds: ['training', 'financing'] }), { from: '/requests/new' });
    expect(res.status).toBe(303);
  });
});
