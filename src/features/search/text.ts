import { LRUCache } from 'lru-cache';
import snowball from 'snowball-stemmers';
import { eng, fra, spa } from 'stopword';
import type { Locale } from '../../web/i18n/locales.js';

/**
 * Text processing shared by both databases: the index and the queries are stemmed here, in
 * JavaScript, with the Snowball stemmer of each text's language, so SQLite FTS5 and PostgreSQL
 * see the same tokens and give the same matches (decision 007).
 */

const stemmers: Record<Locale, { stem(word: string): string }> = {
  en: snowball.newStemmer('english'),
  fr: snowball.newStemmer('french'),
  es: snowball.newStemmer('spanish'),
};

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const stopwords: Record<Locale, Set<string>> = {
  en: new Set(eng.map(fold)),
  fr: new Set(fra.map(fold)),
  es: new Set(spa.map(fold)),
};
const isStopword = (word: string) => stopwords.en.has(word) || stopwords.fr.has(word) || stopwords.es.has(word);

/** Words of a text: letters and digits of any script, lower-cased, without accents. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map(fold).filter(Boolean) ?? [];
}

function stemOf(word: string, locale: Locale): string {
  // Snowball stems accented words; fold again so the index holds plain letters only.
  return fold(stemmers[locale].stem(word));
}

/** The text as the index stores it: stems in the text's language, stopwords left out. */
export function indexText(text: string, locale: Locale): string {
  return words(text)
    .filter((w) => !stopwords[locale].has(w))
    .map((w) => stemOf(w, locale))
    .join(' ');
}

/** One word of a query: any of its stems, or a word starting with what was typed. */
export interface QueryTerm {
  stems: string[];
  /** Null for words too short to be a useful beginning ("e" of "e-commerce" would match half the index). */
  prefix: string | null;
}

/** Shortest word that also matches as the beginning of longer words. */
export const minPrefixLength = 3;

export const maxQueryTerms = 12;

/**
 * A visitor's query as terms that must all match (AND); each term matches any of its stems in
 * English, French or Spanish, or a word beginning with it (so "cyber" finds "cybercrime").
 * Everything typed is treated as words: quotes, operators and symbols are dropped.
 */
export function queryTerms(q: string): QueryTerm[] {
  const all = words(q);
  // Stopwords of any of the three languages are dropped, unless the query has nothing else.
  const kept = all.filter((w) => !isStopword(w));
  const chosen = (kept.length ? kept : all).slice(0, maxQueryTerms);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of chosen) {
    if (seen.has(word)) continue;
    seen.add(word);
    const prefix = word.length >= minPrefixLength ? word : null;
    // A stem that begins with the prefix matches nothing more than the prefix does: leaving it out
    // saves the database a phrase to look up and to count for scoring.
    const stems = [...new Set((Object.keys(stemmers) as Locale[]).map((l) => stemOf(word, l)))].filter((s) => prefix === null || !s.startsWith(prefix));
    terms.push({ stems, prefix });
  }
  return terms;
}

/** A displayed word, folded, with its stem in each language: snippets look up the same words again and again. */
const displayedWords = new LRUCache<string, { folded: string; stems: string[] }>({ max: 20_000 });

function displayedWord(word: string): { folded: string; stems: string[] } {
  let found = displayedWords.get(word);
  if (!found) {
    const folded = fold(word);
    found = { folded, stems: (Object.keys(stemmers) as Locale[]).map((l) => stemOf(folded, l)) };
    displayedWords.set(word, found);
  }
  return found;
}

/** Does a word of a displayed text match one of the query terms? */
export function matchesTerm(word: string, terms: QueryTerm[]): boolean {
  const { folded, stems } = displayedWord(word);
  return terms.some((t) => (t.prefix !== null && folded.startsWith(t.prefix)) || stems.some((stem) => t.stems.includes(stem)));
}

/** A stable key of a term: its stems and its prefix. */
export const termKey = (t: QueryTerm) => `${t.stems.join(' ')}|${t.prefix ?? ''}`;
