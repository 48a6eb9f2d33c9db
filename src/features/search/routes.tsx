import { gate } from '../../web/policy.js';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchIndexOf } from '../../db/search/index.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { formatters } from '../../web/i18n/i18n.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { filterHref } from '../../web/links.js';
import { pageMeta, render } from '../../web/render.js';
import { facetOrganisations, readCatalogueState, searchForPage, stateParams } from '../catalogue/page-query.js';
import { itemTypes } from '../catalogue/types.js';
import { CatalogueForm, CatalogueResults, type CatalogueView, FacetPanel, TooLong } from '../catalogue/views/catalogue-list.js';
import { listCountries } from '../countries/queries.js';
import { countryName } from '../countries/reference.js';
import { type OrganisationSummary, organisationSummaries } from '../organisations/queries.js';
import { OrganisationCards } from '../organisations/views/organisation-card.js';
import { queryTerms } from './text.js';

/** Letters only, without accents or case, so "Cote d'ivoire" finds "Côte d'Ivoire". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const maxOrganisations = 12;

/** Partners whose texts match every word (ranked by the search index), best first. */
async function matchingOrganisations(db: Kysely<Database>, q: string, locale: Locale): Promise<{ list: OrganisationSummary[]; total: number }> {
  const terms = queryTerms(q);
  if (terms.length === 0) return { list: [], total: 0 };
  const hits = await searchIndexOf(db).match(db, terms, ['organisation']);
  const list = await organisationSummaries(db, hits.slice(0, maxOrganisations).map((h) => h.docId), locale);
  return { list, total: hits.length };
}

/** Countries whose name in any of the hub's languages contains what was typed, or whose ISO code it is. */
async function matchingCountries(db: Kysely<Database>, q: string, locale: Locale): Promise<{ iso3: string; name: string }[]> {
  const needle = fold(q);
  const { compare } = formatters(locale);
  return (await listCountries(db, {}))
    .filter((country) => country.iso3 === q.toUpperCase() || locales.some((l) => fold(countryName(country.iso3, l)).includes(needle)))
    .map((country) => ({ iso3: country.iso3, name: countryName(country.iso3, locale) }))
    .sort((a, b) => compare(a.name, b.name));
}

/**
 * Site-wide search: solutions and resources (ranked, with the catalogue's facets), and on the
 * first page the partners and countries that match.
 */
export function searchPages(deps: AppDeps) {
  const { db, facets } = deps;
  return new Hono<AppEnv>().get('/search', gate('public'), async (c) => {
    const { t, locale } = c.var;
    const state = await readCatalogueState(c, db, itemTypes);
    const { q } = state;
    const filtered = Object.keys(state.filters).length > 0;
    const asked = Boolean(q) || filtered;
    const withPeople = Boolean(q) && !state.tooLong && state.page === 1;
    const [result, organisations, countries] = await Promise.all([
      asked ? searchForPage(db, facets, state, itemTypes, locale) : undefined,
      withPeople ? matchingOrganisations(db, q, locale) : { list: [], total: 0 },
      withPeople ? matchingCountries(db, q, locale) : [],
    ]);
    const view: CatalogueView = {
      meta: pageMeta(c),
      path: '/search',
      state,
      result,
      organisations: await facetOrganisations(db, result, state.filters.organisation, locale),
      mixed: true,
    };
    const nothing = asked && !state.tooLong && (result?.page.total ?? 0) + organisations.total + countries.length === 0;
    const title = q ? t('search.resultsFor', { q }) : t('search.title');
    const json = asked && !state.tooLong ? filterHref('/api/v1/search', { ...stateParams(state), page: state.page > 1 ? String(state.page) : undefined }) : undefined;
    return render(
      c,
      { title, ...(json ? { json } : {}) },
      <>
        <h1>{title}</h1>
        <CatalogueForm view={view} label={t('home.searchLabel')} />
        {state.tooLong ? <TooLong t={t} length={state.tooLong} /> : null}
        {!asked && !state.tooLong ? <p>{t('search.empty')}</p> : null}
        {nothing && !filtered ? <p>{t('search.noResults', { q })}</p> : null}
        {countries.length ? (
          <section aria-labelledby="found-countries">
            <h2 id="found-countries">
              {t('search.countries')} ({countries.length})
            </h2>
            <ul class="columns plain">
              {countries.map((country) => (
                <li>
                  <a href={`/countries/${country.iso3}`}>{country.name}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {organisations.list.length ? (
          <section aria-labelledby="found-organisations">
            <h2 id="found-organisations">
              {t('search.organisations')} ({organisations.total})
            </h2>
            <OrganisationCards list={organisations.list} t={t} locale={locale} />
          </section>
        ) : null}
        {result && !(nothing && !filtered) ? (
          <div class="layout">
            <CatalogueResults view={view} headingId="found-items" heading={t('catalogue.catalogueResults')} />
            <FacetPanel view={view} level={3} />
          </div>
        ) : null}
      </>,
    );
  });
}
