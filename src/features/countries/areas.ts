import { formatters } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryGroups } from './groups.js';
import { buildCountryReference, countryName } from './reference.js';
import { regionNames } from './regions.js';

/** Every country the hub knows, by ISO 3166-1 alpha-3 code. */
export const knownCountries: ReadonlySet<string> = new Set(buildCountryReference().map((c) => c.iso3));

/** Where something may apply: the world, an M49 region or sub-region, a UN group or a country (ISO3). */
export const knownAreas: ReadonlySet<string> = new Set<string>([...Object.keys(regionNames), ...countryGroups, ...knownCountries]);

const countryLists = new Map<Locale, { code: string; name: string }[]>();

/** Every country, named and sorted in the reader's language (built once per language), for a form's list. */
export function countriesByName(locale: Locale): { code: string; name: string }[] {
  let list = countryLists.get(locale);
  if (!list) {
    const { compare } = formatters(locale);
    list = [...knownCountries].map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}
