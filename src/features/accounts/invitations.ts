import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { AppDeps } from '../../web/context.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import { authDate } from './auth-columns.js';
import { accountEmail } from './emails.js';

/** Seven days, as better-auth's organization plugin is configured (auth.ts). */
const invitationDays = 7;


/**
 * The workspace of a partner organisation (better-auth's organization, its slug the organisation's),
 * created on first use. Returns its id, or undefined for an unknown organisation.
 */
export async function workspaceOf(db: Kysely<Database>, dialect: Dialect, organisationSlug: string): Promise<string | undefined> {
  const found = await db.selectFrom('workspaces').select('id').where('slug', '=', organisationSlug).executeTakeFirst();
  if (found) return found.id;
  const organisation = await db
    .selectFrom('organisations as o')
    .innerJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').onRef('t.locale', '=', 'o.sourceLocale'))
    .select(['o.slug', 't.name'])
    .where('o.slug', '=', organisationSlug)
    .executeTakeFirst();
  if (!organisation) return undefined;
  const id = randomUUID();
  await db.insertInto('workspaces').values({ id, name: organisation.name, slug: organisation.slug, logo: null, createdAt: authDate(dialect, new Date()), metadata: null }).execute();
  return id;
}

/**
 * The secretariat invites someone to administer an organisation's workspace: the same invitation
 * row and email as better-auth's own (which only members of the workspace may send), accepted
 * through better-auth's acceptInvitation. The email is in `locale` (the inviter's language: the
 * invitee's is not known yet).
 */
export async function inviteWorkspaceAdmin(
  deps: Pick<AppDeps, 'db' | 'dialect' | 'mailer' | 'baseUrl'>,
  input: { organisationSlug: string; email: string; inviter: { id: string; name: string }; locale?: string },
  actor: Actor,
): Promise<string | undefined> {
  const { db, dialect } = deps;
  return db.transaction().execute(async (trx) => {
    const workspaceId = await workspaceOf(trx, dialect, input.organisationSlug);
    if (!workspaceId) return undefined;
    const workspace = await trx.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirstOrThrow();
    const id = randomUUID();
    const now = new Date();
    const email = input.email.toLowerCase();
    await trx
      .insertInto('workspaceInvitations')
      .values({
        id,
        organizationId: workspaceId,
        email,
        role: 'admin',
        status: 'pending',
        expiresAt: authDate(dialect, new Date(now.getTime() + invitationDays * 86_400_000)),
        createdAt: authDate(dialect, now),
        inviterId: input.inviter.id,
      })
      .execute();
    await recordAudit(trx, { actor, action: 'invite-admin', entityType: 'workspace', entityId: workspaceId, after: { email, role: 'admin' } });
    await deps.mailer.send(trx, accountEmail('invitation', { email, name: email, emailLocale: input.locale }, `${deps.baseUrl}/invitations/${id}`, { workspace: workspace.name, inviter: input.inviter.name }));
    return id;
  });
}
