import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleActions, sampleActions } from '../../../data/demo/actions-sample.js';
import { ecommerceWeek2017 } from '../../../data/demo/events-2017.js';
import { demoOrganisations } from '../../../data/demo/organisations.js';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { translator } from '../../web/i18n/i18n.js';
import { auditEntries } from '../audit/audit.js';
import { eventCreator } from '../events/commands.js';
import { organisationCreator } from '../organisations/commands.js';
import { actionForm, noteForm, parsedForm } from './action-schema.js';
import { actionCreator, actionHistory, actionNoteAdder, actionShares, actionUpdater, actionsCsv, countryAction, countryActions, publishedRecommendation, recommendationUrl } from './actions.js';

let db: TestDb;
const actor = { userId: null, email: 'focal@example.org', ip: null };

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await db.db.transaction().execute(async (trx) => {
    for (const seed of demoOrganisations) await organisationCreator(trx, seed);
    await eventCreator(trx, ecommerceWeek2017);
  });
}, 60_000);
afterAll(() => db.destroy());

describe('the sample actions', () => {
  it('loads Senegal’s sample tracker once, across the seven policy areas, linked to real recommendations', async () => {
    const first = await db.db.transaction().execute((trx) => loadSampleActions(trx));
    expect(first).toEqual({ added: sampleActions.length, kept: 0 });
    expect(await db.db.transaction().execute((trx) => loadSampleActions(trx))).toEqual({ added: 0, kept: sampleActions.length });
    const actions = await countryActions(db.db, 'SEN');
    expect(actions).toHaveLength(sampleActions.length);
    expect(actions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(actions.map((a) => a.policyArea)).size).toBe(7);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['not-started', 'in-progress', 'completed', 'dropped']));
    expect(actions.every((a) => a.isSample)).toBe(true);
    const linked = actions.filter((a) => a.recommendationRef);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    // Every reference resolves to a recommendation of the demo event.
    for (const a of linked) expect(a.recommendation?.text, a.recommendationRef!).toBeTruthy();
    expect(actions.some((a) => a.notes.some((n) => n.evidenceUrl))).toBe(true);
  });
});

describe('recommendations', () => {
  it('finds a recommendation of a published event by its reference, and nothing else', async () => {
    const found = await publishedRecommendation(db.db, 'unctad-e-commerce-week-2017/payment-solutions/r11');
    expect(found?.text).toMatch(/interoperability between payment methods/i);
    expect(found?.url).toBe('/events/unctad-e-commerce-week-2017/outcomes#r-payment-solutions-11');
    expect(await publishedRecommendation(db.db, 'unctad-e-commerce-week-2017/payment-solutions/r99')).toBeUndefined();
    expect(await publishedRecommendation(db.db, 'unctad-e-commerce-week-2017/better-measurement/o1')).toBeUndefined();
    expect(recommendationUrl('week/opening/r3')).toBe('/events/week/outcomes#r-opening-3');
  });
});

describe('shares completed', () => {
  it('counts completed over all but dropped, per policy area and overall', async () => {
    const base = { country: 'KEN', lead: 'Ministry', priority: 'medium' as const };
    for (const [title, status] of [
      ['a', 'completed'],
      ['b', 'completed'],
      ['c', 'in-progress'],
      ['d', 'dropped'],
    ] as const) {
      await db.db.transaction().execute((trx) => actionCreator(trx, actor, { ...base, policyArea: 'payment-solutions', title, status }));
    }
    await db.db.transaction().execute((trx) => actionCreator(trx, actor, { ...base, policyArea: 'ict-infrastructure', title: 'e', status: 'dropped' }));
    const shares = actionShares(await countryActions(db.db, 'KEN'));
    expect(shares.overall).toEqual({ actions: 5, completed: 2, dropped: 2, share: 2 / 3 });
    expect(shares.byPolicyArea).toEqual([
      { policyArea: 'ict-infrastructure', actions: 1, completed: 0, dropped: 1, share: null },
      { policyArea: 'payment-solutions', actions: 4, completed: 2, dropped: 1, share: 2 / 3 },
    ]);
  });
});

describe('writes', () => {
  it('records every change field by field, and the history gives roles, never addresses', async () => {
    const id = await db.db.transaction().execute((trx) => actionCreator(trx, actor, { country: 'RWA', policyArea: 'legal-regulatory', title: 'Draft a data protection law', lead: 'Ministry of ICT', priority: 'high' }));
    const action = (await countryAction(db.db, 'RWA', id))!;
    expect(await countryAction(db.db, 'KEN', id)).toBeUndefined();
    const changed = await db.db.transaction().execute((trx) =>
      actionUpdater(trx, actor, action, { policyArea: 'legal-regulatory', title: 'Draft a data protection law', lead: 'Ministry of ICT', supporting: '', priority: 'high', targetDate: '2026-12-31', status: 'completed', recommendationRef: null }),
    );
    expect(changed.sort()).toEqual(['status', 'targetDate']);
    const [update, create] = await auditEntries(db.db, { entityType: 'action', entityId: String(id) });
    expect(create?.action).toBe('action.create');
    expect(update?.changes).toEqual({ status: ['not-started', 'completed'], targetDate: [null, '2026-12-31'] });
    const unchanged = await db.db.transaction().execute(async (trx) => actionUpdater(trx, actor, (await countryAction(trx, 'RWA', id))!, { ...action, supporting: '', targetDate: '2026-12-31', status: 'completed' }));
    expect(unchanged).toEqual([]);
    await db.db.transaction().execute((trx) => actionNoteAdder(trx, actor, action, { onDate: '2026-01-10', text: 'Bill tabled.', evidenceUrl: 'https://example.org/bill' }));
    const history = await actionHistory(db.db, 'RWA');
    expect(history.map((h) => h.kind)).toEqual(['action.note', 'action.update', 'action.create']);
    expect(history[0]!.changes).toEqual({ noteDate: [null, '2026-01-10'], note: [null, 'Bill tabled.'], evidenceUrl: [null, 'https://example.org/bill'] });
    expect(JSON.stringify(history)).not.toContain('focal@example.org');
    expect((await countryAction(db.db, 'RWA', id))!.notes).toHaveLength(1);
  });
});

describe('the forms', () => {
  const t = translator('en');
  const good = { policyArea: 'payment-solutions', title: 'Title', lead: 'Lead', supporting: '', priority: 'high', targetDate: '', status: 'in-progress', recommendationRef: '' };
  it('accepts a good action and refuses bad fields with messages', () => {
    expect(parsedForm(actionForm, good, t).input).toMatchObject({ targetDate: null, recommendationRef: null });
    const { errors } = parsedForm(actionForm, { ...good, title: ' ', policyArea: 'space-travel', targetDate: '2025-02-30', recommendationRef: 'not a ref' }, t);
    expect(Object.keys(errors!).sort()).toEqual(['policyArea', 'recommendationRef', 'targetDate', 'title']);
    expect(errors!.targetDate).toMatch(/YYYY-MM-DD/);
  });
  it('accepts only http(s) evidence and past dates on notes', () => {
    expect(parsedForm(noteForm, { onDate: '2024-05-01', text: 'Done.', evidenceUrl: 'https://example.org/x' }, t).input).toBeDefined();
    expect(Object.keys(parsedForm(noteForm, { onDate: '2999-01-01', text: '', evidenceUrl: 'javascript:alert(1)' }, t).errors!).sort()).toEqual(['evidenceUrl', 'onDate', 'text']);
  });
});

describe('the CSV', () => {
  it('has a header, one line per action, and defuses formulas', async () => {
    await db.db.transaction().execute((trx) => actionCreator(trx, actor, { country: 'TCD', policyArea: 'payment-solutions', title: '=HYPERLINK("http://evil")', lead: '+Lead', priority: 'low' }));
    const csv = actionsCsv(await countryActions(db.db, 'TCD'), 'https://hub.example');
    expect(csv.startsWith('id,country,policy_area,title,')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]!.lead).toBe(`'+Lead`);
  });
});
