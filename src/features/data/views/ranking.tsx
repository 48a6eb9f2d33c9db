import { Breadcrumbs } from '../../../web/components/common.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { regionCodes, regionName } from '../../countries/regions.js';
import { componentKeys } from '../compute.js';
import { economyGroups } from '../economy-groups.js';
import { groupName, shownRank } from '../present.js';
import type { B2cEconomy, B2cEdition, RankingSort } from '../queries.js';
import { Downloads, SampleNotice, changeFormat, valueFormat } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface RankingView {
  region?: string | undefined;
  group?: string | undefined;
  sort: RankingSort;
  order: 'asc' | 'desc';
}

export interface RankingProps {
  meta: PageMeta;
  edition: B2cEdition;
  editions: B2cEdition[];
  previous: number | undefined;
  economies: B2cEconomy[];
  view: RankingView;
  /** Areas the region filter offers: the five regions and their sub-regions. */
  areas: string[];
  jsonLd: string;
}

const defaultOrder = (sort: RankingSort) => (sort === 'rank' || sort === 'name' ? 'asc' : 'desc');

export function RankingPage({ meta, edition, editions, previous, economies, view, areas, jsonLd }: RankingProps) {
  const { t, locale } = meta;
  const f = valueFormat(locale);
  const signed = changeFormat(locale);
  const base = `/data/b2c/${edition.edition}`;
  const filters = { region: view.region, group: view.group };
  const current = { ...filters, sort: view.sort === 'rank' ? undefined : view.sort, order: view.order === defaultOrder(view.sort) ? undefined : view.order };
  const query = filterHref('', current).replace(/^\?/, '');

  // A heading is a link that sorts by its column; following it again reverses the order.
  const sortHeader = (sort: RankingSort, label: string) => {
    const active = view.sort === sort;
    const order = active ? (view.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
    const href = filterHref(base, { ...filters, sort: sort === 'rank' ? undefined : sort, order: order === defaultOrder(sort) ? undefined : order });
    return (
      <th scope="col" aria-sort={active ? (view.order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <a href={href} title={t('data.ranking.sortBy', { column: label })}>
          {label}
        </a>
        {active ? <span class="small"> ({t(view.order === 'asc' ? 'data.ranking.ascending' : 'data.ranking.descending')})</span> : null}
      </th>
    );
  };

  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/data', label: t('data.title') }, { label: t('data.ranking.title', { edition: edition.edition }) }]} />
      <h1>{t('data.ranking.title', { edition: edition.edition })}</h1>
      <SampleNotice t={t} show={edition.status === 'sample'} />
      <p>
        {t('data.ranking.lead', { year: edition.dataYear, count: edition.economies, source: edition.source })}
        {edition.licence ? ` · ${t('data.indicators.licence', { licence: edition.licence })}` : ''}
      </p>
      {edition.indexOnly ? <p class="notice">{t('data.indexOnly')}</p> : null}
      <p>
        {t('data.editions')}
        {t('common.colon')}{' '}
        {editions.map((e, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            {e.edition === edition.edition ? <strong aria-current="page">{e.edition}</strong> : <a href={`/data/b2c/${e.edition}`}>{e.edition}</a>}
          </>
        ))}
      </p>
      <form method="get" action={base} class="filters">
        <label for="region">{t('data.ranking.region')}</label>
        <select id="region" name="region">
          <option value="">{t('common.all')}</option>
          {areas.map((code) => (
            <option value={code} selected={view.region === code}>
              {regionCodes.includes(code as (typeof regionCodes)[number]) ? '' : '— '}
              {regionName(code, locale)}
            </option>
          ))}
        </select>
        <label for="group">{t('data.ranking.group')}</label>
        <select id="group" name="group">
          <option value="">{t('common.all')}</option>
          {economyGroups.map((g) => (
            <option value={g} selected={view.group === g}>
              {groupName(g, t, locale)}
            </option>
          ))}
        </select>
        {view.sort !== 'rank' ? <input type="hidden" name="sort" value={view.sort} /> : null}
        <button type="submit">{t('common.apply')}</button>
        {view.region || view.group ? <a href={base}>{t('common.clearFilters')}</a> : null}
      </form>
      <Downloads t={t} base={base} query={query} api={filterHref(`/api/v1/b2c/${edition.edition}`, filters)} />
      <p class="small muted">{previous === undefined ? t('data.ranking.noPrevious') : t('data.ranking.changeNote', { previous })}</p>
      {economies.length === 0 ? (
        <p>{t('data.ranking.empty')}</p>
      ) : (
        <ScrollTable id="ranking" class="chart-table ranking" caption={`${t('data.ranking.caption', { edition: edition.edition })}${edition.status === 'sample' ? ` — ${t('data.sample')}` : ''}`}>
          <thead>
            <tr>
              {sortHeader('rank', t('data.col.rank'))}
              {sortHeader('name', t('data.col.economy'))}
              {sortHeader('index', t('data.col.index'))}
              {componentKeys.map((key) => sortHeader(key, t(`data.component.${key}`)))}
              {sortHeader('change', t('data.col.change'))}
            </tr>
          </thead>
          <tbody>
            {economies.map((e) => (
              <tr>
                <td class="num">{shownRank(e)}</td>
                <th scope="row">
                  <a href={`/countries/${e.iso3}`}>{e.name}</a>
                </th>
                <td class="num">{f(e.index)}</td>
                {componentKeys.map((key) => (
                  <td class="num">{f(e[key])}</td>
                ))}
                <td class="num">{signed(e.change)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </article>
  );
}
