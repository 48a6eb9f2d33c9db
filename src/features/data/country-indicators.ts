import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Locale, defaultLocale } from '../../web/i18n/locales.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { categoryKey, categoryLabel, indicatorDefinition } from './indicator-catalogue.js';
import type { Sex } from './indicator-parser.js';

/** One value of an indicator for a country: a year and a sex, with its provenance. */
export interface IndicatorValue {
  year: number;
  sex: Sex;
  value: number;
  /** A categorical value's key and label (`adopted`, "Adopted"); null for a number. */
  category: { key: string; label: string } | null;
  rank: number | null;
  /** The observation's own source, else the indicator's. */
  source: string;
  licence: string | null;
  note: string | null;
}

/** The unweighted mean of the economies of a group that have a value (total) for a year, and how many they are. */
export interface GroupAverage {
  year: number;
  value: number;
  countries: number;
}

export interface CountryIndicator {
  code: string;
  name: string;
  unit: string;
  policyArea: string;
  hasSexBreakdown: boolean;
  categorical: boolean;
  /** Newest year first; in a year: total, female, male. */
  values: IndicatorValue[];
  /** By year, the means of the country's M49 region and of its income group (numbers only). */
  regionAverages: GroupAverage[];
  incomeAverages: GroupAverage[];
}

/** What the averages are over: the country's M49 region and its World Bank income group (as of `year`, a fiscal year). */
export interface AverageGroups {
  region: string | null;
  income: { value: number; key: string; year: number } | null;
}

export interface CountryIndicators {
  indicators: CountryIndicator[];
  groups: AverageGroups;
}

/** The values of one year side by side. */
export interface YearValues {
  year: number;
  total: IndicatorValue | undefined;
  female: IndicatorValue | undefined;
  male: IndicatorValue | undefined;
}

const sexOrder: Record<string, number> = { total: 0, female: 1, male: 2 };
const incomeGroupCode = 'income-group';

/**
 * Every indicator that has values for a country, in catalogue order, named in `locale` (English when a
 * text is missing), each with all its values and, for numbers, the averages of its region and income
 * group in every year (two grouped queries for the whole profile).
 */
export async function countryIndicators(db: Kysely<Database>, iso3: string, locale: Locale = defaultLocale): Promise<CountryIndicators> {
  const code = iso3.toUpperCase();
  const [rows, country, income] = await Promise.all([
    db
      .selectFrom('observations')
      .innerJoin('indicators', 'indicators.code', 'observations.indicatorCode')
      .leftJoin('indicatorTexts as t', (join) => join.onRef('t.indicatorCode', '=', 'indicators.code').on('t.locale', '=', locale))
      .leftJoin('indicatorTexts as en', (join) => join.onRef('en.indicatorCode', '=', 'indicators.code').on('en.locale', '=', defaultLocale))
      .select([
        'indicators.code',
        'indicators.unit',
        'indicators.policyArea',
        'indicators.hasSexBreakdown',
        'indicators.source as indicatorSource',
        'indicators.licence',
        't.name',
        'en.name as enName',
        'observations.year',
        'observations.sex',
        'observations.value',
        'observations.rank',
        'observations.source',
        'observations.note',
      ])
      .where('observations.iso3', '=', code)
      .orderBy('indicators.position')
      .orderBy('indicators.code')
      .orderBy('observations.year', 'desc')
      .execute(),
    db.selectFrom('countries').select('regionCode').where('iso3', '=', code).executeTakeFirst(),
    db
      .selectFrom('observations')
      .select(['value', 'year'])
      .where('iso3', '=', code)
      .where('indicatorCode', '=', incomeGroupCode)
      .orderBy('year', 'desc')
      .executeTakeFirst(),
  ]);

  const indicators = new Map<string, CountryIndicator>();
  for (const row of rows) {
    let indicator = indicators.get(row.code);
    if (!indicator) {
      indicator = {
        code: row.code,
        name: row.name ?? row.enName ?? row.code,
        unit: row.unit,
        policyArea: row.policyArea,
        hasSexBreakdown: Number(row.hasSexBreakdown) === 1,
        categorical: row.unit === 'category',
        values: [],
        regionAverages: [],
        incomeAverages: [],
      };
      indicators.set(row.code, indicator);
    }
    const key = categoryKey(row.code, row.value);
    indicator.values.push({
      year: row.year,
      sex: row.sex as Sex,
      value: row.value,
      category: key === undefined ? null : { key, label: categoryLabel(row.code, row.value, locale)! },
      rank: row.rank,
      source: row.source ?? row.indicatorSource,
      licence: row.licence,
      note: row.note,
    });
  }
  for (const indicator of indicators.values()) indicator.values.sort((a, b) => b.year - a.year || sexOrder[a.sex]! - sexOrder[b.sex]!);

  const groups: AverageGroups = {
    region: country?.regionCode ?? null,
    income: income ? { value: income.value, key: categoryKey(incomeGroupCode, income.value) ?? String(income.value), year: income.year } : null,
  };
  const numeric = [...indicators.values()].filter((i) => !i.categorical).map((i) => i.code);
  const [region, incomeGroup] = await Promise.all([
    groups.region ? groupAverages(db, numeric, { region: groups.region }) : [],
    groups.income ? groupAverages(db, numeric, { income: groups.income }) : [],
  ]);
  for (const row of region) indicators.get(row.indicatorCode)?.regionAverages.push(row);
  for (const row of incomeGroup) indicators.get(row.indicatorCode)?.incomeAverages.push(row);
  return { indicators: [...indicators.values()], groups };
}

/** Unweighted means by indicator and year over the economies of an M49 region, or of a World Bank income group. */
async function groupAverages(
  db: Kysely<Database>,
  codes: readonly string[],
  group: { region: string } | { income: { value: number; year: number } },
): Promise<(GroupAverage & { indicatorCode: string })[]> {
  if (codes.length === 0) return [];
  let query = db
    .selectFrom('observations')
    .select((eb) => ['observations.indicatorCode', 'observations.year', eb.fn.avg<number>('observations.value').as('mean'), eb.fn.countAll<number>().as('n')])
    .where('observations.sex', '=', 'total')
    .where('observations.indicatorCode', 'in', codes);
  if ('region' in group) {
    query = query.where('observations.iso3', 'in', db.selectFrom('countries').select('iso3').where('regionCode', '=', group.region));
  } else {
    const members = db
      .selectFrom('observations as g')
      .select('g.iso3')
      .where('g.indicatorCode', '=', incomeGroupCode)
      .where('g.year', '=', group.income.year)
      .where('g.value', '=', group.income.value);
    query = query.where('observations.iso3', 'in', members);
  }
  const rows = await query.groupBy(['observations.indicatorCode', 'observations.year']).orderBy('observations.year', 'desc').execute();
  return rows.map((row) => ({ indicatorCode: row.indicatorCode, year: row.year, value: Number(row.mean), countries: Number(row.n) }));
}

/** The indicators grouped by policy area, in the order of the seven policy areas. */
export function byPolicyArea(indicators: readonly CountryIndicator[]): { policyArea: string; indicators: CountryIndicator[] }[] {
  const areas = [...new Set([...policyAreaSlugs, ...indicators.map((i) => i.policyArea)])];
  return areas.map((policyArea) => ({ policyArea, indicators: indicators.filter((i) => i.policyArea === policyArea) })).filter((area) => area.indicators.length > 0);
}

/** An indicator's values by year, newest first. */
export function valuesByYear(indicator: CountryIndicator): YearValues[] {
  const years = new Map<number, YearValues>();
  for (const value of indicator.values) {
    const year = years.get(value.year) ?? { year: value.year, total: undefined, female: undefined, male: undefined };
    year[value.sex] = value;
    years.set(value.year, year);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** The newest year with a total; the newest year of all when no total was given. */
export function latestValues(indicator: CountryIndicator): YearValues {
  const years = valuesByYear(indicator);
  return years.find((y) => y.total !== undefined) ?? years[0]!;
}

/** True when the indicator has a value for women or men (in any year). */
export const hasBreakdown = (indicator: CountryIndicator) => indicator.hasSexBreakdown && indicator.values.some((v) => v.sex !== 'total');

/** The unit's digits: a 1–5 score keeps two decimals, money and counts none, shares one. */
export function indicatorDigits(code: string): number {
  const unit = indicatorDefinition(code)?.unit;
  if (unit === 'count' || unit === 'usd') return 0;
  return code === 'logistics-performance' ? 2 : 1;
}
