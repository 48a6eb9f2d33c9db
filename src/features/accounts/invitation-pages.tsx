import type { Child } from 'hono/jsx';
import { type Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { PostForm } from '../../web/components/form.js';
import { gate } from '../../web/policy.js';
import { render } from '../../web/render.js';
import { recordAudit } from '../audit/audit.js';
import { authErrorCode, clientAddress } from './forms.js';

/** A pending, unexpired invitation with its workspace's name; undefined otherwise. */
async function pendingInvitation(deps: AppDeps, id: string) {
  const row = await deps.db
    .selectFrom('workspaceInvitations as i')
    .innerJoin('workspaces as w', 'w.id', 'i.organizationId')
    .select(['i.id', 'i.email', 'i.role', 'i.status', 'i.expiresAt', 'w.name as workspace', 'w.slug'])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row || row.status !== 'pending' || new Date(row.expiresAt).getTime() < Date.now()) return undefined;
  return row;
}

/** Accepting an invitation to a partner workspace (sent by the secretariat or the workspace's administrator). */
export function invitationPages(deps: AppDeps) {
  const page = (c: Context<AppEnv>, body: Child, status: 200 | 400 | 404 = 200) => render(c, { title: c.var.t('workspace.invitation.title') }, body, status);
  return new Hono<AppEnv>()
    .get('/invitations/:id', gate('public'), async (c) => {
      const t = c.var.t;
      const invitation = await pendingInvitation(deps, c.req.param('id'));
      if (!invitation) return page(c, <p>{t('workspace.invitation.invalid')}</p>, 404);
      const user = c.var.user;
      const next = encodeURIComponent(c.req.path);
      return page(
        c,
        <>
          <h1>{t('workspace.invitation.title')}</h1>
          <p>{t('workspace.invitation.lead', { workspace: invitation.workspace, role: t(`accounts.role.${invitation.role === 'admin' ? 'admin' : 'editor'}`) })}</p>
          {user ? (
            user.email === invitation.email ? (
              <PostForm action={`/invitations/${invitation.id}/accept`} token={c.var.csrfToken()}>
                <button type="submit">{t('workspace.invitation.accept')}</button>
              </PostForm>
            ) : (
              <p>{t('workspace.invitation.otherAccount', { email: invitation.email })}</p>
            )
          ) : (
            <p>
              <a href={`/sign-up?next=${next}`}>{t('workspace.invitation.signUp')}</a> · <a href={`/sign-in?next=${next}`}>{t('workspace.invitation.signIn')}</a>
            </p>
          )}
        </>,
      );
    })
    .post('/invitations/:id/accept', gate('signedIn'), async (c) => {
      const user = c.var.user!;
      const invitation = await pendingInvitation(deps, c.req.param('id'));
      if (!invitation || invitation.email !== user.email) return page(c, <p>{c.var.t('workspace.invitation.invalid')}</p>, 404);
      try {
        await deps.auth.api.acceptInvitation({ body: { invitationId: invitation.id }, headers: c.req.raw.headers });
      } catch (error) {
        authErrorCode(error);
        return page(c, <p>{c.var.t('workspace.invitation.invalid')}</p>, 400);
      }
      await recordAudit(deps.db, {
        actor: { userId: user.id, email: user.email, ip: clientAddress(c) },
        action: 'accept-invitation',
        entityType: 'workspace',
        entityId: invitation.slug,
        after: { member: user.email, role: invitation.role },
      });
      return c.redirect('/workspace', 303);
    });
}
