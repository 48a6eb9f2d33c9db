import { type Kysely, PostgresAdapter } from 'kysely';
import type { QueryClause } from '../../features/search/text.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { Dialect } from '../database.js';
import type { Database } from '../schema.js';
import { indexText, vocabularyOf } from '../../features/search/text.js';
import { fts5Index } from './fts5.js';
import { postgresIndex } from './postgres.js';

/** What the index holds; the position is part of each text's key (append only: reorder, and reindex). */
export const docTypes = ['solution', 'resource', 'organisation', 'event', 'session', 'outcome', 'recommendation', 'request'] as const;
export type DocType = (typeof docTypes)[number];

/** Types of document the index can tell apart (4 bits of a key). */
const maxDocTypes = 16;

/** One number for a document of any type: its id and its type (ids up to 134 million). */
export const docKey = (docType: DocType, docId: number) => docId * maxDocTypes + docTypes.indexOf(docType);
export const keyType = (key: number): DocType => docTypes[key % maxDocTypes]!;
/** The type of a key as its number (its position in docTypes). */
export const keyTypeCode = (key: number) => key % maxDocTypes;
export const keyId = (key: number) => Math.floor(key / maxDocTypes);
const itemTypeCodes = docTypes.map((t) => t === 'solution' || t === 'resource');
/** Whether a key is a catalogue item's (a solution or a resource). */
export const isItemKey = (key: number) => itemTypeCodes[keyTypeCode(key)]!;

/** One text of a document, in one language; stemmed by the caller's index before it is stored. */
export interface SearchText {
  locale: Locale;
  title: string;
  summary: string;
  body: string;
}

/** A text as the index stores it: stemmed, stopwords left out (features/search/text.ts indexText). */
export interface IndexedText {
  locale: Locale;
  title: string;
  summary: string;
  body: string;
}

export function indexedText(text: SearchText): IndexedText {
  return { locale: text.locale, title: indexText(text.title, text.locale), summary: indexText(text.summary, text.locale), body: indexText(text.body, text.locale) };
}

/** What search_documents.head keeps of a text: its stemmed title and summary, a line each (features/search/score.ts reads it). */
export const headOf = (t: IndexedText) => `${t.title}\n${t.summary}`;

/**
 * Full-text search inside the database, one interface for SQLite FTS5 and PostgreSQL. Texts and
 * queries are stemmed in JavaScript (features/search/text.ts), so both engines see the same tokens
 * and find the same documents. The database is the store: each app server matches queries with a term
 * index it reads from here (features/search/term-index.ts, decision 027), and scores the few documents
 * a page ranks from their heads (features/search/score.ts, decision 026), the same way on both.
 */
export interface SearchIndex {
  /** Replace every text of a document (call inside the transaction that writes it). */
  replace(db: Kysely<Database>, docType: DocType, docId: number, texts: SearchText[]): Promise<void>;
  /** The same for many documents at once (PostgreSQL: three statements for all of them). */
  replaceMany(db: Kysely<Database>, documents: { docType: DocType; docId: number; texts: SearchText[] }[]): Promise<void>;
  remove(db: Kysely<Database>, docType: DocType, docId: number): Promise<void>;
  /**
   * Keys (docKey) of the documents of every type with a text matching every clause, in one statement
   * (keys may repeat: one per matching text). What the term index answers from memory; asked of the
   * database inside a transaction, and by the benchmark and the tests that hold the two alike.
   */
  matchKeys(db: Kysely<Database>, clauses: QueryClause[]): Promise<Int32Array>;
  /** The heads of the given documents' texts, one per language (documents without texts left out). */
  heads(db: Kysely<Database>, keys: readonly number[]): Promise<Map<number, string[]>>;
  /** Every token of every text, read back for the app's term index (features/search/term-index.ts). */
  postings(db: Kysely<Database>): Promise<Postings>;
}

/** The whole index as lists: texts are numbered from 0 (their ordinal), in no meaningful order. */
export interface Postings {
  /** Each text's document key (docKey), by ordinal. */
  keys: Int32Array;
  /**
   * Each token with the ordinals of the texts that hold it, ascending. The array is valid until the
   * next token is read: one buffer serves them all, so that building the term index leaves no freed
   * buffers behind (glibc keeps them, and the resident set grew by 35 MB at 156 000 texts).
   */
  terms: AsyncIterable<[token: string, ordinals: Int32Array]>;
}

/**
 * What the stored index holds; raise it when the stemming or the layout of the index changes, and
 * every database is reindexed at its next start (features/search/reindex.ts).
 */
export const searchIndexVersion = '4';

export function searchIndexFor(dialect: Dialect): SearchIndex {
  return dialect === 'postgres' ? postgresIndex : fts5Index;
}

/** The index for the database behind `db` (a Kysely instance or a transaction). */
export function searchIndexOf(db: Kysely<Database>): SearchIndex {
  return searchIndexFor(db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
}

/** Calls `visit` with each integer of a comma-separated list (SQLite's group_concat), without a string per id. */
function forEachId(list: string, visit: (id: number) => void): void {
  let value = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      visit(value);
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  visit(value);
}

/** Ids from a comma-separated list of integers (SQLite's group_concat). */
export function parseIdList(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  const ids = new Int32Array(Math.ceil(list.length / 2));
  let n = 0;
  forEachId(list, (id) => (ids[n++] = id));
  return ids.subarray(0, n);
}

/**
 * Writes into `into` the positions in `ids` (ascending) of the ids of a comma-separated list
 * (ascending) that `ids` holds; returns how many.
 */
export function ordinalsInto(into: Int32Array, ids: Int32Array, list: string | null): number {
  if (!list) return 0;
  let n = 0;
  let low = 0;
  forEachId(list, (id) => {
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ids[middle]! < id) low = middle + 1;
      else high = middle;
    }
    if (ids[low] === id) into[n++] = low;
  });
  return n;
}

/** A token is letters and digits only (text.ts makes sure); this keeps the query syntax out of user input. */
export const isToken = (token: string) => /^[\p{L}\p{N}]+$/u.test(token);

export function assertToken(token: string): string {
  if (!isToken(token)) throw new Error(`not a search token: ${JSON.stringify(token)}`);
  return token;
}

/**
 * The words a text adds to the vocabulary (search_terms): each stem of its title and summary with the
 * word it came from, for typo tolerance and "did you mean" (features/search/vocabulary.ts).
 */
export async function addVocabulary(db: Kysely<Database>, texts: SearchText[]): Promise<void> {
  const terms = new Map<string, string>();
  for (const t of texts) for (const [term, word] of vocabularyOf(`${t.title} ${t.summary}`, t.locale)) if (!terms.has(term)) terms.set(term, word);
  if (terms.size === 0) return;
  const rows = [...terms].map(([term, word]) => ({ term, word }));
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('searchTerms')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('term').doNothing())
      .execute();
  }
}
