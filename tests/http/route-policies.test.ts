import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildItem } from '../../src/features/catalogue/factory.js';
import { createDraft } from '../../src/features/contributions/commands.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { editPublishedEvent } from '../../src/features/events/change-commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { storedProposal } from '../../src/features/events/proposal-form.js';
import { buildRequest } from '../../src/features/connect/factory.js';
import { requestCreator } from '../../src/features/connect/requests.js';
import { type GateName, gates } from '../../src/web/policy.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { Visitor } from '../helpers/visitor.js';

/**
 * Every route of the app, for every role, gets the status its gate promises. The routes come from
 * the app's own route table (`app.routes`): a route without a gate fails the first test, and a new
 * route is checked for every role without anyone adding it here.
 */
const roles = ['visitor', 'member', 'editorA', 'editorB', 'adminA', 'focalPoint', 'secretariat'] as const;
type Role = (typeof roles)[number];

/** Example values for path parameters; records of organisation A (unctad) where it matters. */
const examples: Record<string, string> = {
  // (ids of A's records are added once they exist, in beforeAll)
  '/solutions/:slug': 'cybercrime-assessment-toolkit',
  '/resources/:slug': 'national-cybersecurity-strategy-guide',
  '/organisations/:slug': 'unctad',
  '/policy-areas/:slug': 'payment-solutions',
  '/events/:file': 'unctad-e-commerce-week-2017.ics',
  '/events/:slug': 'unctad-e-commerce-week-2017',
  ':iso3': 'SEN',
  ':org': 'unctad',
  ':slug': 'unctad',
  ':name': 'favicon.svg',
};

let hub: TestHub;
const visitors = new Map<Role, Visitor>();
const password = 'Route policies are checked 2026';

async function signedIn(email: string): Promise<Visitor> {
  return signedInVisitor(hub, email, { password });
}

beforeAll(async () => {
  hub = await createTestHub();
  const db = hub.db.db;
  visitors.set('visitor', new Visitor(hub));
  for (const role of roles.filter((r) => r !== 'visitor')) visitors.set(role, await signedIn(`${role.toLowerCase()}@example.org`));
  await joinWorkspace(hub, 'editora@example.org', 'unctad', 'member');
  await joinWorkspace(hub, 'editorb@example.org', 'itu', 'member');
  await joinWorkspace(hub, 'admina@example.org', 'unctad', 'admin');
  const focal = await db.selectFrom('users').select('id').where('email', '=', 'focalpoint@example.org').executeTakeFirstOrThrow();
  await db.insertInto('focalPoints').values({ userId: focal.id, country: 'SEN', assignedBy: null, assignedAt: new Date().toISOString() }).execute();
  await db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'secretariat@example.org').execute();

  // Records of organisation A (unctad) for the routes that take an id.
  const unctad = await db.selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow();
  const item = await db.selectFrom('itemOrganisations').select('itemId').where('organisationId', '=', unctad.id).orderBy('itemId').executeTakeFirstOrThrow();
  const editor = await db.selectFrom('users').select('id').where('email', '=', 'editora@example.org').executeTakeFirstOrThrow();
  const { slug: _slug, source: _source, ...data } = buildItem({ organisations: ['unctad'] });
  const revisionId = await db.transaction().execute((trx) => createDraft(trx, { userId: editor.id, email: 'editora@example.org', ip: null }, unctad.id, data));
  examples[':itemId'] = String(item.itemId);
  examples['/admin/items/:id'] = String(item.itemId);
  examples['/workspace/revisions/:id'] = String(revisionId);
  examples['/admin/revisions/:id'] = String(revisionId);
  examples['/admin/users/:id'] = editor.id;
  const event = await db.transaction().execute((trx) => eventCreator(trx, buildEvent({ organisers: ['unctad'] }), { organisationId: unctad.id, reviewStatus: 'submitted' }));
  examples['/workspace/:org/events/:id'] = String(event);
  examples['/admin/events/:id'] = String(event);
  // A change waiting for review to a published event of A.
  const publishedEvent = await db.transaction().execute((trx) => eventCreator(trx, buildEvent({ organisers: ['unctad'] }), { organisationId: unctad.id, reviewStatus: 'submitted' }));
  await db.updateTable('events').set({ reviewStatus: 'published' }).where('id', '=', publishedEvent).execute();
  const { slug: publishedSlug } = await db.selectFrom('events').select('slug').where('id', '=', publishedEvent).executeTakeFirstOrThrow();
  const values = (await storedProposal(db, publishedEvent))!;
  const edit = await db.transaction().execute((trx) =>
    editPublishedEvent(trx, { userId: editor.id, email: 'editora@example.org', ip: null }, { id: publishedEvent, slug: publishedSlug, organisationId: unctad.id, organisationSlug: 'unctad' }, { ...values, title: `${values.title}, changed` }),
  );
  if (edit.outcome !== 'submitted') throw new Error('the example change was not kept for review');
  examples['/admin/events/changes/:id'] = String(edit.changeId);
  // A request of the focal point, in which UNCTAD expressed interest (its conversation is A's).
  const request = await db.transaction().execute((trx) => requestCreator(trx, buildRequest({ country: 'SEN', requesterKind: 'focal-point' }), focal.id));
  await db.insertInto('requestInterests').values({ requestId: request, organisationId: unctad.id, userId: editor.id, createdAt: new Date().toISOString() }).execute();
  examples['/requests/:id'] = String(request);
}, 60_000);
afterAll(() => hub.close());

interface RouteCase {
  method: 'GET' | 'POST';
  path: string;
  gate: GateName;
}

/** The app's routes with their gate: the route's own, or that of a prefix middleware (`/api/v1/*`). */
function routeCases(): { cases: RouteCase[]; ungated: string[] } {
  const routes = hub.app.routes;
  const prefixGates = routes
    .filter((r) => r.method === 'ALL' && r.path.endsWith('/*') && r.path !== '/*' && 'gate' in r.handler)
    .map((r) => ({ prefix: r.path.slice(0, -1), gate: (r.handler as unknown as { gate: GateName }).gate }));
  const byRoute = new Map<string, RouteCase | null>();
  for (const r of routes) {
    if (r.method !== 'GET' && r.method !== 'POST') continue;
    const key = `${r.method} ${r.path}`;
    const own = 'gate' in r.handler ? (r.handler as unknown as { gate: GateName }).gate : undefined;
    const inherited = prefixGates.find((p) => r.path.startsWith(p.prefix))?.gate;
    const gate = own ?? inherited;
    if (gate) byRoute.set(key, { method: r.method, path: r.path, gate });
    else if (!byRoute.has(key)) byRoute.set(key, null);
  }
  // Signing out ends the role's session: those go last.
  const endsSession = (c: RouteCase) => (c.path.startsWith('/sign-out') ? 1 : 0);
  const cases = [...byRoute.values()].filter((c): c is RouteCase => c !== null).sort((a, b) => endsSession(a) - endsSession(b));
  const ungated = [...byRoute].filter(([, c]) => c === null).map(([key]) => key);
  return { cases, ungated };
}

/** The route with example values: by its whole path, by the path up to the parameter, or by the parameter's name. */
function examplePath(path: string): string {
  if (examples[path]) return path.replace(/:[a-zA-Z0-9]+.*$/, examples[path]!);
  return path.replace(/:([a-zA-Z0-9]+)(\{[^}]*\})?/g, (whole: string, name: string, _re: string, offset: number) => {
    const before = path.slice(0, offset + 1 + name.length);
    return examples[before] ?? examples[`:${name}`] ?? (name === 'id' || name.endsWith('Id') ? '1' : 'x');
  });
}

const roleUser = (role: Role) =>
  role === 'visitor'
    ? null
    : {
        id: role,
        email: `${role}@example.org`,
        name: role,
        hubRole: role === 'secretariat' ? ('secretariat' as const) : ('member' as const),
        memberships:
          role === 'editorA' || role === 'adminA' || role === 'editorB'
            ? [{ workspaceId: 'w', organisationId: 1, organisationSlug: role === 'editorB' ? 'itu' : 'unctad', role: role === 'adminA' ? ('admin' as const) : ('editor' as const) }]
            : [],
        focalPointCountries: role === 'focalPoint' ? ['SEN'] : [],
        emailLocale: 'en',
      };

/**
 * What the gate promises: 'allowed' (the handler ran: any status but a denial or a 500),
 * 'sign-in' (303 to /sign-in), 'account' (303 to /account), 'forbidden' (403). Partner pages about
 * organisation A's records also check the record: partners of B get 403 there.
 */
function expected(route: RouteCase, role: Role): 'allowed' | 'sign-in' | 'account' | 'forbidden' {
  const user = roleUser(role);
  if (!gates[route.gate](user)) return route.gate === 'visitor' ? 'account' : user ? 'forbidden' : 'sign-in';
  // Partner pages about organisation A's records: only A's members, and for members' and invitations'
  // pages only A's administrator (the secretariat works from /admin, not inside workspaces).
  // An event's participant list: the secretariat and members of its organisers (UNCTAD organises the example).
  if (route.gate === 'partner' && /^\/events\/:slug\/participants/.test(route.path)) {
    return role === 'editorA' || role === 'adminA' || role === 'secretariat' ? 'allowed' : 'forbidden';
  }
  // Taking a country's readiness self-assessment: its focal points (of SEN, the example) and the secretariat.
  if (route.gate === 'signedIn' && route.path.startsWith('/countries/:iso3/assessment')) return role === 'focalPoint' || role === 'secretariat' ? 'allowed' : 'forbidden';
  // A country's action tracker is edited by its focal points (focalPoint is SEN's, the example country) and the secretariat.
  if (route.gate === 'signedIn' && /^\/countries\/:iso3\/actions/.test(route.path)) return role === 'focalPoint' || role === 'secretariat' ? 'allowed' : 'forbidden';
  // A request's conversation with UNCTAD: its requester (the focal point), UNCTAD's members, the secretariat (reading only);
  // marking partners engaged and the request's status: the requester and the secretariat.
  if (/^\/requests\/:id[^/]*\/conversations\//.test(route.path)) {
    return role === 'editorA' || role === 'adminA' || role === 'focalPoint' || (role === 'secretariat' && route.method === 'GET') ? 'allowed' : 'forbidden';
  }
  if (/^\/requests\/:id[^/]*\/(engaged|status)\b/.test(route.path)) return role === 'focalPoint' || role === 'secretariat' ? 'allowed' : 'forbidden';
  if (route.gate === 'partner' && /:org|\/workspace\/revisions\/:id/.test(route.path)) {
    if (role !== 'editorA' && role !== 'adminA') return 'forbidden';
    if (/\/(invitations|members)\b/.test(route.path) && role !== 'adminA') return 'forbidden';
  }
  return 'allowed';
}

describe('every route has a policy', () => {
  it('finds a gate on every route of the app', () => {
    const { cases, ungated } = routeCases();
    expect(ungated).toEqual([]);
    expect(cases.length).toBeGreaterThan(30);
    expect(cases.map((c) => c.gate)).toContain('secretariat');
  });
});

describe('each role gets what the gate promises, never a 500', () => {
  it.each(roles)('%s', async (role) => {
    const visitor = visitors.get(role)!;
    const failures: string[] = [];
    for (const route of routeCases().cases) {
      const path = examplePath(route.path);
      const res = route.method === 'GET' ? await visitor.get(path) : await visitor.post(path, {}, { token: await visitor.token(role === 'visitor' ? '/sign-up' : '/account') });
      const location = res.headers.get('Location') ?? '';
      const outcome =
        res.status === 303 && location.startsWith('/sign-in?next=')
          ? 'sign-in'
          : res.status === 303 && location === '/account'
            ? 'account'
            : res.status === 403
              ? 'forbidden'
              : 'allowed';
      const want = expected(route, role);
      if (res.status >= 500 || outcome !== want) failures.push(`${route.method} ${path} (${route.gate}): ${res.status} ${location} — expected ${want}`);
      // Signing out worked: sign in again for the routes after it.
      if (role !== 'visitor' && route.path.startsWith('/sign-out') && outcome === 'allowed') {
        await visitor.post('/sign-in', { email: `${role.toLowerCase()}@example.org`, password }, { from: '/sign-in' });
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuses every POST without a CSRF token, for every role', async () => {
    for (const role of roles) {
      const visitor = visitors.get(role)!;
      for (const route of routeCases().cases.filter((r) => r.method === 'POST')) {
        const res = await visitor.post(examplePath(route.path), {}, { token: null });
        expect(res.status, `${role} POST ${route.path}`).toBe(403);
      }
    }
  }, 60_000);
});
