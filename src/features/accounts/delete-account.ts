import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Actor, recordAudit } from '../audit/audit.js';

/**
 * Delete an account: personal data goes (name, email, profile, password, sessions, workspace
 * memberships, focal point roles); the row stays as "a former member" so that contributions and
 * the audit log keep pointing at someone. One transaction.
 */
export async function deleteAccount(db: Kysely<Database>, userId: string, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select(['name', 'email', 'organisationName', 'country', 'languages']).where('id', '=', userId).executeTakeFirstOrThrow();
    await trx.deleteFrom('sessions').where('userId', '=', userId).execute();
    await trx.deleteFrom('accounts').where('userId', '=', userId).execute();
    await trx.deleteFrom('workspaceMembers').where('userId', '=', userId).execute();
    await trx.deleteFrom('focalPoints').where('userId', '=', userId).execute();
    const after = { name: 'Former member', email: `deleted-${userId}@invalid`, organisationName: null, country: null, languages: null };
    await trx
      .updateTable('users')
      .set({ ...after, hubRole: 'member', deletedAt: new Date().toISOString() })
      .where('id', '=', userId)
      .execute();
    await recordAudit(trx, { actor, action: 'delete-account', entityType: 'user', entityId: userId, before: { ...before }, after });
  });
}
