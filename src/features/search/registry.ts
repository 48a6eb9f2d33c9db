import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Database } from '../../db/schema.js';
import { type DocType, docKey, isItemKey, keyId, keyTypeCode } from '../../db/search/index.js';
import { type Locale, isLocale } from '../../web/i18n/locales.js';
import { outcomeAnchor } from '../events/views/format.js';
import { groupBy } from '../../lib/group-by.js';
import { Versioned } from '../../lib/versioned.js';
import { searchVersion } from './version.js';

/** Types the site-wide search finds outside the catalogue, in the index. */
export const registryTypes = ['organisation', 'event', 'session', 'outcome', 'recommendation', 'request'] as const satisfies readonly DocType[];
export type RegistryType = (typeof registryTypes)[number];

/** What a result outside the catalogue shows, and what its filters look at. */
export interface RegistryEntry {
  key: number;
  type: RegistryType;
  id: number;
  href: string;
  /** Title in each language it has; `source` is the language it was written in. */
  titles: Partial<Record<Locale, string>>;
  source: Locale;
  /** Where it belongs (a session's or an outcome's event), in each language. */
  context: Partial<Record<Locale, string>>;
  /** A date to show and to order by (ISO). */
  date: string;
  status: string;
  policyAreas: readonly string[];
  /** ISO 3166 alpha-3 codes of the countries it is about, where it has any. */
  countries: readonly string[];
  sample: boolean;
  /** Its place in the registry's newest-first order (Registry.newest). */
  rank: number;
  /** Its policy areas and countries as positions in Registry.values: counted with arrays, not maps. */
  codes: Record<SharedFacet, readonly number[]>;
}

/** The filters that apply to registry documents as to catalogue items. */
export type SharedFacet = 'policyArea' | 'country';

/** Until registryOf numbers them. */
const noCodes: RegistryEntry['codes'] = { policyArea: [], country: [] };

/** A text in the reader's language, else in its source language. */
export const inLocale = (texts: Partial<Record<Locale, string>>, locale: Locale, source: Locale) => texts[locale] ?? texts[source] ?? Object.values(texts)[0] ?? '';

export interface Registry {
  version: string;
  /**
   * Each entry's rank by its key: an array per type of document (keyTypeCode), indexed by the
   * document's id, -1 where there is none. A broad word brings 100 000 keys to look up: 0.9 ms this
   * way for "digital" at 156 000 texts, 4.9 ms with a Map.
   */
  ranks: Int32Array[];
  /** Every entry, newest first (by date, then key). */
  newest: RegistryEntry[];
  /** Every policy area and country some entry has (RegistryEntry.codes are positions here). */
  values: Record<SharedFacet, string[]>;
}

/** The registry of some entries: their order, and their policy areas and countries numbered. */
function registryOf(version: string, entries: RegistryEntry[]): Registry {
  const newest = entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.key - a.key));
  const values: Record<SharedFacet, string[]> = { policyArea: [], country: [] };
  const positions = { policyArea: new Map<string, number>(), country: new Map<string, number>() };
  const codeOf = (facet: SharedFacet, value: string) => {
    let code = positions[facet].get(value);
    if (code === undefined) positions[facet].set(value, (code = values[facet].push(value) - 1));
    return code;
  };
  newest.forEach((e, i) => {
    e.rank = i;
    e.codes = { policyArea: e.policyAreas.map((v) => codeOf('policyArea', v)), country: e.countries.map((v) => codeOf('country', v)) };
  });
  return { version, ranks: ranksOf(newest), newest, values };
}

function ranksOf(newest: RegistryEntry[]): Int32Array[] {
  const sizes: number[] = [];
  for (const e of newest) sizes[keyTypeCode(e.key)] = Math.max(sizes[keyTypeCode(e.key)] ?? 0, keyId(e.key) + 1);
  const ranks = Array.from({ length: sizes.length }, (_, code) => new Int32Array(sizes[code] ?? 0).fill(-1));
  for (const e of newest) ranks[keyTypeCode(e.key)]![keyId(e.key)] = e.rank;
  return ranks;
}

/** The rank of the entry with this key (-1: none). */
function rankOf(registry: Registry, key: number): number {
  const byId = registry.ranks[keyTypeCode(key)];
  const id = keyId(key);
  return byId !== undefined && id < byId.length ? byId[id]! : -1;
}

type Db = Kysely<Database>;

function byLocale(rows: { locale: string; text: string }[]): Partial<Record<Locale, string>> {
  const texts: Partial<Record<Locale, string>> = {};
  for (const r of rows) if (isLocale(r.locale)) texts[r.locale] = r.text;
  return texts;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : 'en');

/** Every published document outside the catalogue, read once per search version. */
async function loadEntries(db: Db): Promise<RegistryEntry[]> {
  const [organisations, orgTexts, orgAreas, events, eventTexts, eventAreas, sessions, sessionTexts, outcomes, outcomeTexts, outcomeAreas, requests, requestAreas] =
    await Promise.all([
      db.selectFrom('organisations').select(['id', 'slug', 'sourceLocale', 'type']).execute(),
      db.selectFrom('organisationTexts').select(['organisationId', 'locale', 'name as text']).execute(),
      db.selectFrom('organisationPolicyAreas').select(['organisationId', 'policyArea']).execute(),
      db.selectFrom('events').select(['id', 'slug', 'sourceLocale', 'startDate', 'status', 'countryIso3', 'isSample']).where('reviewStatus', '=', 'published').execute(),
      db.selectFrom('eventTexts').select(['eventId', 'locale', 'title as text']).execute(),
      db.selectFrom('eventPolicyAreas').select(['eventId', 'policyArea']).execute(),
      db.selectFrom('eventSessions').select(['id', 'eventId', 'key', 'date', 'status', 'title']).execute(),
      db.selectFrom('eventSessionTexts').select(['sessionId', 'locale', 'title as text']).execute(),
      db.selectFrom('sessionOutcomes').select(['id', 'sessionId', 'kind', 'ref', 'text']).execute(),
      db.selectFrom('sessionOutcomeTexts').select(['outcomeId', 'locale', 'text']).execute(),
      db.selectFrom('outcomePolicyAreas').select(['outcomeId', 'policyArea']).execute(),
      db.selectFrom('requests').select(['id', 'title', 'sourceLocale', 'createdAt', 'status', 'countryIso3', 'isSample']).execute(),
      db.selectFrom('requestPolicyAreas').select(['requestId', 'policyArea']).execute(),
    ]);
  const entries: RegistryEntry[] = [];
  const areasOf = <R extends { policyArea: string }>(map: Map<number, R[]>, id: number) => (map.get(id) ?? []).map((r) => r.policyArea);

  const orgTextsOf = groupBy(orgTexts, (r) => r.organisationId);
  const orgAreasOf = groupBy(orgAreas, (r) => r.organisationId);
  for (const o of organisations) {
    const titles = byLocale(orgTextsOf.get(o.id) ?? []);
    entries.push({ key: docKey('organisation', o.id), type: 'organisation', id: o.id, href: `/organisations/${o.slug}`, titles, source: localeOf(o.sourceLocale), context: {}, date: '', status: o.type, policyAreas: areasOf(orgAreasOf, o.id), countries: [], sample: false, rank: 0, codes: noCodes });
  }

  const eventTextsOf = groupBy(eventTexts, (r) => r.eventId);
  const eventAreasOf = groupBy(eventAreas, (r) => r.eventId);
  const published = new Map<number, RegistryEntry>();
  for (const e of events) {
    const entry: RegistryEntry = {
      key: docKey('event', e.id),
      type: 'event',
      id: e.id,
      href: `/events/${e.slug}`,
      titles: byLocale(eventTextsOf.get(e.id) ?? []),
      source: localeOf(e.sourceLocale),
      context: {},
      date: e.startDate,
      status: e.status,
      policyAreas: areasOf(eventAreasOf, e.id),
      countries: e.countryIso3 ? [e.countryIso3] : [],
      sample: Number(e.isSample) === 1,
      rank: 0,
      codes: noCodes,
    };
    published.set(e.id, entry);
    entries.push(entry);
  }

  const sessionTextsOf = groupBy(sessionTexts, (r) => r.sessionId);
  const outcomeAreasOf = groupBy(outcomeAreas, (r) => r.outcomeId);
  const outcomesOf = groupBy(outcomes, (r) => r.sessionId);
  const outcomeTextsOf = groupBy(outcomeTexts, (r) => r.outcomeId);
  for (const s of sessions) {
    const event = published.get(s.eventId);
    if (!event) continue;
    const sessionOutcomes = outcomesOf.get(s.id) ?? [];
    const titles = byLocale(sessionTextsOf.get(s.id) ?? []);
    if (!titles[event.source]) titles[event.source] = s.title;
    entries.push({
      key: docKey('session', s.id),
      type: 'session',
      id: s.id,
      href: `${event.href}#s-${s.key}`,
      titles,
      source: event.source,
      context: event.titles,
      date: s.date,
      status: s.status,
      policyAreas: [...new Set(sessionOutcomes.flatMap((o) => areasOf(outcomeAreasOf, o.id)).concat(event.policyAreas))],
      countries: event.countries,
      sample: event.sample,
      rank: 0,
      codes: noCodes,
    });
    for (const o of sessionOutcomes) {
      const type = o.kind === 'recommendation' ? 'recommendation' : 'outcome';
      const titles = byLocale(outcomeTextsOf.get(o.id) ?? []);
      if (!titles[event.source]) titles[event.source] = o.text;
      entries.push({
        key: docKey(type, o.id),
        type,
        id: o.id,
        href: `${event.href}/outcomes#${outcomeAnchor(o.ref)}`,
        titles,
        source: event.source,
        context: event.titles,
        date: s.date,
        status: '',
        policyAreas: areasOf(outcomeAreasOf, o.id),
        countries: event.countries,
        sample: event.sample,
        rank: 0,
      codes: noCodes,
      });
    }
  }

  const requestAreasOf = groupBy(requestAreas, (r) => r.requestId);
  for (const r of requests) {
    const source = localeOf(r.sourceLocale);
    entries.push({
      key: docKey('request', r.id),
      type: 'request',
      id: r.id,
      href: `/requests/${r.id}`,
      titles: { [source]: r.title },
      source,
      context: {},
      date: r.createdAt.slice(0, 10),
      status: r.status,
      policyAreas: areasOf(requestAreasOf, r.id),
      countries: [r.countryIso3],
      sample: Number(r.isSample) === 1,
      rank: 0,
      codes: noCodes,
    });
  }
  return entries;
}

/**
 * The registry of one app server: reloaded when the search version changes (every write of these
 * documents bumps it in its transaction, so another server's write is seen at the next search), with
 * each term's matching keys kept for that version.
 */
export class RegistryCache {
  private readonly registry = new Versioned<Registry>();
  private readonly matched = new LRUCache<string, readonly RegistryEntry[]>({ maxSize: 4 * 1024 * 1024, sizeCalculation: (v) => Math.max(1, v.length * 8) });

  async get(db: Db): Promise<Registry> {
    const version = await searchVersion(db);
    return this.registry.get(version, async () => {
      const registry = registryOf(version, await loadEntries(db));
      this.matched.clear();
      return registry;
    });
  }

  forgetMatches(): void {
    this.matched.clear();
  }

  /**
   * The registry's documents matching a query, each once, newest first, kept for the registry's
   * version; `load` gives the keys of every type (the term index's matchKeys).
   */
  async matches(registry: Registry, queryKey: string, load: () => Promise<Int32Array>): Promise<readonly RegistryEntry[]> {
    const key = `${registry.version}|${queryKey}`;
    const found = this.matched.get(key);
    if (found) return found;
    const hit = new Uint8Array(registry.newest.length);
    const keys = await load();
    // An indexed loop: a broad word brings 100 000 keys, most of them the catalogue's.
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (isItemKey(k)) continue;
      const rank = rankOf(registry, k);
      if (rank >= 0) hit[rank] = 1;
    }
    const entries: RegistryEntry[] = [];
    for (let rank = 0; rank < hit.length; rank++) if (hit[rank]) entries.push(registry.newest[rank]!);
    this.matched.set(key, entries);
    return entries;
  }
}
