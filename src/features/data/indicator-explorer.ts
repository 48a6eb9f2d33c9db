import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { countryName } from '../countries/reference.js';
import { competitionRanks } from './compute.js';
import { categoryKey, categoryLabel } from './indicator-catalogue.js';
import type { IndicatorSummary } from './queries.js';

/**
 * The /data explorer: one indicator in one year, every economy with a value (total), ranked. What the
 * reader asked for is checked against what the hub holds, so that a mistyped code or a year without
 * values is said plainly (page) or refused with 400 (downloads), never an empty table.
 */

export interface ExplorerRow {
  /** Position in the table: competition rank on the value, highest first; null for a categorical value. */
  position: number | null;
  iso3: string;
  name: string;
  value: number;
  category: { key: string; label: string } | null;
  /** The publisher's own rank (LPI, GCI), where it gives one. */
  rank: number | null;
  source: string;
  licence: string | null;
}

export type ExplorerChoice =
  | { ok: true; indicator: IndicatorSummary; year: number | undefined }
  | { ok: false; problem: 'indicator' | 'year'; indicator?: IndicatorSummary; asked: string };

/**
 * The year to show when none is asked: the newest with at least half as many economies as the best
 * year (Internet use has 59 values for 2023 and about 190 for 2022: 2022 is the useful map).
 */
export function defaultYear(counts: readonly { year: number; n: number }[]): number | undefined {
  const most = Math.max(0, ...counts.map((c) => c.n));
  return [...counts].sort((a, b) => b.year - a.year).find((c) => c.n * 2 >= most)?.year;
}

/** Check the asked indicator and year; the default indicator is the first that has values. */
export function chooseIndicator(indicators: readonly IndicatorSummary[], asked: { indicator?: string | undefined; year?: string | undefined }): ExplorerChoice {
  const code = asked.indicator?.trim();
  const indicator = code ? indicators.find((i) => i.code === code) : (indicators.find((i) => i.observations > 0) ?? indicators[0]);
  if (!indicator) return { ok: false, problem: 'indicator', asked: (code ?? '').slice(0, 60) };
  const yearText = asked.year?.trim();
  if (!yearText) return { ok: true, indicator, year: undefined };
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (year === undefined || !indicator.years.includes(year)) return { ok: false, problem: 'year', indicator, asked: yearText.slice(0, 20) };
  return { ok: true, indicator, year };
}

/** How many economies have a value (total) in each year. */
export async function yearCounts(db: Kysely<Database>, code: string): Promise<{ year: number; n: number }[]> {
  const rows = await db
    .selectFrom('observations')
    .select((eb) => ['year', eb.fn.countAll<number>().as('n')])
    .where('indicatorCode', '=', code)
    .where('sex', '=', 'total')
    .groupBy('year')
    .execute();
  return rows.map((r) => ({ year: r.year, n: Number(r.n) }));
}

/** Every economy's value of an indicator in a year, highest first (categories: by category, then name). */
export async function explorerRows(db: Kysely<Database>, indicator: IndicatorSummary, year: number, locale: Locale): Promise<ExplorerRow[]> {
  const rows = await db
    .selectFrom('observations')
    .select(['iso3', 'value', 'rank', 'source', 'note'])
    .where('indicatorCode', '=', indicator.code)
    .where('year', '=', year)
    .where('sex', '=', 'total')
    .execute();
  const collator = new Intl.Collator(locale);
  const categorical = indicator.categories !== undefined;
  const positions = categorical ? [] : competitionRanks(rows.map((r) => r.value));
  return rows
    .map((row, i) => {
      const key = categoryKey(indicator.code, row.value);
      return {
        position: categorical ? null : positions[i]!,
        iso3: row.iso3,
        name: countryName(row.iso3, locale),
        value: row.value,
        category: key === undefined ? null : { key, label: categoryLabel(indicator.code, row.value, locale)! },
        rank: row.rank,
        source: row.source ?? indicator.source,
        licence: indicator.licence,
      };
    })
    .sort((a, b) => (categorical ? a.value - b.value : a.position! - b.position!) || collator.compare(a.name, b.name));
}
