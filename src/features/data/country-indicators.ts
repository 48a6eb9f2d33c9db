import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Locale, defaultLocale } from '../../web/i18n/locales.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { sampleBatchKind } from './import-batch.js';
import type { Sex } from './indicator-parser.js';

/** One value of an indicator for a country: a year and a sex, its source and note, and whether it is demo sample data. */
export interface IndicatorValue {
  year: number;
  sex: Sex;
  value: number;
  /** The observation's own source, else the indicator's. */
  source: string;
  note: string | null;
  sample: boolean;
}

export interface CountryIndicator {
  code: string;
  name: string;
  unit: string;
  policyArea: string;
  hasSexBreakdown: boolean;
  /** Newest year first; in a year: total, female, male. */
  values: IndicatorValue[];
}

/** The values of one year side by side. */
export interface YearValues {
  year: number;
  total: IndicatorValue | undefined;
  female: IndicatorValue | undefined;
  male: IndicatorValue | undefined;
}

const sexOrder: Record<string, number> = { total: 0, female: 1, male: 2 };

/**
 * Every indicator that has values for a country, in catalogue order, named in `locale` (English when a
 * text is missing), each with all its values.
 */
export async function countryIndicators(db: Kysely<Database>, iso3: string, locale: Locale = defaultLocale): Promise<CountryIndicator[]> {
  const rows = await db
    .selectFrom('observations')
    .innerJoin('indicators', 'indicators.code', 'observations.indicatorCode')
    .innerJoin('importBatches', 'importBatches.id', 'observations.batchId')
    .leftJoin('indicatorTexts as t', (join) => join.onRef('t.indicatorCode', '=', 'indicators.code').on('t.locale', '=', locale))
    .leftJoin('indicatorTexts as en', (join) => join.onRef('en.indicatorCode', '=', 'indicators.code').on('en.locale', '=', defaultLocale))
    .select([
      'indicators.code',
      'indicators.unit',
      'indicators.policyArea',
      'indicators.hasSexBreakdown',
      'indicators.source as indicatorSource',
      't.name',
      'en.name as enName',
      'observations.year',
      'observations.sex',
      'observations.value',
      'observations.source',
      'observations.note',
      'importBatches.kind',
    ])
    .where('observations.iso3', '=', iso3.toUpperCase())
    .orderBy('indicators.position')
    .orderBy('indicators.code')
    .orderBy('observations.year', 'desc')
    .execute();
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
        values: [],
      };
      indicators.set(row.code, indicator);
    }
    indicator.values.push({
      year: row.year,
      sex: row.sex as Sex,
      value: row.value,
      source: row.source ?? row.indicatorSource,
      note: row.note,
      sample: row.kind === sampleBatchKind,
    });
  }
  for (const indicator of indicators.values()) indicator.values.sort((a, b) => b.year - a.year || sexOrder[a.sex]! - sexOrder[b.sex]!);
  return [...indicators.values()];
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
