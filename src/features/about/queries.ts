import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Brand } from '../../web/brand.js';
import { type Locale, defaultLocale, isLocale } from '../../web/i18n/locales.js';

export interface PartnerName {
  slug: string;
  name: string;
  acronym: string | null;
}

/** Every partner organisation, named in `locale` (or its source language), by name. */
export async function partnerNames(db: Kysely<Database>, locale: Locale): Promise<PartnerName[]> {
  return db
    .selectFrom('organisations as o')
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
    .select(['o.slug', sql<string>`coalesce(t.name, s.name)`.as('name'), sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym')])
    .orderBy(sql`lower(coalesce(t.name, s.name))`)
    .orderBy('o.slug')
    .execute();
}

export interface EditionSource {
  edition: number;
  source: string;
  licence: string | null;
}

export interface IndicatorSource {
  source: string;
  licence: string | null;
  /** The indicators from this source that hold figures, named in the page's language. */
  indicators: string[];
}

/**
 * Where the figures the hub holds come from: each official edition of the B2C index, and the
 * indicators that hold values, grouped by source and licence (in catalogue order).
 */
export async function dataSources(db: Kysely<Database>, locale: Locale): Promise<{ editions: EditionSource[]; indicators: IndicatorSource[] }> {
  const [editions, indicators] = await Promise.all([
    db.selectFrom('b2cEditions').select(['edition', 'source', 'licence']).where('status', '=', 'official').orderBy('edition', 'desc').execute(),
    db
      .selectFrom('indicators as i')
      .leftJoin('indicatorTexts as t', (join) => join.onRef('t.indicatorCode', '=', 'i.code').on('t.locale', '=', locale))
      .leftJoin('indicatorTexts as en', (join) => join.onRef('en.indicatorCode', '=', 'i.code').on('en.locale', '=', defaultLocale))
      .select(['i.code', 'i.source', 'i.licence', 't.name', 'en.name as enName'])
      .where(({ exists, selectFrom }) => exists(selectFrom('observations as o').select('o.indicatorCode').whereRef('o.indicatorCode', '=', 'i.code')))
      .orderBy('i.position')
      .orderBy('i.code')
      .execute(),
  ]);
  const grouped = new Map<string, IndicatorSource>();
  for (const row of indicators) {
    const key = `${row.source}\u0000${row.licence ?? ''}`;
    const group = grouped.get(key) ?? { source: row.source, licence: row.licence, indicators: [] };
    group.indicators.push(row.name ?? row.enName ?? row.code);
    grouped.set(key, group);
  }
  return { editions, indicators: [...grouped.values()] };
}

export interface ContactRecipient {
  email: string;
  /** The language of the email: the account's, or English for the contact address. */
  locale: Locale;
}

/**
 * Where a message through the contact form goes: the operator's contact address (HUB_CONTACT_EMAIL)
 * when set; otherwise every secretariat account; otherwise nobody (the message is still kept).
 */
export async function contactRecipients(db: Kysely<Database>, brand: Pick<Brand, 'contactEmail'>): Promise<ContactRecipient[]> {
  if (brand.contactEmail) return [{ email: brand.contactEmail, locale: defaultLocale }];
  const staff = await db.selectFrom('users').select(['email', 'emailLocale']).where('hubRole', '=', 'secretariat').where('deletedAt', 'is', null).orderBy('email').execute();
  return staff.map((person) => ({ email: person.email, locale: isLocale(person.emailLocale) ? person.emailLocale : defaultLocale }));
}
