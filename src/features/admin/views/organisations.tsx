import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import { ErrorSummary, Field, type FieldErrors, PostForm } from '../../../web/components/form.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import type { Workspace } from '../queries.js';
import { AdminNav, DateTime } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface PartnerRow {
  slug: string;
  name: string;
  workspace: Workspace | undefined;
}

const people = (t: Translate, list: { email: string; role: 'admin' | 'editor' }[]) =>
  list.map((p) => `${p.email} (${t(`accounts.role.${p.role}`)})`).join(', ') || '—';

export function OrganisationsPage({ t, url, rows, page }: { t: Translate; url: URL; rows: PartnerRow[]; page: PageInfo }) {
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.organisations.title')}</h1>
      <p class="lead">{t('admin.organisations.lead')}</p>
      <ScrollTable id="partners" caption={t('admin.organisations.caption', { count: page.total })}>
        <thead>
          <tr>
            <th scope="col">{t('admin.organisations.partner')}</th>
            <th scope="col">{t('admin.organisations.workspace')}</th>
            <th scope="col">{t('admin.organisations.members')}</th>
            <th scope="col">{t('admin.organisations.invitations')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={`/admin/organisations/${row.slug}`}>{row.name}</a>
              </th>
              <td>{t(row.workspace ? 'admin.organisations.open' : 'admin.organisations.noWorkspace')}</td>
              <td>{row.workspace ? people(t, row.workspace.members) : '—'}</td>
              <td>{row.workspace ? people(t, row.workspace.invitations) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <Pager t={t} url={url} page={page} />
    </>
  );
}

interface OrganisationProps {
  t: Translate;
  locale: Locale;
  url: URL;
  token: string;
  partner: PartnerRow;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

export function OrganisationPage({ t, locale, url, token, partner, errors = {}, values = {} }: OrganisationProps) {
  const workspace = partner.workspace;
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{partner.name}</h1>
      <p>
        <a href={`/organisations/${partner.slug}`}>{t('admin.organisations.publicPage')}</a>
      </p>
      <ErrorSummary errors={errors} t={t} />
      <h2>{t('admin.organisations.members')}</h2>
      {!workspace || workspace.members.length === 0 ? (
        <p>{t('admin.organisations.noMembers')}</p>
      ) : (
        <ScrollTable id="partner-members" caption={t('admin.organisations.membersOf', { name: partner.name })}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.field.name')}</th>
              <th scope="col">{t('accounts.field.email')}</th>
              <th scope="col">{t('admin.organisations.role')}</th>
            </tr>
          </thead>
          <tbody>
            {workspace.members.map((m) => (
              <tr>
                <th scope="row">{m.name}</th>
                <td>{m.email}</td>
                <td>{t(`accounts.role.${m.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2>{t('admin.organisations.invitations')}</h2>
      {!workspace || workspace.invitations.length === 0 ? (
        <p>{t('admin.organisations.noInvitations')}</p>
      ) : (
        <ScrollTable id="partner-invitations" caption={t('admin.organisations.invitationsOf', { name: partner.name })}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.field.email')}</th>
              <th scope="col">{t('admin.organisations.role')}</th>
              <th scope="col">{t('admin.organisations.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {workspace.invitations.map((i) => (
              <tr>
                <th scope="row">{i.email}</th>
                <td>{t(`accounts.role.${i.role}`)}</td>
                <td>
                  <DateTime value={i.expiresAt} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2 id="invite">{t('admin.organisations.invite')}</h2>
      <p>{t('admin.organisations.inviteLead')}</p>
      <PostForm action={`/admin/organisations/${partner.slug}/invite`} token={token}>
        <Field name="email" label={t('accounts.field.email')} type="email" value={values.email} error={errors.email} required maxlength={254} />
        <button type="submit">{t('admin.organisations.sendInvitation')}</button>
      </PostForm>
    </>
  );
}
