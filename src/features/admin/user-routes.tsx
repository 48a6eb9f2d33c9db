import { type Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { offsetOf, pageInfo } from '../../lib/pagination.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { queryPage, render } from '../../web/render.js';
import { formFields } from '../accounts/forms.js';
import { assignFocalPoint, isHubRole, removeFocalPoint, setHubRole } from './commands.js';
import { actorOf, noticeFromQuery } from './console.js';
import { adminUser, listUsers } from './queries.js';
import { UserPage, UsersPage } from './views/users.js';

const usersPageSize = 25;

/** Users: the list, one user's roles, and the secretariat's changes to them (each audited). */
export function userPages(deps: AppDeps) {
  const { db } = deps;
  const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

  const userPage = async (c: Context<AppEnv>, id: string, form: { errors?: FieldErrors; values?: Record<string, string> } = {}, status: 200 | 400 = 200) => {
    const user = await adminUser(db, id);
    if (!user) throw notFound('User');
    const { t, locale } = c.var;
    return render(
      c,
      { title: user.name },
      <UserPage
        t={t}
        locale={locale}
        url={new URL(c.req.url)}
        token={c.var.csrfToken()}
        user={user}
        self={user.id === c.var.user!.id}
        errors={form.errors}
        values={form.values}
      />,
      status,
    );
  };

  /** The user of the path, or a 404 before any form is read. */
  const existing = async (c: Context<AppEnv>) => {
    const id = c.req.param('id') ?? '';
    if (!(await adminUser(db, id))) throw notFound('User');
    return id;
  };

  return new Hono<AppEnv>()
    .get('/admin/users', gate('secretariat'), async (c) => {
      const { t, locale } = c.var;
      const q = (c.req.query('q') ?? '').trim().slice(0, 100);
      const page = queryPage(c);
      const { rows, total } = await listUsers(db, { q, limit: usersPageSize, offset: offsetOf(page, usersPageSize) });
      const body = <UsersPage t={t} locale={locale} url={new URL(c.req.url)} q={q} rows={rows} page={pageInfo(page, usersPageSize, total)} />;
      return render(c, { title: t('admin.users.title') }, body);
    })
    .get('/admin/users/:id', gate('secretariat'), async (c) => {
      noticeFromQuery(c);
      return userPage(c, c.req.param('id'));
    })
    .post('/admin/users/:id/role', gate('secretariat'), async (c) => {
      const id = await existing(c);
      const t = c.var.t;
      const { role } = await formFields(c);
      if (!isHubRole(role)) return userPage(c, id, { errors: { role: t('admin.users.roleUnknown') } }, 400);
      // Leaving the console is for another secretariat user to decide: nobody locks themselves out by mistake.
      if (id === c.var.user!.id && role !== 'secretariat') return userPage(c, id, { errors: { role: t('admin.users.selfDemote') } }, 400);
      const changed = await db.transaction().execute((trx) => setHubRole(trx, actorOf(c), id, role));
      return c.redirect(`${userPath(id)}?done=${changed ? 'role-saved' : 'unchanged'}`, 303);
    })
    .post('/admin/users/:id/focal-points', gate('secretariat'), async (c) => {
      const id = await existing(c);
      const country = ((await formFields(c)).country ?? '').toUpperCase();
      const known = /^[A-Z]{3}$/.test(country) && (await db.selectFrom('countries').select('iso3').where('iso3', '=', country).executeTakeFirst());
      if (!known) {
        const message = c.var.t(country ? 'accounts.error.country' : 'accounts.error.required');
        return userPage(c, id, { errors: { country: message }, values: { country: country.slice(0, 60) } }, 400);
      }
      const changed = await db.transaction().execute((trx) => assignFocalPoint(trx, actorOf(c), id, country));
      return c.redirect(`${userPath(id)}?done=${changed ? 'focal-added' : 'unchanged'}#focal-points`, 303);
    })
    .post('/admin/users/:id/focal-points/:iso3/remove', gate('secretariat'), async (c) => {
      const id = await existing(c);
      const country = c.req.param('iso3').toUpperCase();
      const changed = /^[A-Z]{3}$/.test(country) && (await db.transaction().execute((trx) => removeFocalPoint(trx, actorOf(c), id, country)));
      return c.redirect(`${userPath(id)}?done=${changed ? 'focal-removed' : 'unchanged'}#focal-points`, 303);
    });
}
