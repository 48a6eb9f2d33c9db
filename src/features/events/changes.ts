import type { Kysely, Selectable } from 'kysely';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database, EventChangeTable } from '../../db/schema.js';
import { type Changes, changesBetween } from '../audit/audit.js';
import { type ProposalValues, canonicalProposal, proposalSeed, storedProposal } from './proposal-form.js';

/*
 * Changes partners propose to their published events (decision 013): the published event stays as it
 * is until the secretariat approves. Reads here; writes in change-commands.ts.
 */

type Db = Kysely<Database>;

export const openChangeStatuses = ['submitted', 'returned'] as const;
export type OpenChangeStatus = (typeof openChangeStatuses)[number];
export type ChangeStatus = OpenChangeStatus | 'approved' | 'replaced' | 'withdrawn';

export interface EventChange extends Omit<Selectable<EventChangeTable>, 'status' | 'data'> {
  status: ChangeStatus;
  /** The proposal form's values, written as proposalOfSeed writes them. */
  values: ProposalValues;
}

const changeOfRow = ({ data, ...row }: Selectable<EventChangeTable>): EventChange => ({ ...row, status: row.status as ChangeStatus, values: JSON.parse(data) as ProposalValues });

/** The event's open change (submitted or returned), if any; with `lock`, locked against a concurrent action on PostgreSQL. */
export async function openChange(db: Db, eventId: number, options: { lock?: boolean } = {}): Promise<EventChange | undefined> {
  let query = db.selectFrom('eventChanges').selectAll().where('eventId', '=', eventId).where('status', 'in', openChangeStatuses);
  if (options.lock && isPostgres(db)) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && changeOfRow(row);
}

export async function changeById(db: Db, id: number, options: { lock?: boolean } = {}): Promise<EventChange | undefined> {
  let query = db.selectFrom('eventChanges').selectAll().where('id', '=', id);
  if (options.lock && isPostgres(db)) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && changeOfRow(row);
}

/** The published event as its form shows it, written the one way a change is, so that the two compare field by field. */
export async function publishedValues(db: Db, eventId: number): Promise<ProposalValues | undefined> {
  const stored = await storedProposal(db, eventId);
  return stored && canonicalProposal(stored);
}

/** The fields a change would change: { field: [published, proposed] }, in the form's order. */
export const changedFields = (published: ProposalValues, proposed: ProposalValues): Changes => changesBetween({ ...published }, { ...proposed });

const timeFields = ['startDate', 'startTime', 'endDate', 'endTime', 'timeZone'] as const;

/** What an event says apart from when it takes place: its fields and sessions without dates, times or time zone. */
function withoutTimes(values: ProposalValues): string {
  const { seed } = proposalSeed(values, 'event', 'organiser');
  const sessions = (seed.sessions ?? []).map(({ date: _date, start: _start, end: _end, ...rest }) => rest).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return JSON.stringify({ ...values, ...Object.fromEntries(timeFields.map((f) => [f, ''])), programme: sessions, people: '' });
}

/**
 * Only the dates and times differ (the event's, its time zone, its sessions'): a rescheduling, which
 * applies at once (decision 013). Both sides as canonicalProposal writes them.
 */
export function onlyTimesDiffer(published: ProposalValues, proposed: ProposalValues): boolean {
  return JSON.stringify(published) !== JSON.stringify(proposed) && withoutTimes(published) === withoutTimes(proposed);
}

/** A change waiting for the secretariat, with what it would change on the published event. */
export interface ChangeForReview {
  change: EventChange;
  event: { id: number; slug: string; title: string; status: string; reviewStatus: string };
  organisation: string;
  author: { name: string; email: string } | null;
  changes: Changes;
}

/** The changes waiting for review, oldest first, each compared with the event as it is published now. */
export async function changesForReview(db: Db): Promise<ChangeForReview[]> {
  const rows = await db
    .selectFrom('eventChanges as c')
    .innerJoin('events as e', 'e.id', 'c.eventId')
    .innerJoin('eventTexts as s', (join) => join.onRef('s.eventId', '=', 'e.id').onRef('s.locale', '=', 'e.sourceLocale'))
    .innerJoin('organisations as o', 'o.id', 'c.organisationId')
    .leftJoin('users as u', (join) => join.onRef('u.id', '=', 'c.createdBy').on('u.deletedAt', 'is', null))
    .selectAll('c')
    .select(['e.slug', 's.title', 'e.status as eventStatus', 'e.reviewStatus', 'o.slug as organisation', 'u.name as authorName', 'u.email as authorEmail'])
    .where('c.status', '=', 'submitted')
    .orderBy('c.updatedAt')
    .orderBy('c.id')
    .execute();
  const found: ChangeForReview[] = [];
  for (const { slug, title, eventStatus, reviewStatus, organisation, authorName, authorEmail, ...row } of rows) {
    const change = changeOfRow(row);
    const published = await publishedValues(db, change.eventId);
    found.push({
      change,
      event: { id: change.eventId, slug, title, status: eventStatus, reviewStatus },
      organisation,
      author: authorEmail ? { name: authorName ?? '', email: authorEmail } : null,
      changes: published ? changedFields(published, change.values) : {},
    });
  }
  return found;
}
