import { cacheKey, chartCache } from '../../web/charts/cache.js';
import { type LineChartInput, type LineSeries, lineChartTable, renderBarChart, renderLineChart } from '../../web/charts/charts.js';
import { tableAlternative } from '../../web/charts/table.js';
import { type MapCountry, type WorldMapInput, equalIntervalScale, renderWorldMap, worldMapTable } from '../../web/charts/world-map.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { regionCodes } from '../countries/regions.js';
import { type CountryIndicator, type GroupAverage, hasBreakdown } from './country-indicators.js';
import type { Sex } from './indicator-parser.js';
import { groupName } from './present.js';
import type { B2cEconomy, B2cEdition, CountryEditionValues } from './queries.js';
import { valueFormat } from './views/common.js';

/**
 * The index's pictures, each drawn once per data version and language and then served from chartCache:
 * the keys carry dataVersion(), so an import gives new keys and the old pictures age out.
 */

const titled = (title: string, edition: B2cEdition, t: Translate) => (edition.status === 'sample' ? `${title} (${t('data.sample')})` : title);

/** The world map of an edition and its table alternative; every country with a profile is a link. */
export function mapPictures(
  version: string,
  edition: B2cEdition,
  economies: readonly B2cEconomy[],
  countries: readonly string[],
  t: Translate,
  locale: Locale,
): { map: string; table: string } {
  const build = (): WorldMapInput => {
    const format = valueFormat(locale);
    const values = new Map(economies.map((e) => [e.iso3, e.index]));
    const list: MapCountry[] = countries.map((iso3) => {
      const value = values.get(iso3);
      const name = countryName(iso3, locale);
      return { iso3, value, href: `/countries/${iso3}`, label: t('data.map.label', { name, value: value === undefined ? t('data.map.noData') : format(value) }) };
    });
    const integer = (n: number) => String(Math.round(n));
    return {
      id: 'b2c-map',
      title: titled(t('data.map.title', { edition: edition.edition }), edition, t),
      description: t('data.map.description'),
      scale: equalIntervalScale(0, 100, integer, t('data.map.noData'), t('data.map.legend')),
      countries: list,
      locale,
    };
  };
  const map = chartCache.get(cacheKey('b2c-map', locale, version), () => renderWorldMap(build()));
  const table = chartCache.get(cacheKey('b2c-map-table', locale, version), () => {
    const input = build();
    const names = Object.fromEntries(countries.map((iso3) => [iso3, countryName(iso3, locale)]));
    const caption = titled(t('data.map.caption', { edition: edition.edition }), edition, t);
    return tableAlternative(
      worldMapTable(input, { caption, countryHeader: t('data.col.economy'), valueHeader: t('data.col.index'), names, format: valueFormat(locale), missing: t('data.map.noData'), locale }),
    );
  });
  return { map, table };
}

/** A profile's line chart: the country's index by edition beside its M49 region's mean. */
export function profilePictures(version: string, iso3: string, history: readonly CountryEditionValues[], t: Translate, locale: Locale): { chart: string; table: string } {
  const build = () => {
    const name = countryName(iso3, locale);
    const region = history[history.length - 1]?.comparisons.find((m) => (regionCodes as readonly string[]).includes(m.group))?.group;
    const regionLabel = region ? groupName(region, t, locale) : '';
    const series: LineSeries[] = [{ name, points: history.map((h) => ({ x: h.edition, y: h.index })) }];
    if (region) {
      series.push({
        name: t('data.profile.average', { group: regionLabel }),
        points: history.map((h) => ({ x: h.edition, y: h.comparisons.find((m) => m.group === region)?.index })),
      });
    }
    const sample = history.some((h) => h.status === 'sample');
    const title = t('data.profile.chartTitle', { country: name });
    return {
      id: `b2c-profile-${iso3}`,
      title: sample ? `${title} (${t('data.sample')})` : title,
      description: t('data.profile.chartDescription', { country: name, region: regionLabel }),
      xLabel: t('data.col.edition'),
      yLabel: t('data.map.legend'),
      series,
      yDomain: [0, 100] as const,
      format: valueFormat(locale),
    };
  };
  const chart = chartCache.get(cacheKey('b2c-profile', iso3, locale, version), () => renderLineChart(build()));
  const table = chartCache.get(cacheKey('b2c-profile-table', iso3, locale, version), () => tableAlternative(lineChartTable(build(), t('data.profile.chartCaption'))));
  return { chart, table };
}

/** The comparison's bar chart of the index, one bar per economy in the order asked. */
export function compareChart(version: string, edition: B2cEdition, economies: readonly B2cEconomy[], t: Translate, locale: Locale): string {
  const codes = economies.map((e) => e.iso3).join(',');
  return chartCache.get(cacheKey('b2c-compare', codes, locale, version), () => {
    const input = {
      id: 'b2c-compare',
      title: titled(t('data.compare.chartTitle', { edition: edition.edition, names: economies.map((e) => e.name).join(', ') }), edition, t),
      description: t('data.compare.chartDescription'),
      valueLabel: t('data.map.legend'),
      categoryLabel: t('data.col.economy'),
      bars: economies.map((e) => ({ label: e.name, value: e.index, href: `/countries/${e.iso3}` })),
      domain: [0, 100] as const,
      format: valueFormat(locale),
    };
    // The comparison table beside the chart is its table alternative, so only the picture is kept.
    return renderBarChart(input);
  });
}

export interface TrendLabels {
  country: string;
  description: string;
  /** "Africa (average)", when the country has an M49 region. */
  region?: string | undefined;
  /** "Lower middle income (average)", when its income group is known. */
  income?: string | undefined;
  women: string;
  men: string;
  year: string;
  unit: string;
  /** Caption of the table alternative. */
  caption: string;
}

/**
 * A profile's small trend chart of one indicator: the country's values by year (women and men too where
 * it has them) beside its region's and income group's averages in the same years, and its table
 * alternative. Drawn once per data version, country, indicator and language.
 */
export function indicatorTrend(
  version: string,
  iso3: string,
  indicator: CountryIndicator,
  labels: TrendLabels,
  format: (n: number) => string,
  locale: Locale,
): { chart: string; table: string } {
  const build = (): LineChartInput => {
    const years = [...new Set(indicator.values.map((v) => v.year))].sort((a, b) => a - b);
    const of = (sex: Sex) => years.map((year) => ({ x: year, y: indicator.values.find((v) => v.year === year && v.sex === sex)?.value }));
    const average = (list: readonly GroupAverage[]) => years.map((year) => ({ x: year, y: list.find((a) => a.year === year)?.value }));
    const series: LineSeries[] = [{ name: labels.country, points: of('total') }];
    if (hasBreakdown(indicator)) series.push({ name: labels.women, points: of('female') }, { name: labels.men, points: of('male') });
    if (labels.region && indicator.regionAverages.length) series.push({ name: labels.region, points: average(indicator.regionAverages) });
    if (labels.income && indicator.incomeAverages.length) series.push({ name: labels.income, points: average(indicator.incomeAverages) });
    return {
      id: `trend-${indicator.code}`,
      title: indicator.name,
      description: labels.description,
      xLabel: labels.year,
      yLabel: `${indicator.name} (${labels.unit})`,
      series,
      format,
      markers: 'last',
    };
  };
  const chart = chartCache.get(cacheKey('indicator-trend', iso3, indicator.code, locale, version), () => renderLineChart(build()));
  const table = chartCache.get(cacheKey('indicator-trend-table', iso3, indicator.code, locale, version), () => tableAlternative(lineChartTable(build(), labels.caption)));
  return { chart, table };
}
