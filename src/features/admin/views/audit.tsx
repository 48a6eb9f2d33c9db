import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { filterHref } from '../../../web/links.js';
import type { AuditEntry } from '../../audit/audit.js';
import { AdminNav, DateTime, fieldLabel, revisionFieldValue, shortValue } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface AuditFilterValues {
  entityType?: string | undefined;
  email?: string | undefined;
}

/** How many changed fields an entry shows before "and N more": the CSV has them all. */
const shownFields = 6;

function ChangeList({ t, locale, entry }: { t: Translate; locale: Locale; entry: AuditEntry }) {
  const fields = Object.entries(entry.changes);
  if (fields.length === 0) return <>—</>;
  // Revisions and items share the fields of a catalogue item: their codes read as words.
  const catalogue = entry.entityType === 'revision' || entry.entityType === 'item';
  const value = (field: string, v: unknown) => shortValue(catalogue ? revisionFieldValue(field, v, t, locale) : v, 80);
  return (
    <ul class="plain">
      {fields.slice(0, shownFields).map(([field, [before, after]]) => (
        <li>
          {fieldLabel(field, t)}
          {t('common.colon')} {value(field, before)} → {value(field, after)}
        </li>
      ))}
      {fields.length > shownFields ? <li>{t('catalogue.moreValues', { count: fields.length - shownFields })}</li> : null}
    </ul>
  );
}

/** The record an entry is about, linked to its console page when it has one. */
function RecordLink({ type, id }: { type: string; id: string }) {
  const text = `${type} ${shortValue(id, 40)}`;
  if (type === 'revision' && /^\d+$/.test(id)) return <a href={`/admin/revisions/${id}`}>{text}</a>;
  if (type === 'user') return <a href={`/admin/users/${encodeURIComponent(id)}`}>{text}</a>;
  return <>{text}</>;
}

interface AuditProps {
  t: Translate;
  locale: Locale;
  url: URL;
  filter: AuditFilterValues;
  entityTypes: string[];
  entries: AuditEntry[];
  page: PageInfo;
}

export function AuditPage({ t, locale, url, filter, entityTypes, entries, page }: AuditProps) {
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.audit.title')}</h1>
      <p class="lead">{t('admin.audit.lead')}</p>
      <form method="get" action="/admin/audit" class="facet-form">
        <div class="field">
          <label for="q-entity">{t('admin.audit.entityType')}</label>
          <select id="q-entity" name="entityType">
            <option value="">{t('common.all')}</option>
            {entityTypes.map((type) => (
              <option value={type} selected={type === filter.entityType}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-email">{t('admin.audit.email')}</label>
          <input type="email" id="q-email" name="email" value={filter.email ?? ''} maxlength={254} />
        </div>
        <button type="submit">{t('common.apply')}</button>{' '}
        {filter.entityType || filter.email ? <a href="/admin/audit">{t('common.clearFilters')}</a> : null}
      </form>
      <p>
        <a href={filterHref('/admin/audit.csv', { ...filter })} download>
          {t('admin.audit.csv')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p>{t('admin.audit.none')}</p>
      ) : (
        <ScrollTable id="audit" caption={t('admin.audit.caption', { count: page.total })}>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.at')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.record')}</th>
              <th scope="col">{t('admin.audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <th scope="row">
                  <DateTime value={entry.at} locale={locale} />
                </th>
                <td>{entry.userEmail ?? '—'}</td>
                <td>{entry.action}</td>
                <td>
                  <RecordLink type={entry.entityType} id={entry.entityId} />
                </td>
                <td>
                  <ChangeList t={t} locale={locale} entry={entry} />
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
