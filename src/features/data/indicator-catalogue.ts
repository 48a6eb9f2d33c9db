import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { importableIndicators } from './indicators-importable.js';
import { openIndicators } from './indicators-open.js';

/** A value of a categorical indicator: stored as `value`, read and written in files as `key`. */
export interface IndicatorCategory {
  key: string;
  value: number;
  text: Record<Locale, string>;
}

export interface IndicatorDefinition {
  code: string;
  policyArea: string;
  /** `category`: each value is one of `categories` (an income group, a law's status), never averaged. */
  unit: 'percent' | 'per-100' | 'score' | 'count' | 'usd' | 'category';
  source: string;
  licence: string;
  hasSexBreakdown: boolean;
  /** The publisher ranks economies on it (a file may give a rank column). */
  hasRank?: boolean;
  minValue: number | null;
  maxValue: number | null;
  categories?: IndicatorCategory[];
  /** Publisher file names a file without an indicator column is recognised by (besides CODE.csv). */
  fileNames?: string[];
  /** The UNCTAD Cyberlaw Tracker's law_area this indicator holds. */
  lawArea?: string;
  text: Record<Locale, { name: string; description: string }>;
}

/**
 * The indicators an indicators file may give values for, one per code, in the order profiles show
 * them: those shipped with the hub first, then those it can import. A new indicator is added in
 * indicators-open.ts or indicators-importable.ts (with its texts in the three languages); the list is
 * written to the database at start and before each import.
 */
export const indicatorCatalogue: IndicatorDefinition[] = [...openIndicators, ...importableIndicators];

const byCode = new Map(indicatorCatalogue.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

/** A categorical value's label in the reader's language; undefined for a number. */
export function categoryLabel(code: string, value: number, locale: Locale): string | undefined {
  return byCode.get(code)?.categories?.find((c) => c.value === value)?.text[locale];
}

/** A categorical value's key (`adopted`, `lower-middle`), as files and the API write it. */
export function categoryKey(code: string, value: number): string | undefined {
  return byCode.get(code)?.categories?.find((c) => c.value === value)?.key;
}

export const isCategorical = (code: string) => byCode.get(code)?.unit === 'category';

/**
 * Write the catalogue to the database (insert or update); safe to run at every start and before every
 * import. An indicator dropped from the catalogue goes too, when it has no value left.
 */
export async function indicatorCatalogueSyncer(db: Kysely<Database>): Promise<number> {
  for (const [position, definition] of indicatorCatalogue.entries()) {
    const row = {
      code: definition.code,
      policyArea: definition.policyArea,
      unit: definition.unit,
      source: definition.source,
      licence: definition.licence,
      hasSexBreakdown: definition.hasSexBreakdown ? 1 : 0,
      minValue: definition.minValue,
      maxValue: definition.maxValue,
      position,
    };
    const { code, ...rest } = row;
    await db
      .insertInto('indicators')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet(rest))
      .execute();
    const texts = Object.entries(definition.text).map(([locale, text]) => ({ indicatorCode: code, locale, ...text }));
    await db
      .insertInto('indicatorTexts')
      .values(texts)
      .onConflict((oc) =>
        oc.columns(['indicatorCode', 'locale']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), description: eb.ref('excluded.description') })),
      )
      .execute();
  }
  const unused = db
    .selectFrom('indicators')
    .select('code')
    .where('code', 'not in', [...byCode.keys()])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('observations').select('id').whereRef('observations.indicatorCode', '=', 'indicators.code'))));
  await db.deleteFrom('indicatorTexts').where('indicatorCode', 'in', unused).execute();
  await db.deleteFrom('indicators').where('code', 'in', unused).execute();
  return indicatorCatalogue.length;
}
