// A deterministic synthetic catalogue for bench/search.ts: organisations, items and the queries run
// against them. Item i depends only on (seed, i), so batches can be generated on the fly.
import { beneficiaries, type ItemKind, type ItemLanguage, type ItemSeed, type ItemText, type ItemType, costs, itemLanguages, resourceKinds, solutionKinds } from '../../src/features/catalogue/types.js';
import type { Filters, CatalogueQuery, Sort } from '../../src/features/catalogue/search.js';
import type { FacetName } from '../../src/features/catalogue/facet-index.js';
import { countryGroups } from '../../src/features/countries/groups.js';
import { buildCountryReference, countryName } from '../../src/features/countries/reference.js';
import { regionCodes, regionNames } from '../../src/features/countries/regions.js';
import { organisationTypes, type OrganisationSeed } from '../../src/features/organisations/types.js';
import { policyAreaSlugs, type PolicyAreaSlug } from '../../src/features/policy-areas/policy-areas.js';
import type { Locale } from '../../src/web/i18n/locales.js';
import {
  type Topic,
  type Tri,
  activitiesIntro,
  activityItems,
  beneficiaryText,
  contextSentences,
  forWord,
  inWord,
  objectiveSentences,
  orgAdjectives,
  orgBodies,
  orgDomains,
  resultSentences,
  summaryPurposes,
  summaryTails,
  summaryVerbs,
  titleOpenings,
  topics,
} from './vocabulary.js';

// ---------------------------------------------------------------- PRNG

/** splitmix32: a small, fast, well-mixed 32-bit generator. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Up to n distinct values, in the order drawn. */
  some<T>(list: readonly T[], n: number, draw: () => T = () => this.pick(list)): T[] {
    const out = new Set<T>();
    for (let tries = 0; out.size < n && tries < n * 8; tries++) out.add(draw());
    return [...out];
  }
}

/** Seed of a sub-stream (item i, query case…) from the global seed. */
export function mix(seed: number, i: number, salt = 0): number {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Draws from a list with relative weights. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly values: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }
  draw(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

// ---------------------------------------------------------------- reference values

const countryRows = buildCountryReference().filter((c) => c.regionCode);
export const countryCodes = countryRows.map((c) => c.iso3);
const ldcSet = new Set(countryRows.filter((c) => c.isLdc).map((c) => c.iso3));
/** Developing regions are covered more often; least developed countries twice as often. */
const countryDraw = new Weighted(
  countryRows.map((c) => c.iso3),
  countryRows.map((c) => (ldcSet.has(c.iso3) ? 2 : 1) * (c.regionCode === '150' || c.regionCode === '021' ? 0.3 : 1)),
);
const areaCodes = Object.keys(regionNames).filter((c) => c !== '001');
const topicDraw = new Weighted(topics, topics.map((t) => t.weight));
const localeDraw = new Weighted<Locale>(['en', 'fr', 'es'], [80, 13, 7]);

const placeOfGroup: Record<string, Tri> = {
  ldc: { en: 'least developed countries', fr: 'pays les moins avancés', es: 'países menos adelantados' },
  lldc: { en: 'landlocked developing countries', fr: 'pays en développement sans littoral', es: 'países en desarrollo sin litoral' },
  sids: { en: 'small island developing States', fr: 'petits États insulaires en développement', es: 'pequeños Estados insulares en desarrollo' },
};
const worldwide: Tri = { en: 'worldwide', fr: 'dans le monde', es: 'en todo el mundo' };

function placePhrase(area: string, locale: Locale): string {
  if (area === '001') return worldwide[locale];
  const name = regionNames[area]?.[locale] ?? placeOfGroup[area]?.[locale] ?? countryName(area, locale);
  return `${inWord[locale]} ${name}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- organisations

export interface BenchOrganisation {
  seed: OrganisationSeed;
  name: string;
}

export function organisations(seed: number, count: number): BenchOrganisation[] {
  const rng = new Rng(mix(seed, 0, 1));
  const used = new Set<string>();
  const out: BenchOrganisation[] = [];
  for (let i = 0; i < count; i++) {
    let name = '';
    for (let tries = 0; !name || used.has(name); tries++) {
      name = `${rng.pick(orgAdjectives)} ${rng.pick(orgDomains)} ${rng.pick(orgBodies)}${tries > 20 ? ` ${i}` : ''}`;
    }
    used.add(name);
    const acronym = name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const slug = `${slugify(name)}`;
    const text: OrganisationSeed['text'] = {
      en: { name, description: `${name} (${acronym}) works on ${rng.pick(topics).name.en} and ${rng.pick(topics).name.en} with partners ${placePhrase(rng.pick(['001', ...regionCodes]), 'en')}.` },
    };
    if (rng.chance(0.3)) text.fr = { name, description: `${name} (${acronym}) travaille sur ${rng.pick(topics).name.fr} avec des partenaires.` };
    out.push({
      name,
      seed: {
        slug,
        acronym,
        type: rng.pick(organisationTypes),
        hqCountry: rng.pick(countryCodes),
        website: `https://example.org/${slug}`,
        policyAreas: rng.some(policyAreaSlugs, rng.int(1, 3)),
        activeIn: rng.chance(0.4) ? ['001'] : rng.some(regionCodes, rng.int(1, 2)),
        sourceLocale: 'en',
        text,
        source: 'Synthetic benchmark data (bench/search.ts)',
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------- items

function dateIn(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const form = rng.next();
  return form < 0.6 ? `${year}-${month}-${day}` : form < 0.85 ? `${year}-${month}` : String(year);
}

function coverageOf(rng: Rng): string[] {
  const x = rng.next();
  if (x < 0.18) return ['001'];
  if (x < 0.4) return rng.some(areaCodes, rng.int(1, 2));
  if (x < 0.5) return [rng.pick(countryGroups), ...(rng.chance(0.3) ? [rng.pick(regionCodes)] : [])];
  return rng.some(countryCodes, rng.int(1, 4), () => countryDraw.draw(rng));
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? '');
}

function textIn(locale: Locale, rng: Rng, parts: { kind: ItemKind; topic: Topic; other: Topic; third: Topic; audience: string; area: string; organisation: string; titleShape: number }): ItemText {
  const audience = beneficiaryText[parts.audience]![locale];
  const place = placePhrase(parts.area, locale);
  const t = parts.topic.name[locale];
  const u = parts.other.name[locale];
  let title = `${rng.pick(titleOpenings[parts.kind]!)[locale]} ${t}`;
  if (parts.titleShape & 1) title += ` ${forWord[locale]} ${audience}`;
  if (parts.titleShape & 2) title += ` ${place}`;
  const summary = `${rng.pick(summaryVerbs)[locale]} ${audience} ${rng.pick(summaryPurposes)[locale]} ${t}${rng.pick(summaryTails)[locale]} ${parts.third.name[locale]}.`;
  const values = { t, u, a: audience, p: place, o: parts.organisation, n: String(rng.int(2, 400) * 50), m: String(rng.int(2, 40)) };
  const activities = rng.some(activityItems, rng.int(3, 5)).map((a) => `- ${fill(a[locale], values)}`);
  const paragraphs = [
    fill(rng.pick(contextSentences)[locale], values),
    fill(rng.pick(objectiveSentences)[locale], values),
    `${activitiesIntro[locale]}\n\n${activities.join('\n')}`,
    rng
      .some(resultSentences, rng.int(1, 2))
      .map((s) => fill(s[locale], values))
      .join(' '),
  ];
  // No eligibility: drawing one would shift every later draw of the stream, and search does not index it.
  return { title: capitalise(title), summary, description: paragraphs.join('\n\n'), eligibility: '' };
}

/**
 * Solution or resource number `i`: each type is its own stream, so a small catalogue is the start
 * of a bigger one with the same seed (the first 10 000 solutions of 100 000 are the 10 000 of 10 000).
 */
export function itemAt(seed: number, type: ItemType, i: number, organisations: BenchOrganisation[], orgDraw: Weighted<BenchOrganisation>): ItemSeed {
  const rng = new Rng(mix(seed, i, type === 'solution' ? 2 : 5));
  const kind: ItemKind = type === 'solution' ? rng.pick(solutionKinds) : rng.pick(resourceKinds);
  const topic = topicDraw.draw(rng);
  let other = topicDraw.draw(rng);
  if (other === topic) other = topicDraw.draw(rng);
  const third = topicDraw.draw(rng);
  const coverage = coverageOf(rng);
  const bens = rng.some(beneficiaries, rng.int(1, 3));
  const orgs = rng.some(organisations, rng.chance(0.7) ? 1 : rng.int(2, 3), () => orgDraw.draw(rng));
  const policyAreas = [...new Set<PolicyAreaSlug>([...topic.areas, ...(rng.chance(0.4) ? other.areas : []), ...(rng.chance(0.1) ? [rng.pick(policyAreaSlugs)] : [])])];
  const sourceLocale = localeDraw.draw(rng);
  const parts = { kind, topic, other, third, audience: bens[0]!, area: coverage[0]!, organisation: orgs[0]!.name, titleShape: rng.int(0, 3) };
  const locales: Locale[] = [sourceLocale];
  if (sourceLocale !== 'en' && rng.chance(0.35)) locales.push('en');
  if (sourceLocale !== 'fr' && rng.chance(0.12)) locales.push('fr');
  if (sourceLocale !== 'es' && rng.chance(0.07)) locales.push('es');
  const text: ItemSeed['text'] = {};
  // Every language gets its own draw of sentences, but from the same stream: deterministic.
  for (const locale of locales) text[locale] = textIn(locale, rng, parts);
  const languages = new Set<ItemLanguage>(locales);
  for (const extra of ['ar', 'pt', 'ru', 'zh'] as const) if (rng.chance(extra === 'pt' || extra === 'ar' ? 0.05 : 0.02)) languages.add(extra);
  const slug = `${type === 'solution' ? 's' : 'r'}${i}-${slugify(text[sourceLocale]!.title).slice(0, 60).replace(/-$/, '')}`;
  const dated: Pick<ItemSeed, 'startsOn' | 'endsOn' | 'publishedOn' | 'documentUrl'> =
    type === 'solution'
      ? (() => {
          const startsOn = rng.chance(0.95) ? dateIn(rng, 2010, 2026) : null;
          const endsOn = startsOn && rng.chance(0.5) ? String(Math.min(2030, Number(startsOn.slice(0, 4)) + rng.int(1, 5))) : null;
          return { startsOn, endsOn, publishedOn: null, documentUrl: null };
        })()
      : { publishedOn: dateIn(rng, 2010, 2026), startsOn: null, endsOn: null, documentUrl: rng.chance(0.7) ? `https://example.org/docs/${slug}.pdf` : null };
  return {
    type,
    slug,
    kind,
    organisations: orgs.map((o) => o.seed.slug),
    policyAreas,
    beneficiaries: bens as ItemSeed['beneficiaries'],
    coverage,
    languages: [...languages],
    cost: rng.chance(0.8) ? 'free' : 'paid',
    access: { applyUrl: `https://example.org/${slug}` },
    link: `https://example.org/${slug}`,
    ...dated,
    sourceLocale,
    text,
    source: 'Synthetic benchmark data (bench/search.ts)',
  };
}

/** Items from..to-1 of one type; the organisations' popularity follows a Zipf-like law (a few partners have many items). */
export function itemGenerator(seed: number, organisations: BenchOrganisation[]): (type: ItemType, from: number, to: number) => ItemSeed[] {
  const orgDraw = new Weighted(organisations, organisations.map((_, r) => 1 / (r + 1) ** 0.9));
  return (type, from, to) => {
    const out: ItemSeed[] = [];
    for (let i = from; i < to; i++) out.push(itemAt(seed, type, i, organisations, orgDraw));
    return out;
  };
}

// ---------------------------------------------------------------- queries

/**
 * What visitors type: common and rare terms, single words and two-word phrases, French and
 * Spanish words, a prefix ("cyber") and a typo that finds nothing. "e-commerce" and "e-waste"
 * hold the one-letter word "e" (which queryTerms may or may not expand as a prefix).
 */
export const queryTexts: { q: string; note: string }[] = [
  { q: 'e-commerce', note: 'very common; holds the one-letter word "e"' },
  { q: 'digital', note: 'very common' },
  { q: 'payments', note: 'common' },
  { q: 'mobile money', note: 'two words, common' },
  { q: 'cybercrime', note: 'medium' },
  { q: 'cyber', note: 'prefix only' },
  { q: 'customs', note: 'medium' },
  { q: 'single window', note: 'two words' },
  { q: 'postal', note: 'medium' },
  { q: 'logistics', note: 'medium' },
  { q: 'broadband', note: 'medium' },
  { q: 'skills', note: 'common' },
  { q: 'SMEs', note: 'medium' },
  { q: 'women entrepreneurs', note: 'two words' },
  { q: 'data protection', note: 'two words, "data" common' },
  { q: 'consumer protection', note: 'two words' },
  { q: 'financing', note: 'common' },
  { q: 'training', note: 'common' },
  { q: 'blockchain', note: 'rare' },
  { q: 'e-waste', note: 'rare, holds the one-letter word "e"' },
  { q: 'postcodes', note: 'rare' },
  { q: 'online dispute resolution', note: 'three words, rare' },
  { q: 'interoperability', note: 'rare' },
  { q: 'Senegal', note: 'place name' },
  { q: 'Pacific', note: 'place name' },
  { q: 'guichet unique', note: 'French' },
  { q: 'douanières', note: 'French' },
  { q: 'commerce électronique', note: 'French, common' },
  { q: 'pagos digitales', note: 'Spanish' },
  { q: 'cybercrme', note: 'typo: no match' },
];

export interface FacetValues {
  policyArea: readonly string[];
  organisation: readonly string[];
  beneficiary: readonly string[];
  region: readonly string[];
  country: readonly string[];
  group: readonly string[];
  language: readonly string[];
  cost: readonly string[];
}

export function facetValues(orgs: BenchOrganisation[]): FacetValues {
  return {
    policyArea: policyAreaSlugs,
    organisation: orgs.map((o) => o.seed.slug),
    beneficiary: beneficiaries,
    region: regionCodes,
    country: countryCodes,
    group: countryGroups,
    language: itemLanguages,
    cost: costs,
  };
}

const queryLocale = new Weighted<Locale>(['en', 'fr', 'es'], [70, 20, 10]);

function randomFilters(rng: Rng, values: FacetValues, types: readonly ItemType[], count: number): Filters {
  const filters: Filters = {};
  const names: (keyof FacetValues | 'kind')[] = ['policyArea', 'kind', 'organisation', 'beneficiary', 'region', 'country', 'group', 'language', 'cost'];
  for (const facet of rng.some(names, count)) {
    if (facet === 'kind') filters.kind = rng.pick(types.length === 1 && types[0] === 'resource' ? resourceKinds : types.includes('resource') && rng.chance(0.3) ? resourceKinds : solutionKinds);
    else filters[facet] = rng.pick(values[facet]);
  }
  return filters;
}

export interface TextCase {
  q: string;
  query: CatalogueQuery;
}

/** (a): a text query with 0–2 filters, as on /search (both types), /solutions or /resources. */
export function textQueries(seed: number, n: number, values: FacetValues): TextCase[] {
  const rng = new Rng(mix(seed, 0, 3));
  return Array.from({ length: n }, () => {
    const q = rng.pick(queryTexts).q;
    const x = rng.next();
    const types: ItemType[] = x < 0.5 ? ['solution', 'resource'] : x < 0.9 ? ['solution'] : ['resource'];
    return {
      q,
      query: { q, types, filters: randomFilters(rng, values, types, rng.int(0, 2)), page: rng.chance(0.85) ? 1 : rng.int(2, 5), pageSize: 20, locale: queryLocale.draw(rng) },
    };
  });
}

/** (b): browsing /solutions or /resources with 0–3 filters and no text, newest first (sometimes by title). */
export function browseQueries(seed: number, n: number, values: FacetValues): CatalogueQuery[] {
  const rng = new Rng(mix(seed, 0, 4));
  return Array.from({ length: n }, () => {
    const types: ItemType[] = rng.chance(0.7) ? ['solution'] : ['resource'];
    const sort: Sort | undefined = rng.chance(0.1) ? 'title' : undefined;
    return { types, filters: randomFilters(rng, values, types, rng.int(0, 3)), sort, page: rng.chance(0.85) ? 1 : rng.int(2, 5), pageSize: 20, locale: queryLocale.draw(rng) };
  });
}
