import { csvText } from '../../lib/csv.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Actor, type Changes, recordAudit } from '../audit/audit.js';
import { outcomeAnchor } from '../events/views/format.js';
import { type PolicyAreaSlug, policyAreaSlugs } from '../policy-areas/policy-areas.js';
import type { ActionInput, NoteInput } from './action-schema.js';
import { type ActionPriority, type ActionSeed, type ActionStatus, actionPriorities } from './types.js';

/*
 * A country's action tracker: reads and writes. Every write is audited field by field (entity type
 * 'action', the action's id), and the public history is read back from the audit log.
 */

export interface ActionNote {
  id: number;
  onDate: string;
  text: string;
  evidenceUrl: string | null;
}

export interface LinkedRecommendation {
  ref: string;
  text: string;
  /** The recommendation on its event's outcomes page. */
  url: string;
}

export interface ActionDetail {
  id: number;
  country: string;
  policyArea: PolicyAreaSlug;
  title: string;
  lead: string;
  supporting: string;
  priority: ActionPriority;
  targetDate: string | null;
  status: ActionStatus;
  recommendationRef: string | null;
  /** The recommendation, when its event is published. */
  recommendation: LinkedRecommendation | null;
  isSample: boolean;
  /** Oldest first. */
  notes: ActionNote[];
  createdAt: string;
  updatedAt: string;
}

/** The fields a person edits, as the audit log records them. */
const auditedFields = ['policyArea', 'title', 'lead', 'supporting', 'priority', 'targetDate', 'status', 'recommendationRef'] as const;
type AuditedFields = Pick<ActionDetail, (typeof auditedFields)[number]>;
const auditedOf = (a: AuditedFields): Record<string, unknown> => Object.fromEntries(auditedFields.map((f) => [f, a[f]]));

/** Where a recommendation is shown: `/events/<event>/outcomes#r-<session>-<n>`. */
export function recommendationUrl(ref: string): string {
  return `/events/${ref.split('/')[0]}/outcomes#${outcomeAnchor(ref)}`;
}

/** A recommendation of a published event, by its reference; undefined for anything else (an outcome, an unknown ref). */
export async function publishedRecommendation(db: Kysely<Database>, ref: string): Promise<LinkedRecommendation | undefined> {
  const row = await db
    .selectFrom('sessionOutcomes as o')
    .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .select(['o.ref', 'o.text'])
    .where('o.ref', '=', ref)
    .where('o.kind', '=', 'recommendation')
    .where('e.reviewStatus', '=', 'published')
    .executeTakeFirst();
  return row ? { ref: row.ref, text: row.text, url: recommendationUrl(row.ref) } : undefined;
}

const areaOrder = (a: string) => (policyAreaSlugs as readonly string[]).indexOf(a);
const priorityOrder = (p: string) => (actionPriorities as readonly string[]).indexOf(p);

/** Actions of a country (or one of them), with their notes and recommendations, by policy area, then priority, target date and id. */
async function actionDetails(db: Kysely<Database>, iso3: string, id?: number): Promise<ActionDetail[]> {
  let query = db
    .selectFrom('actions as a')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('sessionOutcomes as o')
          .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
          .innerJoin('events as e', 'e.id', 's.eventId')
          .select(['o.ref', 'o.text'])
          .where('o.kind', '=', 'recommendation')
          .where('e.reviewStatus', '=', 'published')
          .as('r'),
      (join) => join.onRef('r.ref', '=', 'a.recommendationRef'),
    )
    .select([
      'a.id',
      'a.countryIso3',
      'a.policyArea',
      'a.title',
      'a.lead',
      'a.supporting',
      'a.priority',
      'a.targetDate',
      'a.status',
      'a.recommendationRef',
      'a.isSample',
      'a.createdAt',
      'a.updatedAt',
      'r.text as recommendationText',
    ])
    .where('a.countryIso3', '=', iso3);
  if (id !== undefined) query = query.where('a.id', '=', id);
  const rows = await query.execute();
  if (!rows.length) return [];
  const notes = await db
    .selectFrom('actionNotes')
    .select(['id', 'actionId', 'onDate', 'text', 'evidenceUrl'])
    .where(
      'actionId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('onDate')
    .orderBy('id')
    .execute();
  const actions = rows.map(
    (r): ActionDetail => ({
      id: r.id,
      country: r.countryIso3,
      policyArea: r.policyArea as PolicyAreaSlug,
      title: r.title,
      lead: r.lead,
      supporting: r.supporting,
      priority: r.priority as ActionPriority,
      targetDate: r.targetDate,
      status: r.status as ActionStatus,
      recommendationRef: r.recommendationRef,
      recommendation: r.recommendationRef && r.recommendationText !== null ? { ref: r.recommendationRef, text: r.recommendationText, url: recommendationUrl(r.recommendationRef) } : null,
      isSample: Boolean(r.isSample),
      notes: notes.filter((n) => n.actionId === r.id).map(({ actionId: _a, ...n }) => n),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }),
  );
  return actions.sort(
    (a, b) =>
      areaOrder(a.policyArea) - areaOrder(b.policyArea) ||
      priorityOrder(a.priority) - priorityOrder(b.priority) ||
      (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') ||
      a.id - b.id,
  );
}

export const countryActions = (db: Kysely<Database>, iso3: string): Promise<ActionDetail[]> => actionDetails(db, iso3);

/** One action of the country; undefined when it does not exist or belongs to another country. */
export async function countryAction(db: Kysely<Database>, iso3: string, id: number): Promise<ActionDetail | undefined> {
  return (await actionDetails(db, iso3, id))[0];
}

// ── Shares completed ────────────────────────────────────────────────────────────────────────────────

export interface Share {
  actions: number;
  completed: number;
  dropped: number;
  /** completed / (actions − dropped), 0 to 1; null when no action is left to count. */
  share: number | null;
}

function shareOf(actions: readonly { status: ActionStatus }[]): Share {
  const completed = actions.filter((a) => a.status === 'completed').length;
  const dropped = actions.filter((a) => a.status === 'dropped').length;
  const counted = actions.length - dropped;
  return { actions: actions.length, completed, dropped, share: counted > 0 ? completed / counted : null };
}

/** The share completed per policy area that has actions, and overall: dropped actions are left out of both terms. */
export function actionShares(actions: readonly ActionDetail[]): { overall: Share; byPolicyArea: (Share & { policyArea: PolicyAreaSlug })[] } {
  return {
    overall: shareOf(actions),
    byPolicyArea: policyAreaSlugs.filter((area) => actions.some((a) => a.policyArea === area)).map((area) => ({ policyArea: area, ...shareOf(actions.filter((a) => a.policyArea === area)) })),
  };
}

// ── Writes ──────────────────────────────────────────────────────────────────────────────────────────

/** Create an action (and its notes, for the demo); audited unless `actor` is null (demo content). */
export async function actionCreator(trx: Kysely<Database>, actor: Actor | null, seed: ActionSeed): Promise<number> {
  const now = new Date().toISOString();
  const values = {
    policyArea: seed.policyArea,
    title: seed.title,
    lead: seed.lead,
    supporting: seed.supporting ?? '',
    priority: seed.priority,
    targetDate: seed.targetDate ?? null,
    status: seed.status ?? 'not-started',
    recommendationRef: seed.recommendationRef ?? null,
  };
  const { id } = await trx
    .insertInto('actions')
    .values({ ...values, countryIso3: seed.country, isSample: seed.isSample ? 1 : 0, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const note of seed.notes ?? []) {
    await trx.insertInto('actionNotes').values({ actionId: id, onDate: note.onDate, text: note.text, evidenceUrl: note.evidenceUrl ?? null, authorId: actor?.userId ?? null, createdAt: now }).execute();
  }
  if (actor) await recordAudit(trx, { actor, action: 'action.create', entityType: 'action', entityId: id, after: { country: seed.country, ...auditedOf(values) } });
  return id;
}

/** Save the form's fields over an action; returns the fields that changed (nothing is written or audited when none did). */
export async function actionUpdater(trx: Kysely<Database>, actor: Actor, action: ActionDetail, input: ActionInput): Promise<string[]> {
  const before = auditedOf(action);
  const after = auditedOf(input);
  const changed = auditedFields.filter((f) => before[f] !== after[f]);
  if (!changed.length) return [];
  await trx
    .updateTable('actions')
    .set({ ...input, updatedAt: new Date().toISOString() })
    .where('id', '=', action.id)
    .where('countryIso3', '=', action.country)
    .execute();
  await recordAudit(trx, { actor, action: 'action.update', entityType: 'action', entityId: action.id, before, after });
  return changed;
}

/** Add a dated progress note to an action. */
export async function actionNoteAdder(trx: Kysely<Database>, actor: Actor, action: ActionDetail, note: NoteInput): Promise<void> {
  const now = new Date().toISOString();
  await trx.insertInto('actionNotes').values({ actionId: action.id, onDate: note.onDate, text: note.text, evidenceUrl: note.evidenceUrl, authorId: actor.userId, createdAt: now }).execute();
  await trx.updateTable('actions').set({ updatedAt: now }).where('id', '=', action.id).execute();
  await recordAudit(trx, { actor, action: 'action.note', entityType: 'action', entityId: action.id, after: { noteDate: note.onDate, note: note.text, evidenceUrl: note.evidenceUrl } });
}

// ── History ─────────────────────────────────────────────────────────────────────────────────────────

export type AuthorRole = 'secretariat' | 'focal-point' | 'former';

export interface HistoryEntry {
  at: string;
  actionId: number;
  actionTitle: string;
  /** 'action.create', 'action.update' or 'action.note'. */
  kind: string;
  changes: Changes;
  /** What the author is now: the secretariat, a focal point of the country, or neither any more. Never who. */
  role: AuthorRole;
}

/** The audited changes to a country's actions, newest first, with each author's role (and never their address). */
export async function actionHistory(db: Kysely<Database>, iso3: string, limit = 200): Promise<HistoryEntry[]> {
  const actions = await db.selectFrom('actions').select(['id', 'title']).where('countryIso3', '=', iso3).execute();
  if (!actions.length) return [];
  const titles = new Map(actions.map((a) => [String(a.id), a.title]));
  const rows = await db
    .selectFrom('auditLog')
    .select(['at', 'userId', 'action', 'entityId', 'changes'])
    .where('entityType', '=', 'action')
    .where('entityId', 'in', [...titles.keys()])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is string => id !== null))];
  const [secretariat, focal] = userIds.length
    ? await Promise.all([
        db.selectFrom('users').select('id').where('id', 'in', userIds).where('hubRole', '=', 'secretariat').execute(),
        db.selectFrom('focalPoints').select('userId').where('userId', 'in', userIds).where('country', '=', iso3).execute(),
      ])
    : [[], []];
  const secretariatIds = new Set(secretariat.map((u) => u.id));
  const focalIds = new Set(focal.map((f) => f.userId));
  const roleOf = (userId: string | null): AuthorRole => (userId && secretariatIds.has(userId) ? 'secretariat' : userId && focalIds.has(userId) ? 'focal-point' : 'former');
  return rows.map((r) => ({
    at: r.at,
    actionId: Number(r.entityId),
    actionTitle: titles.get(r.entityId) ?? '',
    kind: r.action,
    changes: JSON.parse(r.changes) as Changes,
    role: roleOf(r.userId),
  }));
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────────

const csvColumns = [
  'id',
  'country',
  'policy_area',
  'title',
  'lead',
  'supporting',
  'priority',
  'target_date',
  'status',
  'recommendation_ref',
  'recommendation_url',
  'progress_notes',
  'sample',
  'updated_at',
];

/**
 * The actions as CSV (RFC 4180: header, CRLF, UTF-8), one line per action; its notes in one cell, a
 * line each ("date: text <evidence>"). Cells starting with = + - @ (or a tab or carriage return) get a
 * leading apostrophe so that a spreadsheet does not run them as formulas.
 */
export function actionsCsv(actions: readonly ActionDetail[], origin: string): string {
  const rows = actions.map((a) => [
    String(a.id),
    a.country,
    a.policyArea,
    a.title,
    a.lead,
    a.supporting,
    a.priority,
    a.targetDate ?? '',
    a.status,
    a.recommendationRef ?? '',
    a.recommendation ? `${origin}${a.recommendation.url}` : '',
    a.notes.map((n) => `${n.onDate}: ${n.text}${n.evidenceUrl ? ` <${n.evidenceUrl}>` : ''}`).join('\n'),
    a.isSample ? 'yes' : 'no',
    a.updatedAt,
  ]);
  return csvText(csvColumns, rows);
}
