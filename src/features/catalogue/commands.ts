import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, ItemTable } from '../../db/schema.js';
import { type SearchText, searchIndexOf } from '../../db/search/index.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { ItemSeed, ItemText } from './types.js';

/** Tell every app server that the catalogue changed (they reload their facet index). */
export async function catalogueVersionBumper(trx: Kysely<Database>): Promise<void> {
  await trx
    .updateTable('hubMeta')
    .set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` })
    .where('key', '=', 'catalogue_version')
    .execute();
}

/** The `items` row of a seed; the bulk loader of bench/search writes the same. */
export function itemRow(seed: ItemSeed, now: string): Insertable<ItemTable> {
  return {
    type: seed.type,
    slug: seed.slug,
    kind: seed.kind,
    cost: seed.cost,
    link: seed.link,
    documentUrl: seed.documentUrl ?? null,
    startsOn: seed.startsOn ?? null,
    endsOn: seed.endsOn ?? null,
    publishedOn: seed.publishedOn ?? null,
    applyUrl: seed.access.applyUrl ?? null,
    contactEmail: seed.access.email ?? null,
    viaHub: seed.access.viaHub ? 1 : 0,
    sourceLocale: seed.sourceLocale,
    source: seed.source,
    createdAt: now,
    updatedAt: now,
  };
}

/** What the search index holds of an item's text in one language. */
export function itemSearchText(locale: Locale, t: { title: string; summary: string; description: string }): SearchText {
  return { locale, title: t.title, summary: t.summary, body: t.description };
}

/** Insert one solution or resource with its texts, taxonomy and search texts; call inside a transaction. */
export async function itemCreator(trx: Kysely<Database>, seed: ItemSeed): Promise<number> {
  const organisations = await seedOrganisations(trx, seed);
  const { id } = await trx.insertInto('items').values(itemRow(seed, new Date().toISOString())).returning('id').executeTakeFirstOrThrow();
  await itemContentWriter(trx, id, seed, organisations);
  await catalogueVersionBumper(trx);
  return id;
}

/**
 * Replace an item's fields, texts, taxonomy and search texts with the seed's, keeping its id, status
 * and creation date; the slug changes only when the seed names another one that is free (links to the
 * old address keep working otherwise). Returns the slug in use. An item keeps its type: its address
 * and its place in the search index depend on it.
 */
export async function itemUpdater(trx: Kysely<Database>, itemId: number, seed: ItemSeed): Promise<string> {
  const current = await trx.selectFrom('items').select(['type', 'slug']).where('id', '=', itemId).executeTakeFirst();
  if (!current) throw new Error(`Item ${itemId} does not exist.`);
  if (current.type !== seed.type) throw new Error(`Item ${itemId} is a ${current.type} and cannot become a ${seed.type}.`);
  const organisations = await seedOrganisations(trx, seed);
  let slug = current.slug;
  if (seed.slug !== current.slug) {
    const taken = await trx.selectFrom('items').select('id').where('type', '=', seed.type).where('slug', '=', seed.slug).executeTakeFirst();
    if (!taken) slug = seed.slug;
  }
  const { createdAt: _createdAt, ...row } = itemRow({ ...seed, slug }, new Date().toISOString());
  await trx.updateTable('items').set(row).where('id', '=', itemId).execute();
  for (const table of ['itemTexts', 'itemOrganisations', 'itemPolicyAreas', 'itemBeneficiaries', 'itemCoverage', 'itemLanguages'] as const) {
    await trx.deleteFrom(table).where('itemId', '=', itemId).execute();
  }
  await itemContentWriter(trx, itemId, seed, organisations);
  await catalogueVersionBumper(trx);
  return slug;
}

export const itemStatuses = ['published', 'unpublished', 'archived'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/**
 * Publish, unpublish or archive an item. The texts stay in the search index: the facet index holds
 * published items only, and every search goes through it. updated_at is left alone, as it dates the
 * content (feeds and the sitemap would otherwise announce an unchanged item as new).
 */
export async function itemStatusSetter(trx: Kysely<Database>, itemId: number, status: ItemStatus): Promise<void> {
  const { numUpdatedRows } = await trx.updateTable('items').set({ status }).where('id', '=', itemId).executeTakeFirstOrThrow();
  if (numUpdatedRows === 0n) throw new Error(`Item ${itemId} does not exist.`);
  await catalogueVersionBumper(trx);
}

/** Ids of the seed's organisations by slug; every one must exist. */
async function seedOrganisations(trx: Kysely<Database>, seed: ItemSeed): Promise<Map<string, number>> {
  if (!seed.text[seed.sourceLocale]) throw new Error(`Item ${seed.slug} has no text in its source language ${seed.sourceLocale}.`);
  const rows = seed.organisations.length
    ? await trx.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', seed.organisations).execute()
    : [];
  const ids = new Map(rows.map((o) => [o.slug, o.id]));
  const missing = seed.organisations.filter((slug) => !ids.has(slug));
  if (missing.length) throw new Error(`Item ${seed.slug}: unknown organisation(s) ${missing.join(', ')}`);
  return ids;
}

/** Write an item's texts, taxonomy links and search texts (the item has none yet, or they were just removed). */
async function itemContentWriter(trx: Kysely<Database>, id: number, seed: ItemSeed, organisations: Map<string, number>): Promise<void> {
  const texts = Object.entries(seed.text) as [Locale, ItemText][];
  await trx
    .insertInto('itemTexts')
    .values(texts.map(([locale, t]) => ({ itemId: id, locale, title: t.title, summary: t.summary, description: t.description, eligibility: t.eligibility })))
    .execute();
  const links = <T extends string, R>(values: T[], row: (value: T, index: number) => R) => [...new Set(values)].map(row);
  if (organisations.size) {
    await trx
      .insertInto('itemOrganisations')
      .values(links(seed.organisations, (slug, position) => ({ itemId: id, organisationId: organisations.get(slug)!, position })))
      .execute();
  }
  if (seed.policyAreas.length) await trx.insertInto('itemPolicyAreas').values(links(seed.policyAreas, (policyArea) => ({ itemId: id, policyArea }))).execute();
  if (seed.beneficiaries.length) await trx.insertInto('itemBeneficiaries').values(links(seed.beneficiaries, (beneficiary) => ({ itemId: id, beneficiary }))).execute();
  if (seed.coverage.length) await trx.insertInto('itemCoverage').values(links(seed.coverage, (area) => ({ itemId: id, area }))).execute();
  if (seed.languages.length) await trx.insertInto('itemLanguages').values(links(seed.languages, (language) => ({ itemId: id, language }))).execute();
  await searchIndexOf(trx).replace(trx, seed.type, id, texts.map(([locale, t]) => itemSearchText(locale, t)));
}
