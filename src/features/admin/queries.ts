import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type AuditEntry, auditCount, auditEntries } from '../audit/audit.js';
import { type RevisionFilter, type RevisionSummary, revisionsOf } from '../contributions/queries.js';
import type { RevisionStatus } from '../contributions/types.js';

/*
 * Reads of the secretariat console. Counts go through Number(): pg returns them as strings.
 */

/** A LIKE pattern matching `text` anywhere, its own % _ and \ taken literally (with `escape '\'`). */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export type QueueRow = RevisionSummary;

export interface QueueFilter extends Omit<RevisionFilter, 'organisationId' | 'status'> {
  status: RevisionStatus;
}

/**
 * The review queue: revisions of one status, with how many there are of each status under the
 * partner and type filters (the tabs); contributions' revisionsOf, ordered as it says.
 */
export async function reviewQueue(
  db: Kysely<Database>,
  filter: QueueFilter,
): Promise<{ rows: QueueRow[]; total: number; counts: Record<RevisionStatus, number> }> {
  const { revisions, total, counts } = await revisionsOf(db, filter);
  return { rows: revisions, total, counts };
}

export interface OrganisationChoice {
  id: number;
  slug: string;
  name: string;
}

/** Organisations named in the reader's language, or in their source language when it has no translation. */
function namedOrganisations(db: Kysely<Database>, locale: Locale) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
    .select(['o.id', 'o.slug', sql<string>`coalesce(t.name, s.name)`.as('name')]);
}

/** Every partner organisation, by name, for the queue's filter. */
export async function organisationChoices(db: Kysely<Database>, locale: Locale): Promise<OrganisationChoice[]> {
  const rows = await namedOrganisations(db, locale).execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function organisationById(db: Kysely<Database>, id: number, locale: Locale): Promise<OrganisationChoice | undefined> {
  return namedOrganisations(db, locale).where('o.id', '=', id).executeTakeFirst();
}

export async function organisationBySlug(db: Kysely<Database>, slug: string, locale: Locale): Promise<OrganisationChoice | undefined> {
  return namedOrganisations(db, locale).where('o.slug', '=', slug).executeTakeFirst();
}

/** Who wrote and who reviewed a revision (null once unknown). */
export async function revisionPeople(db: Kysely<Database>, ids: (string | null)[]): Promise<Map<string, { name: string; email: string; deleted: boolean }>> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name', 'email', 'deletedAt']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email, deleted: r.deletedAt !== null }]));
}

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  hubRole: 'member' | 'secretariat';
  emailVerified: boolean;
  createdAt: string;
  memberships: { organisationSlug: string; role: 'admin' | 'editor' }[];
  focalPoints: string[];
}

const isoOf = (value: Date | string) => (value instanceof Date ? value.toISOString() : value);
/** better-auth's 'owner' and 'admin' both administer a workspace; 'member' edits. */
const workspaceRole = (role: string | null) => (role === 'admin' || role === 'owner' ? ('admin' as const) : ('editor' as const));

type UserRow = { id: string; name: string; email: string; hubRole: string; emailVerified: boolean | number; createdAt: Date | string };

async function withRoles(db: Kysely<Database>, rows: UserRow[]): Promise<AdminUser[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [members, focal] = await Promise.all([
    db
      .selectFrom('workspaceMembers as m')
      .innerJoin('workspaces as w', 'w.id', 'm.organizationId')
      .select(['m.userId', 'w.slug', 'm.role'])
      .where('m.userId', 'in', ids)
      .orderBy('w.slug')
      .execute(),
    db.selectFrom('focalPoints').select(['userId', 'country']).where('userId', 'in', ids).orderBy('country').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    hubRole: r.hubRole === 'secretariat' ? 'secretariat' : 'member',
    emailVerified: Boolean(r.emailVerified),
    createdAt: isoOf(r.createdAt),
    memberships: members.filter((m) => m.userId === r.id).map((m) => ({ organisationSlug: m.slug, role: workspaceRole(m.role) })),
    focalPoints: focal.filter((f) => f.userId === r.id).map((f) => f.country),
  }));
}

const userColumns = ['id', 'name', 'email', 'hubRole', 'emailVerified', 'createdAt'] as const;

/** Accounts (deleted ones left out) whose email or name contains `q`, secretariat first, then by email. */
export async function listUsers(
  db: Kysely<Database>,
  filter: { q?: string | undefined; limit: number; offset: number },
): Promise<{ rows: AdminUser[]; total: number }> {
  let scope = db.selectFrom('users').where('deletedAt', 'is', null);
  if (filter.q) {
    const pattern = containing(filter.q);
    scope = scope.where((eb) => eb.or([sql<boolean>`lower(email) like ${pattern} escape '\\'`, sql<boolean>`lower(name) like ${pattern} escape '\\'`]));
  }
  const [rows, count] = await Promise.all([
    scope
      .select(userColumns)
      .orderBy(sql`case when hub_role = 'secretariat' then 0 else 1 end`)
      .orderBy('email')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    scope.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: await withRoles(db, rows), total: Number(count.n) };
}

/** One account with its roles; undefined if unknown or deleted. */
export async function adminUser(db: Kysely<Database>, id: string): Promise<AdminUser | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
  return row && (await withRoles(db, [row]))[0];
}

export interface Workspace {
  slug: string;
  members: { email: string; name: string; role: 'admin' | 'editor' }[];
  invitations: { email: string; role: 'admin' | 'editor'; expiresAt: string }[];
}

/**
 * The workspaces of these organisations (by slug) with their members and pending invitations; an
 * organisation without one has none until the secretariat first invites someone (workspaceOf).
 * Expired invitations are left out: they can no longer be accepted.
 */
export async function workspacesOf(db: Kysely<Database>, slugs: string[]): Promise<Map<string, Workspace>> {
  if (slugs.length === 0) return new Map();
  const workspaces = await db.selectFrom('workspaces').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  if (workspaces.length === 0) return new Map();
  const ids = workspaces.map((w) => w.id);
  const [members, invitations] = await Promise.all([
    db
      .selectFrom('workspaceMembers as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['m.organizationId', 'u.email', 'u.name', 'm.role'])
      .where('m.organizationId', 'in', ids)
      .orderBy('u.email')
      .execute(),
    db
      .selectFrom('workspaceInvitations')
      .select(['organizationId', 'email', 'role', 'expiresAt'])
      .where('organizationId', 'in', ids)
      .where('status', '=', 'pending')
      .orderBy('email')
      .execute(),
  ]);
  const now = Date.now();
  return new Map(
    workspaces.map((w) => [
      w.slug,
      {
        slug: w.slug,
        members: members.filter((m) => m.organizationId === w.id).map((m) => ({ email: m.email, name: m.name, role: workspaceRole(m.role) })),
        invitations: invitations
          .filter((i) => i.organizationId === w.id && new Date(i.expiresAt).getTime() > now)
          .map((i) => ({ email: i.email, role: workspaceRole(i.role), expiresAt: isoOf(i.expiresAt) })),
      },
    ]),
  );
}

export interface AuditFilter {
  entityType?: string | undefined;
  /** The email the log recorded: still finds the actions of a deleted account. */
  userEmail?: string | undefined;
  limit: number;
  offset: number;
}

/** Audit entries, newest first, with their total (audit.ts's auditEntries and auditCount). */
export async function auditPage(db: Kysely<Database>, filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
  const { userEmail, ...rest } = filter;
  const selected = { ...rest, email: userEmail };
  const [entries, total] = await Promise.all([auditEntries(db, selected), auditCount(db, selected)]);
  return { entries, total };
}

/** The kinds of record the audit log holds, for its filter. */
export async function auditEntityTypes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('auditLog').select('entityType').distinct().orderBy('entityType').execute();
  return rows.map((r) => r.entityType);
}
