import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { PageSchema, errorResponses } from '../../lib/api-schema.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { locales } from '../../web/i18n/locales.js';
import { presentFacets } from '../catalogue/api.js';
import { presentItem } from '../catalogue/present.js';
import { CatalogueParams, FacetsSchema, ItemSchema, filtersOf } from '../catalogue/schema.js';
import { type SiteHit, searchTypes } from './unified.js';

const SearchQuery = CatalogueParams.extend({
  type: z
    .enum(searchTypes)
    .optional()
    .openapi({ description: `One kind of result: ${searchTypes.join(', ')}. Without it, every kind in one list, best first (at most 500).` }),
  exact: z.enum(['1']).optional().openapi({ description: '1: search the words as typed (no correction of a word that matches nothing).' }),
});

const HitSchema = z
  .object({
    type: z.enum(searchTypes),
    title: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of the title.' }),
    url: z.string(),
    context: z.string().openapi({ description: "Where it belongs (a session's or an outcome's event); '' for none." }),
    date: z.string().openapi({ description: "ISO date: an event's or session's day, a request's posting; '' for none." }),
    status: z.string().openapi({ description: "An event's or request's status, a partner's type; '' for none." }),
    sample: z.boolean().openapi({ description: 'Sample content, not a real record.' }),
  })
  // A solution or a resource also has every field of a catalogue item (slug, organisations, policyAreas…).
  .extend(ItemSchema.omit({ type: true, title: true, language: true, url: true }).partial().shape)
  .openapi('SearchHit');

const SearchResponse = z.object({
  data: z.array(HitSchema),
  types: z.array(z.object({ type: z.enum(searchTypes), count: z.number().int() })).openapi({ description: 'Results of each kind for this query and filters, whatever `type` is.' }),
  facets: FacetsSchema.nullable().openapi({ description: "The catalogue's facet counts, when solutions or resources are searched." }),
  correctedTo: z.string().nullable().openapi({ description: 'The words searched for instead of a word that matched nothing (nearest known word).' }),
  didYouMean: z.string().nullable().openapi({ description: 'When nothing matches: a query that may.' }),
  page: PageSchema,
});

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['Search'],
  summary: 'Search everything public: solutions, resources, partners, countries, events, sessions and their speakers, outcomes, recommendations and requests',
  description:
    "Words are matched in English, French and Spanish (stems, beginnings of words, accents and case ignored), with the hub's synonym list; a word of four letters or more that matches nothing is searched as the nearest known word. Catalogue filters (policyArea, kind, organisation, …) apply to solutions and resources; policyArea and country also to events, sessions, outcomes, recommendations, requests and partners, and any other filter leaves only catalogue items.",
  request: { query: SearchQuery },
  responses: {
    200: { description: 'One page of results, best first', content: { 'application/json': { schema: SearchResponse } } },
    ...errorResponses,
  },
});

function presentHit(hit: SiteHit): z.infer<typeof HitSchema> {
  return {
    title: hit.title,
    url: hit.href,
    context: hit.context,
    date: hit.date,
    status: hit.status,
    sample: hit.sample,
    ...(hit.item ? presentItem(hit.item) : {}),
    language: hit.titleLocale,
    type: hit.type,
  };
}

export function searchApi({ db, siteSearch }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook }).openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const locale = q.lang ?? c.var.locale;
    const { type, exact, ...rest } = q;
    const filters = filtersOf(rest);
    const result = await siteSearch.search(db, { q: q.q ?? '', type, filters, page: q.page, pageSize: q.pageSize, locale, exact: exact === '1' });
    return c.json(
      {
        data: result.hits.map(presentHit),
        types: result.typeCounts,
        facets: result.catalogue ? presentFacets(result.catalogue.facets) : null,
        correctedTo: result.correctedTo ?? null,
        didYouMean: result.didYouMean ?? null,
        page: result.page,
      },
      200,
    );
  });
}
