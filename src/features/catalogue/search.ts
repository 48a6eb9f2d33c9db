import type { Kysely } from 'kysely';
import { TypedFastBitSet } from 'typedfastbitset';
import type { Database } from '../../db/schema.js';
import { type PageInfo, offsetOf, pageInfo } from '../../lib/pagination.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type SnippetPart, snippet } from '../search/highlight.js';
import { matcher, scoreKeys } from '../search/score.js';
import { type QueryClause, type QueryTerm, clauseTerms, queryClauses, queryKey } from '../search/text.js';
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
  /** How many results relevance scores at most (default maxRanked); tests lower it. */
  rankLimit?: number | undefined;
  /** The query already made into clauses (the site-wide search corrects typos first); else made from q. */
  clauses?: QueryClause[] | undefined;
  /** The database's matches of a query, shared with the site-wide search (default: asked here). */
  matches?: ((clauses: QueryClause[]) => Promise<Int32Array>) | undefined;
}

export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export interface FoundItem extends ItemSummary {
  snippet: SnippetPart[];
  /** Relevance (higher is better), when the results were ranked; comparable within one query only. */
  score?: number | undefined;
}

export interface CatalogueResult {
  items: FoundItem[];
  page: PageInfo;
  facets: Record<FacetName, FacetCount[]>;
  sort: Sort;
  terms: QueryTerm[];
  clauses: QueryClause[];
  /** When nothing matches: the filters whose removal would give results, with how many. */
  suggestions: { facet: FacetName; value: string; total: number }[];
}

/**
 * The one search of the catalogue, for pages and the API: full-text matching in the database,
 * then filters, facet counts and ordering on the in-memory facet index.
 */
export async function searchCatalogue(db: Kysely<Database>, facets: FacetIndexCache, query: CatalogueQuery): Promise<CatalogueResult> {
  const index = await facets.get(db);
  const clauses = query.clauses ?? (query.q ? queryClauses(query.q) : []);
  const terms = clauseTerms(clauses);
  const textGiven = Boolean(query.q?.trim());

  const base = index.all(query.types.length === 1 ? query.types[0] : undefined);
  if (textGiven) base.intersection(clauses.length ? await index.matches(queryKey(clauses), () => (query.matches ?? matcher(db, facets.terms))(clauses)) : new TypedFastBitSet());

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
      const found = index.counts(f, within);
      const selected = query.filters[f];
      if (selected !== undefined && index.values[f].has(selected) && !found.has(selected)) found.set(selected, 0);
      const counts: FacetCount[] = [...found].map(([value, count]) => ({ value, count, selected: value === selected }));
      // Values are codes and slugs: a plain comparison, not the (slow) collator.
      counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
      return [f, counts];
    }),
  ) as Record<FacetName, FacetCount[]>;

  const sort: Sort = query.sort ?? (textGiven ? 'relevance' : 'newest');
  const offset = offsetOf(query.page, query.pageSize);
  const positions =
    sort === 'relevance' && clauses.length
      ? await rankedPage(db, index, result, clauses, query.rankLimit ?? maxRanked, offset, query.pageSize)
      : inOrder(sort === 'title' ? index.byTitle[query.locale] : index.newest, result, offset, query.pageSize);
  const items = await itemSummaries(db, positions.map((p) => index.ids[p]!), query.locale);

  const suggestions =
    total === 0
      ? active
          .map((f) => ({ facet: f, value: query.filters[f]!, total: chosen(f).size() }))
          .filter((s) => s.total > 0)
          .sort((a, b) => b.total - a.total)
      : [];

  return {
    items: items.map((item) => ({ ...item, snippet: snippet(item.summary, terms), score: sort === 'relevance' && clauses.length ? scoresOf(index, clauses).get(item.id) : undefined })),
    page: pageInfo(query.page, query.pageSize, total),
    facets: facetCounts,
    sort,
    terms,
    clauses,
    suggestions,
  };
}

/** Scores are kept per query (its clauses): the same search with other filters or pages scores nothing twice. */
const scoresOf = (index: FacetIndex, clauses: QueryClause[]) => index.scores(queryKey(clauses));

/**
 * Relevance scores at most this many results, the newest of them when more match; the rest follow,
 * newest first. Scoring reads each document's head (decision 026), and past a few hundred matches a
 * query is too broad for its order to mean much (decision 008).
 */
export const maxRanked = 500;

/** One page in relevance order: the database's scores for the (newest) ranked results, best first. */
async function rankedPage(
  db: Kysely<Database>,
  index: FacetIndex,
  result: TypedFastBitSet,
  clauses: QueryClause[],
  limit: number,
  offset: number,
  size: number,
): Promise<number[]> {
  const total = result.size();
  const ranked = total <= limit ? result.array() : inOrder(index.newest, result, 0, limit);
  if (offset >= ranked.length) return inOrder(index.newest, result, offset, size);
  const scores = scoresOf(index, clauses);
  const missing = ranked.filter((p) => !scores.has(index.ids[p]!));
  if (missing.length) {
    const found = await scoreKeys(db, clauses, missing.map((p) => index.keys[p]!));
    for (const p of missing) scores.set(index.ids[p]!, found.get(index.keys[p]!)!);
  }
  const scoreOf = (p: number) => scores.get(index.ids[p]!)!;
  const dates = index.dates;
  ranked.sort((a, b) => scoreOf(b) - scoreOf(a) || (dates[b]! > dates[a]! ? 1 : dates[b]! < dates[a]! ? -1 : a - b));
  const page = ranked.slice(offset, offset + size);
  if (page.length < size && total > ranked.length) page.push(...inOrder(index.newest, result, ranked.length, size - page.length));
  return page;
}

/** Positions of one page of `result`, in the given order. */
function inOrder(order: Int32Array, result: TypedFastBitSet, offset: number, size: number): number[] {
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
