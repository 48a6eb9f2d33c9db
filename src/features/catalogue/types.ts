import type { Locale } from '../../web/i18n/locales.js';
import type { CountryGroup } from '../countries/groups.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';

/**
 * The catalogue holds two types of item that share one taxonomy and one search index:
 * solutions (a partner's service, programme, tool, course, fund or study) and resources
 * (publications, reports, guides, presentations, datasets).
 */
export const itemTypes = ['solution', 'resource'] as const;
export type ItemType = (typeof itemTypes)[number];

export const solutionKinds = [
  'technical-assistance',
  'training',
  'tool',
  'research',
  'financing',
  'data',
  'platform',
] as const;
export const resourceKinds = ['publication', 'report', 'guide', 'presentation', 'dataset'] as const;
export type SolutionKind = (typeof solutionKinds)[number];
export type ResourceKind = (typeof resourceKinds)[number];
export type ItemKind = SolutionKind | ResourceKind;

export const beneficiaries = [
  'governments',
  'msmes',
  'women-entrepreneurs',
  'youth',
  'consumers',
  'customs-border-agencies',
  'postal-operators',
  'trade-support-institutions',
  'statistical-offices',
  'researchers',
] as const;
export type Beneficiary = (typeof beneficiaries)[number];

/** free; paid (fees, subscriptions); varies (on terms agreed case by case: loans, grants with co-financing, cost-sharing). */
export const costs = ['free', 'paid', 'varies'] as const;
export type Cost = (typeof costs)[number];

/** Languages an item is offered in (ISO 639-1); the interface languages plus the other UN languages and Portuguese. */
export const itemLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'] as const;
export type ItemLanguage = (typeof itemLanguages)[number];

/**
 * Where an item applies: '001' for the whole world, an M49 region or sub-region code
 * ('002' Africa, '202' Sub-Saharan Africa…), a UN group ('ldc', 'lldc', 'sids'), or a
 * country's ISO 3166-1 alpha-3 code ('SEN').
 */
export type Coverage = string | CountryGroup;

export interface ItemText {
  title: string;
  summary: string;
  /**
   * Markdown; rendered with raw HTML off. A translation may leave it empty: the page then shows the
   * source language's description, with the notice that it is not translated yet.
   */
  description: string;
  /** Who may apply for it or use it, and on what terms (cost, co-financing, conditions): a sentence or two. */
  eligibility: string;
}

/** How to get an item: where to apply or ask. At least one of the three. */
export interface ItemAccess {
  /** The page where one applies, registers, downloads or asks (the partner's own); the item's link when it is that page. */
  applyUrl?: string | null;
  /** A public contact address the programme publishes for requests. */
  email?: string | null;
  /** Help with it can be asked for through the hub: a request for assistance, matched to its partners. */
  viaHub?: boolean;
}

/** What a factory or the demo loader needs to create one catalogue item. */
export interface ItemSeed {
  type: ItemType;
  slug: string;
  kind: ItemKind;
  /** Slugs of the organisations that offer or published it, lead first. */
  organisations: string[];
  policyAreas: PolicyAreaSlug[];
  beneficiaries: Beneficiary[];
  coverage: Coverage[];
  languages: ItemLanguage[];
  cost: Cost;
  /** How to get it: where to apply or ask (with `text[locale].eligibility`: who may, on what terms). */
  access: ItemAccess;
  /** Web page of the solution, or the resource's landing page. */
  link: string | null;
  /** Resources: the document itself (PDF, dataset…). */
  documentUrl?: string | null;
  /** ISO dates (YYYY-MM-DD or YYYY-MM or YYYY): solutions' start and end; resources' publication date. */
  startsOn?: string | null;
  endsOn?: string | null;
  publishedOn?: string | null;
  sourceLocale: Locale;
  text: { [L in Locale]?: ItemText };
  /** Where the information comes from. */
  source: string;
}
