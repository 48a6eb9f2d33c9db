import { type Kysely, sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { TypedFastBitSet } from 'typedfastbitset';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database } from '../../db/schema.js';
import { type DocType, docKey, isItemKey, keyId, parseIdList } from '../../db/search/index.js';
import { sizedSet } from '../../lib/bitset.js';
import { Versioned } from '../../lib/versioned.js';
import { TermIndexCache } from '../search/term-index.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { type CountryGroup, countryGroups } from '../countries/groups.js';
import { buildCountryReference } from '../countries/reference.js';
import { type RegionCode, regionCodes } from '../countries/regions.js';
import { sharesRegionalItems } from '../countries/territories.js';
import type { ItemType } from './types.js';

/** Filters that take one value each; `organisation` holds slugs. */
export const facetNames = ['type', 'policyArea', 'kind', 'organisation', 'beneficiary', 'region', 'country', 'group', 'language', 'cost'] as const;
export type FacetName = (typeof facetNames)[number];

const countries = buildCountryReference();

const groupsOf = (c: (typeof countries)[number]) => countryGroups.filter((g: CountryGroup) => (g === 'ldc' ? c.isLdc : g === 'lldc' ? c.isLldc : c.isSids));

/**
 * The country facet's value for items offered to the whole world ('001', as in items' coverage). A
 * country's value leaves them out: counted for every country, they made every country look alike
 * (decision 023).
 */
export const worldwide = '001';

/**
 * Every country with the coverage areas whose items it matches: itself, its M49 areas and its UN groups
 * — not the world (see `worldwide`). A territory that does not share its region's items (Réunion,
 * Greenland, Antarctica: see sharesRegionalItems) matches only the items that name it.
 */
const countryAreas = countries.map((c) => ({
  iso3: c.iso3,
  areas: sharesRegionalItems(c.iso3)
    ? [c.iso3, ...[c.regionCode, c.subregionCode, c.intermediateRegionCode].filter((x): x is string => Boolean(x)), ...groupsOf(c)]
    : [c.iso3],
}));

/**
 * Countries that share their areas but for themselves (the same sub-region and groups): about 60
 * groups for 249 countries. A country's count is its group's count plus the items that cover the
 * country alone, so the country facet intersects 60 sets, not 249.
 */
const countryKinds = (() => {
  const kinds = new Map<string, { areas: string[]; countries: number[] }>();
  countryAreas.forEach(({ iso3, areas }, i) => {
    const shared = areas.filter((a) => a !== iso3);
    const key = shared.join(' ');
    kinds.set(key, { areas: shared, countries: [...(kinds.get(key)?.countries ?? []), i] });
  });
  return [...kinds.values()];
})();

/** Each position's values of a multi-valued facet, packed: values[offsets[p] .. offsets[p + 1]). */
interface ValuesAt {
  names: string[];
  offsets: Int32Array;
  values: Uint16Array;
}

function valuesAt(size: number, map: Map<string, TypedFastBitSet>): ValuesAt {
  const names = [...map.keys()];
  const offsets = new Int32Array(size + 1);
  for (const set of map.values()) set.forEach((p) => offsets[p + 1]!++);
  for (let p = 0; p < size; p++) offsets[p + 1]! += offsets[p]!;
  const values = new Uint16Array(offsets[size]!);
  const next = offsets.slice(0, size);
  names.forEach((name, v) => map.get(name)!.forEach((p) => (values[next[p]!++] = v)));
  return { names, offsets, values };
}

/**
 * The catalogue's taxonomy in memory, one bitset per filter value over item positions, so that
 * any combination of filters and the counts of every facet take microseconds at 100 000 items.
 * Text matching stays in the database; this only intersects. Rebuilt when `catalogue_version`
 * changes (every catalogue write bumps it, on any app server).
 */
export class FacetIndex {
  readonly size: number;
  /** Position → item id, and back (-1: no such item). */
  readonly ids: Int32Array;
  /** Position → the item's key in the search index (docKey). */
  readonly keys: Int32Array;
  private readonly positions: Int32Array;
  readonly dates: string[];
  readonly values: Record<FacetName, Map<string, TypedFastBitSet>>;
  /** Positions by date, newest first; by title in each language. */
  readonly newest: Int32Array;
  readonly byTitle: Record<Locale, Int32Array>;

  private constructor(
    readonly version: string,
    rows: { id: number; type: string; kind: string; cost: string; date: string }[],
    links: Record<'policyArea' | 'organisation' | 'beneficiary' | 'language' | 'coverage', Map<string, TypedFastBitSet>>,
    titles: { itemId: number; locale: string; title: string; source: number }[],
  ) {
    this.size = rows.length;
    this.ids = Int32Array.from(rows.map((r) => r.id));
    this.keys = Int32Array.from(rows.map((r) => docKey(r.type as DocType, r.id)));
    this.positions = positionsOf(this.ids);
    this.dates = rows.map((r) => r.date);
    const single = (pick: (r: (typeof rows)[number]) => string) => {
      const map = new Map<string, TypedFastBitSet>();
      rows.forEach((r, i) => setOf(map, pick(r), rows.length).add(i));
      return map;
    };
    const { coverage, ...multi } = links;
    this.values = { type: single((r) => r.type), kind: single((r) => r.kind), cost: single((r) => r.cost), ...multi, ...geography(coverage, rows.length) };
    this.organisationsAt = valuesAt(this.size, multi.organisation);
    this.countryCounting = countryCounting(coverage, rows.length);
    this.newest = Int32Array.from(rows.map((_, i) => i)).sort((a, b) => (this.dates[b]! < this.dates[a]! ? -1 : this.dates[b]! > this.dates[a]! ? 1 : a - b));
    this.byTitle = Object.fromEntries(
      locales.map((locale) => {
        const title = new Array<string>(rows.length).fill('');
        for (const t of titles) {
          const position = this.positionOf(t.itemId);
          if (position === undefined) continue;
          if (t.locale === locale || (t.source && !title[position])) title[position] = t.title;
        }
        return [locale, collated(title, locale)];
      }),
    ) as Record<Locale, Int32Array>;
  }

  /**
   * One table at a time, without the CamelCasePlugin and straight into bitsets, so that at most one
   * table's rows are in memory at once (they are about a million at 100 000 items).
   */
  static async load(db: Kysely<Database>): Promise<FacetIndex> {
    const version = await catalogueVersion(db);
    const raw = db.withoutPlugins();
    const { rows } = await sql<{ id: number; type: string; kind: string; cost: string; date: string }>`
      select id, type, kind, cost, coalesce(published_on, starts_on, substr(updated_at, 1, 10)) as date from items
      where status = 'published' order by id`.execute(raw);
    const positions = positionsOf(Int32Array.from(rows.map((r) => r.id)));
    // One row per value with its item ids in one string: the database groups, no object per link.
    // Links of items that are not published have no position and are dropped here, which costs less
    // than joining items in every grouping query; a value left with no public item is left out.
    const idList = isPostgres(db) ? sql.raw(`string_agg(item_id::text, ',')`) : sql.raw('group_concat(item_id)');
    const linked = async (table: string, column: string) => {
      const map = new Map<string, TypedFastBitSet>();
      const { rows: values } = await sql<{ value: string; ids: string }>`
        select ${sql.ref(column)} as value, ${idList} as ids from ${sql.table(table)} group by ${sql.ref(column)}`.execute(raw);
      for (const { value, ids } of values) {
        const set = setOf(map, String(value), rows.length);
        for (const id of parseIdList(ids)) {
          const position = positions[id];
          if (position !== undefined && position >= 0) set.add(position);
        }
        if (set.isEmpty()) map.delete(String(value));
      }
      return map;
    };
    const bySlug = async (byId: Map<string, TypedFastBitSet>) => {
      const slugs = await sql<{ id: number; slug: string }>`select id, slug from organisations`.execute(raw);
      return new Map(slugs.rows.filter((o) => byId.has(String(o.id))).map((o) => [o.slug, byId.get(String(o.id))!]));
    };
    const links = {
      policyArea: await linked('item_policy_areas', 'policy_area'),
      organisation: await bySlug(await linked('item_organisations', 'organisation_id')),
      beneficiary: await linked('item_beneficiaries', 'beneficiary'),
      language: await linked('item_languages', 'language'),
      coverage: await linked('item_coverage', 'area'),
    };
    const titles = await sql<{ itemId: number; locale: string; title: string; source: number }>`
      select t.item_id as "itemId", t.locale, t.title, case when t.locale = i.source_locale then 1 else 0 end as source
      from item_texts t join items i on i.id = t.item_id where i.status = 'published'`.execute(raw);
    return new FacetIndex(version, rows, links, titles.rows);
  }

  positionOf(id: number): number | undefined {
    const position = this.positions[id];
    return position === undefined || position < 0 ? undefined : position;
  }

  /**
   * Items matching a query, as a set of positions, kept for this catalogue version: common words are
   * the ones asked again, and their keys the most to turn into positions. `load` gives the keys of every
   * type (the term index's matchKeys); the catalogue keeps its items. Bounded by memory, least recently
   * used first out.
   */
  async matches(key: string, load: () => Promise<Int32Array>): Promise<TypedFastBitSet> {
    const cached = this.matchSets.get(key);
    if (cached) return cached;
    const set = sizedSet(this.size);
    const keys = await load();
    // An indexed loop: a broad word brings 100 000 keys.
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (!isItemKey(k)) continue;
      const position = this.positions[keyId(k)];
      if (position !== undefined && position >= 0) set.add(position);
    }
    this.matchSets.set(key, set);
    return set;
  }

  /**
   * How many items of `within` have each value of a facet (values with none left out). Intersecting
   * a set per value costs (values × catalogue size / 32) word operations: 200 partners and 249
   * countries made up most of a search's time at 100 000 items. Partners are counted by walking the
   * result's items instead (about 1.5 each); countries by groups of countries (countryKinds).
   */
  counts(facet: FacetName, within: TypedFastBitSet): Map<string, number> {
    if (facet === 'organisation') return this.walk(this.organisationsAt, within);
    if (facet === 'country') return this.countries(within);
    const counts = new Map<string, number>();
    for (const [value, set] of this.values[facet]) {
      const count = within.intersection_size(set);
      if (count > 0) counts.set(value, count);
    }
    return counts;
  }

  private readonly organisationsAt: ValuesAt;
  private readonly countryCounting: ReturnType<typeof countryCounting>;

  private walk({ names, offsets, values }: ValuesAt, within: TypedFastBitSet): Map<string, number> {
    const tally = new Int32Array(names.length);
    within.forEach((p) => {
      for (let k = offsets[p]!; k < offsets[p + 1]!; k++) tally[values[k]!]!++;
    });
    const counts = new Map<string, number>();
    tally.forEach((count, v) => count > 0 && counts.set(names[v]!, count));
    return counts;
  }

  private countries(within: TypedFastBitSet): Map<string, number> {
    const counts = new Map<string, number>();
    const world = this.values.country.get(worldwide);
    const inWorld = world ? within.intersection_size(world) : 0;
    if (inWorld > 0) counts.set(worldwide, inWorld);
    const words = within.words;
    for (const { shared, own } of this.countryCounting) {
      const inShared = within.intersection_size(shared);
      for (const [c, positions] of own) {
        let count = inShared;
        for (let k = 0; k < positions.length; k++) {
          const p = positions[k]!;
          count += ((words[p >>> 5] ?? 0) >>> (p & 31)) & 1;
        }
        if (count > 0) counts.set(countryAreas[c]!.iso3, count);
      }
    }
    return counts;
  }

  /**
   * The relevance scores known so far for a query (item id → score), for this catalogue
   * version: refining a search with filters or paging through it scores nothing twice.
   */
  scores(key: string): Map<number, number> {
    let scores = this.queryScores.get(key);
    if (!scores) this.queryScores.set(key, (scores = new Map()));
    return scores;
  }

  /** Drop every cached match and score (bench/search measures queries that find nothing cached). */
  forgetMatches(): void {
    this.matchSets.clear();
    this.queryScores.clear();
  }

  private readonly queryScores = new LRUCache<string, Map<number, number>>({ max: 256 });

  private readonly matchSets = new LRUCache<string, TypedFastBitSet>({ maxSize: termCacheBytes, sizeCalculation: (set) => Math.max(1, set.words.byteLength) });

  /** Every item of the given types (all items when none is given). */
  all(type?: ItemType): TypedFastBitSet {
    if (type) return this.values.type.get(type)?.clone() ?? new TypedFastBitSet();
    const set = sizedSet(this.size);
    if (this.size) set.addRange(0, this.size);
    return set;
  }

  /** Items having a filter's value (an empty set for a value no item has). */
  having(facet: FacetName, value: string): TypedFastBitSet {
    return this.values[facet].get(value) ?? empty;
  }
}

const empty = new TypedFastBitSet();

/** Memory for cached matches: 8 MB is about 600 queries at 100 000 items. */
const termCacheBytes = 8 * 1024 * 1024;

/**
 * Positions in the order of their titles by the language's collator. The collator costs about 1 µs a
 * comparison (2 million at 100 000 titles): a first sort by the titles without accents or case puts
 * them nearly in order, and the collator's sort after it (TimSort, adaptive) compares little more than
 * neighbours. The result is exactly the collator's order.
 */
function collated(titles: string[], locale: Locale): Int32Array {
  const keys = titles.map((t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const order = titles.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return Int32Array.from(order.sort((a, b) => collator.compare(titles[a]!, titles[b]!) || a - b));
}

/** Item id → position, -1 for ids without an item. */
function positionsOf(ids: Int32Array): Int32Array {
  const positions = new Int32Array((ids.at(-1) ?? 0) + 1).fill(-1);
  ids.forEach((id, i) => (positions[id] = i));
  return positions;
}

function setOf(map: Map<string, TypedFastBitSet>, key: string, size: number): TypedFastBitSet {
  let set = map.get(key);
  if (!set) map.set(key, (set = sizedSet(size)));
  return set;
}

/**
 * Region, country and group filters, from the items' coverage ('001', M49 areas, groups, ISO3):
 * - country X: items covering X, any M49 area containing X (its sub-region, region) or a group X is in —
 *   not the world; a territory that does not share its region's items, only items covering it;
 * - country '001' (worldwide): items covering the whole world;
 * - region R: items covering R or anything inside it (sub-regions, countries); not the world;
 * - group G: items covering G or one of its member countries.
 */
function geography(coverage: Map<string, TypedFastBitSet>, size: number) {
  const union = (keys: Iterable<string>) => {
    const set = sizedSet(size);
    for (const key of keys) {
      const found = coverage.get(key);
      if (found) set.union(found);
    }
    return set;
  };
  const group = new Map<string, TypedFastBitSet>();
  for (const g of countryGroups) {
    const members = countries.filter((c) => (g === 'ldc' ? c.isLdc : g === 'lldc' ? c.isLldc : c.isSids)).map((c) => c.iso3);
    group.set(g, union([g, ...members]));
  }
  const region = new Map<string, TypedFastBitSet>();
  for (const r of regionCodes) {
    const inside = countries.filter((c) => c.regionCode === r);
    const areas = new Set<string>([r]);
    for (const c of inside) {
      areas.add(c.iso3);
      for (const code of [c.subregionCode, c.intermediateRegionCode]) if (code) areas.add(code);
    }
    region.set(r, union(areas));
  }
  const country = new Map<string, TypedFastBitSet>();
  const world = coverage.get(worldwide);
  if (world && !world.isEmpty()) country.set(worldwide, world.clone());
  for (const { iso3, areas } of countryAreas) {
    const set = union(areas);
    if (!set.isEmpty()) country.set(iso3, set);
  }
  return { region, country, group } satisfies Record<'region' | 'country' | 'group', Map<string, TypedFastBitSet>>;
}

/** Per kind of country: the items covering its shared areas, and per country the items covering it alone. */
function countryCounting(coverage: Map<string, TypedFastBitSet>, size: number) {
  return countryKinds.map(({ areas, countries: members }) => {
    const shared = sizedSet(size);
    for (const area of areas) {
      const found = coverage.get(area);
      if (found) shared.union(found);
    }
    const own = members.map((c): [number, Int32Array] => {
      const alone = coverage.get(countryAreas[c]!.iso3)?.new_difference(shared);
      return [c, Int32Array.from(alone?.array() ?? [])];
    });
    return { shared, own };
  });
}

export async function catalogueVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('hubMeta').select('value').where('key', '=', 'catalogue_version').executeTakeFirst();
  return row?.value ?? '0';
}

/** Keeps one FacetIndex per app and reloads it when the catalogue version moves. */
export class FacetIndexCache {
  private readonly index = new Versioned<FacetIndex>();

  /** @param terms which texts hold each token (features/search/term-index.ts): what a text query is matched with. */
  constructor(readonly terms = new TermIndexCache()) {}

  async get(db: Kysely<Database>): Promise<FacetIndex> {
    return this.index.get(await catalogueVersion(db), () => FacetIndex.load(db));
  }
}

export type { RegionCode };
