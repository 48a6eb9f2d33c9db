import { Hono } from 'hono';
import type { Context } from 'hono';
import { AppError, notFound } from '../../lib/errors.js';
import { countryName } from '../countries/reference.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { filterHref, publicOrigin } from '../../web/links.js';
import { gate } from '../../web/policy.js';
import { pageMeta, queryFilter, render } from '../../web/render.js';
import { regionCodes } from '../countries/regions.js';
import { countryIndicators } from './country-indicators.js';
import { countryB2cCsv, countryB2cJson, countryIndicatorsCsv, countryIndicatorsJson, groupsCsv, groupsJson } from './downloads.js';
import { isEconomyGroup } from './economy-groups.js';
import { explorerHandler } from './explorer-routes.js';
import { compareChart, mapPictures } from './pictures.js';
import { dataVersion, filterAreas, presentEconomy, presentEdition, rankingCsv } from './present.js';
import { type B2cEdition, type RankingSort, b2cGroupMeans, b2cRanking, b2cTopAndBottom, countryB2cHistory, listB2cEditions, listIndicators, rankingSorts } from './queries.js';
import { ComparePage } from './views/compare.js';
import { DataHome } from './views/data-home.js';
import { RankingPage } from './views/ranking.js';

const isArea = (value: string): value is string => filterAreas.includes(value);
const isSort = (value: string): value is RankingSort => (rankingSorts as readonly string[]).includes(value);
const isOrder = (value: string): value is 'asc' | 'desc' => value === 'asc' || value === 'desc';

/** At most six economies side by side: a phone shows no more columns legibly. */
export const maxCompared = 6;

type Format = 'html' | 'csv' | 'json';

/** `2020`, `2020.csv` or `2020.json`; `?format=csv|json` works too. Anything else is not a page. */
function parseEditionFile(c: Context<AppEnv>, file: string): { edition: number; format: Format } {
  const match = /^(\d{4})(?:\.(csv|json))?$/.exec(file);
  if (!match) throw notFound('Edition');
  const asked = c.req.query('format');
  const format = (match[2] ?? (asked === 'csv' || asked === 'json' ? asked : 'html')) as Format;
  return { edition: Number(match[1]), format };
}

function download(c: Context<AppEnv>, name: string, format: 'csv' | 'json', body: string) {
  c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
  c.header('Content-Disposition', `${format === 'csv' ? 'attachment' : 'inline'}; filename="${name}.${format}"`);
  return c.body(body);
}

/** schema.org Dataset, with `<` escaped so no text can close the script element. */
function datasetJsonLd(c: Context<AppEnv>, edition: B2cEdition, origin: string): string {
  const { t } = c.var;
  const page = `${origin}/data/b2c/${edition.edition}`;
  const sample = edition.status === 'sample';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': page,
    name: `${t('data.ranking.title', { edition: edition.edition })}${sample ? ` (${t('data.sample')})` : ''}`,
    description: `${t('data.jsonLd.description', { edition: edition.edition })}${sample ? ` ${t('data.sampleNotice')}` : ''}`,
    url: page,
    inLanguage: c.var.locale,
    temporalCoverage: String(edition.dataYear),
    isAccessibleForFree: true,
    creator: sample ? { '@type': 'Organization', name: 'E4D Hub' } : { '@type': 'Organization', name: 'UNCTAD', url: 'https://unctad.org' },
    citation: edition.source,
    variableMeasured: edition.indexOnly ? ['index', 'rank'] : ['index', 'rank', 'internetUse', 'accountOwnership', 'secureServers', 'postalReliability'],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${page}.csv` },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${page}.json` },
    ],
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Parse `?countries=KEN,RWA`: codes in the order given, without repeats; unknown ones are listed, never guessed. */
export function parseCountryList(input: string, known: ReadonlySet<string>): { codes: string[]; unknown: string[]; tooMany: boolean } {
  const words = [...new Set(input.split(/[\s,;]+/).map((w) => w.trim().toUpperCase()).filter(Boolean))].slice(0, 50);
  const codes = words.filter((w) => known.has(w));
  const unknown = words.filter((w) => !known.has(w)).map((w) => w.slice(0, 20));
  return { codes: codes.slice(0, maxCompared), unknown, tooMany: codes.length > maxCompared };
}

export function dataPages(deps: AppDeps) {
  const { db, publicUrl } = deps;
  const compare = (forced?: 'csv' | 'json') => async (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const input = (c.req.query('countries') ?? '').slice(0, 200);
    const asked = c.req.query('format');
    const format: Format = forced ?? (asked === 'csv' || asked === 'json' ? asked : 'html');
    const known = new Set((await db.selectFrom('countries').select('iso3').execute()).map((r) => r.iso3));
    const { codes, unknown, tooMany } = parseCountryList(input, known);
    const editions = await listB2cEditions(db);
    const edition = editions[0];
    const all = edition ? ((await b2cRanking(db, edition.edition, { locale })) ?? []) : [];
    const byIso = new Map(all.map((e) => [e.iso3, e]));
    const economies = codes.flatMap((code) => byIso.get(code) ?? []);
    const missing = codes.filter((code) => !byIso.has(code));
    if (format !== 'html') {
      if (unknown.length) throw new AppError('invalid_parameter', `Unknown country codes: ${unknown.join(', ')}`, 'countries');
      if (!edition) throw notFound('Edition');
      if (format === 'csv') return download(c, `b2c-${edition.edition}-compare`, 'csv', rankingCsv(edition, economies, t));
      return download(c, `b2c-${edition.edition}-compare`, 'json', JSON.stringify({ edition: presentEdition(edition, t), data: economies.map((e) => presentEconomy(e, edition)) }));
    }
    const chart = edition && economies.length ? compareChart(dataVersion(editions), edition, economies, t, locale) : '';
    return render(
      c,
      { title: t('data.compare.title'), description: t('data.compare.lead') },
      <ComparePage meta={pageMeta(c)} input={input} edition={edition} economies={economies} unknown={unknown} missing={missing} tooMany={tooMany} chart={chart} />,
    );
  };

  /** Group averages of an edition (`?edition=YEAR`, else the newest) as CSV or JSON. */
  const groups = (format: 'csv' | 'json') => async (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const asked = c.req.query('edition');
    if (asked !== undefined && !/^\d{4}$/.test(asked)) throw new AppError('invalid_parameter', 'Invalid value for "edition": expected a year such as 2020.', 'edition');
    const editions = await listB2cEditions(db);
    const edition = asked === undefined ? editions[0] : editions.find((e) => e.edition === Number(asked));
    if (!edition) throw notFound(asked === undefined ? 'Edition' : `Edition ${asked}`);
    const means = (await b2cGroupMeans(db, edition.edition))!;
    const name = `b2c-${edition.edition}-groups`;
    if (format === 'csv') return download(c, name, 'csv', groupsCsv(edition, means, t, locale));
    return download(c, name, 'json', JSON.stringify(groupsJson(edition, means, t, locale)));
  };

  /** A known country from `:iso3` (any case), or 404. */
  const country = async (c: Context<AppEnv>): Promise<string> => {
    const iso3 = (c.req.param('iso3') ?? '').toUpperCase();
    if (!/^[A-Z]{3}$/.test(iso3) || !(await db.selectFrom('countries').select('iso3').where('iso3', '=', iso3).executeTakeFirst())) throw notFound('Country');
    return iso3;
  };

  /** The profile's index by edition (with the averages it is compared with) as CSV or JSON. */
  const countryB2c = (format: 'csv' | 'json') => async (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const iso3 = await country(c);
    const history = await countryB2cHistory(db, iso3);
    const name = countryName(iso3, locale);
    if (format === 'csv') return download(c, `${iso3}-b2c`, 'csv', countryB2cCsv(iso3, name, history, t, locale));
    return download(c, `${iso3}-b2c`, 'json', JSON.stringify(countryB2cJson(iso3, name, history, t, locale)));
  };

  /** The profile's other indicators, every value, as CSV or JSON. */
  const countryIndicatorValues = (format: 'csv' | 'json') => async (c: Context<AppEnv>) => {
    const { locale } = c.var;
    const iso3 = await country(c);
    const { indicators } = await countryIndicators(db, iso3, locale);
    const name = countryName(iso3, locale);
    if (format === 'csv') return download(c, `${iso3}-indicators`, 'csv', countryIndicatorsCsv(iso3, name, indicators));
    return download(c, `${iso3}-indicators`, 'json', JSON.stringify(countryIndicatorsJson(iso3, name, indicators)));
  };

  return new Hono<AppEnv>()
    .get('/data/groups.csv', gate('public'), groups('csv'))
    .get('/data/groups.json', gate('public'), groups('json'))
    .get('/countries/:iso3/b2c.csv', gate('public'), countryB2c('csv'))
    .get('/countries/:iso3/b2c.json', gate('public'), countryB2c('json'))
    .get('/countries/:iso3/indicators.csv', gate('public'), countryIndicatorValues('csv'))
    .get('/countries/:iso3/indicators.json', gate('public'), countryIndicatorValues('json'))
    .get('/data', gate('public'), async (c) => {
      const { t, locale } = c.var;
      const [editions, indicators] = await Promise.all([listB2cEditions(db), listIndicators(db, locale)]);
      const latest = editions[0];
      let pictures = { map: '', table: '' };
      let extremes: Awaited<ReturnType<typeof b2cTopAndBottom>> = { top: [], bottom: [] };
      let means: Awaited<ReturnType<typeof b2cGroupMeans>> = [];
      if (latest) {
        const version = dataVersion(editions);
        const economies = (await b2cRanking(db, latest.edition, { locale })) ?? [];
        const countries = (await db.selectFrom('countries').select('iso3').where('regionCode', 'is not', null).orderBy('iso3').execute()).map((r) => r.iso3);
        pictures = mapPictures(version, latest, economies, countries, t, locale);
        extremes = await b2cTopAndBottom(db, latest.edition, 10, locale);
        // The page lists the world, the five regions and the groupings; sub-regions are in the downloads and on profiles.
        means = ((await b2cGroupMeans(db, latest.edition)) ?? []).filter((m) => m.group === '001' || regionCodes.includes(m.group as never) || isEconomyGroup(m.group));
      }
      return render(
        c,
        { title: t('data.title'), description: t('data.lead'), json: '/api/v1/b2c' },
        <DataHome meta={pageMeta(c)} editions={editions} latest={latest} map={pictures.map} mapTable={pictures.table} top={extremes?.top ?? []} bottom={extremes?.bottom ?? []} means={means ?? []} indicators={indicators} />,
      );
    })
    .get('/data/indicators', gate('public'), explorerHandler(deps, 'html'))
    .get('/data/indicators.csv', gate('public'), explorerHandler(deps, 'csv'))
    .get('/data/indicators.json', gate('public'), explorerHandler(deps, 'json'))
    .get('/data/compare', gate('public'), compare())
    .get('/data/compare.csv', gate('public'), compare('csv'))
    .get('/data/compare.json', gate('public'), compare('json'))
    .get('/data/b2c/:file', gate('public'), async (c) => {
      const { t, locale } = c.var;
      const { edition: year, format } = parseEditionFile(c, c.req.param('file'));
      const editions = await listB2cEditions(db);
      const edition = editions.find((e) => e.edition === year);
      if (!edition) throw notFound(`Edition ${year}`);
      const html = format === 'html';
      // Pages ignore a filter they do not know (and say so); downloads answer 400 like the API.
      const strict = <T extends string>(name: string, valid: (v: string) => v is T): T | undefined => {
        if (html) return queryFilter(c, name, valid);
        const value = c.req.query(name);
        if (value === undefined || value === '') return undefined;
        if (!valid(value)) throw new AppError('invalid_parameter', `Invalid value for "${name}".`, name);
        return value;
      };
      const region = strict('region', isArea);
      const group = strict('group', isEconomyGroup);
      const sort = strict('sort', isSort) ?? 'rank';
      const order = strict('order', isOrder) ?? (sort === 'rank' || sort === 'name' ? 'asc' : 'desc');
      const economies = (await b2cRanking(db, year, { region, group, sort, order, locale }))!;
      const name = `b2c-${year}`;
      if (format === 'csv') return download(c, name, 'csv', rankingCsv(edition, economies, t));
      if (format === 'json') return download(c, name, 'json', JSON.stringify({ edition: presentEdition(edition, t), data: economies.map((e) => presentEconomy(e, edition)) }));
      const previous = editions.find((e) => e.edition < year && e.status === edition.status)?.edition;
      return render(
        c,
        {
          title: t('data.ranking.title', { edition: year }),
          description: t('seo.ranking', { edition: year }),
          json: filterHref(`/api/v1/b2c/${year}`, { region, group }),
        },
        <RankingPage
          meta={pageMeta(c)}
          edition={edition}
          editions={editions}
          previous={previous}
          economies={economies}
          view={{ region, group, sort, order }}
          areas={filterAreas}
          jsonLd={datasetJsonLd(c, edition, publicOrigin(c, publicUrl))}
        />,
      );
    });
}
