import type { CountryRow } from '../../db/schema.js';

/**
 * Groups the data pages compare an economy with, besides its M49 areas: the UN groupings (LDC, LLDC,
 * SIDS) and UNCTAD's development status.
 */
export const economyGroups = ['ldc', 'lldc', 'sids', 'developed', 'developing', 'transition'] as const;
export type EconomyGroup = (typeof economyGroups)[number];

export function isEconomyGroup(value: string): value is EconomyGroup {
  return (economyGroups as readonly string[]).includes(value);
}

/**
 * UNCTAD's transition economies: South-East Europe and the Commonwealth of Independent States with
 * Georgia (UNCTADstat classifications). Kosovo has no ISO code in the hub.
 */
const transitionEconomies = new Set(['ALB', 'BIH', 'MNE', 'MKD', 'SRB', 'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);

/** Developed economies outside M49 Europe (UNCTADstat: Northern America, Japan, Israel, Australia, New Zealand). */
const developedOutsideEurope = new Set(['USA', 'CAN', 'BMU', 'GRL', 'SPM', 'JPN', 'ISR', 'AUS', 'NZL']);

const europe = '150';

/**
 * UNCTAD's developed / transition / developing classification. The UN M49 list no longer carries a
 * developed/developing column, so this follows UNCTAD: Europe except the transition economies, plus
 * the economies above, are developed. With it the 36 developed economies of the 2019 index give
 * UNCTAD's published "Developed economies" means exactly (b2c-index README, section 3); Cyprus,
 * which M49 places in Western Asia, falls in Western Asia as in UNCTAD's 2019 table.
 */
export function developmentStatus(country: Pick<CountryRow, 'iso3' | 'regionCode'>): 'developed' | 'transition' | 'developing' {
  if (transitionEconomies.has(country.iso3)) return 'transition';
  if (country.regionCode === europe || developedOutsideEurope.has(country.iso3)) return 'developed';
  return 'developing';
}

export type GroupedCountry = Pick<CountryRow, 'iso3' | 'regionCode' | 'subregionCode' | 'intermediateRegionCode' | 'isLdc' | 'isLldc' | 'isSids'>;

/** Every group a country counts in: the world ('001'), its M49 region, sub-region and intermediate region, and its groupings. */
export function groupsOfCountry(country: GroupedCountry): string[] {
  const groups = ['001'];
  for (const area of [country.regionCode, country.subregionCode, country.intermediateRegionCode]) if (area) groups.push(area);
  if (country.isLdc) groups.push('ldc');
  if (country.isLldc) groups.push('lldc');
  if (country.isSids) groups.push('sids');
  groups.push(developmentStatus(country));
  return groups;
}
