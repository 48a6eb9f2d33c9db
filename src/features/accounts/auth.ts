import { betterAuth } from 'better-auth';
import { magicLink, organization } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { Mailer } from '../mail/outbox.js';
import { safeNext } from '../../web/policy.js';
import { recordAudit } from '../audit/audit.js';
import { accountEmail } from './emails.js';

export interface AuthOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Signs session cookies and tokens; from AUTH_SECRET (decision 009). */
  secret: string;
  /** The hub's public address: links in emails, cookie security. */
  baseUrl: string;
  mailer: Mailer;
  logger: Logger;
}

/** snake_case column for each of better-auth's camelCase fields (the hub's tables are snake_case). */
const columns = <const K extends string>(...fields: K[]) =>
  Object.fromEntries(fields.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)])) as Record<K, string>;

/**
 * better-auth, configured for the hub: email and password (scrypt hashing, sessions in the hub's own
 * database on SQLite and PostgreSQL), email verification, password reset and one-time sign-in links
 * through the outbox, and the organization plugin for partner workspaces. The hub's pages call
 * `auth.api` on the server; no better-auth endpoint is exposed over HTTP, so the hub's CSRF check,
 * abuse limits and policies cover every write.
 *
 * Its writes run in transactions (`transaction: true`): a sign-up stores the user and its password
 * together or not at all, and its emails are queued after that commits.
 */
export function createAuth(options: AuthOptions) {
  const { db, mailer, baseUrl } = options;
  const link = (path: string, token: string) => `${baseUrl}${path}?token=${encodeURIComponent(token)}`;
  const audit = (action: string, user: { id: string; email: string }, ip: string | null, changes: { after?: Record<string, unknown> } = {}) =>
    recordAudit(db, { actor: { userId: user.id, email: user.email, ip }, action, entityType: 'user', entityId: user.id, ...changes });
  // The hooks below need the instance they belong to.
  let self: ReturnType<typeof betterAuth> | undefined;
  const auth = betterAuth({
    appName: 'E4D Hub',
    baseURL: baseUrl,
    basePath: '/auth',
    secret: options.secret,
    // Without the CamelCasePlugin: better-auth is told the snake_case names below.
    database: { db: db.withoutPlugins() as Kysely<any>, type: options.dialect === 'postgres' ? 'postgres' : 'sqlite', transaction: true },
    user: {
      modelName: 'users',
      fields: columns('emailVerified', 'createdAt', 'updatedAt'),
      additionalFields: {
        hubRole: { type: 'string', fieldName: 'hub_role', required: false, defaultValue: 'member', input: false },
        emailLocale: { type: 'string', fieldName: 'email_locale', required: false, defaultValue: 'en', input: true },
      },
    },
    session: {
      modelName: 'sessions',
      fields: columns('expiresAt', 'createdAt', 'updatedAt', 'ipAddress', 'userAgent', 'userId'),
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    account: {
      modelName: 'accounts',
      fields: columns('accountId', 'providerId', 'userId', 'accessToken', 'refreshToken', 'idToken', 'accessTokenExpiresAt', 'refreshTokenExpiresAt', 'createdAt', 'updatedAt'),
    },
    verification: { modelName: 'verifications', fields: columns('expiresAt', 'createdAt', 'updatedAt') },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      onPasswordReset: async ({ user }) => audit('reset-password', user, null),
      sendResetPassword: async ({ user, token }) => {
        await mailer.send(db, accountEmail('reset-password', user, link('/reset-password', token)));
      },
      // Signing up again with a known address: a new confirmation link if it was never confirmed (a
      // sign-up whose email was lost can be retried), else a note that the account exists. The page says
      // the same in both cases, so it tells nobody whether the address has an account.
      onExistingUserSignUp: async ({ user }) => {
        if (!user.emailVerified) await self!.api.sendVerificationEmail({ body: { email: user.email } });
        else await mailer.send(db, accountEmail('account-exists', user, `${baseUrl}/sign-in/link`));
      },
    },
    // Account events in the audit log (who, when, from where): the writes better-auth makes itself.
    databaseHooks: {
      user: {
        create: { after: async (user) => audit('sign-up', user, null, { after: { name: user.name, email: user.email } }) },
      },
      session: {
        create: {
          after: async (session) => {
            const user = await db.selectFrom('users').select(['id', 'email']).where('id', '=', session.userId).executeTakeFirst();
            if (user) await audit('sign-in', user, session.ipAddress ?? null);
          },
        },
      },
    },
    emailVerification: {
      afterEmailVerification: async (user) => audit('verify-email', user, null),
      sendOnSignUp: true,
      // The sign-in page sends a new link itself, within the abuse limits.
      sendOnSignIn: false,
      expiresIn: 60 * 60 * 24,
      // The page to go back to after confirming (a form started from "Ask for this") rides along as
      // better-auth's callbackURL, which the sign-up passes on; the hub's link carries it as `next`.
      sendVerificationEmail: async ({ user, token, url }) => {
        const back = new URL(url).searchParams.get('callbackURL');
        const next = back && back !== '/' && safeNext(back) === back ? `&next=${encodeURIComponent(back)}` : '';
        await mailer.send(db, accountEmail('verify-email', user, `${link('/verify-email', token)}${next}`));
      },
    },
    // Abuse limits are the hub's own, in the database (web/rate-limit.ts), taken before the work they guard.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: 'e4d',
      useSecureCookies: baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    logger: { disabled: false, level: 'error', log: (level, message) => options.logger[level]({ auth: true }, message) },
    plugins: [
      magicLink({
        disableSignUp: true,
        expiresIn: 15 * 60,
        storeToken: 'hashed',
        sendMagicLink: async ({ email, token }) => {
          const user = await db.selectFrom('users').select(['email', 'name', 'emailLocale']).where('email', '=', email).where('deletedAt', 'is', null).executeTakeFirst();
          if (user) await mailer.send(db, accountEmail('sign-in-link', user, link('/sign-in/link/open', token)));
        },
      }),
      organization({
        allowUserToCreateOrganization: false,
        creatorRole: 'admin',
        invitationExpiresIn: 60 * 60 * 24 * 7,
        schema: {
          session: { fields: { activeOrganizationId: 'active_organization_id' } },
          organization: { modelName: 'workspaces', fields: columns('createdAt') },
          member: { modelName: 'workspace_members', fields: columns('organizationId', 'userId', 'createdAt') },
          invitation: { modelName: 'workspace_invitations', fields: columns('organizationId', 'expiresAt', 'createdAt', 'inviterId') },
        },
        sendInvitationEmail: async ({ id, email, organization: workspace, inviter }) => {
          await mailer.send(db, accountEmail('invitation', { email, name: email }, `${baseUrl}/invitations/${encodeURIComponent(id)}`, { workspace: workspace.name, inviter: inviter.user.name }));
        },
      }),
    ],
  });
  self = auth as never;
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;
