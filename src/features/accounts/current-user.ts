import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A partner workspace the user belongs to: the organisation it publishes for, and the role in it. */
export interface Membership {
  workspaceId: string;
  organisationId: number;
  organisationSlug: string;
  /** better-auth's roles: 'admin' (partner administrator, invites editors) or 'member' (partner editor). */
  role: 'admin' | 'editor';
}

/** Who is signed in, with everything the policies need. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  hubRole: 'member' | 'secretariat';
  memberships: Membership[];
  /** ISO3 codes of the countries the user is focal point for. */
  focalPointCountries: string[];
  emailLocale: string;
}

/** The user's roles as stored; undefined for an unknown or deleted user. */
export async function loadCurrentUser(db: Kysely<Database>, userId: string): Promise<CurrentUser | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'hubRole', 'emailLocale', 'deletedAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.deletedAt) return undefined;
  const memberships = await db
    .selectFrom('workspaceMembers as m')
    .innerJoin('workspaces as w', 'w.id', 'm.organizationId')
    .innerJoin('organisations as o', 'o.slug', 'w.slug')
    .select(['w.id as workspaceId', 'o.id as organisationId', 'o.slug as organisationSlug', 'm.role'])
    .where('m.userId', '=', userId)
    .execute();
  const focal = await db.selectFrom('focalPoints').select('country').where('userId', '=', userId).execute();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    hubRole: user.hubRole === 'secretariat' ? 'secretariat' : 'member',
    memberships: memberships.map((m) => ({ ...m, role: m.role === 'admin' || m.role === 'owner' ? 'admin' : 'editor' })),
    focalPointCountries: focal.map((f) => f.country),
    emailLocale: user.emailLocale,
  };
}
