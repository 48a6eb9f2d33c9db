import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
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
import { countryName } from './reference.js';
import { isRegionCode } from './regions.js';
import { CountryItemsSection } from './views/country-items.js';
import { CountryList } from './views/country-list.js';
import { CountryPage } from './views/country-page.js';

export function countryPages({ db, facets }: AppDeps) {
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
      const iso3 = c.req.param('iso3');
      if (!/^[A-Za-z]{3}$/.test(iso3)) throw notFound('Country');
      if (iso3 !== iso3.toUpperCase()) return c.redirect(`/countries/${iso3.toUpperCase()}`, 301);
      const country = await findCountryByIso3(db, iso3);
      if (!country) throw notFound('Country');
      const { t, locale } = c.var;
      const filters = { country: country.iso3 };
      const areas = areasOf(country);
      const [partners, solutions, data, local] = await Promise.all([
        partnersForAreas(db, areas, locale),
        latestSolutions(db, facets, filters, locale),
        countryDataSection(db, country.iso3, t, locale),
        itemsCoveringAreas(db, areas, 10).then(async ({ ids, total }) => ({ items: await itemSummaries(db, ids, locale), total })),
      ]);
      return render(
        c,
        { title: countryName(country.iso3, locale), json: `/api/v1/countries/${country.iso3}` },
        <CountryPage
          meta={pageMeta(c)}
          country={country}
          partners={partners}
          data={data}
          localItems={<CountryItemsSection items={local.items} total={local.total} iso3={country.iso3} t={t} locale={locale} />}
          solutions={<SolutionsSection t={t} locale={locale} title={t('catalogue.countrySolutions')} result={solutions} filters={filters} />}
        />,
      );
    });
}
