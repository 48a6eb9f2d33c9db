import type { PageInfo } from '../../../lib/pagination.js';
import { Pager } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { maxFacetLinks } from '../../catalogue/page-query.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
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

type FacetItem = { href: string; label: string; count: number; current: boolean };

function FacetItems({ items }: { items: FacetItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={item.href} aria-current={item.current ? 'true' : undefined}>
            <span>{item.label}</span>
            <span class="muted">{item.count}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The first values (and the chosen one) as links, the rest behind "show all" (as the catalogue's facets). */
function Facet(props: { title: string; showAll: (count: number) => string; items: FacetItem[] }) {
  const first = props.items.filter((item, i) => i < maxFacetLinks || item.current);
  const rest = props.items.filter((item) => !first.includes(item));
  return (
    <>
      <h2>{props.title}</h2>
      <FacetItems items={first} />
      {rest.length ? (
        <details>
          <summary>{props.showAll(props.items.length)}</summary>
          <FacetItems items={rest} />
        </details>
      ) : null}
    </>
  );
}

/** A facet's values with results (and the chosen one, whatever its count), the most frequent first; ties keep their order. */
function withResults<T extends { count: number; current: boolean }>(items: T[]): T[] {
  return items.filter((item) => item.count > 0 || item.current).sort((a, b) => b.count - a.count);
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
            showAll={(count) => t('hubs.facets.showAll', { count })}
            items={withResults(
              organisationTypes.map((type) => ({
                href: filterHref('/organisations', filter, { type: filter.type === type ? undefined : type }),
                label: t(`orgType.${type}`),
                count: facets.type.get(type) ?? 0,
                current: filter.type === type,
              })),
            )}
          />
          <Facet
            title={t('organisations.policyArea')}
            showAll={(count) => t('hubs.facets.showAll', { count })}
            items={withResults(
              policyAreaSlugs.map((slug) => ({
                href: filterHref('/organisations', filter, { policyArea: filter.policyArea === slug ? undefined : slug }),
                label: policyAreaLabel(t, slug, 'short'),
                count: facets.policyArea.get(slug) ?? 0,
                current: filter.policyArea === slug,
              })),
            )}
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
