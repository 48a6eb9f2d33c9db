import { Breadcrumbs } from '../../../web/components/common.js';
import { inline } from '../../../web/charts/svg.js';
import type { PageMeta } from '../../../web/layout.js';
import type { GroupMean } from '../compute.js';
import { componentKeys } from '../compute.js';
import { groupName, shownRank } from '../present.js';
import type { B2cEconomy, B2cEdition } from '../queries.js';
import type { IndicatorSummary } from '../queries.js';
import { Downloads, SampleNotice, valueFormat } from './common.js';
import { ExplorerForm } from './indicator-explorer.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface DataHomeProps {
  meta: PageMeta;
  editions: B2cEdition[];
  latest: B2cEdition | undefined;
  /** The map and its table, rendered once per data version (chartCache). */
  map: string;
  mapTable: string;
  top: B2cEconomy[];
  bottom: B2cEconomy[];
  means: GroupMean[];
  /** The indicators the explorer offers. */
  indicators: IndicatorSummary[];
}

function EconomyTable({ meta, id, caption, rows }: { meta: PageMeta; id: string; caption: string; rows: B2cEconomy[] }) {
  const { t, locale } = meta;
  const f = valueFormat(locale);
  return (
    <ScrollTable id={id} class="chart-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('data.col.rank')}</th>
          <th scope="col">{t('data.col.economy')}</th>
          <th scope="col">{t('data.col.index')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr>
            <td class="num">{shownRank(e)}</td>
            <th scope="row">
              <a href={`/countries/${e.iso3}`}>{e.name}</a>
            </th>
            <td class="num">{f(e.index)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function DataHome({ meta, editions, latest, map, mapTable, top, bottom, means, indicators }: DataHomeProps) {
  const { t, locale } = meta;
  const f = valueFormat(locale);
  const sample = latest?.status === 'sample';
  return (
    <article>
      <Breadcrumbs t={t} items={[{ href: '/', label: t('nav.home') }, { label: t('data.title') }]} />
      <h1>{t('data.title')}</h1>
      <SampleNotice t={t} show={sample} />
      <p class="lead">{t('data.lead')}</p>
      {indicators.some((i) => i.observations > 0) ? (
        <>
          <h2>{t('data.explorer.title')}</h2>
          <p>{t('data.explorer.lead')}</p>
          <ExplorerForm t={t} indicators={indicators} />
        </>
      ) : null}
      <h2>{t('data.measures.title')}</h2>
      <p>{t('data.measures.text')}</p>
      <dl class="facts">
        {componentKeys.map((key) => (
          <>
            <dt>{t(`data.component.${key}`)}</dt>
            <dd>{t(`data.measures.${key}`)}</dd>
          </>
        ))}
      </dl>
      {latest ? (
        <>
          <h2>{t('data.map.heading', { edition: latest.edition })}</h2>
          {sample ? <p class="small muted">{t('data.sample')}</p> : null}
          {inline(map)}
          <details>
            <summary>{t('data.map.tableSummary')}</summary>
            {inline(mapTable)}
          </details>
          <p>
            <a href={`/data/b2c/${latest.edition}`}>{t('data.fullRanking', { edition: latest.edition })}</a> ·{' '}
            <a href="/data/compare">{t('data.compare.title')}</a>
          </p>
          <Downloads t={t} base={`/data/b2c/${latest.edition}`} query="" api={`/api/v1/b2c/${latest.edition}`} />
          <h2>{t('data.top')}</h2>
          <EconomyTable meta={meta} id="top" caption={`${t('data.top')} (${latest.edition})`} rows={top} />
          <h2>{t('data.bottom')}</h2>
          <EconomyTable meta={meta} id="bottom" caption={`${t('data.bottom')} (${latest.edition})`} rows={bottom} />
          <h2>{t('data.groups')}</h2>
          <ScrollTable id="groups" class="chart-table" caption={t('data.groupsCaption', { edition: latest.edition })}>
            <thead>
              <tr>
                <th scope="col">{t('data.col.group')}</th>
                <th scope="col">{t('data.col.economies')}</th>
                <th scope="col">{t('data.col.index')}</th>
                {componentKeys.map((key) => (
                  <th scope="col">{t(`data.component.${key}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {means.map((m) => (
                <tr>
                  <th scope="row">{groupName(m.group, t, locale)}</th>
                  <td class="num">{m.economies}</td>
                  <td class="num">{f(m.index)}</td>
                  {componentKeys.map((key) => (
                    <td class="num">{f(m[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {latest.indexOnly ? <p class="small muted">{t('data.indexOnly')}</p> : null}
          <Downloads t={t} base="/data/groups" query={`edition=${latest.edition}`} what={t('data.download.groups')} />
          <h2>{t('data.editions')}</h2>
          <ul>
            {editions.map((e) => (
              <li>
                <a href={`/data/b2c/${e.edition}`}>{t('data.ranking.title', { edition: e.edition })}</a> ({t(`data.status.${e.status}`)}, {e.economies}{' '}
                {t('data.col.economies').toLowerCase()}; {e.source}
                {e.licence ? ` · ${t('data.indicators.licence', { licence: e.licence })}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('data.noEdition')}</p>
      )}
    </article>
  );
}
