import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { authFlag } from './auth-columns.js';

/**
 * Before sign-ups were one transaction, a crash could leave a user without its password (no
 * credential account): signing up again then said a link was sent and sent none, and signing in said
 * the password was wrong. Such a user, never confirmed, owns nothing: removing it lets the sign-up
 * start again.
 */
export async function removeAbandonedSignUp(db: Kysely<Database>, dialect: Dialect, email: string): Promise<boolean> {
  const removed = await db
    .deleteFrom('users')
    .where('email', '=', email)
    .where('emailVerified', '=', authFlag(dialect, false) as never)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('accounts').select('accounts.id').whereRef('accounts.userId', '=', 'users.id'))))
    .executeTakeFirst();
  return Number(removed.numDeletedRows) > 0;
}
