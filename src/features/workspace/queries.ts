import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Membership } from '../accounts/current-user.js';
import { type EditableItem, type RevisionSummary, editableItemsOf, revisionsOf } from '../contributions/queries.js';
import type { RevisionStatus } from '../contributions/types.js';

/** The statuses a workspace lists; withdrawn proposals are closed and only counted. */
export const listedStatuses = ['draft', 'returned', 'submitted', 'approved'] as const satisfies readonly RevisionStatus[];
export type ListedStatus = (typeof listedStatuses)[number];

/** How many proposals of each status a workspace lists (the counts give the rest). */
const perStatus = 20;

export interface WorkspaceMember {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: 'admin' | 'editor';
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: 'admin' | 'editor';
  expiresAt: string;
}

export interface WorkspaceOverview {
  membership: Membership;
  name: string;
  counts: Record<RevisionStatus, number>;
  revisions: Record<ListedStatus, RevisionSummary[]>;
  items: EditableItem[];
  /** Only for the workspace's administrators. */
  members: WorkspaceMember[] | null;
  invitations: PendingInvitation[] | null;
}

const roleOf = (role: string | null): 'admin' | 'editor' => (role === 'admin' || role === 'owner' ? 'admin' : 'editor');

/** Everything the workspace page shows for one of the user's workspaces. */
export async function workspaceOverview(db: Kysely<Database>, membership: Membership): Promise<WorkspaceOverview> {
  const { organisationId, workspaceId } = membership;
  const lists = await Promise.all(listedStatuses.map((status) => revisionsOf(db, { organisationId, status, limit: perStatus, offset: 0 })));
  const isAdmin = membership.role === 'admin';
  return {
    membership,
    name: await workspaceName(db, membership),
    counts: lists[0]!.counts,
    revisions: Object.fromEntries(listedStatuses.map((status, i) => [status, lists[i]!.revisions])) as Record<ListedStatus, RevisionSummary[]>,
    items: await editableItemsOf(db, organisationId),
    members: isAdmin ? await membersOf(db, workspaceId) : null,
    invitations: isAdmin ? await pendingInvitationsOf(db, workspaceId) : null,
  };
}

export async function membersOf(db: Kysely<Database>, workspaceId: string): Promise<WorkspaceMember[]> {
  const rows = await db
    .selectFrom('workspaceMembers as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.id', 'm.userId', 'm.role', 'u.name', 'u.email'])
    .where('m.organizationId', '=', workspaceId)
    .orderBy('u.name')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ ...r, role: roleOf(r.role) }));
}

/** Invitations not yet accepted and not expired (dates are Date on PostgreSQL, ISO text on SQLite). */
async function pendingInvitationsOf(db: Kysely<Database>, workspaceId: string): Promise<PendingInvitation[]> {
  const rows = await db
    .selectFrom('workspaceInvitations')
    .select(['id', 'email', 'role', 'expiresAt'])
    .where('organizationId', '=', workspaceId)
    .where('status', '=', 'pending')
    .orderBy('createdAt', 'desc')
    .limit(100)
    .execute();
  const now = Date.now();
  return rows
    .map((r) => ({ id: r.id, email: r.email, role: roleOf(r.role), expiresAt: new Date(r.expiresAt).toISOString() }))
    .filter((r) => new Date(r.expiresAt).getTime() > now);
}

/** The workspace's name: its organisation's, as the workspace was created with. */
export async function workspaceName(db: Kysely<Database>, membership: Membership): Promise<string> {
  const workspace = await db.selectFrom('workspaces').select('name').where('id', '=', membership.workspaceId).executeTakeFirst();
  return workspace?.name ?? membership.organisationSlug;
}
