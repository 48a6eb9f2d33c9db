import { randomUUID } from 'node:crypto';
import { authDate } from '../../src/features/accounts/auth-columns.js';
import { workspaceOf } from '../../src/features/accounts/invitations.js';
import type { TestHub } from './test-app.js';
import { Visitor, emailLink } from './visitor.js';

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

/** A new account that signed up, confirmed its address from the outbox and signed in: its browser-less visitor. */
export async function signedInVisitor(hub: TestHub, email: string, options: { name?: string; password?: string } = {}): Promise<Visitor> {
  const password = options.password ?? 'Baobab-shade in Dakar 2024';
  const visitor = new Visitor(hub);
  const signUp = await visitor.post('/sign-up', { name: options.name ?? email.split('@')[0]!, email, password }, { from: '/sign-up' });
  if (signUp.status !== 200) throw new Error(`could not sign up ${email}: ${signUp.status}`);
  await visitor.get(await emailLink(hub, email, '/verify-email'));
  const signIn = await visitor.post('/sign-in', { email, password }, { from: '/sign-in' });
  if (signIn.status !== 303) throw new Error(`could not sign in ${email}: ${signIn.status}`);
  return visitor;
}
