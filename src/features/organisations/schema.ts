import { z } from '@hono/zod-openapi';
import { PageSchema, langQuery, pageQuery } from '../../lib/api-schema.js';
import { slugPattern } from '../../lib/text.js';
import { locales } from '../../web/i18n/locales.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { organisationTypes } from './types.js';

export const OrganisationListQuery = z.object({
  type: z.enum(organisationTypes).optional().openapi({ description: 'Organisation type.' }),
  policyArea: z.enum(policyAreaSlugs).optional().openapi({ description: 'Policy-area slug.' }),
  lang: langQuery,
  ...pageQuery(100, 20),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

export const OrganisationSlugParam = z.object({
  slug: z.string().max(100).regex(slugPattern, 'must be a slug: lower-case letters, digits and hyphens').openapi({ param: { name: 'slug', in: 'path' }, example: 'unctad' }),
});

export const OrganisationQuery = z.object({ lang: langQuery });

export const OrganisationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    type: z.enum(organisationTypes),
    hqCountry: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-3 code.' }),
    website: z.string().nullable(),
    description: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of name and description.' }),
    sourceLanguage: z.enum(locales),
    policyAreas: z.array(z.enum(policyAreaSlugs)),
    activeIn: z.array(z.string()).openapi({
      description:
        "Where it works: '001' (worldwide), UN M49 region codes, UN groups ('ldc', 'lldc', 'sids') or ISO 3166-1 alpha-3 country codes, as item coverage.",
      example: ['002', 'KEN'],
    }),
    url: z.string(),
  })
  .openapi('Organisation');

export const OrganisationDetailSchema = OrganisationSchema.extend({
  source: z.string(),
  languages: z.array(z.enum(locales)),
  updatedAt: z.string(),
}).openapi('OrganisationDetail');

export const OrganisationListResponse = z.object({ data: z.array(OrganisationSchema), page: PageSchema });
export const OrganisationResponse = z.object({ data: OrganisationDetailSchema });
