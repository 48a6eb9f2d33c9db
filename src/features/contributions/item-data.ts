import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { locales } from '../../web/i18n/locales.js';
import type { ItemText } from '../catalogue/types.js';
import type { RevisionData } from './types.js';

export interface StoredItem {
  id: number;
  type: RevisionData['type'];
  slug: string;
  status: string;
  source: string;
  data: RevisionData;
}

/**
 * An item as it is now, whatever its status, in the shape of a revision: what an edit form starts
 * from and what a proposed change is compared with. Not a public read.
 */
export async function storedItem(db: Kysely<Database>, itemId: number): Promise<StoredItem | undefined> {
  const item = await db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!item) return undefined;
  const [texts, organisations, policyAreas, beneficiaries, coverage, languages] = await Promise.all([
    db.selectFrom('itemTexts').select(['locale', 'title', 'summary', 'description', 'eligibility']).where('itemId', '=', itemId).execute(),
    db
      .selectFrom('itemOrganisations as io')
      .innerJoin('organisations as o', 'o.id', 'io.organisationId')
      .select('o.slug')
      .where('io.itemId', '=', itemId)
      .orderBy('io.position')
      .execute(),
    db.selectFrom('itemPolicyAreas').select('policyArea as value').where('itemId', '=', itemId).execute(),
    db.selectFrom('itemBeneficiaries').select('beneficiary as value').where('itemId', '=', itemId).execute(),
    db.selectFrom('itemCoverage').select('area as value').where('itemId', '=', itemId).execute(),
    db.selectFrom('itemLanguages').select('language as value').where('itemId', '=', itemId).execute(),
  ]);
  const values = <T extends string>(rows: { value: string }[]) => rows.map((r) => r.value as T).sort();
  const text: RevisionData['text'] = {};
  for (const t of texts) text[t.locale as Locale] = { title: t.title, summary: t.summary, description: t.description, eligibility: t.eligibility };
  return {
    id: item.id,
    type: item.type as RevisionData['type'],
    slug: item.slug,
    status: item.status,
    source: item.source,
    data: {
      type: item.type as RevisionData['type'],
      kind: item.kind as RevisionData['kind'],
      cost: item.cost as RevisionData['cost'],
      access: { applyUrl: item.applyUrl, email: item.contactEmail, viaHub: item.viaHub === 1 },
      link: item.link,
      documentUrl: item.documentUrl,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      publishedOn: item.publishedOn,
      organisations: organisations.map((o) => o.slug),
      policyAreas: values(policyAreas),
      beneficiaries: values(beneficiaries),
      coverage: values(coverage),
      languages: values(languages),
      sourceLocale: item.sourceLocale as Locale,
      text,
    },
  };
}

const textFields = ['title', 'summary', 'description', 'eligibility'] as const satisfies readonly (keyof ItemText)[];

/**
 * Revision data as one level of fields ('kind', 'coverage', 'text.fr.title'…), for the audit log and
 * the history: a change of one translation then shows as that field alone. Lists are sorted (their
 * order means nothing, except the organisations': the lead comes first) and missing values are null.
 */
export function flatRevisionData(data: RevisionData | null): Record<string, unknown> | null {
  if (!data) return null;
  const sorted = (values: readonly string[]) => [...values].sort();
  const flat: Record<string, unknown> = {
    type: data.type,
    kind: data.kind,
    cost: data.cost,
    applyUrl: data.access.applyUrl ?? null,
    contactEmail: data.access.email ?? null,
    viaHub: data.access.viaHub ?? false,
    link: data.link ?? null,
    documentUrl: data.documentUrl ?? null,
    startsOn: data.startsOn ?? null,
    endsOn: data.endsOn ?? null,
    publishedOn: data.publishedOn ?? null,
    organisations: data.organisations,
    policyAreas: sorted(data.policyAreas),
    beneficiaries: sorted(data.beneficiaries),
    coverage: sorted(data.coverage),
    languages: sorted(data.languages),
    sourceLocale: data.sourceLocale,
  };
  for (const locale of locales) {
    const text = data.text[locale];
    if (text) for (const field of textFields) flat[`text.${locale}.${field}`] = text[field];
  }
  return flat;
}
