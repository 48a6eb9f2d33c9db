import { gate } from '../../web/policy.js';
import { type Context, Hono } from 'hono';
import type { CountryRow } from '../../db/schema.js';
import { Breadcrumbs } from '../../web/components/common.js';
import { notFound } from '../../lib/errors.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { filterHref } from '../../web/links.js';
import { pageMeta, queryFilter, render } from '../../web/render.js';
import { latestSolutions } from '../catalogue/page-query.js';
import { SolutionsSection } from '../catalogue/views/solutions-section.js';
import { countryDataSection } from '../data/profile.js';
import { itemSummaries } from '../catalogue/queries.js';
import { partnersForAreas } from '../organisations/queries.js';
import { type CountryGroup, countryGroups, isCountryGroup } from './groups.js';
import { areasOf, findCountryByIso3, groupsOf, itemsCoveringAreas, listCountries } from './queries.js';
import { countryDashboard } from './dashboard.js';
import { countryName } from './reference.js';
import { isRegionCode } from './regions.js';
import { CountryItemsSection } from './views/country-items.js';
import { CountryList } from './views/country-list.js';
import { CountryPage } from './views/country-page.js';

export function countryPages({ db, facets }: AppDeps) {
  /** The country of `/countries/:iso3…`: 404 for an unknown code, a permanent redirect to the upper-case address. */
  async function countryOfPath(c: Context<AppEnv>, rest = ''): Promise<CountryRow | Response> {
    const iso3 = c.req.param('iso3') ?? '';
    if (!/^[A-Za-z]{3}$/.test(iso3)) throw notFound('Country');
    if (iso3 !== iso3.toUpperCase()) return c.redirect(`/countries/${iso3.toUpperCase()}${rest}`, 301);
    const country = await findCountryByIso3(db, iso3);
    if (!country) throw notFound('Country');
    return country;
  }

  return new Hono<AppEnv>()
    .get('/countries', gate('public'), async (c) => {
      const filter = { region: queryFilter(c, 'region', isRegionCode), group: queryFilter(c, 'group', isCountryGroup) };
      const inRegion = await listCountries(db, { region: filter.region });
      const countries = filter.group ? inRegion.filter((country) => groupsOf(country).includes(filter.group!)) : inRegion;
      const groupCounts = Object.fromEntries(
        countryGroups.map((g) => [g, inRegion.filter((country) => groupsOf(country).includes(g)).length]),
      ) as Record<CountryGroup, number>;
      const t = c.var.t;
      return render(
        c,
        { title: t('countries.title'), description: t('countries.lead'), json: filterHref('/api/v1/countries', filter) },
        <CountryList meta={pageMeta(c)} filter={filter} countries={countries} groupCounts={groupCounts} />,
      );
    })
    .get('/countries/:iso3', gate('public'), async (c) => {
      const country = await countryOfPath(c);
      if (country instanceof Response) return country;
      const { t, locale } = c.var;
      const filters = { country: country.iso3 };
      const areas = areasOf(country);
      const [partners, solutions, data, local, dashboard] = await Promise.all([
        partnersForAreas(db, areas, locale),
        latestSolutions(db, facets, filters, locale),
        countryDataSection(db, country.iso3, t, locale, { trends: false }),
        itemsCoveringAreas(db, areas, 10).then(async ({ ids, total }) => ({ items: await itemSummaries(db, ids, locale), total })),
        countryDashboard(db, country, locale),
      ]);
      const name = countryName(country.iso3, locale);
      return render(
        c,
        { title: name, description: t('dashboards.country.description', { country: name }), json: `/api/v1/countries/${country.iso3}` },
        <CountryPage
          meta={pageMeta(c)}
          country={country}
          partners={partners}
          data={data.section}
          facts={data.facts}
          dashboard={dashboard}
          localItems={<CountryItemsSection items={local.items} total={local.total} iso3={country.iso3} t={t} locale={locale} />}
          solutions={<SolutionsSection t={t} locale={locale} title={t('catalogue.countrySolutions')} result={solutions} filters={filters} />}
        />,
      );
    })
    // The indicators with a trend chart each: kept off the country page so that it loads in one round trip.
    .get('/countries/:iso3/indicators', gate('public'), async (c) => {
      const country = await countryOfPath(c, '/indicators');
      if (country instanceof Response) return country;
      const { t, locale } = c.var;
      const name = countryName(country.iso3, locale);
      const data = await countryDataSection(db, country.iso3, t, locale, { trends: true, b2c: false });
      const title = t('dashboards.country.trendsTitle', { country: name });
      return render(
        c,
        { title, description: t('data.indicators.lead'), json: `/countries/${country.iso3}/indicators.json` },
        <article>
          <Breadcrumbs t={t} items={[{ href: '/countries', label: t('nav.countries') }, { href: `/countries/${country.iso3}`, label: name }, { label: t('data.indicators.title') }]} />
          <h1>{title}</h1>
          {data.section}
          <p>
            <a href={`/countries/${country.iso3}`}>{t('dashboards.country.trendsBack', { country: name })}</a>
          </p>
        </article>,
      );
    });

}
