import { z } from '@hono/zod-openapi';
import { PageSchema, langQuery, pageQuery } from '../../lib/api-schema.js';
import { slugPattern } from '../../lib/text.js';
import { locales } from '../../web/i18n/locales.js';
import { countryGroups } from '../countries/groups.js';
import { regionCodes } from '../countries/regions.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { facetNames } from './facet-index.js';
import { sorts } from './search.js';
import { beneficiaries, costs, itemLanguages, itemTypes, resourceKinds, solutionKinds } from './types.js';

export const maxQueryLength = 200;

/**
 * The parameters of every catalogue list and of /search, for pages and API alike. The API answers
 * 400 naming a bad parameter; pages drop it and say so (see parseCatalogueParams).
 */
export const catalogueParamShape = {
  q: z.string().max(maxQueryLength).optional().openapi({ description: `Words to search for (at most ${maxQueryLength} characters); treated as words, never as query syntax.` }),
  type: z.enum(itemTypes).optional().openapi({ description: 'solution or resource (only on /search).' }),
  policyArea: z.enum(policyAreaSlugs).optional(),
  kind: z.enum([...solutionKinds, ...resourceKinds]).optional(),
  organisation: z.string().max(100).regex(slugPattern, 'must be an organisation slug').optional().openapi({ description: 'Slug of a partner organisation.' }),
  beneficiary: z.enum(beneficiaries).optional(),
  region: z.enum(regionCodes).optional().openapi({ description: 'UN M49 region: items for it or for places inside it.' }),
  country: z
    .string()
    .regex(/^([A-Za-z]{3}|001)$/, "must be an ISO 3166-1 alpha-3 code, or 001 for worldwide")
    .transform((v) => v.toUpperCase())
    .optional()
    .openapi({
      description:
        "ISO 3166-1 alpha-3: items for the country, its sub-region, region or UN groups (not those offered worldwide; a territory such as Réunion only items naming it). '001': items offered worldwide.",
    }),
  group: z.enum(countryGroups).optional().openapi({ description: 'ldc, lldc or sids: items for the group or one of its members.' }),
  language: z.enum(itemLanguages).optional().openapi({ description: 'A language the item is offered in.' }),
  cost: z.enum(costs).optional(),
  sort: z.enum(sorts).optional().openapi({ description: 'relevance (default with q: the 500 newest matches by score, then the rest newest first), newest (default without), title.' }),
  lang: langQuery,
  ...pageQuery(100, 20),
};

export const CatalogueParams = z.object(catalogueParamShape);
export type CatalogueParams = z.infer<typeof CatalogueParams>;

/** The filters of a parsed query, in the facet index's terms. */
export function filtersOf(params: CatalogueParams): Partial<Record<(typeof facetNames)[number], string>> {
  const filters: Partial<Record<(typeof facetNames)[number], string>> = {};
  for (const name of facetNames) {
    const value = params[name];
    if (value !== undefined) filters[name] = value;
  }
  return filters;
}

/**
 * Page version: every parameter that does not parse is left out and named in `rejected`, so the
 * page can show the rest and say what it ignored.
 */
export function parseCatalogueParams(query: Record<string, string>): { params: CatalogueParams; rejected: { name: string; value: string }[] } {
  const rejected: { name: string; value: string }[] = [];
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    // Own names only: `'__proto__' in shape` is true, and its 'field' has no safeParse (a 500).
    if (!Object.hasOwn(catalogueParamShape, name) || value === '') continue;
    const field = catalogueParamShape[name as keyof typeof catalogueParamShape];
    if (field.safeParse(value).success) kept[name] = value;
    else rejected.push({ name, value });
  }
  return { params: CatalogueParams.parse(kept), rejected };
}

const FacetCountSchema = z.object({ value: z.string(), count: z.number().int() });

export const FacetsSchema = z
  .object(Object.fromEntries(facetNames.map((f) => [f, z.array(FacetCountSchema)])) as Record<(typeof facetNames)[number], z.ZodArray<typeof FacetCountSchema>>)
  .openapi('Facets', { description: 'For each filter, how many results each value would give with the current query and the other filters.' });

export const ItemSchema = z
  .object({
    type: z.enum(itemTypes),
    slug: z.string(),
    kind: z.string(),
    title: z.string(),
    summary: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of title and summary.' }),
    sourceLanguage: z.enum(locales),
    organisations: z.array(z.object({ slug: z.string(), name: z.string(), acronym: z.string().nullable() })),
    policyAreas: z.array(z.enum(policyAreaSlugs)),
    beneficiaries: z.array(z.string()),
    coverage: z.array(z.string()).openapi({ description: "'001' (world), M49 region codes, 'ldc'/'lldc'/'sids', or ISO alpha-3 codes." }),
    languages: z.array(z.string()),
    cost: z.enum(costs).openapi({ description: 'free; paid (fees, subscriptions); varies (terms agreed case by case: loans, grants with co-financing, cost-sharing).' }),
    eligibility: z.string().openapi({ description: "Who may apply for it or use it, and on what terms; '' when not recorded." }),
    eligibilityLanguage: z.enum(locales).openapi({ description: 'Language of eligibility: the requested one, or the source language when not translated.' }),
    access: z
      .object({
        applyUrl: z.string().nullable().openapi({ description: "The partner's page where one applies, registers, downloads or asks." }),
        email: z.string().nullable().openapi({ description: 'A public contact address the programme publishes for requests.' }),
        viaHub: z.boolean().openapi({ description: "Help with it can be asked for through the hub's request for assistance (/requests/new)." }),
      })
      .openapi('ItemAccess', { description: 'How to get it: where to apply or ask.' }),
    link: z.string().nullable(),
    documentUrl: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    updatedAt: z.string(),
    url: z.string(),
  })
  .openapi('Item');

export const ItemDetailSchema = ItemSchema.extend({
  description: z.string().openapi({ description: 'Markdown.' }),
  descriptionLanguage: z
    .enum(locales)
    .openapi({ description: 'Language of description: the requested one, or the source language when its translation is not written yet.' }),
  source: z.string(),
  languagesAvailable: z.array(z.enum(locales)).openapi({ description: 'Languages the title and summary exist in (a translation may leave the description or eligibility to the source language).' }),
}).openapi('ItemDetail');

export const ItemListResponse = z.object({ data: z.array(ItemSchema), facets: FacetsSchema, page: PageSchema });
