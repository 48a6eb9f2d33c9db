import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleActions } from '../../data/demo/actions-sample.js';
import { actionCreator } from '../../src/features/connect/actions.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { signedInVisitor } from '../helpers/roles.js';
import { Visitor } from '../helpers/visitor.js';

let hub: TestHub;
let focal: Visitor;
let member: Visitor;
let secretariat: Visitor;
let kenyaAction: number;

const focalEmail = 'awa.focal@example.org';
const secretariatEmail = 'secretariat.actions@example.org';

beforeAll(async () => {
  hub = await createTestHub();
  const db = hub.db.db;
  // Senegal's sample tracker (part of the demo content; loading it again changes nothing).
  await db.transaction().execute((trx) => loadSampleActions(trx));
  focal = await signedInVisitor(hub, focalEmail);
  member = await signedInVisitor(hub, 'member.actions@example.org');
  secretariat = await signedInVisitor(hub, secretariatEmail);
  const user = await db.selectFrom('users').select('id').where('email', '=', focalEmail).executeTakeFirstOrThrow();
  await db.insertInto('focalPoints').values({ userId: user.id, country: 'SEN', assignedBy: null, assignedAt: new Date().toISOString() }).execute();
  await db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', secretariatEmail).execute();
  kenyaAction = await db.transaction().execute((trx) =>
    actionCreator(trx, null, { country: 'KEN', policyArea: 'payment-solutions', title: 'Kenya’s own action', lead: 'Central Bank of Kenya', priority: 'high', status: 'in-progress' }),
  );
}, 60_000);
afterAll(() => hub.close());

const counts = async () => {
  const db = hub.db.db;
  const n = async (table: 'actions' | 'actionNotes' | 'auditLog') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { actions: await n('actions'), notes: await n('actionNotes'), audit: await n('auditLog') };
};

const fields = (overrides: Record<string, string> = {}) => ({
  policyArea: 'trade-logistics',
  title: 'Publish e-commerce customs procedures online',
  lead: 'Customs Directorate-General',
  supporting: 'Ministry of Trade, Postal operator',
  priority: 'high',
  targetDate: '2027-06-30',
  status: 'not-started',
  recommendationRef: '',
  ...overrides,
});

interface ShareJson {
  actions: number;
  completed: number;
  dropped: number;
  share: number | null;
}
const sharesOf = async (): Promise<{ overall: ShareJson; byPolicyArea: (ShareJson & { policyArea: string })[] }> => {
  const res = await hub.get('/api/v1/countries/SEN/actions');
  expect(res.status).toBe(200);
  return ((await res.json()) as { shares: never }).shares;
};
const none: ShareJson = { actions: 0, completed: 0, dropped: 0, share: null };

/** The page's row of the shares table for a label: completed, counted, and the share as written. */
function shareRow(html: string, label: string): [number, number, string] {
  const match = new RegExp(`<th scope="row">${label}</th><td class="num">(\\d+)</td><td class="num">(\\d+)</td><td class="num">([^<]+)</td>`).exec(html);
  expect(match, label).not.toBeNull();
  return [Number(match![1]), Number(match![2]), match![3]!];
}

describe('a focal point keeps the tracker of their country', () => {
  it('adds an action, completes it, and the public shares follow', async () => {
    const anonymous = new Visitor(hub);
    expect((await anonymous.get('/countries/SEN/actions')).status).toBe(200);
    const before = await sharesOf();
    const area = before.byPolicyArea.find((s) => s.policyArea === 'trade-logistics') ?? none;
    // The sample tracker: 11 actions, 3 completed, 1 dropped; one action in trade logistics, completed.
    expect(before.overall).toEqual({ actions: 11, completed: 3, dropped: 1, share: 0.3 });
    expect(area).toEqual({ policyArea: 'trade-logistics', actions: 1, completed: 1, dropped: 0, share: 1 });

    expect((await focal.get('/countries/SEN/actions/new')).status).toBe(200);
    const created = await focal.post('/countries/SEN/actions', fields(), { from: '/countries/SEN/actions/new' });
    expect(created.status).toBe(303);
    expect(created.headers.get('Location')).toMatch(/^\/countries\/SEN\/actions\?done=created#action-\d+$/);
    const id = Number(/action-(\d+)/.exec(created.headers.get('Location')!)![1]);
    const stored = await hub.db.db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ countryIso3: 'SEN', policyArea: 'trade-logistics', status: 'not-started', targetDate: '2027-06-30', lead: 'Customs Directorate-General', isSample: 0 });

    const saved = await focal.post(`/countries/SEN/actions/${id}`, fields({ status: 'completed' }), { from: `/countries/SEN/actions/${id}/edit` });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe(`/countries/SEN/actions?done=saved#action-${id}`);

    const after = await sharesOf();
    const areaAfter = after.byPolicyArea.find((s) => s.policyArea === 'trade-logistics')!;
    expect(areaAfter).toMatchObject({ actions: area.actions + 1, completed: area.completed + 1, dropped: area.dropped });
    expect(areaAfter.share).toBeCloseTo((area.completed + 1) / (area.actions + 1 - area.dropped));
    expect(after.overall).toMatchObject({ actions: before.overall.actions + 1, completed: before.overall.completed + 1 });
    expect(after.overall.share).toBeCloseTo((before.overall.completed + 1) / (before.overall.actions + 1 - before.overall.dropped));

    // The public page (not served stale from the cache) shows the same numbers.
    const page = await (await anonymous.get('/countries/SEN/actions')).text();
    const counted = area.actions + 1 - area.dropped;
    expect(shareRow(page, 'Trade logistics and trade facilitation')).toEqual([area.completed + 1, counted, `${Math.round((100 * (area.completed + 1)) / counted)}% (${area.completed + 1} of ${counted})`]);
    const overallCounted = before.overall.actions + 1 - before.overall.dropped;
    expect(shareRow(page, 'All policy areas')).toEqual([
      before.overall.completed + 1,
      overallCounted,
      `${Math.round((100 * (before.overall.completed + 1)) / overallCounted)}% (${before.overall.completed + 1} of ${overallCounted})`,
    ]);
    expect(shareRow(page, 'Trade logistics and trade facilitation')[2]).toBe('100% (2 of 2)');
    expect(shareRow(page, 'All policy areas')[2]).toBe('36% (4 of 11)');
    expect(page).toContain('completed actions ÷ (all actions − dropped actions)');
    expect(page).toContain('Publish e-commerce customs procedures online');
    expect(page).not.toContain(`/countries/SEN/actions/${id}/edit`);
    // Filters narrow the matrix, not the shares.
    const completedOnly = await (await anonymous.get('/countries/SEN/actions?status=completed&policyArea=trade-logistics')).text();
    expect(completedOnly).toContain('Publish e-commerce customs procedures online');
    expect(shareRow(completedOnly, 'All policy areas')[1]).toBe(overallCounted);
    const notStarted = await (await anonymous.get('/countries/SEN/actions?status=not-started&policyArea=trade-logistics')).text();
    expect(notStarted).not.toContain('Publish e-commerce customs procedures online');

    // A progress note with its evidence.
    const noted = await focal.post(`/countries/SEN/actions/${id}/notes`, { 'note-onDate': '2025-03-01', 'note-text': 'Procedures published.', 'note-evidenceUrl': 'https://example.org/procedures' }, { from: `/countries/SEN/actions/${id}/edit` });
    expect(noted.status).toBe(303);
    const edit = await (await focal.get(noted.headers.get('Location')!)).text();
    expect(edit).toContain('The progress note was added.');
    expect(edit).toContain('href="https://example.org/procedures"');
  });

  it('lists every change in the history with the role, never the email', async () => {
    const create = await secretariat.post('/countries/SEN/actions', fields({ title: 'Adopt a national e-commerce strategy', policyArea: 'readiness-assessment' }), { from: '/countries/SEN/actions/new' });
    expect(create.status).toBe(303);
    const html = await (await new Visitor(hub).get('/countries/SEN/actions/history')).text();
    expect(html).toContain('Publish e-commerce customs procedures online');
    expect(html).toMatch(/<del>Not started<\/del> → <ins>Completed<\/ins>/);
    expect(html).toContain('Progress note added');
    expect(html).toContain('Focal point');
    expect(html).toContain('Secretariat');
    expect(html).not.toContain(focalEmail);
    expect(html).not.toContain(secretariatEmail);
    expect(html).not.toContain('awa.focal');
  });
});

describe('nobody edits another country’s actions', () => {
  it('refuses a focal point of Senegal on a Kenyan action, and saves nothing', async () => {
    const before = await counts();
    const token = await focal.token('/countries/SEN/actions/new');
    const update = await focal.post(`/countries/KEN/actions/${kenyaAction}`, fields({ status: 'completed' }), { token });
    expect(update.status).toBe(403);
    expect(await update.text()).toContain('Only the focal points of Kenya and the secretariat');
    expect((await focal.post(`/countries/KEN/actions/${kenyaAction}/notes`, { 'note-onDate': '2025-01-01', 'note-text': 'x' }, { token })).status).toBe(403);
    expect((await focal.post('/countries/KEN/actions', fields(), { token })).status).toBe(403);
    expect((await focal.get(`/countries/KEN/actions/${kenyaAction}/edit`)).status).toBe(403);
    // Kenya's action through Senegal's address: not one of Senegal's actions.
    expect((await focal.post(`/countries/SEN/actions/${kenyaAction}`, fields({ status: 'completed' }), { token })).status).toBe(404);
    expect((await focal.post(`/countries/SEN/actions/${kenyaAction}/notes`, { 'note-onDate': '2025-01-01', 'note-text': 'x' }, { token })).status).toBe(404);
    expect(await counts()).toEqual(before);
    const kenya = await hub.db.db.selectFrom('actions').select(['status', 'countryIso3']).where('id', '=', kenyaAction).executeTakeFirstOrThrow();
    expect(kenya).toEqual({ status: 'in-progress', countryIso3: 'KEN' });
  });

  it('refuses a member with no role, and sends visitors to sign in', async () => {
    const before = await counts();
    expect((await member.get('/countries/SEN/actions/new')).status).toBe(403);
    const token = await member.token('/account');
    expect((await member.post('/countries/SEN/actions', fields(), { token })).status).toBe(403);
    expect((await member.post(`/countries/KEN/actions/${kenyaAction}`, fields(), { token })).status).toBe(403);
    expect(await counts()).toEqual(before);
    const page = await (await member.get('/countries/SEN/actions')).text();
    expect(page).not.toContain('/countries/SEN/actions/new');
    const visitor = await new Visitor(hub).get('/countries/SEN/actions/new');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('Location')).toMatch(/^\/sign-in\?next=/);
  });

  it('lets the secretariat edit any country’s actions', async () => {
    const res = await secretariat.post(`/countries/KEN/actions/${kenyaAction}`, fields({ title: 'Kenya’s own action', policyArea: 'payment-solutions', status: 'completed' }), { from: `/countries/KEN/actions/${kenyaAction}/edit` });
    expect(res.status).toBe(303);
    const kenya = await hub.db.db.selectFrom('actions').select('status').where('id', '=', kenyaAction).executeTakeFirstOrThrow();
    expect(kenya.status).toBe('completed');
  });
});

describe('bad input', () => {
  it.each<[string, Record<string, string>, string, string]>([
    ['no title', { title: '' }, 'title', 'Fill in this field.'],
    ['an unknown policy area', { policyArea: 'space-travel' }, 'policyArea', 'Choose one of the seven policy areas.'],
    ['a date that does not exist', { targetDate: '2026-02-30' }, 'targetDate', 'Enter a real date'],
    ['an unknown recommendation', { recommendationRef: 'unctad-e-commerce-week-2017/payment-solutions/r99' }, 'recommendationRef', 'No recommendation of a published event'],
    ['an outcome instead of a recommendation', { recommendationRef: 'unctad-e-commerce-week-2017/better-measurement/o1' }, 'recommendationRef', 'No recommendation of a published event'],
  ])('re-shows the form for %s (422), nothing saved', async (_name, overrides, field, message) => {
    const before = await counts();
    const res = await focal.post('/countries/SEN/actions', fields({ ...overrides, title: overrides.title ?? 'Typed title kept' }), { from: '/countries/SEN/actions/new' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`href="#f-${field}"`);
    expect(html).toContain(message);
    if (overrides.title === undefined) expect(html).toContain('value="Typed title kept"');
    expect(await counts()).toEqual(before);
  });

  it('refuses a note with a non-http evidence link or no text (422), nothing saved', async () => {
    const id = (await hub.db.db.selectFrom('actions').select('id').where('countryIso3', '=', 'SEN').orderBy('id').executeTakeFirstOrThrow()).id;
    const before = await counts();
    const res = await focal.post(`/countries/SEN/actions/${id}/notes`, { 'note-onDate': '2025-01-01', 'note-text': '', 'note-evidenceUrl': 'javascript:alert(1)' }, { from: `/countries/SEN/actions/${id}/edit` });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Enter an address starting with https:// or http://.');
    expect(html).toContain('href="#f-note-text"');
    expect(await counts()).toEqual(before);
  });
});

describe('recommendations, downloads and the API', () => {
  it('links an action to the recommendation it answers, on the event’s outcomes page', async () => {
    const ref = 'unctad-e-commerce-week-2017/payment-solutions/r11';
    const res = await focal.post('/countries/SEN/actions', fields({ policyArea: 'payment-solutions', title: 'Require interoperable payment methods', recommendationRef: ref }), { from: '/countries/SEN/actions/new' });
    expect(res.status).toBe(303);
    const page = await (await new Visitor(hub).get('/countries/SEN/actions')).text();
    expect(page).toContain('href="/events/unctad-e-commerce-week-2017/outcomes#r-payment-solutions-11"');
    expect(page).toContain('Make interoperability between payment methods obligatory, not optional.');
    const outcomes = await (await hub.get('/events/unctad-e-commerce-week-2017/outcomes')).text();
    expect(outcomes).toContain('id="r-payment-solutions-11"');
    const api = (await (await hub.get('/api/v1/countries/SEN/actions?policyArea=payment-solutions')).json()) as { data: { title: string; recommendation: { ref: string; url: string } | null }[] };
    const linked = api.data.find((a) => a.title === 'Require interoperable payment methods')!;
    expect(linked.recommendation).toMatchObject({ ref, url: '/events/unctad-e-commerce-week-2017/outcomes#r-payment-solutions-11' });
  });

  it('downloads the tracker as CSV with a header, one line an action, formulas defused', async () => {
    const res = await focal.post('/countries/SEN/actions', fields({ title: '=HYPERLINK("http://evil.example","click")' }), { from: '/countries/SEN/actions/new' });
    expect(res.status).toBe(303);
    const csv = await hub.get('/countries/SEN/actions.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('id,country,policy_area,title,lead,supporting,priority,target_date,status,recommendation_ref,recommendation_url,progress_notes,sample,updated_at');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const count = Number((await hub.db.db.selectFrom('actions').select((eb) => eb.fn.countAll().as('n')).where('countryIso3', '=', 'SEN').executeTakeFirstOrThrow()).n);
    expect(rows).toHaveLength(count);
    expect(rows.some((r) => r.title === `'=HYPERLINK("http://evil.example","click")`)).toBe(true);
    expect(rows.every((r) => r.country === 'SEN')).toBe(true);
  });

  it('answers the API with actions, notes and shares, and errors as JSON', async () => {
    const res = await hub.get('/api/v1/countries/sen/actions');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { country: { iso3: string }; data: { notes: unknown[] }[]; shares: { definition: string; overall: ShareJson } };
    expect(body.country.iso3).toBe('SEN');
    expect(body.data.some((a) => a.notes.length > 0)).toBe(true);
    expect(body.shares.definition).toMatch(/dropped/);
    expect(JSON.stringify(body)).not.toContain('@example.org');
    expect((await hub.get('/api/v1/countries/XYZ/actions')).status).toBe(404);
    const bad = await hub.get('/api/v1/countries/SEN/actions?status=finished');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { id: string } }).error.id).toBe('invalid_parameter');
    expect((await hub.get('/countries/XYZ/actions')).status).toBe(404);
    expect((await hub.get('/countries/sen/actions')).status).toBe(301);
  });
});
