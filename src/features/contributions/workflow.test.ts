import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { auditEntries } from '../audit/audit.js';
import { itemCreator } from '../catalogue/commands.js';
import { FacetIndexCache, catalogueVersion } from '../catalogue/facet-index.js';
import { buildItem } from '../catalogue/factory.js';
import { findItemBySlug } from '../catalogue/queries.js';
import { searchCatalogue } from '../catalogue/search.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import {
  approveRevision,
  assertRevisionOf,
  createDraft,
  returnRevision,
  setItemStatus,
  submitRevision,
  updateDraft,
  withdrawRevision,
} from './commands.js';
import { WorkflowError, type WorkflowErrorId } from './errors.js';
import { storedItem } from './item-data.js';
import { editableItemsOf, pendingChanges, revision, revisionHistory, revisionsOf } from './queries.js';
import type { Actor, RevisionData } from './types.js';

/** The audit log can be made to fail on one kind of entry, to prove that a command is all or nothing. */
const audit = vi.hoisted(() => ({ failOn: null as string | null }));
vi.mock('../audit/audit.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../audit/audit.js')>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      if (audit.failOn === `${args[1].entityType}:${args[1].action}`) throw new Error('the audit log is unavailable');
      return actual.recordAudit(...args);
    },
  };
});

let db: TestDb;
let tradeLab: number;
let payFund: number;
let toolkitId: number;

const editor: Actor = { userId: 'u-aminata', email: 'aminata@trade-lab.example', ip: '192.0.2.10' };
const reviewer: Actor = { userId: 'u-secretariat', email: 'review@e4d.example', ip: '198.51.100.4' };

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  tradeLab = await organisationCreator(db.db, buildOrganisation({ slug: 'trade-lab', text: { en: { name: 'Trade Lab', description: 'A partner.' } } }));
  payFund = await organisationCreator(db.db, buildOrganisation({ slug: 'pay-fund', text: { en: { name: 'Payments Fund', description: 'Another partner.' } } }));
  toolkitId = await itemCreator(
    db.db,
    buildItem({
      slug: 'cyber-toolkit',
      kind: 'tool',
      organisations: ['trade-lab'],
      policyAreas: ['legal-regulatory'],
      text: { en: text('Cybercrime toolkit', 'Model laws against cybercrime.', 'Checklists.') },
    }),
  );
});
afterAll(() => db.destroy());

const run = <T>(work: (trx: TestDb['db']) => Promise<T>) => db.db.transaction().execute(work);

/** A fresh facet index each time, as another app server would load it. */
const search = async (q: string) =>
  (await searchCatalogue(db.db, new FacetIndexCache(), { q, types: ['solution', 'resource'], filters: {}, page: 1, pageSize: 20, locale: 'en' })).items.map(
    (i) => i.slug,
  );

/** One language's text of a proposal. */
const text = (title: string, summary: string, description = '', eligibility = 'Small online sellers; free of charge.') => ({ title, summary, description, eligibility });

const proposal = (overrides: Partial<RevisionData> = {}): RevisionData => ({
  type: 'solution',
  kind: 'training',
  cost: 'free',
  access: { applyUrl: 'https://example.org/sellers/apply' },
  link: 'https://example.org/sellers',
  documentUrl: null,
  startsOn: '2027-03',
  endsOn: null,
  publishedOn: null,
  organisations: ['trade-lab'],
  policyAreas: ['skills-development'],
  beneficiaries: ['msmes'],
  coverage: ['ldc'],
  languages: ['en', 'fr'],
  sourceLocale: 'en',
  text: { en: text('Online sellers course', 'Six weeks to start selling online.', 'Week 1: choosing a marketplace.') },
  ...overrides,
});

const toolkitChange = (overrides: Partial<RevisionData> = {}) =>
  proposal({
    kind: 'tool',
    policyAreas: ['legal-regulatory'],
    text: { en: text('Cybercrime legislation toolkit', 'Model laws and checklists against cybercrime.', 'Checklists, 2027 edition.') },
    ...overrides,
  });

/** Everything a refused command must leave as it was. */
async function snapshot() {
  return {
    revisions: await db.db.selectFrom('itemRevisions').selectAll().orderBy('id').execute(),
    audit: (await db.db.selectFrom('auditLog').select('id').execute()).length,
    items: await db.db.selectFrom('items').select(['id', 'slug', 'status', 'updatedAt']).orderBy('id').execute(),
    texts: await db.db.selectFrom('itemTexts').selectAll().orderBy('itemId').orderBy('locale').execute(),
    version: await catalogueVersion(db.db),
  };
}

async function expectRefused(work: (trx: TestDb['db']) => Promise<unknown>, id: WorkflowErrorId) {
  const before = await snapshot();
  const error = await run(work).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowError);
  expect((error as WorkflowError).id).toBe(id);
  expect((error as WorkflowError).message).not.toBe('');
  expect(await snapshot()).toEqual(before);
  return error as WorkflowError;
}

const revisionAudit = async (id: number) => (await auditEntries(db.db, { entityType: 'revision', entityId: String(id) })).reverse();

describe('a new item: draft, submit, return, update, resubmit, approve', () => {
  it('becomes public and searchable only once approved, with an audit entry for each step', async () => {
    const id = await run((trx) => createDraft(trx, editor, tradeLab, proposal()));
    expect(await revision(db.db, id)).toMatchObject({ status: 'draft', itemId: null, organisationId: tradeLab, createdBy: 'u-aminata', type: 'solution' });
    await run((trx) => submitRevision(trx, editor, id, tradeLab));
    expect((await revision(db.db, id))?.submittedAt).toEqual(expect.any(String));
    expect(await search('sellers')).toEqual([]);

    await run((trx) => returnRevision(trx, reviewer, id, 'Please add the dates of the next session.'));
    expect(await revision(db.db, id)).toMatchObject({ status: 'returned', reason: 'Please add the dates of the next session.', reviewedBy: 'u-secretariat' });

    const fixed = proposal({
      endsOn: '2027-05',
      text: { en: text('Online sellers course', 'Six weeks, March to May, to start selling online.', 'Week 1: choosing a marketplace.') },
    });
    await run((trx) => updateDraft(trx, editor, id, fixed, tradeLab));
    expect((await revision(db.db, id))?.status).toBe('returned');
    await run((trx) => submitRevision(trx, editor, id, tradeLab));
    expect(await search('sellers')).toEqual([]);

    const { itemId, slug } = await run((trx) => approveRevision(trx, reviewer, id));
    expect(slug).toBe('online-sellers-course');
    expect(await revision(db.db, id)).toMatchObject({ status: 'approved', itemId, reviewedBy: 'u-secretariat' });
    expect(await search('sellers')).toEqual(['online-sellers-course']);
    const item = await findItemBySlug(db.db, 'solution', slug, 'en');
    expect(item).toMatchObject({ id: itemId, endsOn: '2027-05', source: 'Trade Lab', organisations: [{ slug: 'trade-lab' }], coverage: ['ldc'] });

    const steps = await revisionAudit(id);
    expect(steps.map((e) => e.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve']);
    expect(steps.every((e) => e.entityType === 'revision')).toBe(true);
    expect(steps[0]).toMatchObject({ userId: 'u-aminata', userEmail: 'aminata@trade-lab.example', ipAddress: '192.0.2.10' });
    expect(steps[0]!.changes).toMatchObject({ status: [null, 'draft'], 'text.en.title': [null, 'Online sellers course'] });
    expect(steps[1]!.changes).toEqual({ status: ['draft', 'submitted'] });
    expect(steps[2]!.changes).toEqual({ status: ['submitted', 'returned'], reason: [null, 'Please add the dates of the next session.'] });
    expect(steps[2]).toMatchObject({ userId: 'u-secretariat' });
    // Only the fields that changed.
    expect(steps[3]!.changes).toEqual({
      endsOn: [null, '2027-05'],
      'text.en.summary': ['Six weeks to start selling online.', 'Six weeks, March to May, to start selling online.'],
    });
    expect(steps[4]!.changes).toEqual({ status: ['returned', 'submitted'] });
    expect(steps[5]!.changes).toEqual({ status: ['submitted', 'approved'], itemId: [null, itemId] });
    const created = await auditEntries(db.db, { entityType: 'item', entityId: String(itemId) });
    expect(created.map((e) => e.action)).toEqual(['create']);
    expect(created[0]!.changes).toMatchObject({ slug: [null, slug], status: [null, 'published'], 'text.en.title': [null, 'Online sellers course'] });

    const history = await revisionHistory(db.db, itemId);
    expect(history.map((h) => [h.id, h.status])).toEqual([[id, 'approved']]);
    expect(history[0]!.changes).toMatchObject({ kind: [undefined, 'training'], endsOn: [undefined, '2027-05'] });
  });

  it('makes the slug of a new item unique, from the English title when there is one', async () => {
    const french = proposal({
      sourceLocale: 'fr',
      text: {
        fr: text('Cours pour vendeurs en ligne', 'Six semaines pour vendre en ligne.'),
        en: text('Online sellers course', 'Six weeks to start selling online.'),
      },
    });
    const id = await run((trx) => createDraft(trx, editor, tradeLab, french));
    await run((trx) => submitRevision(trx, editor, id));
    expect((await run((trx) => approveRevision(trx, reviewer, id))).slug).toBe('online-sellers-course-2');
    const accented = await run((trx) =>
      createDraft(trx, editor, tradeLab, proposal({ sourceLocale: 'fr', text: { fr: text('Étude : guichet unique !', 'Une étude du guichet unique.') } })),
    );
    await run((trx) => submitRevision(trx, editor, accented));
    expect((await run((trx) => approveRevision(trx, reviewer, accented))).slug).toBe('etude-guichet-unique');
  });
});

describe('how to get an item', () => {
  it('carries the apply address, email, hub flag, eligibility per language and cost that varies to publication, and changes them', async () => {
    const data = proposal({
      cost: 'varies',
      access: { applyUrl: 'https://example.org/export-desk/apply', email: 'desk@example.org', viaHub: true },
      text: {
        en: text('Export desk', 'Advice for small exporters selling online.', 'Week 1: customs.', 'Small exporters; costs shared case by case.'),
        // A translation without its description: the English one is shown.
        fr: text('Guichet export', 'Des conseils aux petits exportateurs en ligne.', '', 'Petits exportateurs ; coûts partagés au cas par cas.'),
      },
    });
    const id = await run((trx) => createDraft(trx, editor, tradeLab, data));
    await run((trx) => submitRevision(trx, editor, id));
    const { itemId, slug } = await run((trx) => approveRevision(trx, reviewer, id));
    expect(await findItemBySlug(db.db, 'solution', slug, 'en')).toMatchObject({
      cost: 'varies',
      access: { applyUrl: 'https://example.org/export-desk/apply', email: 'desk@example.org', viaHub: true },
      eligibility: 'Small exporters; costs shared case by case.',
    });
    expect(await findItemBySlug(db.db, 'solution', slug, 'fr')).toMatchObject({
      title: 'Guichet export',
      textLocale: 'fr',
      eligibility: 'Petits exportateurs ; coûts partagés au cas par cas.',
      eligibilityLocale: 'fr',
      description: 'Week 1: customs.',
      descriptionLocale: 'en',
    });
    // The edit form starts from the item as published.
    const stored = (await storedItem(db.db, itemId))!.data;
    expect(stored).toMatchObject({ cost: 'varies', access: { applyUrl: 'https://example.org/export-desk/apply', email: 'desk@example.org', viaHub: true } });
    expect(stored.text.fr).toEqual({ title: 'Guichet export', summary: 'Des conseils aux petits exportateurs en ligne.', description: '', eligibility: 'Petits exportateurs ; coûts partagés au cas par cas.' });

    const change = await run((trx) =>
      createDraft(trx, editor, tradeLab, { ...stored, cost: 'free', access: { applyUrl: null, email: null, viaHub: true } }, itemId),
    );
    expect(await pendingChanges(db.db, (await revision(db.db, change))!)).toEqual({
      cost: ['varies', 'free'],
      applyUrl: ['https://example.org/export-desk/apply', null],
      contactEmail: ['desk@example.org', null],
    });
    await run((trx) => submitRevision(trx, editor, change));
    await run((trx) => approveRevision(trx, reviewer, change));
    expect(await findItemBySlug(db.db, 'solution', slug, 'en')).toMatchObject({ cost: 'free', access: { applyUrl: null, email: null, viaHub: true } });
  });

  it('refuses a proposal with no way to ask for it or a bad address, and writes nothing', async () => {
    const before = await snapshot();
    for (const access of [{}, { applyUrl: 'ftp://example.org/apply' }, { email: 'desk@', viaHub: true }]) {
      await expect(run((trx) => createDraft(trx, editor, tradeLab, proposal({ access })))).rejects.toMatchObject({ id: 'invalid-data' });
    }
    const long = proposal({ text: { en: text('Online sellers course', 'Six weeks to start selling online.', '', 'E'.repeat(1001)) } });
    await expect(run((trx) => createDraft(trx, editor, tradeLab, long))).rejects.toMatchObject({ id: 'invalid-data', fields: { 'text.en.eligibility': expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it('reads a revision written before items said how to get them as having none, and asks for it', async () => {
    const id = await run((trx) => createDraft(trx, editor, tradeLab, proposal({ text: { en: text('Older proposal', 'Written before access existed.') } })));
    const { access: _access, ...old } = JSON.parse((await db.db.selectFrom('itemRevisions').select('data').where('id', '=', id).executeTakeFirstOrThrow()).data);
    delete old.text.en.eligibility;
    await db.db.updateTable('itemRevisions').set({ data: JSON.stringify(old) }).where('id', '=', id).execute();
    const read = (await revision(db.db, id))!;
    expect(read.data.access).toEqual({});
    expect(read.data.text.en!.eligibility).toBe('');
    await run((trx) => submitRevision(trx, editor, id));
    await expect(run((trx) => approveRevision(trx, reviewer, id))).rejects.toMatchObject({ id: 'invalid-data', fields: { access: expect.any(String), 'text.en.eligibility': expect.any(String) } });
    expect((await revision(db.db, id))!.status).toBe('submitted');
    await run((trx) => withdrawRevision(trx, editor, id));
  });
});

describe('a change to a published item', () => {
  it('leaves the published version visible until approval, then updates the item in place', async () => {
    const id = await run((trx) => createDraft(trx, editor, tradeLab, toolkitChange(), toolkitId));
    expect(await revision(db.db, id)).toMatchObject({ itemId: toolkitId, status: 'draft' });
    expect(await pendingChanges(db.db, (await revision(db.db, id))!)).toEqual({
      startsOn: [null, '2027-03'],
      beneficiaries: [['governments'], ['msmes']],
      coverage: [['001'], ['ldc']],
      languages: [['en'], ['en', 'fr']],
      link: ['https://example.org/cyber-toolkit', 'https://example.org/sellers'],
      applyUrl: ['https://example.org/cyber-toolkit/apply', 'https://example.org/sellers/apply'],
      'text.en.title': ['Cybercrime toolkit', 'Cybercrime legislation toolkit'],
      'text.en.summary': ['Model laws against cybercrime.', 'Model laws and checklists against cybercrime.'],
      'text.en.description': ['Checklists.', 'Checklists, 2027 edition.'],
    });
    // Only one revision of an item at a time.
    await expectRefused((trx) => createDraft(trx, editor, tradeLab, toolkitChange(), toolkitId), 'open-revision-exists');

    await run((trx) => submitRevision(trx, editor, id, tradeLab));
    expect((await findItemBySlug(db.db, 'solution', 'cyber-toolkit', 'en'))?.title).toBe('Cybercrime toolkit');
    expect(await search('legislation')).toEqual([]);
    expect(await search('cybercrime')).toEqual(['cyber-toolkit']);

    const approved = await run((trx) => approveRevision(trx, reviewer, id));
    expect(approved).toEqual({ itemId: toolkitId, slug: 'cyber-toolkit' });
    const item = await findItemBySlug(db.db, 'solution', 'cyber-toolkit', 'en');
    expect(item).toMatchObject({ id: toolkitId, title: 'Cybercrime legislation toolkit', coverage: ['ldc'], source: 'Test data' });
    expect(await search('legislation')).toEqual(['cyber-toolkit']);

    const [update] = await auditEntries(db.db, { entityType: 'item', entityId: String(toolkitId) });
    expect(update).toMatchObject({ action: 'update', userId: 'u-secretariat' });
    expect(update!.changes).toMatchObject({ 'text.en.title': ['Cybercrime toolkit', 'Cybercrime legislation toolkit'], coverage: [['001'], ['ldc']] });
    expect(update!.changes).not.toHaveProperty('kind');
    expect(update!.changes).not.toHaveProperty('slug');

    // The next change is a new revision; its history entry lists only what it changed.
    const next = await run((trx) => createDraft(trx, editor, tradeLab, toolkitChange({ cost: 'paid' }), toolkitId));
    await run((trx) => submitRevision(trx, editor, next));
    await run((trx) => approveRevision(trx, reviewer, next));
    const history = await revisionHistory(db.db, toolkitId);
    expect(history.map((h) => h.id)).toEqual([next, id]);
    expect(history[0]!.changes).toEqual({ cost: ['free', 'paid'] });
    expect((await storedItem(db.db, toolkitId))?.data.cost).toBe('paid');
  });

  it('lists the organisation’s published items it may edit, with the revision in progress', async () => {
    const before = await editableItemsOf(db.db, tradeLab);
    expect(before.find((i) => i.id === toolkitId)).toMatchObject({ slug: 'cyber-toolkit', title: 'Cybercrime legislation toolkit', openRevision: null });
    const id = await run((trx) => createDraft(trx, editor, tradeLab, toolkitChange(), toolkitId));
    expect((await editableItemsOf(db.db, tradeLab)).find((i) => i.id === toolkitId)?.openRevision).toEqual({ id, status: 'draft' });
    expect(await editableItemsOf(db.db, payFund)).toEqual([]);
    await run((trx) => withdrawRevision(trx, editor, id, tradeLab));
    expect((await revision(db.db, id))?.status).toBe('withdrawn');
    expect((await editableItemsOf(db.db, tradeLab)).find((i) => i.id === toolkitId)?.openRevision).toBeNull();
  });
});

describe('refused actions change nothing', () => {
  it('refuses transitions the revision’s state does not allow', async () => {
    const draft = await run((trx) => createDraft(trx, editor, tradeLab, proposal({ text: { en: text('Draft only', 'Never submitted.') } })));
    await expectRefused((trx) => approveRevision(trx, reviewer, draft), 'not-submitted');
    await expectRefused((trx) => returnRevision(trx, reviewer, draft, 'Not ready.'), 'not-submitted');

    await run((trx) => submitRevision(trx, editor, draft));
    await expectRefused((trx) => updateDraft(trx, editor, draft, proposal()), 'not-editable');
    await expectRefused((trx) => submitRevision(trx, editor, draft), 'not-editable');
    const missing = await expectRefused((trx) => returnRevision(trx, reviewer, draft, '  '), 'reason-required');
    expect(missing.fields).toEqual({ reason: expect.stringContaining('at least 3 characters') });
    await expectRefused((trx) => returnRevision(trx, reviewer, draft, 'x'.repeat(2001)), 'reason-required');

    await run((trx) => approveRevision(trx, reviewer, draft));
    await expectRefused((trx) => withdrawRevision(trx, editor, draft), 'not-open');
    await expectRefused((trx) => approveRevision(trx, reviewer, draft), 'not-submitted');
    await expectRefused((trx) => submitRevision(trx, editor, draft), 'not-editable');

    const withdrawn = await run((trx) => createDraft(trx, editor, tradeLab, proposal()));
    await run((trx) => withdrawRevision(trx, editor, withdrawn));
    await expectRefused((trx) => updateDraft(trx, editor, withdrawn, proposal()), 'not-editable');
    await expectRefused((trx) => submitRevision(trx, editor, missingId), 'not-found');
  });

  it('refuses invalid data with a message per field', async () => {
    const bad = await expectRefused(
      (trx) => createDraft(trx, editor, tradeLab, proposal({ policyAreas: [], link: 'ftp://example.org', text: { en: text('No', 'Short') } })),
      'invalid-data',
    );
    expect(Object.keys(bad.fields).sort()).toEqual(['link', 'policyAreas', 'text.en.summary', 'text.en.title']);
    await expectRefused((trx) => createDraft(trx, editor, tradeLab, proposal({ organisations: ['trade-lab', 'ghost'] })), 'unknown-organisation');
    await expectRefused((trx) => createDraft(trx, editor, tradeLab, proposal({ organisations: ['pay-fund'] })), 'organisation-not-named');
    await expectRefused((trx) => createDraft(trx, editor, 999_999, proposal()), 'organisation-not-found');
    await expectRefused((trx) => createDraft(trx, editor, tradeLab, proposal(), 999_999), 'item-not-found');
    await expectRefused((trx) => createDraft(trx, editor, tradeLab, toolkitChange({ type: 'resource', kind: 'report' }), toolkitId), 'type-fixed');
  });

  it('refuses an action on another organisation’s revision or item', async () => {
    const theirs = await run((trx) => createDraft(trx, editor, tradeLab, proposal()));
    for (const work of [
      (trx: TestDb['db']) => updateDraft(trx, editor, theirs, proposal({ organisations: ['pay-fund', 'trade-lab'] }), payFund),
      (trx: TestDb['db']) => submitRevision(trx, editor, theirs, payFund),
      (trx: TestDb['db']) => withdrawRevision(trx, editor, theirs, payFund),
      (trx: TestDb['db']) => returnRevision(trx, reviewer, theirs, 'Not yours.', payFund),
      (trx: TestDb['db']) => approveRevision(trx, reviewer, theirs, payFund),
      (trx: TestDb['db']) => assertRevisionOf(trx, theirs, payFund),
    ]) {
      await expectRefused(work, 'not-found');
    }
    expect((await run((trx) => assertRevisionOf(trx, theirs, tradeLab))).id).toBe(theirs);
    // Pay Fund cannot propose a change to Trade Lab's item, nor unpublish it.
    await expectRefused((trx) => createDraft(trx, editor, payFund, toolkitChange({ organisations: ['pay-fund'] }), toolkitId), 'not-linked');
    await expectRefused((trx) => setItemStatus(trx, editor, toolkitId, 'unpublished', payFund), 'item-not-found');
    await run((trx) => withdrawRevision(trx, editor, theirs, tradeLab));
  });

  it('leaves nothing written when a command fails half-way', async () => {
    const id = await run((trx) =>
      createDraft(trx, editor, tradeLab, proposal({ text: { en: text('Half-way guide', 'Approved only if all goes well.') } })),
    );
    await run((trx) => submitRevision(trx, editor, id));
    const before = await snapshot();
    audit.failOn = 'item:create';
    try {
      await expect(run((trx) => approveRevision(trx, reviewer, id))).rejects.toThrow('the audit log is unavailable');
    } finally {
      audit.failOn = null;
    }
    expect(await snapshot()).toEqual(before);
    expect((await revision(db.db, id))?.status).toBe('submitted');
    expect(await search('half-way')).toEqual([]);
    // And it goes through once the failure is gone.
    await run((trx) => approveRevision(trx, reviewer, id));
    expect(await search('half-way')).toEqual(['half-way-guide']);
  });
});

describe('publishing, unpublishing and archiving', () => {
  it('hides an unpublished or archived item, shows it again when published, and records each change', async () => {
    const visible = async () =>
      (await findItemBySlug(db.db, 'solution', 'cyber-toolkit', 'en')) !== undefined && (await search('cybercrime')).includes('cyber-toolkit');
    expect(await visible()).toBe(true);
    expect(await run((trx) => setItemStatus(trx, editor, toolkitId, 'unpublished', tradeLab))).toBe(true);
    expect(await visible()).toBe(false);
    expect(await run((trx) => setItemStatus(trx, reviewer, toolkitId, 'archived'))).toBe(true);
    expect(await visible()).toBe(false);
    expect(await editableItemsOf(db.db, tradeLab)).not.toContainEqual(expect.objectContaining({ id: toolkitId }));
    const version = await catalogueVersion(db.db);
    expect(await run((trx) => setItemStatus(trx, reviewer, toolkitId, 'archived'))).toBe(false);
    expect(await catalogueVersion(db.db)).toBe(version);
    expect(await run((trx) => setItemStatus(trx, reviewer, toolkitId, 'published'))).toBe(true);
    expect(await visible()).toBe(true);

    const entries = (await auditEntries(db.db, { entityType: 'item', entityId: String(toolkitId) })).slice(0, 3).reverse();
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ['unpublish', { status: ['published', 'unpublished'] }],
      ['archive', { status: ['unpublished', 'archived'] }],
      ['publish', { status: ['archived', 'published'] }],
    ]);
    await expectRefused((trx) => setItemStatus(trx, reviewer, toolkitId, 'deleted' as 'archived'), 'invalid-status');
    await expectRefused((trx) => setItemStatus(trx, reviewer, 999_999, 'archived'), 'item-not-found');
  });
});

describe('the review queue', () => {
  it('lists revisions by organisation and status, with counts per status', async () => {
    const mine = await run((trx) =>
      createDraft(trx, editor, payFund, proposal({ organisations: ['pay-fund'], text: { en: text('Payments queue test', 'A proposal to review.') } })),
    );
    await run((trx) => submitRevision(trx, editor, mine));
    const all = await revisionsOf(db.db, { limit: 100, offset: 0 });
    expect(all.total).toBe(all.revisions.length);
    expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));

    const theirs = await revisionsOf(db.db, { organisationId: payFund, limit: 10, offset: 0 });
    expect(theirs.counts).toEqual({ draft: 0, submitted: 1, returned: 0, approved: 0, withdrawn: 0 });
    expect(theirs.revisions).toEqual([expect.objectContaining({ id: mine, organisationSlug: 'pay-fund', status: 'submitted', title: 'Payments queue test' })]);

    const queue = await revisionsOf(db.db, { status: 'submitted', limit: 10, offset: 0 });
    expect(queue.revisions.map((r) => r.status)).toEqual(queue.revisions.map(() => 'submitted'));
    expect(queue.revisions.at(-1)?.id).toBe(mine);
    expect(queue.total).toBe(all.counts.submitted);
    const page = await revisionsOf(db.db, { organisationId: tradeLab, status: 'approved', limit: 1, offset: 1 });
    expect(page.revisions).toHaveLength(1);
    expect(page.total).toBe(page.counts.approved);
    expect(page.total).toBeGreaterThan(1);
  });

  it('filters by organisation slug and by type, the counts too, and names the author while the account exists', async () => {
    const solutions = await revisionsOf(db.db, { organisationSlug: 'pay-fund', type: 'solution', limit: 10, offset: 0 });
    expect(solutions.counts).toEqual({ draft: 0, submitted: 1, returned: 0, approved: 0, withdrawn: 0 });
    // This test database holds no account for the author.
    expect(solutions.revisions).toEqual([expect.objectContaining({ organisationSlug: 'pay-fund', type: 'solution', createdBy: 'u-aminata', authorEmail: null })]);
    const resources = await revisionsOf(db.db, { organisationSlug: 'pay-fund', type: 'resource', status: 'submitted', limit: 10, offset: 0 });
    expect(resources).toEqual({ revisions: [], total: 0, counts: { draft: 0, submitted: 0, returned: 0, approved: 0, withdrawn: 0 } });

    await db.db
      .insertInto('users')
      .values({
        id: 'u-aminata',
        name: 'Aminata',
        email: editor.email,
        emailVerified: 1,
        image: null,
        createdAt: '2026-11-28T10:00:00.000Z',
        updatedAt: '2026-11-28T10:00:00.000Z',
        organisationName: null,
        country: null,
        languages: null,
        deletedAt: null,
      })
      .execute();
    const named = await revisionsOf(db.db, { organisationSlug: 'pay-fund', status: 'submitted', limit: 10, offset: 0 });
    expect(named.revisions.map((r) => r.authorEmail)).toEqual([editor.email]);
    await db.db.deleteFrom('users').where('id', '=', 'u-aminata').execute();
  });
});

const missingId = 999_999;
