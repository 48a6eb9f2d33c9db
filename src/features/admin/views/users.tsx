import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countryName } from '../../countries/reference.js';
import { hubRoles } from '../commands.js';
import type { AdminUser } from '../queries.js';
import { AdminNav, DateTime } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** Every role of a user in words: hub role, then workspaces. */
function roles(user: AdminUser, t: Translate): string {
  return [t(`accounts.role.${user.hubRole}`), ...user.memberships.map((m) => `${t(`accounts.role.${m.role}`)} (${m.organisationSlug})`)].join(', ');
}

interface UsersProps {
  t: Translate;
  locale: Locale;
  url: URL;
  q: string;
  rows: AdminUser[];
  page: PageInfo;
}

export function UsersPage({ t, locale, url, q, rows, page }: UsersProps) {
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.users.title')}</h1>
      <form method="get" action="/admin/users" class="search" role="search">
        <label for="q-users">{t('admin.users.search')}</label>
        <input type="search" id="q-users" name="q" value={q} maxlength={100} />
        <button type="submit">{t('home.searchButton')}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t('admin.users.none')}</p>
      ) : (
        <ScrollTable id="users" caption={q ? t('admin.users.captionFor', { count: page.total, q }) : t('admin.users.caption', { count: page.total })}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.field.name')}</th>
              <th scope="col">{t('accounts.field.email')}</th>
              <th scope="col">{t('admin.users.roles')}</th>
              <th scope="col">{t('admin.users.focalPoints')}</th>
              <th scope="col">{t('admin.users.created')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</a>
                </th>
                <td>{user.email}</td>
                <td>{roles(user, t)}</td>
                <td>{user.focalPoints.join(', ') || '—'}</td>
                <td>
                  <DateTime value={user.createdAt} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pager t={t} url={url} page={page} />
    </>
  );
}

interface UserProps {
  t: Translate;
  locale: Locale;
  url: URL;
  token: string;
  user: AdminUser;
  /** The secretariat user looking: they may not demote themselves. */
  self: boolean;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

export function UserPage({ t, locale, url, token, user, self, errors = {}, values = {} }: UserProps) {
  const base = `/admin/users/${encodeURIComponent(user.id)}`;
  const describedBy = [self ? 'f-role-hint' : '', errors.role ? 'f-role-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{user.name}</h1>
      <ErrorSummary errors={errors} t={t} />
      <dl class="facts">
        <dt>{t('accounts.field.email')}</dt>
        <dd>
          {user.email} · {t(user.emailVerified ? 'admin.users.verified' : 'admin.users.notVerified')}
        </dd>
        <dt>{t('admin.users.created')}</dt>
        <dd>
          <DateTime value={user.createdAt} locale={locale} />
        </dd>
        <dt>{t('admin.users.roles')}</dt>
        <dd>{roles(user, t)}</dd>
      </dl>

      <h2 id="role">{t('admin.users.hubRole')}</h2>
      <PostForm action={`${base}/role`} token={token}>
        <div class={errors.role ? 'field invalid' : 'field'}>
          <label for="f-role">{t('admin.users.hubRole')}</label>
          {self ? (
            <p class="hint" id="f-role-hint">
              {t('admin.users.selfHint')}
            </p>
          ) : null}
          {errors.role ? (
            <p class="error" id="f-role-error">
              {errors.role}
            </p>
          ) : null}
          <select id="f-role" name="role" aria-describedby={describedBy}>
            {hubRoles.map((role) => (
              <option value={role} selected={role === user.hubRole}>
                {t(`accounts.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.users.saveRole')}</button>
      </PostForm>

      <h2 id="focal-points">{t('admin.users.focalPoints')}</h2>
      <p>{t('admin.users.focalLead')}</p>
      {user.focalPoints.length === 0 ? (
        <p>{t('admin.users.noFocalPoints')}</p>
      ) : (
        <ScrollTable id="focal-points" caption={t('admin.users.focalCaption', { name: user.name })}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.field.country')}</th>
              <th scope="col">{t('admin.users.iso3')}</th>
              <th scope="col">{t('admin.users.action')}</th>
            </tr>
          </thead>
          <tbody>
            {user.focalPoints.map((iso3) => (
              <tr>
                <th scope="row">{countryName(iso3, locale)}</th>
                <td>{iso3}</td>
                <td>
                  <PostForm action={`${base}/focal-points/${iso3}/remove`} token={token} class="inline-form">
                    <button type="submit" aria-label={t('admin.users.removeFocal', { country: countryName(iso3, locale) })}>
                      {t('admin.users.remove')}
                    </button>
                  </PostForm>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <PostForm action={`${base}/focal-points`} token={token}>
        <Field
          name="country"
          label={t('admin.users.assignCountry')}
          hint={t('admin.users.countryHint')}
          value={values.country}
          error={errors.country}
          required
          maxlength={3}
        />
        <button type="submit">{t('admin.users.assign')}</button>
      </PostForm>
    </>
  );
}
