import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { gate } from '../../web/policy.js';
import { filterHref } from '../../web/links.js';
import { pageMeta, render } from '../../web/render.js';
import { facetOrganisations, readCatalogueState, stateParams } from '../catalogue/page-query.js';
import { itemTypes } from '../catalogue/types.js';
import type { CatalogueView } from '../catalogue/views/catalogue-list.js';
import { queryClauses } from './text.js';
import { nearestPolicyArea } from './places.js';
import { type SearchType, isSearchType } from './unified.js';
import { SearchPage } from './views/search-page.js';

/**
 * /search: one ranked list of everything public (unified.ts), tabs by kind of result, the catalogue's
 * facets while catalogue items are listed, and what to do when nothing matches.
 */
export function searchPages(deps: AppDeps) {
  const { db, siteSearch } = deps;
  return new Hono<AppEnv>().get('/search', gate('public'), async (c) => {
    const { t, locale } = c.var;
    const state = await readCatalogueState(c, db, itemTypes, { ownType: true });
    const rawType = c.req.query('type');
    let type: SearchType | undefined;
    if (rawType && isSearchType(rawType)) type = rawType;
    else if (rawType) c.var.notices.push(t('search.unknownType', { value: rawType.slice(0, 40) }));
    const clauses = state.q ? queryClauses(state.q) : [];
    const noWords = Boolean(state.q) && clauses.length === 0;
    const filtered = Object.keys(state.filters).length > 0;
    const result =
      (state.q || filtered) && !state.tooLong && !noWords
        ? await siteSearch.search(db, { q: state.q, type, filters: state.filters, page: state.page, pageSize: state.pageSize, locale, exact: c.req.query('exact') === '1' })
        : undefined;
    const view: CatalogueView = {
      meta: pageMeta(c),
      path: '/search',
      state: type ? { ...state, filters: { ...state.filters, type } } : state,
      result: result?.catalogue,
      organisations: await facetOrganisations(db, result?.catalogue, state.filters.organisation, locale),
      mixed: true,
    };
    const title = state.q ? t('search.resultsFor', { q: state.q }) : t('search.title');
    const json = result ? filterHref('/api/v1/search', { ...stateParams(state), type, page: state.page > 1 ? String(state.page) : undefined }) : undefined;
    return render(
      c,
      // Results of a query are not pages of their own for search engines; the empty search form is.
      { title, description: state.q ? t('seo.searchFor', { q: state.q }) : t('seo.search'), noindex: Boolean(state.q), ...(json ? { json } : {}) },
      <SearchPage view={view} type={type} result={result} noWords={noWords} nearestArea={result && result.page.total === 0 ? nearestPolicyArea(queryClauses(result.didYouMean ?? result.correctedTo ?? state.q)) : undefined} />,
    );
  });
}
