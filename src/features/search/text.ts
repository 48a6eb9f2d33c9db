import { LRUCache } from 'lru-cache';
import snowball from 'snowball-stemmers';
import { eng, fra, spa } from 'stopword';
import type { Locale } from '../../web/i18n/locales.js';
import { synonymGroups } from './synonyms.js';

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

export const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const stopwords: Record<Locale, Set<string>> = {
  en: new Set(eng.map(fold)),
  fr: new Set(fra.map(fold)),
  es: new Set(spa.map(fold)),
};
export const isStopword = (word: string) => stopwords.en.has(word) || stopwords.fr.has(word) || stopwords.es.has(word);

/** Words of a text: letters and digits of any script, lower-cased, without accents. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map(fold).filter(Boolean) ?? [];
}

/** Stems already made: texts repeat their words, and indexing and the vocabulary stem each of them. */
const stems = new LRUCache<string, string>({ max: 100_000 });

function stemOf(word: string, locale: Locale): string {
  const key = `${locale}:${word}`;
  let stem = stems.get(key);
  if (stem === undefined) {
    // Snowball stems accented words; fold again so the index holds plain letters only.
    stem = fold(stemmers[locale].stem(word));
    stems.set(key, stem);
  }
  return stem;
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
  return termsOf(words(q));
}

/** Terms of some words: stopwords left out unless there is nothing else, each word once. */
function termsOf(all: string[], prefixed = true): QueryTerm[] {
  // Stopwords of any of the three languages are dropped, unless the query has nothing else.
  const kept = all.filter((w) => !isStopword(w));
  const chosen = (kept.length ? kept : all).slice(0, maxQueryTerms);
  return [...new Set(chosen)].map((w) => termOf(w, prefixed));
}

/** A word as a term; `prefixed`: it also matches as the beginning of longer words. */
function termOf(word: string, prefixed = true): QueryTerm {
  const prefix = prefixed && word.length >= minPrefixLength ? word : null;
  // A stem that begins with the prefix matches nothing more than the prefix does: leaving it out
  // saves the database a phrase to look up and to count for scoring.
  const stems = [...new Set(stemsOf(word))].filter((s) => prefix === null || !s.startsWith(prefix));
  return { stems, prefix };
}

const stemsOf = (word: string) => (Object.keys(stemmers) as Locale[]).map((l) => stemOf(word, l));

/**
 * One condition of a query: any of its alternatives, each a list of terms that must all match. A word
 * typed is one alternative of one term; a phrase of the synonym list brings the other phrases of its
 * group as alternatives ("mobile money" or "e-wallet" or "dinero móvil"…).
 */
export interface QueryClause {
  alternatives: QueryTerm[][];
  /** The words typed for this clause, as a suggestion or correction shows them. */
  typed: string;
}

/** A word of a synonym phrase: its folded form and its stems, to compare with typed words. */
interface PhraseWord {
  word: string;
  stems: string[];
}

const phraseWord = (word: string): PhraseWord => ({ word, stems: stemsOf(word) });
const sameWord = (typed: PhraseWord, phrase: PhraseWord) => typed.word === phrase.word || typed.stems.some((s) => phrase.stems.includes(s));

/** Every synonym phrase, longest first (so "small business" wins over a one-word phrase inside it). */
const synonymPhrases = synonymGroups
  .flatMap((group, g) => group.map((phrase) => ({ group: g, words: words(phrase).map(phraseWord) })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * A group's phrases match as whole words (their stems), not as beginnings: they are spelt out in full,
 * and beginnings made "digital ID" find "identity" and cost the engines a scan of every word
 * starting with each (a group has up to 30 words).
 */
const groupTerms = synonymGroups.map((group) => group.map((phrase) => termsOf(words(phrase), false)));

/**
 * A visitor's query as clauses that must all match (AND). Phrases of the synonym list become one
 * clause with the whole group as alternatives; other words are a clause each (see queryTerms).
 */
export function queryClauses(q: string): QueryClause[] {
  const typed = words(q).slice(0, maxQueryTerms * 2);
  const forms = typed.map(phraseWord);
  const used = new Array<boolean>(typed.length).fill(false);
  const found: { at: number; clause: QueryClause }[] = [];
  const groups = new Set<number>();
  for (const phrase of synonymPhrases) {
    if (groups.has(phrase.group)) continue;
    const n = phrase.words.length;
    for (let at = 0; at + n <= typed.length; at++) {
      if (phrase.words.every((w, i) => !used[at + i] && sameWord(forms[at + i]!, w))) {
        for (let i = 0; i < n; i++) used[at + i] = true;
        groups.add(phrase.group);
        found.push({ at, clause: { alternatives: groupTerms[phrase.group]!, typed: typed.slice(at, at + n).join(' ') } });
        break;
      }
    }
  }
  const rest = typed.map((w, i) => ({ w, i })).filter((x) => !used[x.i]);
  const kept = rest.filter((x) => !isStopword(x.w));
  const chosen = found.length || kept.length ? kept : rest;
  const seen = new Set<string>();
  for (const { w, i } of chosen) {
    if (seen.has(w)) continue;
    seen.add(w);
    found.push({ at: i, clause: { alternatives: [[termOf(w)]], typed: w } });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, maxQueryTerms)
    .map((f) => f.clause);
}

/** Every term a clause list can match, for highlighting. */
export const clauseTerms = (clauses: QueryClause[]): QueryTerm[] => clauses.flatMap((c) => c.alternatives.flat());

/** A stable key of a clause (its alternatives' terms). */
export const clauseKey = (c: QueryClause) => c.alternatives.map((a) => a.map(termKey).join('+')).join('/');

/** A stable key of a whole query (its clauses): matches and scores are kept per query. */
export const queryKey = (clauses: QueryClause[]) => clauses.map(clauseKey).join(' & ');

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

/** Shortest word the vocabulary keeps (a typo is corrected to a word of at least 5 letters). */
export const minVocabularyLength = 5;

/** Stems of a text with a word each came from, for the vocabulary (not stopwords, not numbers). */
export function vocabularyOf(text: string, locale: Locale): [stem: string, word: string][] {
  return words(text)
    .filter((w) => w.length >= minVocabularyLength && !stopwords[locale].has(w) && !/^\p{N}+$/u.test(w))
    .map((w) => [stemOf(w, locale), w]);
}
