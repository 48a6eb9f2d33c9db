import type { Kysely } from 'kysely';
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

/** M49 codes under which a partner counts as active in this country: the world, its regions, itself. */
export function areasCovering(country: CountryRow): string[] {
  return ['001', country.regionCode, country.subregionCode, country.intermediateRegionCode, country.m49].filter(
    (code): code is string => Boolean(code),
  );
}
