import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { cacheKey, chartCache } from '../../web/charts/cache.js';
import { renderSmallWorldMap } from '../../web/charts/small-map.js';
import { type MapCountry, type WorldMapInput, quantileScale } from '../../web/charts/world-map.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { type ExplorerRow, defaultYear, explorerRows, yearCounts } from './indicator-explorer.js';
import { type IndicatorSummary, indicatorDataVersion } from './queries.js';
import { indicatorFormat } from './views/indicator-format.js';

/** The countries a world map draws: those placed in an M49 region (Antarctica and the like left out). */
export async function mapCountries(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('countries').select('iso3').where('regionCode', 'is not', null).orderBy('iso3').execute()).map((r) => r.iso3);
}

/** One indicator in one year as a world map's input: five classes of about as many economies, each country linked to its profile. */
export function indicatorMapInput(indicator: IndicatorSummary, year: number, rows: readonly Pick<ExplorerRow, 'iso3' | 'value'>[], countries: readonly string[], t: Translate, locale: Locale): WorldMapInput {
  const format = indicatorFormat(indicator.code, locale);
  const values = new Map(rows.map((r) => [r.iso3, r.value]));
  const list: MapCountry[] = countries.map((iso3) => {
    const value = values.get(iso3);
    return { iso3, value, href: `/countries/${iso3}`, label: t('data.map.label', { name: countryName(iso3, locale), value: value === undefined ? t('data.map.noData') : format(value) }) };
  });
  return {
    id: 'indicator-map',
    title: t('data.explorer.heading', { indicator: indicator.name, year }),
    description: t('data.explorer.mapDescription'),
    scale: quantileScale([...values.values()], format, t('data.map.noData'), `${indicator.name} (${t(`data.indicators.unit.${indicator.unit}`)}), ${year}`),
    countries: list,
    locale,
  };
}

/** What a policy area's page shows of one indicator: the small map, the year and how many economies it has. */
export interface AreaIndicatorMap {
  indicator: IndicatorSummary;
  year: number;
  economies: number;
  /** The small map's SVG. */
  map: string;
}

/**
 * The indicator of a policy area that covers the most economies (in its default year, as the explorer
 * shows it first), drawn as a small map: kept in the chart cache per indicator, year, language and data
 * version, like the explorer's map. Undefined when none of the indicators has a number to map.
 */
export async function areaIndicatorMap(db: Kysely<Database>, indicators: readonly IndicatorSummary[], t: Translate, locale: Locale): Promise<AreaIndicatorMap | undefined> {
  const numeric = indicators.filter((i) => !i.categories && i.observations > 0);
  if (numeric.length === 0) return undefined;
  const [version, ...coverage] = await Promise.all([
    indicatorDataVersion(db),
    ...numeric.map(async (indicator) => {
      const counts = await yearCounts(db, indicator.code);
      const year = defaultYear(counts);
      return { indicator, year, economies: counts.find((c) => c.year === year)?.n ?? 0 };
    }),
  ]);
  const best = coverage.filter((c): c is typeof c & { year: number } => c.year !== undefined).sort((a, b) => b.economies - a.economies)[0];
  if (!best) return undefined;
  const { indicator, year } = best;
  const map = await chartCache.get(cacheKey('indicator-small-map', indicator.code, year, locale, version), async () => {
    const [rows, countries] = await Promise.all([explorerRows(db, indicator, year, locale), mapCountries(db)]);
    const input = indicatorMapInput(indicator, year, rows, countries, t, locale);
    return renderSmallWorldMap({ ...input, id: 'area-map', description: t('hubs.indicators.mapDescription', { indicator: indicator.name, year, count: rows.length }) });
  });
  return { indicator, year, economies: best.economies, map };
}
