import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { Locale } from '../../web/i18n/locales.js';

export const organisationTypes = [
  'un-body',
  'international-organisation',
  'regional-organisation',
  'development-bank',
  'government-agency',
  'private-company',
  'civil-society',
  'academia',
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
  /** UN M49 codes of the areas where it is active: '001' world, a region, a sub-region or a country. */
  activeIn: string[];
  /** The language the texts were first written in. */
  sourceLocale: Locale;
  /** Texts per language; the source language is required, others may be missing. */
  text: { [L in Locale]?: OrganisationText };
  /** Where the information comes from. */
  source: string;
}
