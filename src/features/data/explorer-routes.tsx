import type { Context } from 'hono';
import { AppError, errorBody } from '../../lib/errors.js';
import { cacheKey, chartCache } from '../../web/charts/cache.js';
import { renderWorldMap } from '../../web/charts/world-map.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { pageMeta, render } from '../../web/render.js';
import { explorerCsv, explorerJson } from './downloads.js';
import { type ExplorerRow, chooseIndicator, defaultYear, explorerRows, yearCounts } from './indicator-explorer.js';
import { type IndicatorSummary, indicatorDataVersion, listIndicators } from './queries.js';
import { IndicatorExplorer } from './views/indicator-explorer.js';
import { indicatorMapInput, mapCountries } from './indicator-map.js';

type Format = 'html' | 'csv' | 'json';

/**
 * The indicator explorer of /data: `/data/indicators?indicator=CODE&year=YYYY` (a map and a ranked table),
 * and the same table as `.csv` and `.json`. An unknown indicator or a year without values is a clear
 * message on the page and a 400 naming the parameter for the downloads.
 */
export function explorerHandler({ db }: AppDeps, format: Format) {
  return async (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const indicators = await listIndicators(db, locale);
    const choice = chooseIndicator(indicators, { indicator: c.req.query('indicator'), year: c.req.query('year') });
    let indicator: IndicatorSummary | undefined;
    let year: number | undefined;
    let problem: string | undefined;
    if (choice.ok) {
      indicator = choice.indicator;
      year = choice.year ?? defaultYear(await yearCounts(db, indicator.code));
    } else {
      indicator = choice.indicator;
      problem =
        choice.problem === 'indicator'
          ? t('data.explorer.unknownIndicator', { code: choice.asked })
          : t('data.explorer.unknownYear', { year: choice.asked, indicator: choice.indicator!.name, years: choice.indicator!.years.join(', ') || '–' });
      // A download asked for with a bad parameter answers as the API does: JSON naming it, with the reason.
      if (format !== 'html') return c.json(errorBody(new AppError('invalid_parameter', problem, choice.problem)), 400);
    }
    const rows = indicator && year !== undefined ? await explorerRows(db, indicator, year, locale) : [];
    if (format !== 'html') {
      if (!indicator || year === undefined) return c.json(errorBody(new AppError('invalid_parameter', t('data.explorer.noValues', { indicator: indicator?.name ?? '' }), 'indicator')), 400);
      const name = `${indicator.code}-${year}`;
      c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
      c.header('Content-Disposition', `${format === 'csv' ? 'attachment' : 'inline'}; filename="${name}.${format}"`);
      return c.body(format === 'csv' ? explorerCsv(indicator, year, rows) : JSON.stringify(explorerJson(indicator, year, rows)));
    }
    const map = indicator && year !== undefined && !indicator.categories && rows.length ? await explorerMap(db, indicator, year, rows, c) : '';
    return render(
      c,
      { title: t('data.explorer.title'), description: t('data.explorer.lead') },
      <IndicatorExplorer meta={pageMeta(c)} indicators={indicators} indicator={indicator} year={problem ? undefined : year} rows={rows} problem={problem} map={map} />,
      problem ? 400 : 200,
    );
  };
}

/** The world map of one indicator in one year (five classes of about as many economies), cached per data version. */
async function explorerMap(db: AppDeps['db'], indicator: IndicatorSummary, year: number, rows: readonly ExplorerRow[], c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const version = await indicatorDataVersion(db);
  const countries = await mapCountries(db);
  // The ranked table below the map is its table alternative: the map's own (every economy by name) is not repeated.
  return chartCache.get(cacheKey('indicator-map', indicator.code, year, locale, version), () => renderWorldMap(indicatorMapInput(indicator, year, rows, countries, t, locale)));
}
