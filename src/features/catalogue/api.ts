import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchIndexOf } from '../../db/search/index.js';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { slugPattern } from '../../lib/text.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import type { Locale } from '../../web/i18n/locales.js';
import { queryTerms } from '../search/text.js';
import type { FacetName } from './facet-index.js';
import { presentItem, presentItemDetail } from './present.js';
import { findItemBySlug, itemSummaries, relatedItemIds } from './queries.js';
import { CatalogueParams, FacetsSchema, ItemDetailSchema, ItemListResponse, catalogueParamShape, filtersOf } from './schema.js';
import { type CatalogueResult, searchCatalogue } from './search.js';
import { type ItemType, itemTypes } from './types.js';

/** /solutions and /resources take every catalogue parameter except `type` (the path fixes it). */
const ListQuery = CatalogueParams.omit({ type: true });
const ItemQuery = z.object({ lang: catalogueParamShape.lang });
const SlugParam = z.object({
  slug: z
    .string()
    .max(100)
    .regex(slugPattern, 'must be a slug: lower-case letters, digits and hyphens')
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'cybercrime-legislation-toolkit' }),
});

const RelatedItemSchema = z
  .object({ type: z.enum(itemTypes), slug: z.string(), title: z.string(), url: z.string() })
  .openapi('RelatedItem');
const ItemResponse = z.object({
  data: ItemDetailSchema.extend({
    related: z.array(RelatedItemSchema).openapi({ description: 'Items of the same type sharing policy areas or organisations.' }),
  }).openapi('CatalogueItem'),
});

const listing = (type: ItemType) => {
  const path = type === 'solution' ? 'solutions' : 'resources';
  return {
    list: createRoute({
      method: 'get',
      path: `/${path}`,
      tags: ['Catalogue'],
      summary:
        type === 'solution'
          ? "Partners' solutions (assistance, training, tools, financing…), searched and filtered, with facet counts"
          : 'Resources (publications, reports, guides, datasets…), searched and filtered, with facet counts',
      request: { query: ListQuery },
      responses: {
        200: { description: `A page of ${path}, with the facet counts of every filter`, content: { 'application/json': { schema: ItemListResponse } } },
        ...errorResponses,
      },
    }),
    detail: createRoute({
      method: 'get',
      path: `/${path}/{slug}`,
      tags: ['Catalogue'],
      summary: type === 'solution' ? 'One solution, with related solutions' : 'One resource, with related resources',
      request: { params: SlugParam, query: ItemQuery },
      responses: {
        200: { description: `The ${type}`, content: { 'application/json': { schema: ItemResponse } } },
        ...errorResponses,
        ...notFoundResponse,
      },
    }),
  };
};

const solutions = listing('solution');
const resources = listing('resource');

/** The API's facets: the counts without the pages' `selected` flag (the request says what was selected). */
export function presentFacets(facets: CatalogueResult['facets']): z.infer<typeof FacetsSchema> {
  return Object.fromEntries(
    Object.entries(facets).map(([name, counts]) => [name, counts.map(({ value, count }) => ({ value, count }))]),
  ) as Record<FacetName, { value: string; count: number }[]>;
}

export function catalogueApi({ db, facets }: AppDeps) {
  const search = (q: CatalogueParams, types: readonly ItemType[], locale: Locale) =>
    searchCatalogue(db, facets, { q: q.q, types, filters: filtersOf(q), sort: q.sort, page: q.page, pageSize: q.pageSize, locale });

  const list = async (type: ItemType, q: z.infer<typeof ListQuery>, locale: Locale) => {
    const result = await search(q, [type], locale);
    return { data: result.items.map(presentItem), facets: presentFacets(result.facets), page: result.page };
  };

  const detail = async (type: ItemType, slug: string, locale: Locale) => {
    const item = await findItemBySlug(db, type, slug, locale);
    if (!item) throw notFound(`${type === 'solution' ? 'Solution' : 'Resource'} "${slug}"`);
    const related = await itemSummaries(db, await relatedItemIds(db, item), locale);
    return {
      data: {
        ...presentItemDetail(item),
        related: related.map((r) => ({ type: r.type, slug: r.slug, title: r.title, url: presentItem(r).url })),
      },
    };
  };

  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(solutions.list, async (c) => {
      const q = c.req.valid('query');
      return c.json(await list('solution', q, q.lang ?? c.var.locale), 200);
    })
    .openapi(resources.list, async (c) => {
      const q = c.req.valid('query');
      return c.json(await list('resource', q, q.lang ?? c.var.locale), 200);
    })
    .openapi(solutions.detail, async (c) =>
      c.json(await detail('solution', c.req.valid('param').slug, c.req.valid('query').lang ?? c.var.locale), 200),
    )
    .openapi(resources.detail, async (c) =>
      c.json(await detail('resource', c.req.valid('param').slug, c.req.valid('query').lang ?? c.var.locale), 200),
    );
}
