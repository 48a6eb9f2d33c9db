import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { countryName } from '../../countries/reference.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { PageInfo } from '../../../lib/pagination.js';
import type { RequestFilter } from '../requests.js';
import { type RequestDetail, requestStatuses } from '../types.js';
import { dayText } from './format.js';
import { RequestBadges } from './request-parts.js';
import { FilterSelect } from '../../../web/components/choices.js';
import { policyAreaLabel } from '../../policy-areas/present.js';

export interface RequestListView {
  meta: PageMeta;
  filter: Pick<RequestFilter, 'country' | 'policyArea' | 'status'>;
  requests: RequestDetail[];
  page: PageInfo;
  /** Countries that have requests, for the filter. */
  countries: string[];
  canPost: boolean;
}


/** /requests: filters and the requests, open ones first. */
export function RequestListPage({ view }: { view: RequestListView }) {
  const { meta, filter, requests, page } = view;
  const { t, locale } = meta;
  const filtered = Boolean(filter.country || filter.policyArea || filter.status);
  const params = { country: filter.country, policyArea: filter.policyArea, status: filter.status };
  return (
    <>
      <h1>{t('requests.title')}</h1>
      <p class="lead">{t('requests.lead')}</p>
      <p>
        {view.canPost ? (
          <a class="button" href="/requests/new">
            {t('requests.post')}
          </a>
        ) : (
          <a href="/sign-in?next=%2Frequests%2Fnew">{t('requests.signInToPost')}</a>
        )}{' '}
        <a href="/requests/about-matching">{t('requests.howMatching')}</a>
      </p>
      <form class="filters" method="get" action="/requests" aria-label={t('requests.filters')}>
        <FilterSelect
          name="country"
          label={t('requests.country')}
          any={t('requests.any')}
          value={filter.country}
          options={view.countries.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
        <FilterSelect name="policyArea" label={t('requests.policyArea')} any={t('requests.any')} value={filter.policyArea} options={policyAreaSlugs.map((s) => ({ value: s, label: policyAreaLabel(t, s, 'short') }))} />
        <FilterSelect name="status" label={t('requests.status')} any={t('requests.any')} value={filter.status} options={requestStatuses.map((s) => ({ value: s, label: t(`requests.statusValue.${s}`) }))} />
        <button type="submit">{t('requests.apply')}</button>
      </form>
      {filtered ? (
        <p>
          <a href="/requests">{t('common.clearFilters')}</a>
        </p>
      ) : null}
      <h2 id="list-title">{t('requests.count', { count: page.total })}</h2>
      {requests.length ? (
        <ol class="results" aria-labelledby="list-title">
          {requests.map((r) => (
            <li>
              <h3>
                <a href={`/requests/${r.id}`} lang={r.sourceLocale === locale ? undefined : r.sourceLocale}>
                  {r.title}
                </a>{' '}
                <RequestBadges request={r} t={t} />
              </h3>
              <p class="small">
                {countryName(r.country, locale)} · {r.policyAreas.map((a) => policyAreaLabel(t, a, 'short')).join(', ')} · {t('requests.posted', { date: dayText(r.createdAt, locale, 'weekday') })}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('requests.noneFound')}</p>
      )}
      {page.pages > 1 ? (
        <nav aria-label={t('requests.title')}>
          <ul class="tags">
            {Array.from({ length: page.pages }, (_, i) => i + 1).map((n) => (
              <li>
                <a href={filterHref('/requests', { ...params, page: n === 1 ? undefined : String(n) })} aria-current={n === page.page ? 'page' : undefined}>
                  {n}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
