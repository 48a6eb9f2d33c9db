import type { Context } from 'hono';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { cleanText } from '../../lib/text.js';
import type { AppEnv } from '../../web/context.js';
import type { Locale } from '../../web/i18n/locales.js';
import { buildCountryReference } from '../countries/reference.js';
import { type FacetIndexCache, type FacetName, facetNames, worldwide } from './facet-index.js';
import { filtersOf, maxQueryLength, parseCatalogueParams } from './schema.js';
import { type CatalogueResult, type Filters, type Sort, searchCatalogue } from './search.js';
import type { ItemType } from './types.js';

/** What a catalogue page (/solutions, /resources, /search) was asked for, after validation. */
export interface CatalogueState {
  /** The words searched for, '' for none. */
  q: string;
  /** Length of a query refused for being too long (nothing is searched then). */
  tooLong?: number | undefined;
  sort?: Sort | undefined;
  filters: Filters;
  page: number;
  pageSize: number;
}

const knownCountries = new Set(buildCountryReference().map((c) => c.iso3));
const isFacetName = (name: string): name is FacetName => (facetNames as readonly string[]).includes(name);

/**
 * Read the catalogue parameters of a page request. Values that do not parse, countries and partners
 * that do not exist, are left out and named in a notice (the API answers 400 instead); a query over
 * the length limit is refused with its own message.
 */
export async function readCatalogueState(c: Context<AppEnv>, db: Kysely<Database>, types: readonly ItemType[], options: { ownType?: boolean } = {}): Promise<CatalogueState> {
  const { t, notices } = c.var;
  const raw = c.req.query();
  // The site-wide search reads `type` itself (it has more types than the catalogue).
  if (options.ownType) delete raw.type;
  const rawQ = raw.q ?? '';
  const tooLong = rawQ.length > maxQueryLength ? rawQ.length : undefined;
  const { params, rejected } = parseCatalogueParams(tooLong ? { ...raw, q: '' } : raw);
  const ignore = (name: string, value: string) => notices.push(t('common.ignoredFilter', { name, value: value.slice(0, 60) }));
  for (const r of rejected) if (isFacetName(r.name) || r.name === 'sort') ignore(r.name, r.value);

  const filters = filtersOf(params);
  if (types.length === 1) delete filters.type;
  if (filters.country && filters.country !== worldwide && !knownCountries.has(filters.country)) {
    ignore('country', filters.country);
    delete filters.country;
  }
  if (filters.organisation && (await organisationLabels(db, [filters.organisation], c.var.locale)).size === 0) {
    ignore('organisation', filters.organisation);
    delete filters.organisation;
  }
  return { q: cleanText(params.q), tooLong, sort: params.sort, filters, page: params.page, pageSize: params.pageSize };
}

/** The state as query parameters for links (the page number left out: a new filter starts at page 1). */
export function stateParams(state: CatalogueState, change: Partial<Record<FacetName | 'q' | 'sort', string | undefined>> = {}): Record<string, string | undefined> {
  return { q: state.q || undefined, sort: state.sort, ...state.filters, ...change };
}

/** Search the catalogue for a page; nothing is searched for a refused query. */
export function searchForPage(
  db: Kysely<Database>,
  facets: FacetIndexCache,
  state: CatalogueState,
  types: readonly ItemType[],
  locale: Locale,
): Promise<CatalogueResult> | undefined {
  if (state.tooLong) return undefined;
  return searchCatalogue(db, facets, { q: state.q, types, filters: state.filters, sort: state.sort, page: state.page, pageSize: state.pageSize, locale });
}

/** Short names (acronym, else name) of organisations by slug, in the reader's language. */
export async function organisationLabels(db: Kysely<Database>, slugs: string[], locale: Locale): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations as o')
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
    .select(['o.slug', sql<string>`coalesce(t.name, s.name)`.as('name'), sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym')])
    .where('o.slug', 'in', slugs)
    .execute();
  return new Map(rows.map((r) => [r.slug, r.acronym ?? r.name]));
}

/** How many values a facet lists at first, the most frequent (the selected one always shows); the rest are behind "show all". */
export const maxFacetLinks = 8;

/** Short names of the partners a page's facets and filters mention. */
export function facetOrganisations(db: Kysely<Database>, result: CatalogueResult | undefined, selected: string | undefined, locale: Locale): Promise<Map<string, string>> {
  const slugs = new Set(result?.facets.organisation.map((f) => f.value) ?? []);
  if (selected) slugs.add(selected);
  return organisationLabels(db, [...slugs], locale);
}

/** The newest solutions for a country, partner or policy area page. */
export function latestSolutions(db: Kysely<Database>, facets: FacetIndexCache, filters: Filters, locale: Locale): Promise<CatalogueResult> {
  return searchCatalogue(db, facets, { types: ['solution'], filters, sort: 'newest', page: 1, pageSize: 10, locale });
}
