import type { z } from '@hono/zod-openapi';
import type { OrganisationDetail, OrganisationSummary } from './queries.js';
import type { OrganisationDetailSchema, OrganisationSchema } from './schema.js';

export function presentOrganisation(o: OrganisationSummary): z.infer<typeof OrganisationSchema> {
  return {
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    type: o.type,
    hqCountry: o.hqCountry,
    website: o.website,
    description: o.description,
    language: o.textLocale,
    sourceLanguage: o.sourceLocale,
    policyAreas: o.policyAreas,
    activeIn: o.activeIn,
    url: `/organisations/${o.slug}`,
  };
}

export function presentOrganisationDetail(o: OrganisationDetail): z.infer<typeof OrganisationDetailSchema> {
  return { ...presentOrganisation(o), source: o.source, languages: o.locales, updatedAt: o.updatedAt };
}
