import { randomUUID } from 'node:crypto';
import { authDate } from '../../src/features/accounts/auth-columns.js';
import { workspaceOf } from '../../src/features/accounts/invitations.js';
import type { TestHub } from './test-app.js';

/** Make a signed-up user a member ('member': partner editor, 'admin') of an organisation's workspace, directly in the database. */
export async function joinWorkspace(hub: Pick<TestHub, 'db'>, email: string, organisation: string, role: 'admin' | 'member'): Promise<void> {
  const db = hub.db.db;
  const workspaceId = (await workspaceOf(db, hub.db.dialect, organisation))!;
  const { id: userId } = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await db
    .insertInto('workspaceMembers')
    .values({ id: randomUUID(), organizationId: workspaceId, userId, role, createdAt: authDate(hub.db.dialect, new Date()) })
    .execute();
}
