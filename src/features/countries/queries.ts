import { type Kysely, sql } from 'kysely';
import type { CountryRow, Database } from '../../db/schema.js';
import type { CountryGroup } from './groups.js';
import type { RegionCode } from './regions.js';

export interface CountryFilter {
  region?: RegionCode | undefined;
  group?: CountryGroup | undefined;
}

const groupColumn = { ldc: 'isLdc', lldc: 'isLldc', sids: 'isSids' } as const;

const columns = [
  'iso3',
  'iso2',
  'm49',
  'regionCode',
  'subregionCode',
  'intermediateRegionCode',
  'isLdc',
  'isLldc',
  'isSids',
] as const;

/** Every matching country, ordered by ISO code (views sort by name in the reader's language). */
export async function listCountries(db: Kysely<Database>, filter: CountryFilter): Promise<CountryRow[]> {
  let query = db.selectFrom('countries').select(columns);
  if (filter.region) query = query.where('regionCode', '=', filter.region);
  if (filter.group) query = query.where(groupColumn[filter.group], '=', 1);
  return query.orderBy('iso3').execute();
}

export async function findCountryByIso3(db: Kysely<Database>, iso3: string): Promise<CountryRow | undefined> {
  return db.selectFrom('countries').select(columns).where('iso3', '=', iso3.toUpperCase()).executeTakeFirst();
}

/** The groups a country belongs to. */
export function groupsOf(country: CountryRow): CountryGroup[] {
  return (Object.keys(groupColumn) as CountryGroup[]).filter((g) => country[groupColumn[g]] === 1);
}

/**
 * The coverage codes that name this country in particular, most specific first: the country itself
 * (ISO3, and the M49 code older partner records use), its intermediate region and sub-region, the UN
 * groups it belongs to, its region. The world ('001') is not among them.
 */
export function areasOf(country: CountryRow): string[] {
  return [country.iso3, country.m49, country.intermediateRegionCode, country.subregionCode, ...groupsOf(country), country.regionCode].filter(
    (code): code is string => Boolean(code),
  );
}

/**
 * Published items (solutions and resources) whose coverage names one of `areas` (a country's own
 * areas, see areasOf), ranked by the most specific area they name, then newest first; and how many.
 */
export async function itemsCoveringAreas(db: Kysely<Database>, areas: string[], limit: number): Promise<{ ids: number[]; total: number }> {
  if (areas.length === 0) return { ids: [], total: 0 };
  // Ranks are literals (positions in `areas`): PostgreSQL cannot type a parameter in a CASE result.
  const rank = sql<number>`min(case ${sql.join(areas.map((area, i) => sql`when ic.area = ${area} then ${sql.lit(i)}`), sql` `)} end)`;
  const base = db
    .selectFrom('items as i')
    .innerJoin('itemCoverage as ic', 'ic.itemId', 'i.id')
    .where('i.status', '=', 'published')
    .where('ic.area', 'in', areas);
  const [rows, count] = await Promise.all([
    base
      .select(['i.id', rank.as('rank'), sql<string>`max(coalesce(i.published_on, i.starts_on, substr(i.updated_at, 1, 10)))`.as('date')])
      .groupBy('i.id')
      .orderBy('rank')
      .orderBy('date', 'desc')
      .orderBy('i.id', 'desc')
      .limit(limit)
      .execute(),
    base.select(sql<number>`count(distinct i.id)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}
