import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { Locale } from '../../web/i18n/locales.js';

export const organisationTypes = [
  'un-body',
  'international-organisation',
  'regional-organisation',
  'development-bank',
  'government-agency',
  'private-company',
  // Chambers, industry associations and private-sector councils (ICC, GSMA): neither one company nor civil society.
  'business-association',
  'civil-society',
  'academia',
  // Informal groups of states (the Friends of E-Commerce for Development): they discuss, they offer no services.
  'country-group',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** Name and description of an organisation in one language. */
export interface OrganisationText {
  name: string;
  /** The acronym in this language when it differs (CNUCED for UNCTAD in French). */
  acronym?: string;
  description: string;
}

/** What a factory or the demo loader needs to create one organisation. */
export interface OrganisationSeed {
  slug: string;
  acronym: string | null;
  type: OrganisationType;
  /** ISO 3166-1 alpha-3 code of the headquarters country. */
  hqCountry: string | null;
  website: string | null;
  policyAreas: PolicyAreaSlug[];
  /**
   * Where it really works, in the catalogue's coverage vocabulary (catalogue `knownAreas`): '001' for a
   * worldwide remit, an M49 region or sub-region, a UN group ('ldc', 'lldc', 'sids') or an ISO3 country.
   * Databases filled before issue 13 may still hold M49 numeric country codes; readers accept both.
   */
  activeIn: string[];
  /** The language the texts were first written in. */
  sourceLocale: Locale;
  /** Texts per language; the source language is required, others may be missing. */
  text: { [L in Locale]?: OrganisationText };
  /** Where the information comes from. */
  source: string;
}
