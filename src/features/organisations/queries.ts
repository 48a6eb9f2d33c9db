import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { offsetOf } from '../../lib/pagination.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { OrganisationType } from './types.js';

export interface OrganisationFilter {
  type?: OrganisationType | undefined;
  policyArea?: PolicyAreaSlug | undefined;
  /** M49 codes: partners active in any of them. */
  activeIn?: string[] | undefined;
}

export interface OrganisationSummary {
  id: number;
  slug: string;
  acronym: string | null;
  type: OrganisationType;
  hqCountry: string | null;
  website: string | null;
  name: string;
  description: string;
  /** Language of name and description: the reader's, or the source language when no translation exists. */
  textLocale: Locale;
  sourceLocale: Locale;
  policyAreas: PolicyAreaSlug[];
  activeIn: string[];
}

export interface OrganisationDetail extends OrganisationSummary {
  source: string;
  updatedAt: string;
  /** Languages the texts exist in. */
  locales: Locale[];
}

function filtered(db: Kysely<Database>, filter: OrganisationFilter) {
  let query = db.selectFrom('organisations as o');
  if (filter.type) query = query.where('o.type', '=', filter.type);
  if (filter.policyArea) {
    const area = filter.policyArea;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('organisationPolicyAreas as opa')
          .select('opa.organisationId')
          .whereRef('opa.organisationId', '=', 'o.id')
          .where('opa.policyArea', '=', area),
      ),
    );
  }
  if (filter.activeIn?.length) {
    const codes = filter.activeIn;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('organisationAreas as oa')
          .select('oa.organisationId')
          .whereRef('oa.organisationId', '=', 'o.id')
          .where('oa.m49', 'in', codes),
      ),
    );
  }
  return query;
}

/** Organisations with the text in the reader's language, or in the source language when missing. */
function withText(db: Kysely<Database>, filter: OrganisationFilter, locale: Locale) {
  return filtered(db, filter)
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) =>
      join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'),
    )
    .select([
      'o.id',
      'o.slug',
      sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym'),
      'o.type',
      'o.hqCountry',
      'o.website',
      'o.sourceLocale',
      sql<string>`coalesce(t.name, s.name)`.as('name'),
      sql<string>`coalesce(t.description, s.description)`.as('description'),
      sql<string>`coalesce(t.locale, s.locale)`.as('textLocale'),
    ]);
}

async function attachTaxonomy<T extends { id: number }>(
  db: Kysely<Database>,
  rows: T[],
): Promise<(T & { policyAreas: PolicyAreaSlug[]; activeIn: string[] })[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [areas, places] = await Promise.all([
    db
      .selectFrom('organisationPolicyAreas as opa')
      .innerJoin('policyAreas as pa', 'pa.slug', 'opa.policyArea')
      .select(['opa.organisationId', 'opa.policyArea'])
      .where('opa.organisationId', 'in', ids)
      .orderBy('pa.position')
      .execute(),
    db
      .selectFrom('organisationAreas')
      .select(['organisationId', 'm49'])
      .where('organisationId', 'in', ids)
      .orderBy('m49')
      .execute(),
  ]);
  return rows.map((row) => ({
    ...row,
    policyAreas: areas.filter((a) => a.organisationId === row.id).map((a) => a.policyArea as PolicyAreaSlug),
    activeIn: places.filter((p) => p.organisationId === row.id).map((p) => p.m49),
  }));
}

export async function listOrganisations(
  db: Kysely<Database>,
  filter: OrganisationFilter,
  locale: Locale,
  page: { page: number; pageSize: number },
): Promise<{ rows: OrganisationSummary[]; total: number }> {
  const [rows, count] = await Promise.all([
    withText(db, filter, locale)
      .orderBy(sql`lower(coalesce(t.name, s.name))`)
      .orderBy('o.slug')
      .limit(page.pageSize)
      .offset(offsetOf(page.page, page.pageSize))
      .execute(),
    filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const withTaxonomy = await attachTaxonomy(db, rows);
  return { rows: withTaxonomy as OrganisationSummary[], total: Number(count.n) };
}

/** A country page's partners: those working in the country or its areas, and those working worldwide. */
export interface CountryPartners {
  /** Coverage names the country or one of its areas, most specific area first. */
  local: OrganisationSummary[];
  /** Coverage is the world ('001') and names none of the country's areas. */
  worldwide: OrganisationSummary[];
}

/**
 * The partners for one country, from its own areas (countries/queries `areasOf`, most specific first):
 * a partner naming several of them ranks by the most specific one, then by name.
 */
export async function partnersForAreas(db: Kysely<Database>, areas: string[], locale: Locale): Promise<CountryPartners> {
  const all = { page: 1, pageSize: 500 };
  const [local, world] = await Promise.all([
    areas.length ? listOrganisations(db, { activeIn: areas }, locale, all) : { rows: [] },
    listOrganisations(db, { activeIn: ['001'] }, locale, all),
  ]);
  const rank = (o: OrganisationSummary) => Math.min(...o.activeIn.map((code) => (areas.includes(code) ? areas.indexOf(code) : areas.length)));
  const ranked = local.rows.map((o, i) => ({ o, r: rank(o), i })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ o }) => o);
  const named = new Set(ranked.map((o) => o.slug));
  return { local: ranked, worldwide: world.rows.filter((o) => !named.has(o.slug)) };
}

export async function findOrganisationBySlug(
  db: Kysely<Database>,
  slug: string,
  locale: Locale,
): Promise<OrganisationDetail | undefined> {
  const row = await withText(db, {}, locale)
    .select(['o.source', 'o.updatedAt'])
    .where('o.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const [withTaxonomy] = await attachTaxonomy(db, [row]);
  const texts = await db
    .selectFrom('organisationTexts')
    .select('locale')
    .where('organisationId', '=', row.id)
    .orderBy('locale')
    .execute();
  return { ...(withTaxonomy as OrganisationSummary & typeof row), locales: texts.map((t) => t.locale as Locale) };
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Facet counts for the directory filters, for the other filter's current value. */
export async function organisationFacets(
  db: Kysely<Database>,
  filter: OrganisationFilter,
): Promise<{ type: Map<string, number>; policyArea: Map<string, number> }> {
  const [types, areas] = await Promise.all([
    filtered(db, { ...filter, type: undefined })
      .select(['o.type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('o.type')
      .execute(),
    filtered(db, { ...filter, policyArea: undefined })
      .innerJoin('organisationPolicyAreas as f', 'f.organisationId', 'o.id')
      .select(['f.policyArea', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('f.policyArea')
      .execute(),
  ]);
  return {
    type: new Map(types.map((r) => [r.type, Number(r.n)])),
    policyArea: new Map(areas.map((r) => [r.policyArea, Number(r.n)])),
  };
}

/** Number of organisations per policy area. */
export async function countOrganisationsByPolicyArea(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('organisationPolicyAreas')
    .select(['policyArea', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('policyArea')
    .execute();
  return new Map(rows.map((r) => [r.policyArea, Number(r.n)]));
}

/** Organisations whose name, acronym or description contains the words typed (any language). */
export async function searchOrganisations(db: Kysely<Database>, text: string, locale: Locale, limit = 50): Promise<OrganisationSummary[]> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  let query = db.selectFrom('organisations as o').select('o.id');
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where(({ or, exists, selectFrom, eb }) =>
      or([
        eb(sql`lower(o.acronym)`, 'like', sql`${pattern} escape '\\'`),
        exists(
          selectFrom('organisationTexts as a')
            .select('a.organisationId')
            .whereRef('a.organisationId', '=', 'o.id')
            .where(sql`lower(a.acronym)`, 'like', sql`${pattern} escape '\\'`),
        ),
        exists(
          selectFrom('organisationTexts as x')
            .select('x.organisationId')
            .whereRef('x.organisationId', '=', 'o.id')
            .where((w) =>
              w.or([
                w(sql`lower(x.name)`, 'like', sql`${pattern} escape '\\'`),
                w(sql`lower(x.description)`, 'like', sql`${pattern} escape '\\'`),
              ]),
            ),
        ),
      ]),
    );
  }
  const ids = (await query.limit(limit).execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await withText(db, {}, locale).where('o.id', 'in', ids).orderBy(sql`lower(coalesce(t.name, s.name))`).execute();
  return (await attachTaxonomy(db, rows)) as OrganisationSummary[];
}

/** Organisations by id, in the order given (a search result's order). */
export async function organisationSummaries(db: Kysely<Database>, ids: number[], locale: Locale): Promise<OrganisationSummary[]> {
  if (ids.length === 0) return [];
  const rows = await withText(db, {}, locale).where('o.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return (await attachTaxonomy(db, ordered)) as OrganisationSummary[];
}
