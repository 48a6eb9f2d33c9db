import { gate } from '../../web/policy.js';
import { type Context, Hono } from 'hono';
import { notFound } from '../../lib/errors.js';
import { isSlug } from '../../lib/text.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { filterHref, publicOrigin } from '../../web/links.js';
import { pageMeta, render } from '../../web/render.js';
import { itemJsonLd, scriptJson } from './json-ld.js';
import { facetOrganisations, readCatalogueState, searchForPage, stateParams } from './page-query.js';
import { findItemBySlug, itemSummaries, relatedItemIds } from './queries.js';
import type { ItemType } from './types.js';
import { CatalogueListPage, type CatalogueView } from './views/catalogue-list.js';
import { ItemPage } from './views/item-page.js';

const pathOf = (type: ItemType) => (type === 'solution' ? '/solutions' : '/resources');

/** The catalogue's pages: /solutions, /resources and one page per item. */
export function cataloguePages(deps: AppDeps) {
  const { db, facets } = deps;

  const list = (type: ItemType) => async (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const path = pathOf(type);
    const state = await readCatalogueState(c, db, [type]);
    const result = await searchForPage(db, facets, state, [type], locale);
    const organisations = await facetOrganisations(db, result, state.filters.organisation, locale);
    const view: CatalogueView = { meta: pageMeta(c), path, state, result, organisations, mixed: false };
    const key = type === 'solution' ? 'solutions' : 'resources';
    const json = filterHref(`/api/v1${path}`, { ...stateParams(state), page: state.page > 1 ? String(state.page) : undefined });
    return render(
      c,
      { title: t(`catalogue.${key}Title`), description: t(`catalogue.${key}Lead`), json },
      <CatalogueListPage
        view={view}
        title={t(`catalogue.${key}Title`)}
        lead={t(`catalogue.${key}Lead`)}
        searchLabel={t(type === 'solution' ? 'catalogue.searchSolutions' : 'catalogue.searchResources')}
      />,
    );
  };

  const detail = (type: ItemType) => async (c: Context<AppEnv>) => {
    const slug = c.req.param('slug') ?? '';
    if (!isSlug(slug)) throw notFound('Item');
    const { t, locale } = c.var;
    const item = await findItemBySlug(db, type, slug, locale);
    if (!item) throw notFound('Item');
    const related = await itemSummaries(db, await relatedItemIds(db, item), locale);
    const baseUrl = publicOrigin(c, deps.publicUrl);
    const jsonLd = scriptJson(itemJsonLd(item, baseUrl, t, locale));
    return render(
      c,
      { title: item.title, description: item.summary, json: `/api/v1${pathOf(type)}/${slug}` },
      <ItemPage meta={pageMeta(c)} item={item} related={related} jsonLd={jsonLd} />,
    );
  };

  return new Hono<AppEnv>()
    .get('/solutions', gate('public'), list('solution'))
    .get('/resources', gate('public'), list('resource'))
    .get('/solutions/:slug', gate('public'), detail('solution'))
    .get('/resources/:slug', gate('public'), detail('resource'));
}
