import { searchChanged } from '../search/version.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type SearchText, searchIndexOf } from '../../db/search/index.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { OrganisationSeed, OrganisationText } from './types.js';

/** What the search index holds of an organisation's text in one language: its name and acronym, its description. */
export function organisationSearchText(t: { locale: string; name: string; acronym: string | null; description: string }, acronym: string | null): SearchText {
  return { locale: t.locale as Locale, title: [t.name, t.acronym ?? acronym].filter(Boolean).join(' '), summary: t.description, body: '' };
}

/** Insert one organisation with its texts and taxonomy; call inside a transaction. */
export async function organisationCreator(trx: Kysely<Database>, seed: OrganisationSeed): Promise<number> {
  if (!seed.text[seed.sourceLocale]) throw new Error(`Organisation ${seed.slug} has no text in its source language ${seed.sourceLocale}.`);
  const now = new Date().toISOString();
  const { id } = await trx
    .insertInto('organisations')
    .values({
      slug: seed.slug,
      acronym: seed.acronym,
      type: seed.type,
      hqCountry: seed.hqCountry,
      website: seed.website,
      sourceLocale: seed.sourceLocale,
      source: seed.source,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const texts = (Object.entries(seed.text) as [Locale, OrganisationText][]).map(([locale, text]) => ({
    organisationId: id,
    locale,
    name: text.name,
    acronym: text.acronym ?? null,
    description: text.description,
  }));
  await trx.insertInto('organisationTexts').values(texts).execute();
  if (seed.policyAreas.length) {
    await trx
      .insertInto('organisationPolicyAreas')
      .values(seed.policyAreas.map((policyArea) => ({ organisationId: id, policyArea })))
      .execute();
  }
  if (seed.activeIn.length) {
    await trx
      .insertInto('organisationAreas')
      .values([...new Set(seed.activeIn)].map((m49) => ({ organisationId: id, m49 })))
      .execute();
  }
  await searchIndexOf(trx).replace(trx, 'organisation', id, texts.map((t) => organisationSearchText(t, seed.acronym)));
  await searchChanged(trx);
  return id;
}
