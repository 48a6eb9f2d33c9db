import { Breadcrumbs } from '../../../web/components/common.js';
import { inline } from '../../../web/charts/svg.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { PageMeta } from '../../../web/layout.js';
import { filterHref } from '../../../web/links.js';
import { policyAreaSlugs } from '../../policy-areas/policy-areas.js';
import type { ExplorerRow } from '../indicator-explorer.js';
import type { IndicatorSummary } from '../queries.js';
import { Downloads } from './common.js';
import { indicatorFormat } from './indicator-format.js';
import { policyAreaLabel } from '../../policy-areas/present.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface ExplorerProps {
  meta: PageMeta;
  indicators: IndicatorSummary[];
  indicator: IndicatorSummary | undefined;
  year: number | undefined;
  rows: ExplorerRow[];
  /** What the reader asked for that the hub does not hold, said plainly. */
  problem?: string | undefined;
  /** The map, from the chart cache ('' for a categorical indicator); the ranked table is its table alternative. */
  map: string;
}

/** The indicator and year form: a plain GET form, so it works without JavaScript. */
export function ExplorerForm({ t, indicators, indicator, year }: { t: Translate; indicators: IndicatorSummary[]; indicator?: IndicatorSummary | undefined; year?: number | undefined }) {
  return (
    <form method="get" action="/data/indicators" class="filters">
      <label for="x-indicator">{t('data.explorer.indicator')}</label>
      <select id="x-indicator" name="indicator">
        {policyAreaSlugs.map((area) => {
          const list = indicators.filter((i) => i.policyArea === area && i.observations > 0);
          return list.length ? (
            <optgroup label={policyAreaLabel(t, area)}>
              {list.map((i) => (
                <option value={i.code} selected={i.code === indicator?.code}>
                  {i.name}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
      </select>
      <label for="x-year">{t('data.explorer.year')}</label>
      <input id="x-year" name="year" inputmode="numeric" maxlength={4} size={5} value={year === undefined ? '' : String(year)} placeholder={t('data.explorer.latest')} />
      <button type="submit">{t('data.explorer.show')}</button>
    </form>
  );
}

export function IndicatorExplorer({ meta, indicators, indicator, year, rows, problem, map }: ExplorerProps) {
  const { t, locale } = meta;
  const f = indicator ? indicatorFormat(indicator.code, locale) : (n: number) => String(n);
  const query = indicator && year !== undefined ? filterHref('', { indicator: indicator.code, year: String(year) }).replace(/^\?/, '') : '';
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/data', label: t('data.title') }, { label: t('data.explorer.title') }]} />
      <h1>{t('data.explorer.title')}</h1>
      <p class="lead">{t('data.explorer.lead')}</p>
      <ExplorerForm t={t} indicators={indicators} indicator={indicator} year={year} />
      {problem ? (
        <p class="notice" role="alert">
          {problem}
        </p>
      ) : null}
      {indicator && year !== undefined ? (
        <>
          <h2>{t('data.explorer.heading', { indicator: indicator.name, year })}</h2>
          <p>{indicator.description}</p>
          <p class="small muted">
            {t('data.explorer.provenance', { source: indicator.source, year, count: rows.length })}
            {indicator.licence ? ` · ${t('data.indicators.licence', { licence: indicator.licence })}` : ''}
          </p>
          {map ? inline(map) : null}
          <Downloads t={t} base="/data/indicators" query={query} api={filterHref(`/api/v1/indicators/${indicator.code}/observations`, { year: String(year), sex: 'total' })} />
          <ScrollTable id="explorer-values" class="chart-table ranking" caption={t('data.explorer.caption', { indicator: indicator.name, year })}>
            <thead>
              <tr>
                {indicator.categories ? null : <th scope="col">{t('data.col.rank')}</th>}
                <th scope="col">{t('data.col.economy')}</th>
                <th scope="col">{indicator.categories ? t('data.indicators.status') : t('data.explorer.value')}</th>
                {indicator.hasRank ? <th scope="col">{t('data.explorer.publisherRank')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  {r.position === null ? null : <td class="num">{r.position}</td>}
                  <th scope="row">
                    <a href={`/countries/${r.iso3}`}>{r.name}</a>
                  </th>
                  <td class={r.category ? undefined : 'num'}>{r.category ? r.category.label : f(r.value)}</td>
                  {indicator.hasRank ? <td class="num">{r.rank ?? '–'}</td> : null}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      ) : indicator && !problem ? (
        <p>{t('data.explorer.noValues', { indicator: indicator.name })}</p>
      ) : null}
    </article>
  );
}
