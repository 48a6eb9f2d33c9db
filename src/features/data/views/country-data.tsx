import { inline } from '../../../web/charts/svg.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { componentKeys } from '../compute.js';
import { groupName } from '../present.js';
import type { CountryEditionValues } from '../queries.js';
import { Downloads, SampleNotice, valueFormat } from './common.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface CountryDataProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  name: string;
  history: CountryEditionValues[];
  /** The line chart (index and the region's mean by edition) and its table, from chartCache. */
  chart: string;
  chartTable: string;
}

/** The data section of a country profile: every figure with its edition, data year and source. */
export function CountryDataSection({ t, locale, iso3, name, history, chart, chartTable }: CountryDataProps) {
  const f = valueFormat(locale);
  const latest = history[history.length - 1];
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.profile.title')}</h2>
      {!latest ? (
        <p>{t('data.profile.none')}</p>
      ) : (
        <>
          <SampleNotice t={t} show={history.some((h) => h.status === 'sample')} />
          <p>{t('data.profile.lead')}</p>
          <p class="big">
            <strong>{t('data.profile.rank', { rank: latest.publishedRank ?? latest.rank, count: latest.economies, edition: latest.edition })}</strong> ·{' '}
            {t('data.col.index')} {f(latest.index)}
          </p>
          {inline(chart)}
          <details>
            <summary>{t('data.profile.chartCaption')}</summary>
            {inline(chartTable)}
          </details>
          <ScrollTable id="b2c-values" class="chart-table" caption={t('data.profile.valuesCaption', { country: name })}>
            <thead>
              <tr>
                <th scope="col">{t('data.col.edition')}</th>
                <th scope="col">{t('data.col.rank')}</th>
                <th scope="col">{t('data.col.index')}</th>
                {componentKeys.map((key) => (
                  <th scope="col">{t(`data.component.${key}`)}</th>
                ))}
                <th scope="col">{t('data.col.dataYear')}</th>
                <th scope="col">{t('data.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr>
                  <th scope="row">
                    <a href={`/data/b2c/${h.edition}`}>{h.edition}</a>
                  </th>
                  <td class="num">{h.publishedRank ?? h.rank}</td>
                  <td class="num">{f(h.index)}</td>
                  {componentKeys.map((key) => (
                    <td class="num">{f(h[key])}</td>
                  ))}
                  <td class="num">{h.dataYear}</td>
                  <td>
                    {h.source}
                    {h.status === 'sample' ? ` (${t('data.sample')})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <ScrollTable id="b2c-comparison" class="chart-table" caption={t('data.profile.comparisonCaption', { edition: latest.edition })}>
            <thead>
              <tr>
                <th scope="col">{t('data.col.economy')}</th>
                <th scope="col">{t('data.col.index')}</th>
                {componentKeys.map((key) => (
                  <th scope="col">{t(`data.component.${key}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr class="current">
                <th scope="row">{name}</th>
                <td class="num">{f(latest.index)}</td>
                {componentKeys.map((key) => (
                  <td class="num">{f(latest[key])}</td>
                ))}
              </tr>
              {latest.comparisons.map((m) => (
                <tr>
                  <th scope="row">{t('data.profile.average', { group: groupName(m.group, t, locale) })}</th>
                  <td class="num">{f(m.index)}</td>
                  {componentKeys.map((key) => (
                    <td class="num">{f(m[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {history.some((h) => h.indexOnly) ? <p class="small muted">{t('data.indexOnlyNote')}</p> : null}
          <p class="small muted">
            {t('data.profile.source', { source: latest.source, edition: latest.edition, year: latest.dataYear })}
            {latest.licence ? ` ${t('data.indicators.licence', { licence: latest.licence })}.` : ''}
          </p>
          <Downloads t={t} base={`/countries/${iso3}/b2c`} query="" what={t('data.download.history')} />
          <p>
            <a href={`/data/b2c/${latest.edition}`}>{t('data.profile.more')}</a>
          </p>
        </>
      )}
    </section>
  );
}
