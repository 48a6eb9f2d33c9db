import { translator } from '../../web/i18n/i18n.js';
import { locales } from '../../web/i18n/locales.js';
import { buildCountryReference, countryName } from '../countries/reference.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { type QueryClause, clauseTerms, fold, isStopword, matchesTerm, queryTerms, words } from './text.js';

/** Where a query points besides documents: the countries it names, the policy area nearest to it. */

const knownCountries = buildCountryReference();
const countryNames = knownCountries.map((c) => ({ iso3: c.iso3, names: locales.map((l) => fold(countryName(c.iso3, l)).replace(/[^\p{L}\p{N}]+/gu, ' ')) }));

/** Countries whose name in one of the hub's languages contains what was typed, or whose code it is. */
export function matchingCountries(q: string): string[] {
  const needle = fold(q.trim()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const code = q.trim().toUpperCase();
  if (needle.length < 3 || queryTerms(q).every((t) => isStopword(t.prefix ?? ''))) return countryNames.filter((c) => c.iso3 === code).map((c) => c.iso3);
  // A name, or a word of it, that begins with what was typed ("congo" finds both Congos, "the" nothing).
  return countryNames.filter((c) => c.iso3 === code || c.names.some((n) => n.startsWith(needle) || n.includes(` ${needle}`))).map((c) => c.iso3);
}

/** Words of each policy area's name and description in every language, to find the nearest to a query. */
const areaWords = policyAreaSlugs.map((slug) => ({
  slug,
  words: locales.flatMap((l) => words(`${translator(l)(`policyArea.${slug}.name`)} ${translator(l)(`policyArea.${slug}.description`)}`)),
}));

/** The policy area whose name or description shares most words with the query (none when none does). */
export function nearestPolicyArea(clauses: QueryClause[]): string | undefined {
  const terms = clauseTerms(clauses);
  let best: { slug: string; score: number } | undefined;
  for (const area of areaWords) {
    const score = terms.filter((term) => area.words.some((w) => matchesTerm(w, [term]))).length;
    if (score > 0 && (!best || score > best.score)) best = { slug: area.slug, score };
  }
  return best?.slug;
}
