import { searchChanged } from '../search/version.js';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.js';
import { slugOf } from '../contributions/slug.js';
import { closeOpenChange } from './change-commands.js';
import { type OpenChangeStatus, openChangeStatuses } from './changes.js';
import { eventCreator, eventStatusSetter, formEventWriter } from './commands.js';
import type { EventSeed, EventStatus } from './types.js';

type Db = Kysely<Database>;
type Actor = Parameters<typeof recordAudit>[1]['actor'];

export const reviewStatuses = ['submitted', 'published', 'returned'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** An event as its organiser and the secretariat see it in their lists, whatever its review status. */
export interface ProposalRow {
  id: number;
  slug: string;
  title: string;
  startDate: string;
  endDate: string;
  status: EventStatus;
  reviewStatus: ReviewStatus;
  returnReason: string | null;
  isSample: boolean;
  organisation: string | null;
  updatedAt: string;
  /** The change to the published event waiting for review or returned to the partner (decision 013). */
  change: { id: number; status: OpenChangeStatus; reason: string | null } | null;
}

function proposalRows(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('eventTexts as s', (join) => join.onRef('s.eventId', '=', 'e.id').onRef('s.locale', '=', 'e.sourceLocale'))
    .leftJoin('organisations as o', 'o.id', 'e.ownerOrganisationId')
    .leftJoin('eventChanges as c', (join) => join.onRef('c.eventId', '=', 'e.id').on('c.status', 'in', openChangeStatuses))
    .select(['e.id', 'e.slug', 's.title', 'e.startDate', 'e.endDate', 'e.status', 'e.reviewStatus', 'e.returnReason', 'e.isSample', 'o.slug as organisation', 'e.updatedAt'])
    .select(['c.id as changeId', 'c.status as changeStatus', 'c.reason as changeReason']);
}

const asProposal = ({ changeId, changeStatus, changeReason, ...r }: any): ProposalRow => ({
  ...r,
  isSample: Number(r.isSample) === 1,
  change: changeId === null || changeId === undefined ? null : { id: Number(changeId), status: changeStatus, reason: changeReason },
});

/** The events an organisation proposed, newest first. */
export async function organisationEvents(db: Db, organisationId: number): Promise<ProposalRow[]> {
  return (await proposalRows(db).where('e.ownerOrganisationId', '=', organisationId).orderBy('e.startDate', 'desc').execute()).map(asProposal);
}

/**
 * The secretariat's list: proposals waiting first (oldest first), then every other event, latest first.
 * Changes to published events waiting for review are listed by changesForReview (changes.ts).
 */
export async function eventsForReview(db: Db): Promise<{ waiting: ProposalRow[]; others: ProposalRow[] }> {
  const rows = (await proposalRows(db).orderBy('e.updatedAt').execute()).map(asProposal);
  return {
    waiting: rows.filter((r) => r.reviewStatus === 'submitted'),
    others: rows.filter((r) => r.reviewStatus !== 'submitted').sort((a, b) => b.startDate.localeCompare(a.startDate)),
  };
}

export type ProposalWithOwner = ProposalRow & { ownerOrganisationId: number | null };

export async function proposalById(db: Db, id: number): Promise<ProposalWithOwner | undefined> {
  const row = await proposalRows(db).select('e.ownerOrganisationId').where('e.id', '=', id).executeTakeFirst();
  return row ? { ...asProposal(row), ownerOrganisationId: row.ownerOrganisationId } : undefined;
}

/** A free slug for a new event: from its title, with -2, -3… when taken. */
export async function freeEventSlug(db: Db, title: string, year: string): Promise<string> {
  const base = slugOf(`${title}-${year}`) || 'event';
  const taken = new Set(
    (await db.selectFrom('events').select('slug').where(sql<boolean>`slug = ${base} or slug like ${`${base}-%`}`).execute()).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/** A partner proposes an event: saved as submitted, for the secretariat to publish or return. */
export async function proposeEvent(trx: Db, actor: Actor, organisationId: number, seed: EventSeed): Promise<number> {
  const id = await eventCreator(trx, seed, { organisationId, reviewStatus: 'submitted' });
  await recordAudit(trx, { actor, action: 'event.propose', entityType: 'event', entityId: id, after: { slug: seed.slug, reviewStatus: 'submitted' } });
  return id;
}

/**
 * A partner changes its event that is not published (submitted or returned): applied at once, and a
 * returned proposal goes back to the secretariat. (A published event's changes wait for review:
 * changes.ts.) A change still open from when it was published is closed: the form showed it, so what
 * was saved now includes it.
 */
export async function reviseEvent(trx: Db, actor: Actor, eventId: number, seed: EventSeed): Promise<void> {
  const before = await trx.selectFrom('events').select(['reviewStatus']).where('id', '=', eventId).executeTakeFirstOrThrow();
  await formEventWriter(trx, eventId, seed);
  const reviewStatus = before.reviewStatus === 'returned' ? 'submitted' : before.reviewStatus;
  await trx.updateTable('events').set({ reviewStatus, returnReason: null }).where('id', '=', eventId).execute();
  await recordAudit(trx, { actor, action: 'event.revise', entityType: 'event', entityId: eventId, before: { reviewStatus: before.reviewStatus }, after: { reviewStatus } });
  await closeOpenChange(trx, actor, eventId, 'replaced');
}

/** The secretariat publishes a proposal, or returns it (or takes a published event down) with a reason. */
export async function reviewEvent(trx: Db, actor: Actor, eventId: number, decision: { publish: true } | { publish: false; reason: string }): Promise<void> {
  const before = await trx.selectFrom('events').select(['reviewStatus']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const after = decision.publish ? { reviewStatus: 'published', returnReason: null } : { reviewStatus: 'returned', returnReason: decision.reason };
  await trx
    .updateTable('events')
    .set({ ...after, updatedAt: new Date().toISOString() })
    .where('id', '=', eventId)
    .execute();
  await recordAudit(trx, { actor, action: decision.publish ? 'event.publish' : 'event.return', entityType: 'event', entityId: eventId, before, after });
  await searchChanged(trx);
}

/** The secretariat or the organiser postpones, cancels, moves online or reschedules an event. */
export async function changeEventStatus(trx: Db, actor: Actor, eventId: number, status: EventStatus): Promise<void> {
  const before = await trx.selectFrom('events').select(['status', 'attendanceMode']).where('id', '=', eventId).executeTakeFirstOrThrow();
  await eventStatusSetter(trx, eventId, status);
  await recordAudit(trx, { actor, action: 'event.status', entityType: 'event', entityId: eventId, before, after: { status } });
}
