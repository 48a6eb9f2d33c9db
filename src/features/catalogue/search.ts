import type { Kysely } from 'kysely';
import type { TypedFastBitSet } from 'typedfastbitset';
import type { Database } from '../../db/schema.js';
import { type DocType, searchIndexOf } from '../../db/search/index.js';
import { type PageInfo, offsetOf, pageInfo } from '../../lib/pagination.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type SnippetPart, snippet } from '../search/highlight.js';
import { type QueryTerm, queryTerms } from '../search/text.js';
import { type FacetIndex, type FacetIndexCache, type FacetName, facetNames } from './facet-index.js';
import { type ItemSummary, itemSummaries } from './queries.js';
import type { ItemType } from './types.js';

export const sorts = ['relevance', 'newest', 'title'] as const;
export type Sort = (typeof sorts)[number];

export type Filters = Partial<Record<FacetName, string>>;

export interface CatalogueQuery {
  q?: string | undefined;
  /** The item types searched: one for /solutions and /resources, both for /search. */
  types: readonly ItemType[];
  filters: Filters;
  sort?: Sort | undefined;
  page: number;
  pageSize: number;
  locale: Locale;
}

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export interface FoundItem extends ItemSummary {
  snippet: SnippetPart[];
}

export interface CatalogueResult {
  items: FoundItem[];
  page: PageInfo;
  facets: Record<FacetName, FacetCount[]>;
  sort: Sort;
  terms: QueryTerm[];
  /** When nothing matches: the filters whose removal would give results, with how many. */
  suggestions: { facet: FacetName; value: string; total: number }[];
}

/**
 * The one search of the catalogue, for pages and the API: full-text matching in the database,
 * then filters, facet counts and ordering on the in-memory facet index.
 */
export async function searchCatalogue(db: Kysely<Database>, facets: FacetIndexCache, query: CatalogueQuery): Promise<CatalogueResult> {
  const index = await facets.get(db);
  const terms = query.q ? queryTerms(query.q) : [];
  const textGiven = Boolean(query.q?.trim());

  const base = index.all(query.types.length === 1 ? query.types[0] : undefined);
  let scores: Map<number, number> | undefined;
  if (textGiven) {
    const hits = terms.length ? await searchIndexOf(db).match(db, terms, query.types as readonly DocType[]) : [];
    scores = new Map();
    for (const hit of hits) {
      const position = index.positionOf.get(hit.docId);
      if (position !== undefined) scores.set(position, hit.score);
    }
    base.intersection(setOfPositions(index, scores.keys()));
  }

  const active = facetNames.filter((f) => query.filters[f] !== undefined);
  const chosen = (except?: FacetName) => {
    const set = base.clone();
    for (const f of active) if (f !== except) set.intersection(index.having(f, query.filters[f]!));
    return set;
  };
  const result = chosen();
  const total = result.size();

  const facetCounts = Object.fromEntries(
    facetNames.map((f) => {
      const within = active.includes(f) ? chosen(f) : result;
      const counts: FacetCount[] = [];
      for (const [value, set] of index.values[f]) {
        const count = within.intersection_size(set);
        if (count > 0 || query.filters[f] === value) counts.push({ value, count, selected: query.filters[f] === value });
      }
      counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return [f, counts];
    }),
  ) as Record<FacetName, FacetCount[]>;

  const sort: Sort = query.sort ?? (scores ? 'relevance' : 'newest');
  const offset = offsetOf(query.page, query.pageSize);
  const positions = pageOf(index, result, sort, scores, query.locale, offset, query.pageSize);
  const items = await itemSummaries(db, positions.map((p) => index.ids[p]!), query.locale);

  const suggestions =
    total === 0
      ? active
          .map((f) => ({ facet: f, value: query.filters[f]!, total: chosen(f).size() }))
          .filter((s) => s.total > 0)
          .sort((a, b) => b.total - a.total)
      : [];

  return {
    items: items.map((item) => ({ ...item, snippet: snippet(item.summary, terms) })),
    page: pageInfo(query.page, query.pageSize, total),
    facets: facetCounts,
    sort,
    terms,
    suggestions,
  };
}

function setOfPositions(index: FacetIndex, positions: Iterable<number>) {
  const set = index.all();
  set.clear();
  for (const p of positions) set.add(p);
  return set;
}

/** Positions of one page of results in the chosen order. */
function pageOf(
  index: FacetIndex,
  result: TypedFastBitSet,
  sort: Sort,
  scores: Map<number, number> | undefined,
  locale: Locale,
  offset: number,
  size: number,
): number[] {
  if (sort === 'relevance' && scores) {
    const matched = result.array();
    matched.sort((a, b) => scores.get(b)! - scores.get(a)! || (index.dates[b]! > index.dates[a]! ? 1 : index.dates[b]! < index.dates[a]! ? -1 : a - b));
    return matched.slice(offset, offset + size);
  }
  const order = sort === 'title' ? index.byTitle[locale] : index.newest;
  const page: number[] = [];
  let seen = 0;
  for (const position of order) {
    if (!result.has(position)) continue;
    if (seen++ < offset) continue;
    page.push(position);
    if (page.length === size) break;
  }
  return page;
}
