import type { Kysely, Selectable } from 'kysely';
import type { Database, ItemRevisionTable } from '../../db/schema.js';
import { changesBetween } from '../audit/audit.js';
import { flatRevisionData, storedItem } from './item-data.js';
import { type Revision, type RevisionData, type RevisionStatus, openRevisionStatuses, revisionStatuses } from './types.js';

export function revisionOfRow(row: Selectable<ItemRevisionTable>): Revision {
  return { ...row, type: row.type as Revision['type'], status: row.status as RevisionStatus, data: revisionDataOfJson(row.data) };
}

/**
 * A revision's data read back. Revisions written before items said how to get them (migration
 * 20261207T1100) have no access and no eligibility: they read as none given, which the form then asks for.
 */
function revisionDataOfJson(json: string): RevisionData {
  const data = JSON.parse(json) as RevisionData;
  const text = Object.fromEntries(Object.entries(data.text).map(([locale, t]) => [locale, { ...t, eligibility: t.eligibility ?? '' }]));
  return { ...data, access: data.access ?? {}, text };
}

/** The title a list shows: the one in the language the text was written in. */
export const revisionTitle = (data: RevisionData) => data.text[data.sourceLocale]?.title ?? '';

export async function revision(db: Kysely<Database>, id: number): Promise<Revision | undefined> {
  const row = await db.selectFrom('itemRevisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && revisionOfRow(row);
}

/** A revision as a list shows it: its title rather than its data, with its organisation's slug and its author's email. */
export interface RevisionSummary extends Omit<Revision, 'data' | 'reviewedBy'> {
  organisationSlug: string;
  title: string;
  /** Null if the author's account is gone. */
  authorEmail: string | null;
}

export interface RevisionFilter {
  organisationId?: number | undefined;
  organisationSlug?: string | undefined;
  type?: Revision['type'] | undefined;
  status?: RevisionStatus | undefined;
  limit: number;
  offset: number;
}

export interface RevisionList {
  revisions: RevisionSummary[];
  /** How many match the filter (for paging). */
  total: number;
  /** How many of each status there are under the organisation and type filters alone (the queue's tabs). */
  counts: Record<RevisionStatus, number>;
}

/**
 * Revisions for a review queue or a partner's list. Submitted ones come oldest first (first come,
 * first reviewed); any other list newest first.
 */
export async function revisionsOf(db: Kysely<Database>, filter: RevisionFilter): Promise<RevisionList> {
  let scope = db.selectFrom('itemRevisions as r').innerJoin('organisations as o', 'o.id', 'r.organisationId');
  if (filter.organisationId !== undefined) scope = scope.where('r.organisationId', '=', filter.organisationId);
  if (filter.organisationSlug !== undefined) scope = scope.where('o.slug', '=', filter.organisationSlug);
  if (filter.type !== undefined) scope = scope.where('r.type', '=', filter.type);
  const perStatus = await scope.select(['r.status', (eb) => eb.fn.countAll().as('n')]).groupBy('r.status').execute();
  const counts = Object.fromEntries(revisionStatuses.map((s) => [s, 0])) as Record<RevisionStatus, number>;
  // pg returns counts as strings.
  for (const { status, n } of perStatus) if (status in counts) counts[status as RevisionStatus] = Number(n);

  let query = scope
    .leftJoin('users as u', 'u.id', 'r.createdBy')
    .selectAll('r')
    .select(['o.slug as organisationSlug', 'u.email as authorEmail']);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  query =
    filter.status === 'submitted'
      ? query.orderBy('r.submittedAt', 'asc').orderBy('r.id', 'asc')
      : query.orderBy('r.updatedAt', 'desc').orderBy('r.id', 'desc');
  const rows = await query.limit(filter.limit).offset(filter.offset).execute();
  return {
    revisions: rows.map(({ data, reviewedBy: _, ...row }) => ({
      ...row,
      type: row.type as Revision['type'],
      status: row.status as RevisionStatus,
      title: revisionTitle(JSON.parse(data) as RevisionData),
    })),
    total: filter.status ? counts[filter.status] : Object.values(counts).reduce((a, b) => a + b, 0),
    counts,
  };
}

export type Changes = Record<string, [unknown, unknown]>;

export interface HistoryEntry extends Revision {
  /** For an approved revision: its fields that differ from the approved revision before it (all of them for the first). */
  changes: Changes | null;
}

/** Every revision of an item, newest first; approved ones with what they changed. */
export async function revisionHistory(db: Kysely<Database>, itemId: number): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('itemRevisions').selectAll().where('itemId', '=', itemId).orderBy('id', 'asc').execute();
  let previous: RevisionData | null = null;
  const history: HistoryEntry[] = [];
  for (const row of rows) {
    const r = revisionOfRow(row);
    if (r.status !== 'approved') {
      history.push({ ...r, changes: null });
      continue;
    }
    history.push({ ...r, changes: changesBetween(flatRevisionData(previous), flatRevisionData(r.data)) });
    previous = r.data;
  }
  return history.reverse();
}

/** What an open revision would change on its item as the item is now (everything, for a new item). */
export async function pendingChanges(db: Kysely<Database>, revision: Revision): Promise<Changes> {
  const current = revision.itemId === null ? undefined : await storedItem(db, revision.itemId);
  return changesBetween(flatRevisionData(current?.data ?? null), flatRevisionData(revision.data));
}

export interface EditableItem {
  id: number;
  type: Revision['type'];
  slug: string;
  title: string;
  updatedAt: string;
  /** The revision in progress, if any: an item has one at a time. */
  openRevision: { id: number; status: RevisionStatus } | null;
}

/** Published items the organisation is linked to, which its editors may propose changes to; newest change first. */
export async function editableItemsOf(db: Kysely<Database>, organisationId: number): Promise<EditableItem[]> {
  const items = await db
    .selectFrom('items as i')
    .innerJoin('itemOrganisations as io', 'io.itemId', 'i.id')
    .innerJoin('itemTexts as s', (join) => join.onRef('s.itemId', '=', 'i.id').onRef('s.locale', '=', 'i.sourceLocale'))
    .select(['i.id', 'i.type', 'i.slug', 's.title', 'i.updatedAt'])
    .where('io.organisationId', '=', organisationId)
    .where('i.status', '=', 'published')
    .orderBy('i.updatedAt', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  if (items.length === 0) return [];
  const open = await db
    .selectFrom('itemRevisions')
    .select(['id', 'itemId', 'status'])
    .where('itemId', 'in', items.map((i) => i.id))
    .where('status', 'in', openRevisionStatuses)
    .execute();
  return items.map((i) => {
    const found = open.find((r) => r.itemId === i.id);
    return { ...i, type: i.type as Revision['type'], openRevision: found ? { id: found.id, status: found.status as RevisionStatus } : null };
  });
}
