import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { OrganisationFilter, OrganisationSummary } from '../queries.js';
import { organisationTypes } from '../types.js';
import { OrganisationCards } from './organisation-card.js';

interface Props {
  meta: PageMeta;
  filter: Pick<OrganisationFilter, 'type' | 'policyArea'>;
  list: OrganisationSummary[];
  page: PageInfo;
  facets: { type: Map<string, number>; policyArea: Map<string, number> };
}

function Facet(props: { title: string; items: { href: string; label: string; count: number; current: boolean }[] }) {
  return (
    <>
      <h2>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li>
            <a href={item.href} aria-current={item.current ? 'true' : undefined}>
              <span>{item.label}</span>
              <span class="muted">{item.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrganisationList({ meta, filter, list, page, facets }: Props) {
  const { t, locale, url } = meta;
  const filtered = Boolean(filter.type || filter.policyArea);
  return (
    <>
      <h1>{t('organisations.title')}</h1>
      <p class="lead">{t('organisations.lead')}</p>
      <div class="layout">
        <aside class="facets" aria-label={t('common.filters')}>
          <Facet
            title={t('organisations.type')}
            items={organisationTypes
              .filter((type) => facets.type.has(type) || filter.type === type)
              .map((type) => ({
                href: filterHref('/organisations', filter, { type: filter.type === type ? undefined : type }),
                label: t(`orgType.${type}`),
                count: facets.type.get(type) ?? 0,
                current: filter.type === type,
              }))}
          />
          <Facet
            title={t('organisations.policyArea')}
            items={policyAreaSlugs.map((slug) => ({
              href: filterHref('/organisations', filter, { policyArea: filter.policyArea === slug ? undefined : slug }),
              label: t(`policyArea.${slug}.short`),
              count: facets.policyArea.get(slug) ?? 0,
              current: filter.policyArea === slug,
            }))}
          />
          {filtered ? (
            <p>
              <a href="/organisations">{t('common.clearFilters')}</a>
            </p>
          ) : null}
        </aside>
        <section aria-labelledby="results">
          <h2 id="results">{t('common.results', { count: page.total })}</h2>
          {list.length ? <OrganisationCards list={list} t={t} locale={locale} /> : <p>{t('organisations.noneFound')}</p>}
          <Pager t={t} url={url} page={page} />
        </section>
      </div>
    </>
  );
}
