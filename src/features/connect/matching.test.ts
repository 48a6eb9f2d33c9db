import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { translator } from '../../web/i18n/i18n.js';
import { itemCreator, itemStatusSetter } from '../catalogue/commands.js';
import { buildItem } from '../catalogue/factory.js';
import type { ItemSeed } from '../catalogue/types.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { buildRequest } from './factory.js';
import { MATCH_WEIGHTS, type MatchInput, matchesFor, reasonText } from './matching.js';
import { requestCreator } from './requests.js';

/*
 * A small catalogue of our own (no demo content), so every score below can be worked out by hand
 * from MATCH_WEIGHTS: policy area 10 each; coverage country 8 > sub-region 6 > region 5 > UN group 4
 * > world 2; beneficiary 4; kind of support 5; language 3; a partner adds half its best solution's score.
 *
 * Countries: NPL (Southern Asia 034, Asia 142, LDC, LLDC); SEN (Western Africa 011, Sub-Saharan
 * Africa 202, Africa 002, LDC); HTI (Caribbean 029, Americas 019, LDC, SIDS).
 */
let db: TestDb;
const en = translator('en');

const organisations = [
  buildOrganisation({ slug: 'alpha-pay', policyAreas: ['payment-solutions'], activeIn: ['034'] }),
  buildOrganisation({ slug: 'beta-law', policyAreas: ['legal-regulatory'], activeIn: ['002'] }),
  buildOrganisation({ slug: 'gamma-global', policyAreas: ['payment-solutions', 'legal-regulatory', 'skills-development'], activeIn: ['001'] }),
  buildOrganisation({ slug: 'delta-finance', policyAreas: ['access-to-financing', 'payment-solutions'], activeIn: ['001'] }),
  buildOrganisation({ slug: 'omega-roads', policyAreas: ['trade-logistics'], activeIn: ['001'] }),
];

const solution = (slug: string, seed: Partial<ItemSeed>) => buildItem({ slug, text: { en: { title: slug, summary: `${slug}.`, description: `${slug}.`, eligibility: 'Open to anyone.' } }, ...seed });
const items: ItemSeed[] = [
  solution('nepal-payment-switch', { kind: 'technical-assistance', organisations: ['alpha-pay'], policyAreas: ['payment-solutions'], beneficiaries: ['governments'], coverage: ['NPL'], languages: ['en'] }),
  solution('global-payments-course', { kind: 'training', organisations: ['gamma-global'], policyAreas: ['payment-solutions'], beneficiaries: ['msmes'], coverage: ['001'], languages: ['en', 'fr', 'es'] }),
  solution('ldc-payments-advice', {
    kind: 'technical-assistance',
    organisations: ['gamma-global'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['fr'],
  }),
  solution('francophone-law-clinic', { kind: 'technical-assistance', organisations: ['beta-law'], policyAreas: ['legal-regulatory'], beneficiaries: ['governments'], coverage: ['011'], languages: ['fr'] }),
  solution('sme-microloans', { kind: 'financing', organisations: ['delta-finance'], policyAreas: ['access-to-financing', 'payment-solutions'], beneficiaries: ['msmes'], coverage: ['001'], languages: ['en', 'fr'] }),
  solution('port-logistics', { kind: 'technical-assistance', organisations: ['omega-roads'], policyAreas: ['trade-logistics'], coverage: ['001'] }),
  // Would top the Nepal case, but is not published.
  solution('withdrawn-payments', { kind: 'technical-assistance', organisations: ['alpha-pay'], policyAreas: ['payment-solutions'], beneficiaries: ['governments'], coverage: ['NPL'], languages: ['en'] }),
  // A resource, not a solution: never matched.
  solution('payments-report', { type: 'resource', kind: 'report', organisations: ['gamma-global'], policyAreas: ['payment-solutions'], coverage: ['NPL'] }),
];

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await db.db.transaction().execute(async (trx) => {
    for (const o of organisations) await organisationCreator(trx, o);
    for (const i of items) await itemCreator(trx, i);
  });
  const withdrawn = await db.db.selectFrom('items').select('id').where('slug', '=', 'withdrawn-payments').executeTakeFirstOrThrow();
  await itemStatusSetter(db.db, withdrawn.id, 'unpublished');
});
afterAll(() => db.destroy());

interface Case {
  name: string;
  input: MatchInput;
  /** Expected top solutions, in order, worked out by hand. */
  solutions: string[];
  organisations?: string[];
  /** A reason the first expected solution must give, and its text in English. */
  reason: { slug: string; code: string; text: string; points: number };
}

const cases: Case[] = [
  {
    name: 'Nepal government asks for technical assistance on payments, in English',
    input: { country: 'NPL', policyAreas: ['payment-solutions'], supportKinds: ['technical-assistance'], languages: ['en'], requesterKind: 'government' },
    // nepal-payment-switch 10+8(country)+4(governments)+5(TA)+3(en) = 30; ldc-payments-advice 10+4(LDC)+4+5 = 23;
    // global-payments-course 10+2(world)+3(en) = 15 ties sme-microloans 10+2+3 = 15: the slug decides.
    // Partners: alpha-pay 10+6(Southern Asia)+15 = 31; gamma-global 10+2+11.5 = 23.5; delta-finance 10+2+7.5 = 19.5;
    // beta-law and omega-roads share no policy area with the request and are left out.
    solutions: ['nepal-payment-switch', 'ldc-payments-advice', 'global-payments-course', 'sme-microloans'],
    organisations: ['alpha-pay', 'gamma-global', 'delta-finance'],
    reason: { slug: 'nepal-payment-switch', code: 'country', text: 'works in Nepal', points: 8 },
  },
  {
    name: 'Senegal government asks for policy advice on its legal framework, in French',
    input: { country: 'SEN', policyAreas: ['legal-regulatory'], supportKinds: ['policy-advice'], languages: ['fr'], requesterKind: 'government' },
    // francophone-law-clinic 10+6(Western Africa)+4+5(TA gives policy advice)+3(fr) = 28;
    // ldc-payments-advice 10+4(LDC)+4+5+3 = 26. Nothing else covers legal frameworks.
    // Partners: beta-law 10+5(Africa)+14 = 29; gamma-global 10+2+13 = 25.
    solutions: ['francophone-law-clinic', 'ldc-payments-advice'],
    organisations: ['beta-law', 'gamma-global'],
    reason: { slug: 'francophone-law-clinic', code: 'language', text: 'works in French', points: 3 },
  },
  {
    name: 'Haitian business association asks for financing for payments and access to finance, in English',
    input: { country: 'HTI', policyAreas: ['access-to-financing', 'payment-solutions'], supportKinds: ['financing'], languages: ['en'], requesterKind: 'business-association' },
    // sme-microloans 20+2+4(MSMEs)+5(financing)+3 = 34; global-payments-course 10+2+4+3 = 19;
    // ldc-payments-advice 10+4(LDC) = 14; nepal-payment-switch 10+3 = 13 (covers Nepal only).
    solutions: ['sme-microloans', 'global-payments-course', 'ldc-payments-advice'],
    organisations: ['delta-finance', 'gamma-global', 'alpha-pay'],
    reason: { slug: 'sme-microloans', code: 'supportKind', text: 'offers financing', points: 5 },
  },
  {
    name: 'A request covering payment solutions says so',
    input: { country: 'HTI', policyAreas: ['payment-solutions'], supportKinds: ['training'], languages: ['es'] },
    // global-payments-course 10+2+5(training)+3(es) = 20; ldc-payments-advice 10+4 = 14; sme-microloans 10+2 = 12.
    solutions: ['global-payments-course', 'ldc-payments-advice', 'sme-microloans'],
    reason: { slug: 'global-payments-course', code: 'policyArea', text: 'covers Payment solutions', points: 10 },
  },
  {
    name: 'An LDC asking in French about legal frameworks is told where the LDC programme works',
    input: { country: 'HTI', policyAreas: ['legal-regulatory'], supportKinds: ['data'], languages: ['fr'], requesterKind: 'focal-point' },
    // ldc-payments-advice 10+4(LDC)+4+3 = 21; francophone-law-clinic 10+0(Western Africa only)+4+3 = 17.
    solutions: ['ldc-payments-advice', 'francophone-law-clinic'],
    reason: { slug: 'ldc-payments-advice', code: 'group', text: 'active in Least Developed Countries', points: MATCH_WEIGHTS.coverage.group },
  },
];

describe('matchesFor', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const matches = await matchesFor(db.db, c.input);
      expect(matches.solutions.map((m) => m.slug).slice(0, c.solutions.length)).toEqual(c.solutions);
      if (c.organisations) expect(matches.organisations.map((m) => m.slug)).toEqual(c.organisations);
      const first = matches.solutions.find((m) => m.slug === c.reason.slug)!;
      const reason = first.reasons.find((r) => r.code === c.reason.code)!;
      expect(reason.points).toBe(c.reason.points);
      expect(reasonText(reason, en)).toBe(c.reason.text);
      // A score is the sum of its reasons' points.
      for (const m of [...matches.solutions, ...matches.organisations]) expect(m.score).toBeCloseTo(m.reasons.reduce((s, r) => s + r.points, 0), 5);
    });
  }

  it('leaves out unpublished items, resources and anything without a shared policy area', async () => {
    const { solutions, organisations } = await matchesFor(db.db, cases[0]!.input);
    const slugs = solutions.map((s) => s.slug);
    expect(slugs).not.toContain('withdrawn-payments');
    expect(slugs).not.toContain('payments-report');
    expect(slugs).not.toContain('port-logistics');
    expect(organisations.map((o) => o.slug)).not.toContain('omega-roads');
  });

  it('gives the same answer twice, and respects the limit', async () => {
    const first = await matchesFor(db.db, cases[2]!.input);
    const second = await matchesFor(db.db, cases[2]!.input);
    expect(second).toEqual(first);
    const limited = await matchesFor(db.db, cases[2]!.input, { limit: 1 });
    expect(limited.solutions.map((s) => s.slug)).toEqual(['sme-microloans']);
    expect(limited.organisations).toHaveLength(1);
  });

  it('names reasons in French and Spanish', async () => {
    const { solutions } = await matchesFor(db.db, cases[1]!.input, { locale: 'fr' });
    const reasons = solutions[0]!.reasons.map((r) => reasonText(r, translator('fr')));
    expect(reasons).toContain('travaille en français');
    expect(reasons).toContain('couvre : Cadres juridiques et réglementaires');
    expect(solutions[0]!.reasons.map((r) => reasonText(r, translator('es')))).toContain('activo en África occidental');
  });

  it('moves a responsive partner above one that never answers', async () => {
    const input = cases[0]!.input;
    const before = (await matchesFor(db.db, input)).organisations.map((o) => o.slug);
    expect(before).toEqual(['alpha-pay', 'gamma-global', 'delta-finance']);
    // Two earlier requests matched to both gamma-global and delta-finance: delta-finance answered both within 10 hours, gamma-global neither.
    const ids = Object.fromEntries((await db.db.selectFrom('organisations').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id]));
    for (const day of ['2024-01-10', '2024-02-10']) {
      await db.db.transaction().execute(async (trx) => {
        const requestId = await requestCreator(trx, buildRequest({ policyAreas: ['payment-solutions'] }), null, `${day}T08:00:00.000Z`);
        await trx.deleteFrom('requestMatches').where('requestId', '=', requestId).execute();
        await trx
          .insertInto('requestMatches')
          .values(['gamma-global', 'delta-finance'].map((slug, i) => ({ requestId, organisationId: ids[slug]!, rank: i + 1, score: 20, matchedAt: `${day}T08:00:00.000Z` })))
          .execute();
        await trx.insertInto('requestInterests').values({ requestId, organisationId: ids['delta-finance']!, userId: null, createdAt: `${day}T18:00:00.000Z` }).execute();
      });
    }
    const after = await matchesFor(db.db, input);
    // gamma-global 23.5 − 6 (0 % answered) = 17.5; delta-finance 19.5 + 6 (100 %) + 3 (median 10 h) = 28.5.
    expect(after.organisations.map((o) => o.slug)).toEqual(['alpha-pay', 'delta-finance', 'gamma-global']);
    const delta = after.organisations.find((o) => o.slug === 'delta-finance')!;
    expect(delta.score).toBe(28.5);
    expect(delta.reasons.map((r) => reasonText(r, en))).toEqual(expect.arrayContaining(['answered 100 % of 2 earlier requests', 'median reply time 10 h']));
    // Requests posted before that history are matched as they were: the history does not count for them.
    const earlier = await matchesFor(db.db, input, { before: '2024-01-01T00:00:00.000Z' });
    expect(earlier.organisations.map((o) => o.slug)).toEqual(before);
  });

  it('leaves sample requests out of a partner’s record', async () => {
    const input = cases[0]!.input;
    const ids = Object.fromEntries((await db.db.selectFrom('organisations').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id]));
    // Three made-up requests that gamma-global "answered" within the hour: they are no one's record.
    for (const day of ['2024-03-10', '2024-04-10', '2024-05-10']) {
      await db.db.transaction().execute(async (trx) => {
        const requestId = await requestCreator(trx, buildRequest({ policyAreas: ['payment-solutions'], isSample: true }), null, `${day}T08:00:00.000Z`);
        await trx.deleteFrom('requestMatches').where('requestId', '=', requestId).execute();
        await trx.insertInto('requestMatches').values({ requestId, organisationId: ids['gamma-global']!, rank: 1, score: 20, matchedAt: `${day}T08:00:00.000Z` }).execute();
        await trx.insertInto('requestInterests').values({ requestId, organisationId: ids['gamma-global']!, userId: null, createdAt: `${day}T08:30:00.000Z` }).execute();
      });
    }
    const gamma = (await matchesFor(db.db, input)).organisations.find((o) => o.slug === 'gamma-global')!;
    expect(gamma.score).toBe(17.5);
    expect(gamma.reasons.map((r) => reasonText(r, en))).toContain('answered 0 % of 2 earlier requests');
  });
});
