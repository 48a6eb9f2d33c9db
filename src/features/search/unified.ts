import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Database } from '../../db/schema.js';
import { type PageInfo, offsetOf, pageInfo } from '../../lib/pagination.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type FacetIndex, type FacetIndexCache, type FacetName } from '../catalogue/facet-index.js';
import { type CatalogueResult, type Filters, type FoundItem, searchCatalogue } from '../catalogue/search.js';
import { type ItemType, itemTypes } from '../catalogue/types.js';
import { type SnippetPart, snippet } from './highlight.js';
import { type Registry, type RegistryCache, type RegistryEntry, type SharedFacet, inLocale } from './registry.js';
import { countryName } from '../countries/reference.js';
import { matchingCountries } from './places.js';
import { type Ranked, type RankedList, rankedLength, rankedSlice } from './ranked-list.js';
import { matcher, scoreKeys } from './score.js';
import { type QueryClause, type QueryTerm, clauseTerms, queryClauses, queryKey, words } from './text.js';
import { indexVersion } from './version.js';
import { type Vocabulary, allowedEdits, loadVocabulary, nearestWords, replacedWords } from './vocabulary.js';

/**
 * The site-wide search (decision 021): one ranked list of catalogue items (through the catalogue's own
 * search, with its facets), countries, and the documents of the registry (partners, events, sessions,
 * outcomes, recommendations, requests), with a count per type. A word that matches nothing is
 * corrected to the nearest known word; the synonym list widens phrases (text.ts).
 */

export const searchTypes = ['solution', 'resource', 'organisation', 'country', 'event', 'session', 'recommendation', 'outcome', 'request'] as const;
export type SearchType = (typeof searchTypes)[number];
export const isSearchType = (value: string): value is SearchType => (searchTypes as readonly string[]).includes(value);

/** The catalogue's filters that also apply to other documents; any other filter narrows to the catalogue. */
const sharedFilters: readonly FacetName[] = ['policyArea', 'country', 'type'];

/**
 * In the list of all types, what a visitor can act on comes first at equal relevance: a solution or a
 * resource before a partner, an event or a recommendation that match as well (decision 026). Partners'
 * names and events' titles are short and name their subject, so without it they led most lists.
 */
export const otherTypesWeight = 0.8;

/** Pages of the merged list (all types): past them, a narrower type or filter is the better question. */
export const maxMergedResults = 500;

export interface SiteQuery {
  q: string;
  type?: SearchType | undefined;
  filters: Filters;
  page: number;
  pageSize: number;
  locale: Locale;
  /** Search the words as typed, without correcting any ("search only for…"). */
  exact?: boolean | undefined;
}

export interface SiteHit {
  type: SearchType;
  href: string;
  title: string;
  /** The language of the title when it is not the reader's. */
  titleLocale: Locale;
  /** Where it belongs (an event's title), in the reader's language when it has one. */
  context: string;
  date: string;
  status: string;
  snippet: SnippetPart[];
  sample: boolean;
  policyAreas: readonly string[];
  /** The catalogue item, for its card. */
  item?: FoundItem | undefined;
  /** The country code, for a country. */
  iso3?: string | undefined;
}

export interface SiteResult {
  hits: SiteHit[];
  page: PageInfo;
  /** Results per type for this query and filters (all types, whatever `type` is). */
  typeCounts: { type: SearchType; count: number }[];
  /** The catalogue's answer, for its facets (undefined when the type is not a catalogue type). */
  catalogue: CatalogueResult | undefined;
  clauses: QueryClause[];
  /** The words searched for instead of what was typed, when a word matched nothing. */
  correctedTo?: string | undefined;
  /** When nothing matches: a query that would (nearest known words). */
  didYouMean?: string | undefined;
  /** The merged list was cut at maxMergedResults. */
  truncated: boolean;
}

export class SiteSearch {
  private vocabulary: Vocabulary | undefined;
  /** Scores of registry documents per query and version. */
  private readonly scores = new LRUCache<string, Map<number, number>>({ max: 256 });

  constructor(
    private readonly facets: FacetIndexCache,
    private readonly registries: RegistryCache,
  ) {}

  async search(db: Kysely<Database>, query: SiteQuery): Promise<SiteResult> {
    // One read of each version per search: the catalogue's facet index and the registry.
    const [registry, index] = await Promise.all([this.registries.get(db), this.facets.get(db)]);
    let clauses = queryClauses(query.q);
    // One match per query for the catalogue and the registry together, each keeping its part; the
    // versions just read say which term index is current.
    const match = matcher(db, this.facets.terms, indexVersion(index.version, registry.version));
    const registryEntries = (cs: QueryClause[]) => this.registries.matches(registry, queryKey(cs), () => match(cs));
    const nothingMatches = async (cs: QueryClause[]) => (await index.matches(queryKey(cs), () => match(cs))).isEmpty() && (await registryEntries(cs)).length === 0;

    // When nothing matches, a single word that matches nothing anywhere is searched as the nearest known word(s).
    let correctedTo: string | undefined;
    if (!query.exact && clauses.length && (await nothingMatches(clauses))) {
      const lonely = await this.lonelyWords(clauses, nothingMatches);
      if (lonely.length) {
        const vocabulary = await this.vocabularyFor(db, index, registry.version);
        const replacements = new Map<string, string>();
        for (const c of lonely) {
          const near = nearestWords(vocabulary, c.typed, c.alternatives[0]![0]!.stems, allowedEdits(c.typed.length));
          if (near) replacements.set(c.typed, near.word);
        }
        if (replacements.size) {
          correctedTo = replacedWords(query.q, replacements);
          clauses = queryClauses(correctedTo);
        }
      }
    }

    const type = query.type;
    if (clauses.length === 0) return this.withoutWords(db, query);
    const catalogueOnly = Object.keys(query.filters).some((f) => !sharedFilters.includes(f as FacetName));
    const inCatalogue = (t: SearchType | undefined) => t === undefined || t === 'solution' || t === 'resource';
    const merged = type === undefined;
    const top = merged ? Math.min(query.page * query.pageSize, maxMergedResults) : query.pageSize;

    // The catalogue: its own search and facets (`type` narrows it like a filter there).
    const catalogueFilters: Filters = { ...query.filters };
    if (inCatalogue(type) && type) catalogueFilters.type = type;
    else delete catalogueFilters.type;
    const catalogue = clauses.length
      ? await searchCatalogue(db, this.facets, {
          q: query.q,
          clauses,
          matches: match,
          types: itemTypes,
          filters: catalogueFilters,
          sort: 'relevance',
          page: merged ? 1 : query.page,
          pageSize: merged ? top : query.pageSize,
          locale: query.locale,
        })
      : undefined;

    // Everything else, from the registry.
    const counts = new Map<SearchType, number>();
    // What the registry adds to the policy-area and country facets, so that a facet's count is what its link gives.
    const sharedCounts: SharedCounts = { policyArea: new Int32Array(registry.values.policyArea.length), country: new Int32Array(registry.values.country.length) };
    let others: RankedList = { best: [], rest: [] };
    const matched = clauses.length && (!catalogueOnly || (merged && catalogue?.page.total === 0)) ? await registryEntries(clauses) : [];
    if (merged && catalogue?.suggestions.length) addToSuggestions(catalogue, matched, query.filters);
    if (clauses.length && !catalogueOnly) {
      const found: RegistryEntry[] = [];
      for (const entry of matched) {
        if (merged) countShared(entry, query.filters, sharedCounts);
        if (!passes(entry, query.filters)) continue;
        counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
        if (type === undefined || type === entry.type) found.push(entry);
      }
      others = await this.ranked(db, registry, clauses, found);
    }
    if (merged && catalogue) addSharedCounts(catalogue, registry, sharedCounts, query.filters);
    const countries = clauses.length && !catalogueOnly && !query.filters.policyArea && !query.filters.country ? matchingCountries(query.q) : [];
    counts.set('country', countries.length);
    for (const t of ['solution', 'resource'] as const) counts.set(t, catalogue?.facets.type.find((f) => f.value === t)?.count ?? 0);

    const terms = clauseTerms(clauses);
    const countryHits = (type === undefined || type === 'country' ? countries : []).map((iso3) => countryHit(iso3, query.locale));
    // Hits are made for the results a page can show, not for every match (a broad word matches thousands).
    const otherHit = (r: Ranked) => registryHit(r.entry, query.locale, terms);
    const catalogueHits = inCatalogue(type) ? (catalogue?.items ?? []).map((item) => catalogueHit(item)) : [];

    let hits: SiteHit[];
    let total: number;
    let truncated = false;
    if (merged) {
      const scored = [
        ...catalogueHits.map((hit, i) => ({ hit, score: hit.item?.score ?? -Infinity, order: i })),
        ...rankedSlice(others, 0, top).map((r, i) => ({ hit: otherHit(r), score: r.score * otherTypesWeight, order: i })),
      ].sort((a, b) => b.score - a.score || a.order - b.order);
      const all = [...countryHits, ...scored.map((s) => s.hit)];
      total = countries.length + (catalogue?.page.total ?? 0) + rankedLength(others);
      truncated = total > maxMergedResults;
      hits = all.slice(offsetOf(query.page, query.pageSize), offsetOf(query.page, query.pageSize) + query.pageSize);
      total = Math.min(total, maxMergedResults);
    } else if (type === 'solution' || type === 'resource') {
      hits = catalogueHits;
      total = catalogue?.page.total ?? 0;
    } else {
      const window = [offsetOf(query.page, query.pageSize), offsetOf(query.page, query.pageSize) + query.pageSize] as const;
      total = type === 'country' ? countryHits.length : rankedLength(others);
      hits = type === 'country' ? countryHits.slice(...window) : rankedSlice(others, ...window).map(otherHit);
    }

    let didYouMean: string | undefined;
    if (total === 0 && clauses.length) didYouMean = await this.suggestion(db, index, registry.version, query.q, clauses, correctedTo, nothingMatches);
    return {
      hits,
      page: pageInfo(query.page, query.pageSize, total),
      typeCounts: searchTypes.map((t) => ({ type: t, count: counts.get(t) ?? 0 })),
      catalogue: inCatalogue(type) ? catalogue : undefined,
      clauses,
      correctedTo,
      didYouMean,
      truncated,
    };
  }

  /**
   * No words: without q, the catalogue browsed with its filters, newest first (as /solutions and
   * /resources); with q of symbols only, nothing (and the catalogue's facets, all zero).
   */
  private async withoutWords(db: Kysely<Database>, query: SiteQuery): Promise<SiteResult> {
    const catalogueType = query.type === 'solution' || query.type === 'resource' ? query.type : undefined;
    const empty = { clauses: [], truncated: false, catalogue: undefined, hits: [], page: pageInfo(query.page, query.pageSize, 0), typeCounts: searchTypes.map((t) => ({ type: t, count: 0 })) };
    if (query.type !== undefined && !catalogueType) return empty;
    const filters: Filters = { ...query.filters };
    if (catalogueType) filters.type = catalogueType;
    else delete filters.type;
    const catalogue = await searchCatalogue(db, this.facets, { q: query.q, types: itemTypes, filters, page: query.page, pageSize: query.pageSize, locale: query.locale });
    const count = (t: SearchType) => catalogue.facets.type.find((f) => f.value === t)?.count ?? 0;
    return { ...empty, catalogue, hits: catalogue.items.map(catalogueHit), page: catalogue.page, typeCounts: searchTypes.map((t) => ({ type: t, count: count(t) })) };
  }

  /** Clauses of one word, long enough to correct, that match nothing anywhere. */
  private async lonelyWords(clauses: QueryClause[], nothingMatches: (cs: QueryClause[]) => Promise<boolean>): Promise<QueryClause[]> {
    const candidates = clauses.filter((c) => c.alternatives.length === 1 && c.alternatives[0]!.length === 1 && allowedEdits(c.typed.length) > 0);
    const lonely = await Promise.all(candidates.map((c) => nothingMatches([c])));
    return candidates.filter((_, i) => lonely[i]);
  }

  /**
   * Registry documents (newest first, as the registry keeps its matches) best first: at most
   * maxMergedResults of them are scored (the newest when more match, as the catalogue does: decision
   * 008), the rest follow newest first.
   */
  private async ranked(db: Kysely<Database>, registry: Registry, clauses: QueryClause[], byDate: RegistryEntry[]): Promise<RankedList> {
    const ranked = byDate.slice(0, maxMergedResults);
    const cacheKey = `${registry.version}|${queryKey(clauses)}`;
    let scores = this.scores.get(cacheKey);
    if (!scores) {
      scores = new Map();
      this.scores.set(cacheKey, scores);
    }
    const missing = ranked.filter((e) => !scores!.has(e.key)).map((e) => e.key);
    if (missing.length) {
      const found = await scoreKeys(db, clauses, missing);
      for (const key of missing) scores.set(key, found.get(key)!);
    }
    const best = ranked
      .map((entry) => ({ entry, score: scores!.get(entry.key)! }))
      .sort((a, b) => b.score - a.score || (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : 0));
    return { best, rest: byDate.slice(maxMergedResults) };
  }

  /** Forget every query's matches and scores (bench/search's cold case: as after a write). */
  forgetMatches(): void {
    this.scores.clear();
    this.registries.forgetMatches();
  }

  private async vocabularyFor(db: Kysely<Database>, index: FacetIndex, registryVersion: string): Promise<Vocabulary> {
    const version = `${index.version}|${registryVersion}`;
    if (this.vocabulary?.version !== version) this.vocabulary = await loadVocabulary(db, version);
    return this.vocabulary;
  }

  /** The query with every word that matches nothing replaced by the nearest known word (two edits at most). */
  private async suggestion(
    db: Kysely<Database>,
    index: FacetIndex,
    version: string,
    q: string,
    clauses: QueryClause[],
    correctedTo: string | undefined,
    nothingMatches: (cs: QueryClause[]) => Promise<boolean>,
  ): Promise<string | undefined> {
    const vocabulary = await this.vocabularyFor(db, index, version);
    const replacements = new Map<string, string>();
    for (const c of clauses) {
      if (c.alternatives.length !== 1 || c.alternatives[0]!.length !== 1) continue;
      // Only words that match nothing anywhere: the others are spelt as the index knows them.
      if (!(await nothingMatches([c]))) continue;
      const near = nearestWords(vocabulary, c.typed, c.alternatives[0]![0]!.stems, 2);
      if (near) replacements.set(c.typed, near.word);
    }
    if (replacements.size === 0) return undefined;
    const suggested = replacedWords(correctedTo ?? q, replacements);
    return suggested === words(q).join(' ') ? undefined : suggested;
  }
}

/** Registry documents per policy area and country (positions of Registry.values). */
type SharedCounts = Record<SharedFacet, Int32Array>;

/** Count a registry document under each policy area and country it has, as the catalogue's facets count (other filters applied). */
function countShared(entry: RegistryEntry, filters: Filters, counts: SharedCounts): void {
  const inArea = !filters.policyArea || entry.policyAreas.includes(filters.policyArea);
  const inCountry = !filters.country || entry.countries.includes(filters.country);
  if (inCountry) for (const code of entry.codes.policyArea) counts.policyArea[code]!++;
  if (inArea) for (const code of entry.codes.country) counts.country[code]!++;
}

/** The catalogue's policy-area and country facets with the registry's documents added, most first. */
function addSharedCounts(catalogue: CatalogueResult, registry: Registry, counts: SharedCounts, filters: Filters): void {
  for (const facet of ['policyArea', 'country'] as const) {
    const merged = new Map(catalogue.facets[facet].map((f) => [f.value, f.count]));
    counts[facet].forEach((n, code) => {
      const value = registry.values[facet][code]!;
      if (n > 0) merged.set(value, (merged.get(value) ?? 0) + n);
    });
    catalogue.facets[facet] = [...merged]
      .map(([value, count]) => ({ value, count, selected: filters[facet] === value }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

/**
 * When nothing matches, the catalogue suggests filters to drop with what each would give: the registry's
 * documents are added where the filters left would apply to them, so that the link keeps its promise.
 */
function addToSuggestions(catalogue: CatalogueResult, matched: readonly RegistryEntry[], filters: Filters): void {
  for (const suggestion of catalogue.suggestions) {
    const left: Filters = { ...filters, [suggestion.facet]: undefined };
    if (Object.entries(left).some(([name, value]) => value !== undefined && !sharedFilters.includes(name as FacetName))) continue;
    for (const entry of matched) if (passes(entry, left)) suggestion.total += 1;
  }
  catalogue.suggestions.sort((a, b) => b.total - a.total);
}

/** Whether a registry document passes the filters that apply to it. */
function passes(entry: RegistryEntry, filters: Filters): boolean {
  if (filters.policyArea && !entry.policyAreas.includes(filters.policyArea)) return false;
  if (filters.country && !entry.countries.includes(filters.country)) return false;
  return true;
}

function registryHit(entry: RegistryEntry, locale: Locale, terms: QueryTerm[]): SiteHit {
  const title = inLocale(entry.titles, locale, entry.source);
  const titleLocale = entry.titles[locale] ? locale : entry.titles[entry.source] ? entry.source : ((Object.keys(entry.titles)[0] as Locale | undefined) ?? locale);
  return {
    type: entry.type,
    href: entry.href,
    title,
    titleLocale,
    context: inLocale(entry.context, locale, entry.source),
    date: entry.date,
    status: entry.status,
    snippet: entry.type === 'outcome' || entry.type === 'recommendation' ? snippet(title, terms) : [],
    sample: entry.sample,
    policyAreas: entry.policyAreas,
  };
}

function catalogueHit(item: FoundItem): SiteHit {
  return { type: item.type as ItemType, href: `/${item.type}s/${item.slug}`, title: item.title, titleLocale: item.textLocale, context: '', date: '', status: '', snippet: item.snippet, sample: false, policyAreas: item.policyAreas, item };
}

function countryHit(iso3: string, locale: Locale): SiteHit {
  return { type: 'country', href: `/countries/${iso3}`, title: countryName(iso3, locale), titleLocale: locale, context: '', date: '', status: '', snippet: [], sample: false, policyAreas: [], iso3 };
}
