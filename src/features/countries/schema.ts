import { z } from '@hono/zod-openapi';
import { PageSchema, langQuery, pageQuery } from '../../lib/api-schema.js';
import { countryGroups } from './groups.js';
import { regionCodes } from './regions.js';

export const CountryListQuery = z.object({
  region: z.enum(regionCodes).optional().openapi({ description: 'UN M49 region code: 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania.' }),
  group: z.enum(countryGroups).optional().openapi({ description: 'ldc, lldc or sids.' }),
  lang: langQuery,
  ...pageQuery(250, 250),
});

export const CountryIsoParam = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
    .openapi({ param: { name: 'iso3', in: 'path' }, example: 'TCD' }),
});

export const CountryQuery = z.object({ lang: langQuery });

const AreaSchema = z.object({ code: z.string(), name: z.string() }).openapi('Area');

export const CountrySchema = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    m49: z.string().nullable(),
    name: z.string(),
    region: AreaSchema.nullable(),
    subregion: AreaSchema.nullable(),
    intermediateRegion: AreaSchema.nullable(),
    groups: z.array(z.enum(countryGroups)),
    url: z.string(),
  })
  .openapi('Country');

export const CountryDetailSchema = CountrySchema.extend({
  partners: z
    .array(
      z.object({
        slug: z.string(),
        name: z.string(),
        scope: z.enum(['country-or-region', 'worldwide']).openapi({
          description: "'country-or-region': its coverage names this country, its sub-region or region or a UN group it is in; 'worldwide': it works worldwide.",
        }),
        url: z.string(),
      }),
    )
    .openapi({ description: 'Partners working here: those for this country or its region first (the most specific first), then those working worldwide.' }),
}).openapi('CountryDetail');

export const CountryListResponse = z.object({ data: z.array(CountrySchema), page: PageSchema });
export const CountryResponse = z.object({ data: CountryDetailSchema });
