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
  if (!seed.text[seed.sourceLocale]) throw new Error(`Item ${seed.slug} has no text in its source language ${seed.sourceLocale}.`);
  const organisations = seed.organisations.length
    ? await trx.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', seed.organisations).execute()
    : [];
  const missing = seed.organisations.filter((slug) => !organisations.some((o) => o.slug === slug));
  if (missing.length) throw new Error(`Item ${seed.slug}: unknown organisation(s) ${missing.join(', ')}`);

  const { id } = await trx.insertInto('items').values(itemRow(seed, new Date().toISOString())).returning('id').executeTakeFirstOrThrow();

  const texts = Object.entries(seed.text) as [Locale, ItemText][];
  await trx
    .insertInto('itemTexts')
    .values(texts.map(([locale, t]) => ({ itemId: id, locale, title: t.title, summary: t.summary, description: t.description })))
    .execute();
  const links = <T extends string, R>(values: T[], row: (value: T, index: number) => R) => [...new Set(values)].map(row);
  if (organisations.length) {
    await trx
      .insertInto('itemOrganisations')
      .values(links(seed.organisations, (slug, position) => ({ itemId: id, organisationId: organisations.find((o) => o.slug === slug)!.id, position })))
      .execute();
  }
  if (seed.policyAreas.length) await trx.insertInto('itemPolicyAreas').values(links(seed.policyAreas, (policyArea) => ({ itemId: id, policyArea }))).execute();
  if (seed.beneficiaries.length) await trx.insertInto('itemBeneficiaries').values(links(seed.beneficiaries, (beneficiary) => ({ itemId: id, beneficiary }))).execute();
  if (seed.coverage.length) await trx.insertInto('itemCoverage').values(links(seed.coverage, (area) => ({ itemId: id, area }))).execute();
  if (seed.languages.length) await trx.insertInto('itemLanguages').values(links(seed.languages, (language) => ({ itemId: id, language }))).execute();

  await searchIndexOf(trx).replace(trx, seed.type, id, texts.map(([locale, t]) => itemSearchText(locale, t)));
  await catalogueVersionBumper(trx);
  return id;
}
