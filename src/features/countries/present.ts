import type { z } from '@hono/zod-openapi';
import type { CountryRow } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { groupsOf } from './queries.js';
import { countryName } from './reference.js';
import { regionName } from './regions.js';
import type { CountrySchema } from './schema.js';

const area = (code: string | null, locale: Locale) => (code ? { code, name: regionName(code, locale) } : null);

export function presentCountry(country: CountryRow, locale: Locale): z.infer<typeof CountrySchema> {
  return {
    iso3: country.iso3,
    iso2: country.iso2,
    m49: country.m49,
    name: countryName(country.iso3, locale),
    region: area(country.regionCode, locale),
    subregion: area(country.subregionCode, locale),
    intermediateRegion: area(country.intermediateRegionCode, locale),
    groups: groupsOf(country),
    url: `/countries/${country.iso3}`,
  };
}
