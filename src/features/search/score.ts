import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchIndexOf } from '../../db/search/index.js';
import type { TermIndexCache } from './term-index.js';
import { type QueryClause, type QueryTerm, queryKey, termKey } from './text.js';

/**
 * Relevance, computed in the app from the heads of the documents a page ranks (their stemmed title
 * and summary, search_documents.head), the same on SQLite and PostgreSQL (decision 026). The database
 * only says which documents match: scoring there made it run the whole query a second time (SQLite's
 * bm25 also reads every posting of every term for its statistics), which cost more than the match
 * itself for common words and synonym groups.
 *
 * A BM25-like sum over the query's clauses: a clause found in the title weighs most, in the summary
 * less, only in the body (it matched, but not in the head) least; repeats count with diminishing
 * returns, and a shorter field counts more. Every clause weighs the same: there is no corpus-wide
 * statistic to weigh rare words more, and a query's words are few.
 */
export const relevanceWeights = { title: 10, summary: 4, body: 1 } as const;

/** BM25's saturation and length normalisation, with typical head lengths in characters of stems. */
const k1 = 1.2;
const b = 0.75;
const typicalLength = { title: 50, summary: 170 } as const;

const saturated = (tf: number, length: number, typical: number) => (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / typical));

const space = 32;
const newline = 10;

/** Counts each term's occurrences in a head's title (tf[2i], before `split`) and summary (tf[2i + 1]). */
type Counter = (head: string, split: number, tf: Int32Array) => void;

/**
 * The head is read once, word by word (a synonym group brings up to 30 terms, so searching the head
 * for each would cost more); a word is looked up among the stems, and compared with the prefixes,
 * only when its first two letters begin one of them, so that most words cost no new string.
 */
function counter(terms: QueryTerm[]): Counter {
  const byStem = new Map<string, number[]>();
  terms.forEach((term, i) => term.stems.forEach((stem) => byStem.set(stem, [...(byStem.get(stem) ?? []), i])));
  const prefixes = terms.flatMap((term, i) => (term.prefix === null ? [] : [{ i, prefix: term.prefix }]));
  const starts = new Set<number>([...byStem.keys(), ...prefixes.map((p) => p.prefix)].map((w) => startOf(w, 0)));
  return (head, split, tf) => {
    let at = 0;
    while (at < head.length) {
      let end = at;
      while (end < head.length && head.charCodeAt(end) !== space && head.charCodeAt(end) !== newline) end++;
      if (end > at && starts.has(startOf(head, at, end))) {
        const offset = at < split ? 0 : 1;
        for (const i of byStem.get(head.slice(at, end)) ?? []) tf[2 * i + offset]!++;
        for (const { i, prefix } of prefixes) if (end - at >= prefix.length && head.startsWith(prefix, at)) tf[2 * i + offset]!++;
      }
      at = end + 1;
    }
  };
}

/** The first two letters of the word at `at` as one number (a one-letter word: its letter). */
function startOf(text: string, at: number, end = text.length): number {
  return end - at >= 2 ? text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1) : text.charCodeAt(at);
}

/** A function from a document's heads (one per language) to its score for the clauses (the best language counts). */
export function relevance(clauses: QueryClause[]): (heads: readonly string[]) => number {
  const terms: QueryTerm[] = [];
  const termIndex = new Map<string, number>();
  const alternatives = clauses.map((c) =>
    c.alternatives.map((alternative) =>
      alternative.map((term) => {
        const key = termKey(term);
        let i = termIndex.get(key);
        if (i === undefined) termIndex.set(key, (i = terms.push(term) - 1));
        return i;
      }),
    ),
  );
  // Per term: occurrences in the title (2i) and in the summary (2i + 1).
  const tf = new Int32Array(terms.length * 2);
  const count = counter(terms);
  // An alternative is found in a field as often as its least frequent term.
  const inField = (alternative: number[], field: 0 | 1) => alternative.reduce((least, i) => Math.min(least, tf[2 * i + field]!), Number.POSITIVE_INFINITY);

  const scoreOf = (head: string) => {
    const split = head.indexOf('\n') < 0 ? head.length : head.indexOf('\n');
    const lengths = { title: split, summary: Math.max(0, head.length - split - 1) };
    tf.fill(0);
    count(head, split, tf);
    let score = 0;
    for (const clause of alternatives) {
      let best = 0;
      for (const alternative of clause) {
        const t = inField(alternative, 0);
        const s = inField(alternative, 1);
        const value =
          (t > 0 ? relevanceWeights.title * saturated(t, lengths.title, typicalLength.title) : 0) +
          (s > 0 ? relevanceWeights.summary * saturated(s, lengths.summary, typicalLength.summary) : 0);
        best = Math.max(best, value);
      }
      // Not in the head: the document matched, so the clause is in its body.
      score += best > 0 ? best : relevanceWeights.body;
    }
    return score;
  };
  return (heads) => heads.reduce((best, head) => Math.max(best, scoreOf(head)), Number.NEGATIVE_INFINITY);
}

/** Scores of the given documents (by key) for the clauses; a document the index does not hold scores -Infinity. */
export async function scoreKeys(db: Kysely<Database>, clauses: QueryClause[], keys: readonly number[]): Promise<Map<number, number>> {
  const scores = new Map<number, number>();
  if (keys.length === 0) return scores;
  const heads = await searchIndexOf(db).heads(db, keys);
  const score = relevance(clauses);
  for (const key of keys) {
    const found = heads.get(key);
    scores.set(key, found ? score(found) : Number.NEGATIVE_INFINITY);
  }
  return scores;
}

/**
 * The matches of a query (keys of every type), from the app's term index (decision 027), asked at
 * most once per query for one search: the site-wide search hands the same answer to the catalogue
 * and to the registry. Inside a transaction the database answers itself: it may hold writes the
 * term index must not keep. `version` is the term index's (indexVersion), when the caller has read it.
 */
export function matcher(db: Kysely<Database>, terms: TermIndexCache, version?: string): (clauses: QueryClause[]) => Promise<Int32Array> {
  const asked = new Map<string, Promise<Int32Array>>();
  const match = async (clauses: QueryClause[]) =>
    db.isTransaction ? searchIndexOf(db).matchKeys(db, clauses) : (await terms.get(db, version)).matchKeys(clauses);
  return (clauses) => {
    const key = queryKey(clauses);
    let found = asked.get(key);
    if (!found) asked.set(key, (found = match(clauses)));
    return found;
  };
}
