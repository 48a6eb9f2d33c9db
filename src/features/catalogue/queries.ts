import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { Beneficiary, Cost, ItemKind, ItemLanguage, ItemType } from './types.js';

export interface ItemOrganisation {
  slug: string;
  name: string;
  acronym: string | null;
}

export interface ItemSummary {
  id: number;
  type: ItemType;
  slug: string;
  kind: ItemKind;
  cost: Cost;
  title: string;
  summary: string;
  /** Language of title and summary: the reader's, or the source language when not translated. */
  textLocale: Locale;
  sourceLocale: Locale;
  link: string | null;
  documentUrl: string | null;
  startsOn: string | null;
  endsOn: string | null;
  publishedOn: string | null;
  updatedAt: string;
  organisations: ItemOrganisation[];
  policyAreas: PolicyAreaSlug[];
  beneficiaries: Beneficiary[];
  coverage: string[];
  languages: ItemLanguage[];
  /** Who may apply or use it, on what terms: the reader's language, else the source language's ('' when neither has it). */
  eligibility: string;
  eligibilityLocale: Locale;
  access: { applyUrl: string | null; email: string | null; viaHub: boolean };
}

export interface ItemDetail extends ItemSummary {
  description: string;
  /** A translation may leave the description empty: the source language's is shown, marked as such. */
  descriptionLocale: Locale;
  source: string;
  createdAt: string;
  /** Languages the texts exist in. */
  locales: Locale[];
}

/** Only published items are public: every read of this module goes through here, so none shows another. */
function itemsWithText(db: Kysely<Database>, locale: Locale) {
  return db
    .selectFrom('items as i')
    .where('i.status', '=', 'published')
    .leftJoin('itemTexts as t', (join) => join.onRef('t.itemId', '=', 'i.id').on('t.locale', '=', locale))
    .innerJoin('itemTexts as s', (join) => join.onRef('s.itemId', '=', 'i.id').onRef('s.locale', '=', 'i.sourceLocale'))
    .select([
      'i.id',
      'i.type',
      'i.slug',
      'i.kind',
      'i.cost',
      'i.link',
      'i.documentUrl',
      'i.startsOn',
      'i.endsOn',
      'i.publishedOn',
      'i.updatedAt',
      'i.sourceLocale',
      'i.applyUrl',
      'i.contactEmail',
      'i.viaHub',
      sql<string>`coalesce(t.title, s.title)`.as('title'),
      sql<string>`coalesce(t.summary, s.summary)`.as('summary'),
      sql<string>`coalesce(t.locale, s.locale)`.as('textLocale'),
      // A translation may have title and summary but leave these empty: each falls back on its own.
      sql<string>`coalesce(nullif(t.description, ''), s.description)`.as('description'),
      sql<string>`case when t.description <> '' then t.locale else s.locale end`.as('descriptionLocale'),
      sql<string>`coalesce(nullif(t.eligibility, ''), s.eligibility)`.as('eligibility'),
      sql<string>`case when t.eligibility <> '' then t.locale else s.locale end`.as('eligibilityLocale'),
    ]);
}

/** Items by id, in the order of `ids`, with their taxonomy and organisations named in the reader's language. */
export async function itemSummaries(db: Kysely<Database>, ids: number[], locale: Locale): Promise<ItemSummary[]> {
  if (ids.length === 0) return [];
  const [rows, organisations, policyAreas, beneficiaries, coverage, languages] = await Promise.all([
    itemsWithText(db, locale).where('i.id', 'in', ids).execute(),
    db
      .selectFrom('itemOrganisations as io')
      .innerJoin('organisations as o', 'o.id', 'io.organisationId')
      .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
      .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
      .select([
        'io.itemId',
        'o.slug',
        sql<string>`coalesce(t.name, s.name)`.as('name'),
        sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym'),
      ])
      .where('io.itemId', 'in', ids)
      .orderBy('io.position')
      .execute(),
    db
      .selectFrom('itemPolicyAreas as ipa')
      .innerJoin('policyAreas as pa', 'pa.slug', 'ipa.policyArea')
      .select(['ipa.itemId', 'ipa.policyArea as value'])
      .where('ipa.itemId', 'in', ids)
      .orderBy('pa.position')
      .execute(),
    db.selectFrom('itemBeneficiaries').select(['itemId', 'beneficiary as value']).where('itemId', 'in', ids).orderBy('beneficiary').execute(),
    db.selectFrom('itemCoverage').select(['itemId', 'area as value']).where('itemId', 'in', ids).orderBy('area').execute(),
    db.selectFrom('itemLanguages').select(['itemId', 'language as value']).where('itemId', 'in', ids).orderBy('language').execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const of = <T extends { itemId: number; value: string }>(list: T[], id: number) => list.filter((x) => x.itemId === id).map((x) => x.value);
  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const { description: _description, descriptionLocale: _descriptionLocale, applyUrl, contactEmail, viaHub, ...row } = byId.get(id)!;
      return {
        ...row,
        access: { applyUrl, email: contactEmail, viaHub: viaHub === 1 },
        organisations: organisations.filter((o) => o.itemId === id).map(({ slug, name, acronym }) => ({ slug, name, acronym })),
        policyAreas: of(policyAreas, id),
        beneficiaries: of(beneficiaries, id),
        coverage: of(coverage, id),
        languages: of(languages, id),
      } as ItemSummary;
    });
}

export async function findItemBySlug(db: Kysely<Database>, type: ItemType, slug: string, locale: Locale): Promise<ItemDetail | undefined> {
  const row = await itemsWithText(db, locale)
    .select(['i.source', 'i.createdAt'])
    .where('i.type', '=', type)
    .where('i.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const [[summary], texts] = await Promise.all([
    itemSummaries(db, [row.id], locale),
    db.selectFrom('itemTexts').select('locale').where('itemId', '=', row.id).orderBy('locale').execute(),
  ]);
  return {
    ...summary!,
    description: row.description,
    descriptionLocale: row.descriptionLocale as Locale,
    source: row.source,
    createdAt: row.createdAt,
    locales: texts.map((t) => t.locale as Locale),
  };
}

/** Ids of items of the same type that share the most policy areas and (counting double) organisations with this one. */
export async function relatedItemIds(db: Kysely<Database>, item: { id: number; type: ItemType }, limit = 4): Promise<number[]> {
  const { rows } = await sql<{ itemId: number; shared: number }>`
    select x.item_id, sum(x.weight) as shared from (
      select a.item_id, 1 as weight from item_policy_areas a
        where a.policy_area in (select policy_area from item_policy_areas where item_id = ${item.id})
      union all
      select o.item_id, 2 as weight from item_organisations o
        where o.organisation_id in (select organisation_id from item_organisations where item_id = ${item.id})
    ) x
    join items i on i.id = x.item_id
    where i.type = ${item.type} and i.status = 'published' and x.item_id <> ${item.id}
    group by x.item_id
    order by shared desc, x.item_id
    limit ${limit}`.execute(db);
  return rows.map((r) => r.itemId);
}
