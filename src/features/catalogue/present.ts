import type { z } from '@hono/zod-openapi';
import type { ItemDetail, ItemSummary } from './queries.js';
import type { ItemDetailSchema, ItemSchema } from './schema.js';
import type { ItemType } from './types.js';

/** Where an item's page is: /solutions/:slug or /resources/:slug. */
export function itemPath(item: { type: ItemType; slug: string }): string {
  return `/${item.type === 'solution' ? 'solutions' : 'resources'}/${item.slug}`;
}

export function presentItem(item: ItemSummary): z.infer<typeof ItemSchema> {
  return {
    type: item.type,
    slug: item.slug,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    language: item.textLocale,
    sourceLanguage: item.sourceLocale,
    organisations: item.organisations,
    policyAreas: item.policyAreas,
    beneficiaries: item.beneficiaries,
    coverage: item.coverage,
    languages: item.languages,
    cost: item.cost,
    eligibility: item.eligibility,
    eligibilityLanguage: item.eligibilityLocale,
    access: { applyUrl: item.access.applyUrl, email: item.access.email, viaHub: item.access.viaHub },
    link: item.link,
    documentUrl: item.documentUrl,
    startsOn: item.startsOn,
    endsOn: item.endsOn,
    publishedOn: item.publishedOn,
    updatedAt: item.updatedAt,
    url: itemPath(item),
  };
}

export function presentItemDetail(item: ItemDetail): z.infer<typeof ItemDetailSchema> {
  return {
    ...presentItem(item),
    description: item.description,
    descriptionLanguage: item.descriptionLocale,
    source: item.source,
    languagesAvailable: item.locales,
  };
}
