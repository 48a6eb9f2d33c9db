import { inline } from '../../../web/charts/svg.js';
import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { regionName } from '../../countries/regions.js';
import { type CountryIndicator, type CountryIndicators, type GroupAverage, type IndicatorValue, byPolicyArea, hasBreakdown, latestValues } from '../country-indicators.js';
import { categoryLabel } from '../indicator-catalogue.js';
import { indicatorTrend } from '../pictures.js';
import { Downloads } from './common.js';
import { indicatorFormat } from './indicator-format.js';
import { ScrollTable } from '../../../web/components/scroll-table.js';

export interface CountryIndicatorsProps {
  t: Translate;
  locale: Locale;
  iso3: string;
  name: string;
  data: CountryIndicators;
  /** Key of the cached trend charts: changes with every import. */
  version: string;
  /** Draw each indicator's trend chart (/countries/:iso3/indicators); without, a link to that page (the country page, kept light). */
  trends?: boolean;
}

interface Context extends CountryIndicatorsProps {
  regionLabel: string | undefined;
  incomeLabel: string | undefined;
}

/** "Individuals using the Internet (%)": the name with its unit. */
const label = (indicator: CountryIndicator, t: Translate) => (indicator.categorical ? indicator.name : `${indicator.name} (${t(`data.indicators.unit.${indicator.unit}`)})`);

/**
 * Where the latest values of an area come from and under which licence, once per source beside the
 * indicators it gives ("Account ownership, Digital payments: World Bank, Global Findex… · Licence: CC BY 4.0"),
 * so that the tables stay narrow on a phone.
 */
function Sources({ t, indicators }: { t: Translate; indicators: CountryIndicator[] }) {
  const bySource = new Map<string, string[]>();
  for (const indicator of indicators) {
    const latest = latestValues(indicator);
    const value = latest.total ?? latest.female ?? latest.male;
    if (!value) continue;
    const provenance = `${value.source}${value.licence ? ` · ${t('data.indicators.licence', { licence: value.licence })}` : ''}`;
    bySource.set(provenance, [...(bySource.get(provenance) ?? []), indicator.name]);
  }
  return (
    <ul class="small muted sources">
      {[...bySource].map(([provenance, names]) => (
        <li>{t('data.indicators.sourceOf', { indicators: names.join(', '), source: provenance })}</li>
      ))}
    </ul>
  );
}

function Average({ format, average, year }: { format: (n: number) => string; average: readonly GroupAverage[]; year: number }) {
  const found = average.find((a) => a.year === year);
  return found ? (
    <td class="num">
      {format(found.value)} <span class="small muted">({found.countries})</span>
    </td>
  ) : (
    <td class="num missing">–</td>
  );
}

/** A value as read: a category's label, or the number with the publisher's rank when it gives one. */
function shown(value: IndicatorValue | undefined, format: (n: number) => string, t: Translate): string {
  if (!value) return '–';
  if (value.category) return value.category.label;
  return value.rank === null ? format(value.value) : `${format(value.value)} (${t('data.indicators.rank', { rank: value.rank })})`;
}

function NumberTable({ c, area, slug, indicators }: { c: Context; area: string; slug: string; indicators: CountryIndicator[] }) {
  const { t, locale } = c;
  const split = indicators.some(hasBreakdown);
  return (
    <ScrollTable id={`indicators-${slug}`} class="chart-table" caption={t('data.indicators.caption', { area })}>
      <thead>
        <tr>
          <th scope="col">{t('data.indicators.indicator')}</th>
          <th scope="col">{t('data.indicators.year')}</th>
          <th scope="col">{c.name}</th>
          {split ? (
            <>
              <th scope="col">{t('data.indicators.women')}</th>
              <th scope="col">{t('data.indicators.men')}</th>
            </>
          ) : null}
          {c.regionLabel ? <th scope="col">{c.regionLabel}</th> : null}
          {c.incomeLabel ? <th scope="col">{c.incomeLabel}</th> : null}
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const latest = latestValues(indicator);
          const f = indicatorFormat(indicator.code, locale);
          return (
            <tr>
              <th scope="row">{label(indicator, t)}</th>
              <td class="num">{latest.year}</td>
              <td class="num">{shown(latest.total, f, t)}</td>
              {split ? (
                <>
                  <td class="num">{shown(latest.female, f, t)}</td>
                  <td class="num">{shown(latest.male, f, t)}</td>
                </>
              ) : null}
              {c.regionLabel ? <Average format={f} average={indicator.regionAverages} year={latest.year} /> : null}
              {c.incomeLabel ? <Average format={f} average={indicator.incomeAverages} year={latest.year} /> : null}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** Categorical indicators (laws from the Cyberlaw Tracker, the income group): one row each, its status in words. */
function CategoryTable({ c, area, slug, indicators }: { c: Context; area: string; slug: string; indicators: CountryIndicator[] }) {
  const { t } = c;
  return (
    <ScrollTable id={`statuses-${slug}`} class="chart-table statuses" caption={t('data.indicators.statusCaption', { area })}>
      <thead>
        <tr>
          <th scope="col">{t('data.indicators.indicator')}</th>
          <th scope="col">{t('data.indicators.status')}</th>
          <th scope="col">{t('data.indicators.year')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const latest = latestValues(indicator);
          const value = latest.total;
          return (
            <tr>
              <th scope="row">{indicator.name}</th>
              <td class={value?.category ? `status-${value.category.key}` : undefined}>
                <strong>{value?.category?.label ?? '–'}</strong>
              </td>
              <td class="num">{latest.year}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** Each number's small trend chart (the country, women and men, the averages), with its table alternative; a single year draws none. */
function Trends({ c, indicators }: { c: Context; indicators: CountryIndicator[] }) {
  const { t, locale } = c;
  const trending = indicators.filter((i) => new Set(i.values.map((v) => v.year)).size > 1);
  return (
    <>
      {trending.map((indicator) => {
        const { chart, table } = indicatorTrend(
          c.version,
          c.iso3,
          indicator,
          {
            country: c.name,
            description: t('data.indicators.trendDescription', { country: c.name, indicator: indicator.name }),
            region: c.regionLabel,
            income: c.incomeLabel,
            women: t('data.indicators.women'),
            men: t('data.indicators.men'),
            year: t('data.indicators.year'),
            unit: t(`data.indicators.unit.${indicator.unit}`),
            caption: t('data.indicators.historyCaption', { indicator: label(indicator, t) }),
          },
          indicatorFormat(indicator.code, locale),
          locale,
        );
        return (
          <>
            {inline(chart)}
            <details>
              <summary>{t('data.indicators.historySummary')}</summary>
              {inline(table)}
            </details>
          </>
        );
      })}
    </>
  );
}

/**
 * The profile's indicators by policy area: the latest value with its year, source and licence, women and
 * men where the data allow, the averages of the country's region and income group for the same year,
 * a trend chart of each number, and laws and groups in words.
 */
export function CountryIndicatorsSection(props: CountryIndicatorsProps) {
  const { t, locale, iso3, data } = props;
  const areas = byPolicyArea(data.indicators);
  const { region, income } = data.groups;
  const incomeName = income ? categoryLabel('income-group', income.value, locale) : undefined;
  const c: Context = {
    ...props,
    regionLabel: region ? t('data.profile.average', { group: regionName(region, locale) }) : undefined,
    incomeLabel: incomeName ? t('data.profile.average', { group: incomeName }) : undefined,
  };
  return (
    <section id="indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('data.indicators.title')}</h2>
      {areas.length === 0 ? (
        <p>{t('data.indicators.none')}</p>
      ) : (
        <>
          <p>{t('data.indicators.lead')}</p>
          <p class="small muted">
            {region ? t('data.indicators.regionAverage', { region: regionName(region, locale) }) : null}{' '}
            {income && incomeName ? t('data.indicators.incomeAverage', { group: incomeName, year: income.year }) : null}
          </p>
          {areas.map((area) => {
            const areaName = t(`policyArea.${area.policyArea}.name`);
            const numbers = area.indicators.filter((i) => !i.categorical);
            const categories = area.indicators.filter((i) => i.categorical);
            return (
              <>
                <h3>{areaName}</h3>
                {numbers.length ? <NumberTable c={c} area={areaName} slug={area.policyArea} indicators={numbers} /> : null}
                {categories.length ? <CategoryTable c={c} area={areaName} slug={area.policyArea} indicators={categories} /> : null}
                <Sources t={t} indicators={area.indicators} />
                {props.trends === false ? null : <Trends c={c} indicators={numbers} />}
              </>
            );
          })}
          {props.trends === false ? (
            <p>
              <a href={`/countries/${iso3}/indicators`}>{t('dashboards.country.trendsLink', { country: props.name })}</a>
            </p>
          ) : null}
          <Downloads t={t} base={`/countries/${iso3}/indicators`} query="" api="/api/v1/indicators" what={t('data.download.indicators')} />
        </>
      )}
    </section>
  );
}
