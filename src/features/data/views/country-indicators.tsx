import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { type CountryIndicator, type IndicatorValue, byPolicyArea, hasBreakdown, latestValues, valuesByYear } from '../country-indicators.js';
import { Downloads } from './common.js';

export interface CountryIndicatorsProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  indicators: CountryIndicator[];
}

/** Indicator values keep their precision up to two decimals under 10 (a 1–5 score), one above. */
function indicatorFormat(locale: Locale): (value: IndicatorValue | undefined) => string {
  const small = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const large = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (v) => (v === undefined ? '–' : Math.abs(v.value) < 10 ? small.format(v.value) : large.format(v.value));
}

/** "Individuals using the Internet (%)": the name with its unit. */
const label = (indicator: CountryIndicator, t: Translate) => `${indicator.name} (${t(`data.indicators.unit.${indicator.unit}`)})`;

/** The source to show: a sample value says it is one, in the reader's language. */
const sourceOf = (value: IndicatorValue | undefined, t: Translate) => (value === undefined ? '' : value.sample ? t('data.sample') : value.source);

function PolicyArea({ t, locale, area, indicators }: { t: Translate; locale: Locale; area: string; indicators: CountryIndicator[] }) {
  const f = indicatorFormat(locale);
  const areaName = t(`policyArea.${area}.name`);
  const bySex = indicators.some(hasBreakdown);
  return (
    <>
      <h3>{areaName}</h3>
      <table class="chart-table">
        <caption>{t('data.indicators.caption', { area: areaName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.indicators.indicator')}</th>
            <th scope="col">{t('data.indicators.year')}</th>
            <th scope="col">{t('data.indicators.total')}</th>
            {bySex ? (
              <>
                <th scope="col">{t('data.indicators.women')}</th>
                <th scope="col">{t('data.indicators.men')}</th>
              </>
            ) : null}
            <th scope="col">{t('data.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const latest = latestValues(indicator);
            return (
              <tr>
                <th scope="row">{label(indicator, t)}</th>
                <td class="num">{latest.year}</td>
                <td class="num">{f(latest.total)}</td>
                {bySex ? (
                  <>
                    <td class="num">{f(latest.female)}</td>
                    <td class="num">{f(latest.male)}</td>
                  </>
                ) : null}
                <td>{sourceOf(latest.total ?? latest.female ?? latest.male, t)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details>
        <summary>
          {t('data.indicators.history')} — {areaName}
        </summary>
        {indicators.map((indicator) => {
          const split = hasBreakdown(indicator);
          return (
            <table class="chart-table">
              <caption>{t('data.indicators.historyCaption', { indicator: label(indicator, t) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.indicators.year')}</th>
                  <th scope="col">{t('data.indicators.total')}</th>
                  {split ? (
                    <>
                      <th scope="col">{t('data.indicators.women')}</th>
                      <th scope="col">{t('data.indicators.men')}</th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {valuesByYear(indicator).map((year) => (
                  <tr>
                    <th scope="row">{year.year}</th>
                    <td class="num">{f(year.total)}</td>
                    {split ? (
                      <>
                        <td class="num">{f(year.female)}</td>
                        <td class="num">{f(year.male)}</td>
                      </>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </details>
    </>
  );
}

/** The profile's other indicators: by policy area, the latest value with its year and source, women and men where known. */
export function CountryIndicatorsSection({ t, locale, iso3, indicators }: CountryIndicatorsProps) {
  const areas = byPolicyArea(indicators);
  const sample = indicators.some((i) => i.values.some((v) => v.sample));
  return (
    <section id="indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('data.indicators.title')}</h2>
      {areas.length === 0 ? (
        <p>{t('data.indicators.none')}</p>
      ) : (
        <>
          {sample ? (
            <p class="notice sample-notice" role="note">
              <strong>{t('data.indicators.sampleNotice')}</strong>
            </p>
          ) : null}
          <p>{t('data.indicators.lead')}</p>
          {areas.map((area) => (
            <PolicyArea t={t} locale={locale} area={area.policyArea} indicators={area.indicators} />
          ))}
          <Downloads t={t} base={`/countries/${iso3}/indicators`} query="" api="/api/v1/indicators" what={t('data.download.indicators')} />
        </>
      )}
    </section>
  );
}
