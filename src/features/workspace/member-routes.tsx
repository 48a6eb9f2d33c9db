import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';
import { forbidden, gate } from '../../web/policy.js';
import { doneNotice, render } from '../../web/render.js';
import { recordAudit } from '../audit/audit.js';
import { authErrorCode, checkFields, formFields } from '../accounts/forms.js';
import { actorOf, adminMembershipOf } from './access.js';
import { membersOf, workspaceOverview } from './queries.js';
import { Dashboard, inviteField } from './views/dashboard.js';
import { messagePage } from './views/message.js';

/** Notices the dashboard shows after a redirect (?done=…). */
const dashboardNotices = {
  submitted: 'workspace.dashboard.submitted',
  withdrawn: 'workspace.dashboard.withdrawn',
  invited: 'workspace.members.invited',
  removed: 'workspace.members.removed',
};

/** /workspace: every workspace of the user; `invite` sends one workspace's invitation form back with its errors. */
export async function dashboardPage(
  c: Context<AppEnv>,
  db: Kysely<Database>,
  invite?: { slug: string; email: string; errors: FieldErrors },
  status: ContentfulStatusCode = 200,
) {
  const t = c.var.t;
  const user = c.var.user!;
  doneNotice(c, dashboardNotices);
  const memberships = [...user.memberships].sort((a, b) => a.organisationSlug.localeCompare(b.organisationSlug));
  const workspaces = await Promise.all(memberships.map((m) => workspaceOverview(db, m)));
  return render(
    c,
    { title: t('workspace.dashboard.title') },
    <Dashboard
      t={t}
      locale={c.var.locale}
      token={c.var.csrfToken()}
      userId={user.id}
      workspaces={workspaces}
      isSecretariat={user.hubRole === 'secretariat'}
      invite={invite}
    />,
    status,
  );
}

/** Better-auth's refusals of an invitation that the person inviting can act on. */
const inviteRefusals: Record<string, string> = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: 'workspace.members.alreadyMember',
  USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION: 'workspace.members.alreadyInvited',
};

/**
 * A workspace's administrators invite editors and remove members, through better-auth's organization
 * plugin (which checks the role again, from the session); both are written to the audit log.
 */
export function memberRoutes(deps: AppDeps) {
  const { db, auth } = deps;
  return new Hono<AppEnv>()
    .post('/workspace/:org/invitations', gate('partner'), async (c) => {
      const user = c.var.user!;
      const membership = adminMembershipOf(user, c.req.param('org'));
      const slug = membership.organisationSlug;
      const field = inviteField(slug);
      const email = ((await formFields(c)).email ?? '').toLowerCase();
      const errors = checkFields(c, { [field]: email }, { [field]: { required: true, email: true } });
      if (Object.keys(errors).length) return dashboardPage(c, db, { slug, email, errors }, 400);
      try {
        await auth.api.createInvitation({ body: { email, role: 'member', organizationId: membership.workspaceId }, headers: c.req.raw.headers });
      } catch (error) {
        const refusal = inviteRefusals[authErrorCode(error)];
        if (!refusal) throw new AppError('conflict');
        return dashboardPage(c, db, { slug, email, errors: { [field]: c.var.t(refusal) } }, 400);
      }
      await recordAudit(db, { actor: actorOf(c), action: 'invite-editor', entityType: 'workspace', entityId: membership.workspaceId, after: { email, role: 'editor' } });
      return c.redirect('/workspace?done=invited', 303);
    })
    .post('/workspace/:org/members/:memberId/remove', gate('partner'), async (c) => {
      const user = c.var.user!;
      const membership = adminMembershipOf(user, c.req.param('org'));
      // Only a member of this workspace: a member id of another workspace reads as missing.
      const member = (await membersOf(db, membership.workspaceId)).find((m) => m.id === c.req.param('memberId'));
      if (!member) throw notFound('The member');
      if (member.userId === user.id) return messagePage(c, c.var.t('workspace.conflict.title'), c.var.t('workspace.members.cannotRemoveSelf'), 409);
      try {
        await auth.api.removeMember({ body: { memberIdOrEmail: member.id, organizationId: membership.workspaceId }, headers: c.req.raw.headers });
      } catch (error) {
        authErrorCode(error);
        forbidden();
      }
      await recordAudit(db, {
        actor: actorOf(c),
        action: 'remove-member',
        entityType: 'workspace',
        entityId: membership.workspaceId,
        before: { member: member.email, role: member.role },
      });
      return c.redirect('/workspace?done=removed', 303);
    });
}
