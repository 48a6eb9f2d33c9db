import { type Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { isSlug } from '../../lib/text.js';
import { offsetOf, pageInfo } from '../../lib/pagination.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { queryPage, render } from '../../web/render.js';
import { checkFields, formFields } from '../accounts/forms.js';
import { inviteWorkspaceAdmin } from '../accounts/invitations.js';
import { actorOf, noticeFromQuery } from './console.js';
import { organisationBySlug, organisationChoices, workspacesOf } from './queries.js';
import { OrganisationPage, OrganisationsPage, type PartnerRow } from './views/organisations.js';

const partnersPageSize = 50;

/** Partners with their workspaces; the secretariat invites each one's first administrator. */
export function organisationPages(deps: AppDeps) {
  const { db } = deps;

  const partnerOf = async (c: Context<AppEnv>): Promise<PartnerRow> => {
    const slug = c.req.param('slug') ?? '';
    const organisation = isSlug(slug) ? await organisationBySlug(db, slug, c.var.locale) : undefined;
    if (!organisation) throw notFound('Organisation');
    return { slug, name: organisation.name, workspace: (await workspacesOf(db, [slug])).get(slug) };
  };

  type Form = { errors?: FieldErrors; values?: Record<string, string> };
  const partnerPage = (c: Context<AppEnv>, partner: PartnerRow, form: Form = {}, status: 200 | 400 = 200) => {
    const { t, locale } = c.var;
    return render(
      c,
      { title: partner.name },
      <OrganisationPage t={t} locale={locale} url={new URL(c.req.url)} token={c.var.csrfToken()} partner={partner} errors={form.errors} values={form.values} />,
      status,
    );
  };

  return new Hono<AppEnv>()
    .get('/admin/organisations', gate('secretariat'), async (c) => {
      const { t, locale } = c.var;
      const page = queryPage(c);
      // A few hundred partners at most: named and sorted in memory, in the reader's language.
      const all = await organisationChoices(db, locale);
      const shown = all.slice(offsetOf(page, partnersPageSize), offsetOf(page, partnersPageSize) + partnersPageSize);
      const workspaces = await workspacesOf(db, shown.map((o) => o.slug));
      const rows = shown.map((o) => ({ slug: o.slug, name: o.name, workspace: workspaces.get(o.slug) }));
      const body = <OrganisationsPage t={t} url={new URL(c.req.url)} rows={rows} page={pageInfo(page, partnersPageSize, all.length)} />;
      return render(c, { title: t('admin.organisations.title') }, body);
    })
    .get('/admin/organisations/:slug', gate('secretariat'), async (c) => {
      noticeFromQuery(c);
      return partnerPage(c, await partnerOf(c));
    })
    .post('/admin/organisations/:slug/invite', gate('secretariat'), async (c) => {
      const t = c.var.t;
      const partner = await partnerOf(c);
      const values = await formFields(c);
      const errors = checkFields(c, values, { email: { required: true, email: true } });
      const email = (values.email ?? '').toLowerCase();
      if (!errors.email && partner.workspace?.members.some((m) => m.email === email)) errors.email = t('admin.organisations.alreadyMember');
      // One pending invitation per address: a second would only be a duplicate row and a duplicate email.
      if (!errors.email && partner.workspace?.invitations.some((i) => i.email === email)) errors.email = t('admin.organisations.alreadyInvited');
      if (Object.keys(errors).length) return partnerPage(c, partner, { errors, values }, 400);
      const user = c.var.user!;
      await inviteWorkspaceAdmin(deps, { organisationSlug: partner.slug, email, inviter: { id: user.id, name: user.name }, locale: c.var.locale }, actorOf(c));
      return c.redirect(`/admin/organisations/${partner.slug}?done=invited`, 303);
    });
}
