import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { loadSampleRequests, sampleRequests } from '../../../data/demo/requests-sample.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { itemCreator } from '../catalogue/commands.js';
import { buildItem } from '../catalogue/factory.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { buildRequest } from './factory.js';
import type { RequestSeed } from './types.js';
import { findRequest, listRequests, rematch, requestCreator, requestProblems } from './requests.js';

let db: TestDb;
const today = '2026-06-15';
const member = { focalPointCountries: [] as string[] };
const senegalFocalPoint = { focalPointCountries: ['SEN'] };

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await db.db.transaction().execute(async (trx) => {
    await organisationCreator(trx, buildOrganisation({ slug: 'pay-org', policyAreas: ['payment-solutions'], activeIn: ['001'] }));
    await organisationCreator(trx, buildOrganisation({ slug: 'law-org', policyAreas: ['legal-regulatory'], activeIn: ['002'] }));
    await organisationCreator(trx, buildOrganisation({ slug: 'roads-org', policyAreas: ['trade-logistics'], activeIn: ['001'] }));
    await itemCreator(trx, buildItem({ slug: 'pay-switch', organisations: ['pay-org'], policyAreas: ['payment-solutions'] }));
  });
});
afterAll(() => db.destroy());

describe('requestProblems', () => {
  it('accepts a complete request from any member on behalf of a government body', () => {
    expect(requestProblems(buildRequest(), member, today)).toEqual({});
  });

  it.each<[string, Partial<RequestSeed>, keyof RequestSeed, string]>([
    ['no policy area', { policyAreas: [] }, 'policyAreas', 'atLeastOne'],
    ['an unknown policy area', { policyAreas: ['space-travel' as never] }, 'policyAreas', 'atLeastOne'],
    ['no kind of support', { supportKinds: [] }, 'supportKinds', 'atLeastOne'],
    ['an unknown country', { country: 'XXX' }, 'country', 'unknownCountry'],
    ['a deadline in the past', { deadline: '2026-06-14' }, 'deadline', 'pastDeadline'],
    ['a deadline that is not a date', { deadline: 'soon' }, 'deadline', 'badDate'],
    ['a deadline on a day that does not exist', { deadline: '2031-02-31' }, 'deadline', 'badDate'],
    ['no body asking', { requesterBody: '  ' }, 'requesterBody', 'required'],
    ['a bad email', { contactEmail: 'nobody' }, 'contactEmail', 'badEmail'],
    ['a one-line description', { description: 'Help.' }, 'description', 'tooShort'],
  ])('refuses %s', (_name, override, field, code) => {
    expect(requestProblems(buildRequest(override), member, today)).toEqual({ [field]: code });
  });

  it('accepts a deadline of today', () => {
    expect(requestProblems(buildRequest({ deadline: today }), member, today)).toEqual({});
  });

  it('lets only the focal point of the country post as its focal point', () => {
    expect(requestProblems(buildRequest({ country: 'SEN', requesterKind: 'focal-point' }), senegalFocalPoint, today)).toEqual({});
    expect(requestProblems(buildRequest({ country: 'NPL', requesterKind: 'focal-point' }), senegalFocalPoint, today)).toEqual({ requesterKind: 'notFocalPoint' });
    expect(requestProblems(buildRequest({ country: 'SEN', requesterKind: 'focal-point' }), member, today)).toEqual({ requesterKind: 'notFocalPoint' });
  });
});

describe('requestCreator and findRequest', () => {
  it('stores the request with its taxonomy and snapshots the matched organisations', async () => {
    const seed = buildRequest({ country: 'SEN', policyAreas: ['payment-solutions', 'legal-regulatory'], supportKinds: ['training', 'financing'], languages: ['fr', 'en'], deadline: '2030-01-31' });
    const id = await db.db.transaction().execute((trx) => requestCreator(trx, seed, null));
    const request = await findRequest(db.db, id);
    expect(request).toMatchObject({
      id,
      country: 'SEN',
      policyAreas: ['payment-solutions', 'legal-regulatory'],
      supportKinds: ['training', 'financing'],
      languages: ['en', 'fr'],
      deadline: '2030-01-31',
      status: 'open',
      isSample: false,
      contactEmail: seed.contactEmail,
    });
    const snapshot = await db.db
      .selectFrom('requestMatches as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select(['o.slug', 'm.rank'])
      .where('m.requestId', '=', id)
      .orderBy('m.rank')
      .execute();
    // pay-org: payments 10 + world 2 + half of pay-switch; law-org: legal 10 + Africa 5. roads-org shares no policy area.
    expect(snapshot.map((s) => s.slug)).toEqual(['pay-org', 'law-org']);
    expect(await rematch(db.db, id)).toBe(2);
    expect(await findRequest(db.db, 999_999)).toBeUndefined();
    expect(await findRequest(db.db, -1)).toBeUndefined();
  });

  it('lists open requests first, filters by country, policy area and status', async () => {
    const closedId = await db.db.transaction().execute((trx) => requestCreator(trx, buildRequest({ country: 'HTI', policyAreas: ['skills-development'] }), null));
    await db.db.updateTable('requests').set({ status: 'closed' }).where('id', '=', closedId).execute();
    const all = await listRequests(db.db, {});
    expect(all.requests.at(-1)!.id).toBe(closedId);
    expect(all.requests.slice(0, -1).every((r) => r.status === 'open')).toBe(true);
    expect((await listRequests(db.db, { country: 'HTI' })).requests.map((r) => r.id)).toEqual([closedId]);
    expect((await listRequests(db.db, { policyArea: 'skills-development' })).requests.map((r) => r.id)).toEqual([closedId]);
    expect((await listRequests(db.db, { status: 'closed' })).page.total).toBe(1);
    expect((await listRequests(db.db, { status: 'supported' })).requests).toEqual([]);
  });
});

describe('loadSampleRequests', () => {
  it('adds the sample requests once, marked sample, from Least Developed Countries', async () => {
    const first = await db.db.transaction().execute((trx) => loadSampleRequests(trx));
    expect(first).toEqual({ added: sampleRequests.length, kept: 0 });
    const again = await db.db.transaction().execute((trx) => loadSampleRequests(trx));
    expect(again).toEqual({ added: 0, kept: sampleRequests.length });
    const samples = (await listRequests(db.db, { pageSize: 100 })).requests.filter((r) => r.isSample);
    expect(samples).toHaveLength(sampleRequests.length);
    const ldcs = await db.db.selectFrom('countries').select('iso3').where('isLdc', '=', 1).execute();
    expect(samples.every((r) => ldcs.some((c) => c.iso3 === r.country))).toBe(true);
  });
});
