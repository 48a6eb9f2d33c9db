import type { Kysely } from 'kysely';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.js';
import { type ItemStatus, itemCreator, itemStatusSetter, itemStatuses, itemUpdater } from '../catalogue/commands.js';
import { WorkflowError } from './errors.js';
import { flatRevisionData, storedItem } from './item-data.js';
import { revisionOfRow } from './queries.js';
import { fieldErrors, returnReason, revisionInput } from './schema.js';
import { uniqueItemSlug } from './slug.js';
import { type Actor, type Revision, type RevisionData, type RevisionStatus, editableRevisionStatuses, openRevisionStatuses } from './types.js';

/*
 * The contribution workflow's writes. Each runs its checks first and throws a WorkflowError (nothing
 * written) when the action is not allowed in the revision's state; call each inside one transaction,
 * so that a failure half-way (the database, the audit log) leaves no change either. Whether the user
 * may act at all (their role) is the policy's business; `organisationId`, when given, confines an
 * action to that organisation's revisions, so that an editor cannot reach another partner's by its id.
 */

const now = () => new Date().toISOString();

/**
 * The revision, locked against a concurrent action on PostgreSQL (SQLite lets one writer in at a
 * time), if it exists and belongs to the organisation (when one is given); another partner's revision
 * reads as missing.
 */
export async function assertRevisionOf(trx: Kysely<Database>, revisionId: number, organisationId?: number): Promise<Revision> {
  let query = trx.selectFrom('itemRevisions').selectAll().where('id', '=', revisionId);
  if (isPostgres(trx)) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || (organisationId !== undefined && row.organisationId !== organisationId)) {
    throw new WorkflowError('not-found', `Revision ${revisionId} was not found.`);
  }
  return revisionOfRow(row);
}

/** Propose a new item (no itemId) or a change to one of the organisation's items; returns the revision's id. */
export async function createDraft(trx: Kysely<Database>, actor: Actor, organisationId: number, data: RevisionData, itemId?: number): Promise<number> {
  const organisation = await trx.selectFrom('organisations').select('slug').where('id', '=', organisationId).executeTakeFirst();
  if (!organisation) throw new WorkflowError('organisation-not-found', `Organisation ${organisationId} was not found.`);
  const checked = await checkedData(trx, data, organisation.slug);
  if (itemId !== undefined) await assertItemOpenToChange(trx, itemId, organisationId, checked.type);
  const at = now();
  const { id } = await trx
    .insertInto('itemRevisions')
    .values({
      itemId: itemId ?? null,
      organisationId,
      type: checked.type,
      status: 'draft',
      data: JSON.stringify(checked),
      reason: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    actor,
    action: 'create',
    entityType: 'revision',
    entityId: id,
    after: { status: 'draft', itemId: itemId ?? null, organisationId, ...flatRevisionData(checked) },
  });
  return id;
}

/** Replace the proposal of a draft or of a returned revision. */
export async function updateDraft(trx: Kysely<Database>, actor: Actor, revisionId: number, data: RevisionData, organisationId?: number): Promise<void> {
  const found = await assertRevisionOf(trx, revisionId, organisationId);
  assertStatus(found, editableRevisionStatuses, 'not-editable', 'can no longer be edited');
  const organisation = await trx.selectFrom('organisations').select('slug').where('id', '=', found.organisationId).executeTakeFirstOrThrow();
  const checked = await checkedData(trx, data, organisation.slug);
  if (found.itemId !== null && checked.type !== found.type) throw typeFixed(found.type);
  await trx
    .updateTable('itemRevisions')
    .set({ type: checked.type, data: JSON.stringify(checked), updatedAt: now() })
    .where('id', '=', revisionId)
    .execute();
  const [before, after] = [flatRevisionData(found.data), flatRevisionData(checked)];
  await recordAudit(trx, { actor, action: 'update', entityType: 'revision', entityId: revisionId, before, after });
}

/** Send a draft or a returned revision to the secretariat for review. */
export async function submitRevision(trx: Kysely<Database>, actor: Actor, revisionId: number, organisationId?: number): Promise<void> {
  const found = await assertRevisionOf(trx, revisionId, organisationId);
  assertStatus(found, editableRevisionStatuses, 'not-editable', 'cannot be submitted');
  const at = now();
  await trx.updateTable('itemRevisions').set({ status: 'submitted', submittedAt: at, updatedAt: at }).where('id', '=', revisionId).execute();
  await statusAudit(trx, actor, 'submit', found, 'submitted');
}

/** Send a submitted revision back to its author with the reason (3 to 2000 characters) they need to fix it. */
export async function returnRevision(trx: Kysely<Database>, actor: Actor, revisionId: number, reason: string, organisationId?: number): Promise<void> {
  const parsed = returnReason.safeParse(reason);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Say why the revision is returned.';
    throw new WorkflowError('reason-required', message, { reason: message });
  }
  const found = await assertRevisionOf(trx, revisionId, organisationId);
  assertStatus(found, ['submitted'], 'not-submitted', 'is not waiting for review');
  const at = now();
  await trx
    .updateTable('itemRevisions')
    .set({ status: 'returned', reason: parsed.data, reviewedBy: actor.userId, reviewedAt: at, updatedAt: at })
    .where('id', '=', revisionId)
    .execute();
  await statusAudit(trx, actor, 'return', found, 'returned', { reason: [found.reason, parsed.data] });
}

/**
 * Publish a submitted revision: create its item (slug from the English or source title, made unique)
 * or update the item it changes. Until now the published version stayed as it was.
 */
export async function approveRevision(
  trx: Kysely<Database>,
  actor: Actor,
  revisionId: number,
  organisationId?: number,
): Promise<{ itemId: number; slug: string }> {
  const found = await assertRevisionOf(trx, revisionId, organisationId);
  assertStatus(found, ['submitted'], 'not-submitted', 'is not waiting for review');
  const organisation = await trx.selectFrom('organisations').select('slug').where('id', '=', found.organisationId).executeTakeFirstOrThrow();
  // Checked again: an organisation it names may have gone since it was written.
  const data = await checkedData(trx, found.data, organisation.slug);

  let itemId: number;
  let slug: string;
  let before: RevisionData | null = null;
  if (found.itemId === null) {
    const title = (data.text.en ?? data.text[data.sourceLocale])!.title;
    slug = await uniqueItemSlug(trx, data.type, title);
    itemId = await itemCreator(trx, { ...data, slug, source: await organisationName(trx, found.organisationId, data.sourceLocale) });
  } else {
    const item = await storedItem(trx, found.itemId);
    if (!item) throw new WorkflowError('item-not-found', `Item ${found.itemId} was not found.`);
    if (item.type !== data.type) throw typeFixed(item.type);
    before = item.data;
    itemId = item.id;
    slug = await itemUpdater(trx, item.id, { ...data, slug: item.slug, source: item.source });
  }

  const at = now();
  await trx
    .updateTable('itemRevisions')
    .set({ status: 'approved', itemId, reviewedBy: actor.userId, reviewedAt: at, updatedAt: at })
    .where('id', '=', revisionId)
    .execute();
  await statusAudit(trx, actor, 'approve', found, 'approved', { itemId: [found.itemId, itemId] });
  await recordAudit(trx, {
    actor,
    action: before ? 'update' : 'create',
    entityType: 'item',
    entityId: itemId,
    before: before && { slug, ...flatRevisionData(before) },
    after: { slug, ...flatRevisionData(data), ...(before ? {} : { status: 'published' }) },
  });
  return { itemId, slug };
}

/** The author gives up a revision that is not yet approved. */
export async function withdrawRevision(trx: Kysely<Database>, actor: Actor, revisionId: number, organisationId?: number): Promise<void> {
  const found = await assertRevisionOf(trx, revisionId, organisationId);
  assertStatus(found, openRevisionStatuses, 'not-open', 'is already closed');
  await trx.updateTable('itemRevisions').set({ status: 'withdrawn', updatedAt: now() }).where('id', '=', revisionId).execute();
  await statusAudit(trx, actor, 'withdraw', found, 'withdrawn');
}

const statusActions: Record<ItemStatus, string> = { published: 'publish', unpublished: 'unpublish', archived: 'archive' };

/**
 * Publish, unpublish or archive an item (only published items are public). With an organisationId,
 * only an item linked to that organisation. Returns false when the item already had that status.
 */
export async function setItemStatus(trx: Kysely<Database>, actor: Actor, itemId: number, status: ItemStatus, organisationId?: number): Promise<boolean> {
  if (!(itemStatuses as readonly string[]).includes(status)) {
    throw new WorkflowError('invalid-status', `An item is ${itemStatuses.join(', ')}; not ${String(status)}.`, { status: 'Choose a status from the list.' });
  }
  let query = trx.selectFrom('items').select('status').where('id', '=', itemId);
  if (organisationId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('itemOrganisations').select('itemId').whereRef('itemId', '=', 'items.id').where('organisationId', '=', organisationId)),
    );
  }
  if (isPostgres(trx)) query = query.forUpdate();
  const item = await query.executeTakeFirst();
  if (!item) throw new WorkflowError('item-not-found', `Item ${itemId} was not found.`);
  if (item.status === status) return false;
  await itemStatusSetter(trx, itemId, status);
  await recordAudit(trx, { actor, action: statusActions[status], entityType: 'item', entityId: itemId, before: { status: item.status }, after: { status } });
  return true;
}

function assertStatus(found: Revision, allowed: readonly RevisionStatus[], id: 'not-editable' | 'not-submitted' | 'not-open', what: string): void {
  if (!allowed.includes(found.status)) throw new WorkflowError(id, `Revision ${found.id} is ${found.status} and ${what}.`);
}

/** An audit entry for a change of a revision's status, with the other fields that changed with it ([before, after]). */
async function statusAudit(
  trx: Kysely<Database>,
  actor: Actor,
  action: string,
  found: Revision,
  status: RevisionStatus,
  also: Record<string, [unknown, unknown]> = {},
) {
  const side = (i: 0 | 1) => Object.fromEntries(Object.entries(also).map(([field, values]) => [field, values[i]]));
  await recordAudit(trx, {
    actor,
    action,
    entityType: 'revision',
    entityId: found.id,
    before: { status: found.status, ...side(0) },
    after: { status, ...side(1) },
  });
}

const typeFixed = (type: string) => new WorkflowError('type-fixed', `The item is a ${type} and stays one.`, { type: `The item is a ${type} and stays one.` });

/**
 * The data validated as a form's would be (callers may skip the form), with organisations that exist
 * and name the contributing one, which keeps it able to edit the item later.
 */
async function checkedData(trx: Kysely<Database>, data: RevisionData, contributor: string): Promise<RevisionData> {
  const parsed = revisionInput.safeParse(data);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new WorkflowError('invalid-data', `The proposal is not complete: ${Object.values(fields).join(' ')}`, fields);
  }
  const checked = parsed.data;
  const known = await trx.selectFrom('organisations').select('slug').where('slug', 'in', checked.organisations).execute();
  const unknown = checked.organisations.filter((slug) => !known.some((o) => o.slug === slug));
  if (unknown.length) {
    const message = `Unknown organisation(s): ${unknown.join(', ')}.`;
    throw new WorkflowError('unknown-organisation', message, { organisations: message });
  }
  if (!checked.organisations.includes(contributor)) {
    const message = `The organisations must include ${contributor}, which proposes it.`;
    throw new WorkflowError('organisation-not-named', message, { organisations: message });
  }
  return checked;
}

/** The item exists, is the organisation's, keeps its type and has no other revision in progress. */
async function assertItemOpenToChange(trx: Kysely<Database>, itemId: number, organisationId: number, type: string): Promise<void> {
  // Locking the item makes two concurrent proposals for it wait for each other on PostgreSQL.
  let query = trx.selectFrom('items').select(['id', 'type']).where('id', '=', itemId);
  if (isPostgres(trx)) query = query.forUpdate();
  const item = await query.executeTakeFirst();
  if (!item) throw new WorkflowError('item-not-found', `Item ${itemId} was not found.`);
  const linked = await trx
    .selectFrom('itemOrganisations')
    .select('itemId')
    .where('itemId', '=', itemId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  if (!linked) throw new WorkflowError('not-linked', `Item ${itemId} is not one of this organisation's items.`);
  if (item.type !== type) throw typeFixed(item.type);
  const open = await trx
    .selectFrom('itemRevisions')
    .select(['id', 'status'])
    .where('itemId', '=', itemId)
    .where('status', 'in', openRevisionStatuses)
    .executeTakeFirst();
  if (open) throw new WorkflowError('open-revision-exists', `Item ${itemId} already has a revision in progress (${open.id}, ${open.status}).`);
}

/** The source of a contributed item: the organisation that proposed it, named in the item's language if it can be. */
async function organisationName(trx: Kysely<Database>, organisationId: number, locale: string): Promise<string> {
  const texts = await trx
    .selectFrom('organisationTexts as t')
    .innerJoin('organisations as o', 'o.id', 't.organisationId')
    .select(['t.locale', 't.name', 'o.sourceLocale'])
    .where('t.organisationId', '=', organisationId)
    .execute();
  return (texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === t.sourceLocale) ?? texts[0])?.name ?? '';
}
