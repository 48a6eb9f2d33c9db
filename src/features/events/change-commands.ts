import type { Kysely } from 'kysely';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import { type EventChange, changeById, onlyTimesDiffer, openChange, publishedValues } from './changes.js';
import { formEventWriter } from './commands.js';
import { type ProposalValues, canonicalProposal, proposalSeed } from './proposal-form.js';

/*
 * The writes of the review of changes to published events (decision 013), each with its audit entry
 * (on the event, so that its history reads in one place); call each inside one transaction.
 */

type Db = Kysely<Database>;

const now = () => new Date().toISOString();
const same = (a: ProposalValues, b: ProposalValues) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Close the event's open change, if there is one: `replaced` when an edit saved at once includes it
 * (the form showed it), `withdrawn` when the partner gives it up. Returns the change it closed.
 */
export async function closeOpenChange(trx: Db, actor: Actor, eventId: number, status: 'replaced' | 'withdrawn'): Promise<EventChange | undefined> {
  const open = await openChange(trx, eventId, { lock: true });
  if (!open) return undefined;
  await trx.updateTable('eventChanges').set({ status, updatedAt: now() }).where('id', '=', open.id).execute();
  await recordAudit(trx, {
    actor,
    action: status === 'withdrawn' ? 'event.change.withdraw' : 'event.change.replace',
    entityType: 'event',
    entityId: eventId,
    before: { change: open.id, changeStatus: open.status },
    after: { change: open.id, changeStatus: status },
  });
  return open;
}

export type PublishedEdit = { outcome: 'submitted'; changeId: number; replaced: boolean } | { outcome: 'rescheduled' } | { outcome: 'unchanged' };

/**
 * A partner's edit of its published event (the form's values, already validated):
 * - the same event as published: nothing to do (an open change the form showed is withdrawn);
 * - only dates and times differ: applied at once, audited, SEQUENCE raised (an open change is withdrawn);
 * - anything else: kept as the event's open change for the secretariat, replacing the one there was,
 *   while the published version stays on every public page, feed and calendar.
 */
export async function editPublishedEvent(
  trx: Db,
  actor: Actor,
  event: { id: number; slug: string; organisationId: number; organisationSlug: string },
  values: ProposalValues,
): Promise<PublishedEdit> {
  if (!actor.userId) throw new Error('A change to an event needs a signed-in author.');
  // Two edits of one event at once wait for each other on PostgreSQL (SQLite lets one writer in at a time).
  if (isPostgres(trx)) await trx.selectFrom('events').select('id').where('id', '=', event.id).forUpdate().execute();
  const published = await publishedValues(trx, event.id);
  if (!published) throw notFound('The event');
  const proposed = canonicalProposal(values);
  if (same(published, proposed)) {
    await closeOpenChange(trx, actor, event.id, 'withdrawn');
    return { outcome: 'unchanged' };
  }
  if (onlyTimesDiffer(published, proposed)) {
    await formEventWriter(trx, event.id, proposalSeed(proposed, event.slug, event.organisationSlug).seed);
    await recordAudit(trx, { actor, action: 'event.reschedule', entityType: 'event', entityId: event.id, before: { ...published }, after: { ...proposed } });
    await closeOpenChange(trx, actor, event.id, 'withdrawn');
    return { outcome: 'rescheduled' };
  }
  const open = await openChange(trx, event.id, { lock: true });
  const at = now();
  if (open) await trx.updateTable('eventChanges').set({ status: 'replaced', updatedAt: at }).where('id', '=', open.id).execute();
  const { id } = await trx
    .insertInto('eventChanges')
    .values({
      eventId: event.id,
      organisationId: event.organisationId,
      status: 'submitted',
      data: JSON.stringify(proposed),
      reason: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
      reviewedBy: null,
      reviewedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The entry shows what this edit changes: on the published event, or on the change it replaces.
  await recordAudit(trx, {
    actor,
    action: open ? 'event.change.replace' : 'event.change.submit',
    entityType: 'event',
    entityId: event.id,
    before: { change: open?.id ?? null, ...(open?.values ?? published) },
    after: { change: id, ...proposed },
  });
  return { outcome: 'submitted', changeId: id, replaced: Boolean(open) };
}

/** The change, locked, if it is still waiting for review; 404 or 409 otherwise. */
async function waitingChange(trx: Db, changeId: number): Promise<EventChange> {
  const change = await changeById(trx, changeId, { lock: true });
  if (!change) throw notFound('The change');
  if (change.status !== 'submitted') throw new AppError('conflict', `Change ${changeId} is ${change.status}: it is not waiting for review.`);
  return change;
}

/**
 * The secretariat approves a change: the event becomes what the change says (its status stays; SEQUENCE
 * rises), and the audit entry holds every field that went live, before and after. Throws
 * EventInputError (nothing written) if the event can no longer be what the change says.
 */
export async function approveEventChange(trx: Db, actor: Actor, changeId: number): Promise<EventChange> {
  const change = await waitingChange(trx, changeId);
  const event = await trx.selectFrom('events').select('slug').where('id', '=', change.eventId).executeTakeFirstOrThrow();
  const organisation = await trx.selectFrom('organisations').select('slug').where('id', '=', change.organisationId).executeTakeFirstOrThrow();
  const published = await publishedValues(trx, change.eventId);
  await formEventWriter(trx, change.eventId, proposalSeed(change.values, event.slug, organisation.slug).seed);
  const at = now();
  await trx.updateTable('eventChanges').set({ status: 'approved', reviewedBy: actor.userId, reviewedAt: at, updatedAt: at }).where('id', '=', changeId).execute();
  await recordAudit(trx, { actor, action: 'event.change.approve', entityType: 'event', entityId: change.eventId, before: { ...published }, after: { change: changeId, ...change.values } });
  return change;
}

/** The secretariat returns a change to the partner with the reason (checked by the caller); the published event stays. */
export async function returnEventChange(trx: Db, actor: Actor, changeId: number, reason: string): Promise<EventChange> {
  const change = await waitingChange(trx, changeId);
  const at = now();
  await trx.updateTable('eventChanges').set({ status: 'returned', reason, reviewedBy: actor.userId, reviewedAt: at, updatedAt: at }).where('id', '=', changeId).execute();
  await recordAudit(trx, {
    actor,
    action: 'event.change.return',
    entityType: 'event',
    entityId: change.eventId,
    before: { change: changeId, changeStatus: 'submitted' },
    after: { change: changeId, changeStatus: 'returned', reason },
  });
  return { ...change, status: 'returned', reason };
}
