import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import { type Translate, formatters } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { filterHref } from '../../../web/links.js';
import { itemTypes } from '../../catalogue/types.js';
import type { RevisionStatus } from '../../contributions/types.js';
import type { OrganisationChoice, QueueRow } from '../queries.js';
import { AdminNav, DateTime } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

/** The tabs' order: what waits for the secretariat first. */
export const queueStatuses = ['submitted', 'returned', 'draft', 'approved', 'withdrawn'] as const satisfies readonly RevisionStatus[];

export interface QueueFilterValues {
  status: RevisionStatus;
  organisation?: string | undefined;
  type?: string | undefined;
}

interface QueueProps {
  t: Translate;
  locale: Locale;
  url: URL;
  filter: QueueFilterValues;
  rows: QueueRow[];
  counts: Record<RevisionStatus, number>;
  organisations: OrganisationChoice[];
  page: PageInfo;
}

export function QueuePage({ t, locale, url, filter, rows, counts, organisations, page }: QueueProps) {
  const names = new Map(organisations.map((o) => [o.slug, o.name]));
  const statusLabel = t(`admin.status.${filter.status}`);
  const { number } = formatters(locale);
  return (
    <>
      <AdminNav t={t} path={url.pathname} />
      <h1>{t('admin.queue.title')}</h1>
      <p class="lead">{t('admin.queue.lead')}</p>
      <nav aria-label={t('admin.queue.byStatus')}>
        <ul>
          {queueStatuses.map((status) => (
            <li>
              <a href={filterHref('/admin', { ...filter, status })} aria-current={status === filter.status ? 'true' : undefined}>
                {t(`admin.status.${status}`)} ({number(counts[status])})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin" class="facet-form">
        <input type="hidden" name="status" value={filter.status} />
        <div class="field">
          <label for="q-organisation">{t('admin.queue.organisation')}</label>
          <select id="q-organisation" name="organisation">
            <option value="">{t('admin.queue.anyOrganisation')}</option>
            {organisations.map((o) => (
              <option value={o.slug} selected={o.slug === filter.organisation}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="q-type">{t('admin.queue.type')}</label>
          <select id="q-type" name="type">
            <option value="">{t('admin.queue.anyType')}</option>
            {itemTypes.map((type) => (
              <option value={type} selected={type === filter.type}>
                {t(`itemType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('common.apply')}</button>{' '}
        {filter.organisation || filter.type ? <a href={filterHref('/admin', { status: filter.status })}>{t('common.clearFilters')}</a> : null}
      </form>
      {rows.length === 0 ? (
        <p>{t('admin.queue.none', { status: statusLabel })}</p>
      ) : (
        <ScrollTable id="queue" caption={t('admin.queue.caption', { status: statusLabel, count: page.total })}>
          <thead>
            <tr>
              <th scope="col">{t('admin.queue.col.title')}</th>
              <th scope="col">{t('admin.queue.col.organisation')}</th>
              <th scope="col">{t('admin.queue.col.type')}</th>
              <th scope="col">{t('admin.queue.col.author')}</th>
              <th scope="col">{t(filter.status === 'submitted' ? 'admin.queue.col.submitted' : 'admin.queue.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/revisions/${row.id}`}>{row.title || t('admin.revision.untitled')}</a>
                </th>
                <td>{names.get(row.organisationSlug) ?? row.organisationSlug}</td>
                <td>
                  {t(`itemType.${row.type}`)} · {t(row.itemId === null ? 'admin.queue.newItem' : 'admin.queue.change')}
                </td>
                <td>{row.authorEmail ?? '—'}</td>
                <td>
                  <DateTime value={filter.status === 'submitted' ? row.submittedAt : row.updatedAt} locale={locale} />
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
