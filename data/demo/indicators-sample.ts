import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { developmentStatus } from '../../src/features/data/economy-groups.js';
import { sampleBatchKind } from '../../src/features/data/import-batch.js';
import { type IndicatorDefinition, indicatorCatalogue, indicatorCatalogueSyncer } from '../../src/features/data/indicator-catalogue.js';
import type { Sex } from '../../src/features/data/indicator-parser.js';

/**
 * Made-up indicator values for the countries the demo features, so that country profiles show the
 * indicators by policy area (with women and men where an indicator has them) before anyone imports
 * official figures. Nothing here is an official figure: every value comes from a seeded generator
 * around a level set by the country's development group. Each observation says so in its source and
 * note, and belongs to an import batch of kind 'sample', which pages, downloads and the API mark as
 * "sample data — not official figures". An official indicators import removes them all.
 */

export const indicatorSampleSource = 'E4D Hub sample data (generated, not official figures)';
export const indicatorSampleNote = 'Sample data — not official figures: generated for the E4D Hub demo.';

/** The economies the demo's pages, tests and browser stories visit (the same as the B2C sample's). */
export const indicatorSampleCountries = ['KEN', 'RWA', 'SEN', 'FRA', 'BRA', 'IND', 'USA', 'CHN', 'ZAF', 'CHE'] as const;
export const indicatorSampleYears = [2017, 2019, 2021] as const;

/** mulberry32, seeded by a text: the same sample every time. */
function draw(seedText: string): number {
  let a = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** How an indicator's value follows a country's readiness level (0–1): most are a share of a ceiling. */
function valueAt(definition: IndicatorDefinition, level: number): number {
  switch (definition.code) {
    case 'secure-servers':
      return 10 ** (0.5 + level * 4.5);
    case 'logistics-performance':
      return 1.8 + level * 2.4;
    case 'ecommerce-laws':
      return Math.round(level * 4.4);
    case 'fixed-broadband':
      return level * 45;
    case 'mobile-broadband':
      return 15 + level * 110;
    case 'online-purchases':
    case 'borrowed-formally':
      return level * 70;
    default:
      return level * 97;
  }
}

function rounded(definition: IndicatorDefinition, value: number): number {
  const min = definition.minValue ?? 0;
  const max = definition.maxValue ?? Number.POSITIVE_INFINITY;
  const clamped = Math.min(max, Math.max(min, value));
  const digits = definition.unit === 'count' ? 0 : definition.code === 'logistics-performance' ? 2 : 1;
  return Number(clamped.toFixed(digits));
}

type SampleCountry = Pick<Database['countries'], 'iso3' | 'regionCode' | 'isLdc'>;

export interface SampleObservation {
  iso3: string;
  indicatorCode: string;
  year: number;
  sex: Sex;
  value: number;
  source: string;
  note: string;
}

/** Every indicator of the catalogue for each country and sample year; women and men too where the indicator has them. */
export function sampleObservations(countries: readonly SampleCountry[]): SampleObservation[] {
  const rows: SampleObservation[] = [];
  for (const country of countries) {
    const status = developmentStatus({ iso3: country.iso3, regionCode: country.regionCode });
    const base = status === 'developed' ? 0.85 : status === 'transition' ? 0.65 : country.isLdc ? 0.25 : 0.5;
    for (const definition of indicatorCatalogue) {
      const own = base + (draw(`${definition.code}:${country.iso3}`) - 0.5) * 0.2;
      for (const year of indicatorSampleYears) {
        const level = Math.min(1, Math.max(0.02, own + (year - 2017) * 0.02 * (1.2 - base)));
        const total = valueAt(definition, level);
        const push = (sex: Sex, value: number) =>
          rows.push({ iso3: country.iso3, indicatorCode: definition.code, year, sex, value: rounded(definition, value), source: indicatorSampleSource, note: indicatorSampleNote });
        push('total', total);
        if (!definition.hasSexBreakdown) continue;
        // Women behind men, by less where readiness is high: half the gap either side of the total.
        const gap = total * (1 - level) * (0.1 + draw(`gap:${definition.code}:${country.iso3}:${year}`) * 0.25);
        push('female', total - gap / 2);
        push('male', total + gap / 2);
      }
    }
  }
  return rows;
}

/**
 * Write the sample unless the hub already holds any indicator value, official or sample: it never
 * overwrites an import, and loading it twice changes nothing.
 */
export async function loadSampleIndicators(trx: Kysely<Database>): Promise<{ added: number; kept: number }> {
  const held = await trx.selectFrom('observations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(held.n) > 0) return { added: 0, kept: Number(held.n) };
  await indicatorCatalogueSyncer(trx);
  const countries = await trx.selectFrom('countries').select(['iso3', 'regionCode', 'isLdc']).where('iso3', 'in', [...indicatorSampleCountries]).orderBy('iso3').execute();
  const rows = sampleObservations(countries);
  if (rows.length === 0) return { added: 0, kept: 0 };
  const { id: batchId } = await trx
    .insertInto('importBatches')
    .values({
      kind: sampleBatchKind,
      fileName: 'data/demo/indicators-sample.ts',
      sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
      rows: rows.length,
      importedAt: new Date().toISOString(),
      importedBy: 'demo',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('observations')
      .values(rows.slice(i, i + 200).map((row) => ({ ...row, batchId })))
      .onConflict((oc) => oc.columns(['indicatorCode', 'iso3', 'year', 'sex']).doNothing())
      .execute();
  }
  return { added: rows.length, kept: 0 };
}
