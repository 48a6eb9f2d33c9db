import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { b2cMethodVersion } from '../../src/features/data/b2c-import.js';
import { type B2cComponents, componentKeys, scoreEdition } from '../../src/features/data/compute.js';
import { developmentStatus } from '../../src/features/data/economy-groups.js';

/**
 * Made-up B2C index editions for a fresh install, so the data pages can be explored before anyone
 * imports UNCTAD's files. Nothing here comes from official figures: every value is drawn from a seeded
 * pseudo-random generator around a level set by the country's development group, so the sample looks
 * plausible (developed economies high, LDCs low) without ever passing for the real index. Pages mark
 * status 'sample' as "sample data — not official figures"; an official import deletes every sample.
 */

export const sampleEditions = [
  { edition: 2019, dataYear: 2018 },
  { edition: 2020, dataYear: 2019 },
] as const;

export const sampleSource = 'E4D Hub sample data (generated, not UNCTAD figures)';

/** Economies always in the sample, so tests and the browser story can rely on them. */
const alwaysIncluded = new Set(['KEN', 'RWA', 'SEN', 'FRA', 'BRA', 'IND', 'USA', 'CHN', 'ZAF', 'CHE']);

/** mulberry32: a tiny seeded generator; the same seed always gives the same sample. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text: string) => [...text].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
const clamp = (n: number) => Math.min(100, Math.max(0, n));

type SampleCountry = Pick<Database['countries'], 'iso3' | 'regionCode' | 'isLdc'>;

/** About 140 economies (three in five countries with an M49 region), each with four components per edition. */
export function sampleScores(countries: readonly SampleCountry[], edition: number): (B2cComponents & { iso3: string })[] {
  const chosen = countries.filter((c) => c.regionCode && (alwaysIncluded.has(c.iso3) || generator(seedOf(`pick:${c.iso3}`))() < 0.56));
  return chosen.map((country) => {
    const status = developmentStatus({ iso3: country.iso3, regionCode: country.regionCode });
    const level = status === 'developed' ? 82 : status === 'transition' ? 62 : country.isLdc ? 24 : 48;
    // One draw per country for its own level, one per component, and a small drift per edition.
    const own = generator(seedOf(`level:${country.iso3}`));
    const base = level + (own() - 0.5) * 30;
    const components = {} as B2cComponents;
    for (const key of componentKeys) {
      const spread = generator(seedOf(`${key}:${country.iso3}`))() - 0.5;
      const drift = (generator(seedOf(`${key}:${country.iso3}:${edition}`))() - 0.3) * 6;
      components[key] = clamp(base + spread * 36 + drift + (edition - 2019) * 1.5);
    }
    return { iso3: country.iso3, ...components };
  });
}

/** Write the sample editions unless the hub already has any edition (official or sample). */
export async function loadSampleB2c(trx: Kysely<Database>): Promise<{ added: number; kept: number }> {
  const existing = await trx.selectFrom('b2cEditions').select('edition').execute();
  if (existing.length > 0) return { added: 0, kept: existing.length };
  const countries = await trx.selectFrom('countries').select(['iso3', 'regionCode', 'isLdc']).orderBy('iso3').execute();
  for (const { edition, dataYear } of sampleEditions) {
    const rows = sampleScores(countries, edition);
    const scores = scoreEdition(rows.map((row) => ({ ...row, publishedIndex: null })));
    await trx.insertInto('b2cEditions').values({ edition, dataYear, methodVersion: b2cMethodVersion, status: 'sample', source: sampleSource, batchId: null }).execute();
    const values = rows.map((row, i) => ({
      edition,
      ...row,
      secureServersPerMillion: null,
      indexValue: scores[i]!.indexValue,
      rank: scores[i]!.rank,
      publishedIndex: null,
      publishedRank: null,
      publishedChange: null,
    }));
    for (let i = 0; i < values.length; i += 200) await trx.insertInto('b2cScores').values(values.slice(i, i + 200)).execute();
  }
  return { added: sampleEditions.length, kept: 0 };
}
