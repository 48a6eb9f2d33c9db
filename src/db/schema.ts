import type { Generated, Insertable, Selectable } from 'kysely';

/** Tables as the application sees them (camelCase; CamelCasePlugin maps to snake_case columns). */
export interface Database {
  policyAreas: PolicyAreaTable;
  countries: CountryTable;
  organisations: OrganisationTable;
  organisationTexts: OrganisationTextTable;
  organisationPolicyAreas: OrganisationPolicyAreaTable;
  organisationAreas: OrganisationAreaTable;
  items: ItemTable;
  itemTexts: ItemTextTable;
  itemOrganisations: { itemId: number; organisationId: number; position: number };
  itemPolicyAreas: { itemId: number; policyArea: string };
  itemBeneficiaries: { itemId: number; beneficiary: string };
  itemCoverage: { itemId: number; area: string };
  itemLanguages: { itemId: number; language: string };
  hubMeta: { key: string; value: string };
  searchDocuments: SearchDocumentTable;
}

export interface ItemTable {
  id: Generated<number>;
  type: string;
  slug: string;
  kind: string;
  cost: string;
  link: string | null;
  documentUrl: string | null;
  startsOn: string | null;
  endsOn: string | null;
  publishedOn: string | null;
  sourceLocale: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export interface ItemTextTable {
  itemId: number;
  locale: string;
  title: string;
  summary: string;
  description: string;
}

/** One searchable text (a document in one language); the tokens live in search_fts (SQLite) or tsv (PostgreSQL). */
export interface SearchDocumentTable {
  id: Generated<number>;
  docType: string;
  docId: number;
  locale: string;
}

export interface PolicyAreaTable {
  slug: string;
  position: number;
}

/** Flags are stored as 0/1 integers on both databases. */
export interface CountryTable {
  iso3: string;
  iso2: string;
  m49: string | null;
  regionCode: string | null;
  subregionCode: string | null;
  intermediateRegionCode: string | null;
  isLdc: number;
  isLldc: number;
  isSids: number;
}

export interface OrganisationTable {
  id: Generated<number>;
  slug: string;
  acronym: string | null;
  type: string;
  hqCountry: string | null;
  website: string | null;
  sourceLocale: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationTextTable {
  organisationId: number;
  locale: string;
  name: string;
  /** Overrides organisations.acronym in this language. */
  acronym: string | null;
  description: string;
}

export interface OrganisationPolicyAreaTable {
  organisationId: number;
  policyArea: string;
}

/** An M49 code: '001' (world), a region, a sub-region or a country. */
export interface OrganisationAreaTable {
  organisationId: number;
  m49: string;
}

export type CountryRow = Selectable<CountryTable>;
export type NewCountry = Insertable<CountryTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
