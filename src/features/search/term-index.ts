import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Postings, searchIndexOf } from '../../db/search/index.js';
import type { QueryClause, QueryTerm } from './text.js';
import { indexVersions } from './version.js';

/**
 * Above this share of the texts, a term's texts are kept as a bitset (one bit per text) rather than
 * as a list of their ordinals (32 bits each): the bitset is then the smaller of the two.
 */
const denseShare = 1 / 32;

/**
 * Which texts hold each token, in the app's memory (decision 027): a query is matched with a few
 * bitset operations instead of a statement. Listing the 60 000–88 000 texts of a common word cost the
 * database 5–10 ms (SQLite) and 30–70 ms (PostgreSQL reads a heap page for every ten texts it
 * names), on every query after each catalogue write; here it is a union of two bitsets. Built from the
 * stored index (SearchIndex.postings), so it finds exactly what the database's matchKeys finds (a
 * test compares them), and rebuilt when the catalogue or the site-wide search changes.
 */
export class TermIndex {
  /** Common tokens: a bitset of their texts (32 texts a word). */
  private readonly dense = new Map<string, Uint32Array>();
  /** The others: their texts' ordinals. */
  private readonly sparse = new Map<string, Int32Array>();
  /** Every token in code-unit order, for prefixes. */
  private readonly sorted: string[] = [];
  /**
   * Working sets of a query (the query's, a clause's, an alternative's, a term's), made once and
   * reused: a synonym group is up to 30 terms, and a new set for each left megabytes of garbage per query.
   */
  private readonly work: [Uint32Array, Uint32Array, Uint32Array, Uint32Array];

  private constructor(
    readonly version: string,
    /** Each text's document key (docKey), by the text's ordinal. */
    private readonly keys: Int32Array,
  ) {
    const words = () => new Uint32Array((keys.length + 31) >>> 5);
    this.work = [words(), words(), words(), words()];
  }

  static async build(version: string, postings: Postings): Promise<TermIndex> {
    const index = new TermIndex(version, postings.keys);
    const size = postings.keys.length;
    for await (const [token, ordinals] of postings.terms) {
      index.sorted.push(token);
      if (ordinals.length > size * denseShare) {
        const words = new Uint32Array((size + 31) >>> 5);
        for (let i = 0; i < ordinals.length; i++) words[ordinals[i]! >>> 5]! |= 1 << (ordinals[i]! & 31);
        index.dense.set(token, words);
      } else index.sparse.set(token, ordinals.slice()); // the array is the reader's buffer
    }
    index.sorted.sort();
    return index;
  }

  /** How many texts the index holds. */
  get size(): number {
    return this.keys.length;
  }

  /**
   * The keys of the documents with a text matching every clause (as SearchIndex.matchKeys: a key
   * repeats once per matching text, in no particular order).
   */
  matchKeys(clauses: QueryClause[]): Int32Array {
    const [found, clause] = this.work;
    if (clauses.length === 0) return new Int32Array(0);
    clauses.forEach((c, i) => {
      this.clause(c, i === 0 ? found : clause);
      if (i > 0) and(found, clause);
    });
    let count = 0;
    for (let w = 0; w < found.length; w++) count += bitCount(found[w]!);
    const keys = new Int32Array(count);
    let n = 0;
    for (let w = 0; w < found.length; w++) {
      for (let bits = found[w]!; bits !== 0; bits &= bits - 1) keys[n++] = this.keys[w * 32 + (31 - Math.clz32(bits & -bits))]!;
    }
    return keys;
  }

  /** Into `into`: texts holding one alternative of the clause (an alternative: terms that must all be there). */
  private clause(clause: QueryClause, into: Uint32Array): void {
    const [, , alternative, term] = this.work;
    into.fill(0);
    for (const terms of clause.alternatives) {
      terms.forEach((t, i) => {
        this.term(t, i === 0 ? alternative : term);
        if (i > 0) and(alternative, term);
      });
      if (terms.length) or(into, alternative);
    }
  }

  /** Into `into`: texts holding any stem of the term, or a token that begins with its prefix. */
  private term(term: QueryTerm, into: Uint32Array): void {
    into.fill(0);
    for (const stem of term.stems) this.add(into, stem);
    if (term.prefix !== null) for (const token of this.startingWith(term.prefix)) this.add(into, token);
  }

  private add(into: Uint32Array, token: string): void {
    const dense = this.dense.get(token);
    if (dense) return or(into, dense);
    const sparse = this.sparse.get(token);
    if (sparse) for (let i = 0; i < sparse.length; i++) into[sparse[i]! >>> 5]! |= 1 << (sparse[i]! & 31);
  }

  /** Tokens beginning with `prefix` (itself included), from the sorted list. */
  private startingWith(prefix: string): string[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const tokens: string[] = [];
    for (let i = low; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) tokens.push(this.sorted[i]!);
    return tokens;
  }
}

function or(into: Uint32Array, other: Uint32Array): void {
  for (let w = 0; w < into.length; w++) into[w]! |= other[w]!;
}

function and(into: Uint32Array, other: Uint32Array): void {
  for (let w = 0; w < into.length; w++) into[w]! &= other[w]!;
}

function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Keeps one TermIndex per app and rebuilds it when the catalogue or the other searched documents change. */
export class TermIndexCache {
  private current: TermIndex | undefined;
  private loading: { version: string; index: Promise<TermIndex> } | undefined;

  async get(db: Kysely<Database>): Promise<TermIndex> {
    const version = await indexVersions(db);
    if (this.current?.version === version) return this.current;
    if (this.loading?.version === version) return this.loading.index;
    // Searches during the build wait for it (as for the facet index); a build for an older version is left to finish unused.
    const loading = { version, index: searchIndexOf(db).postings(db).then((postings) => TermIndex.build(version, postings)) };
    this.loading = loading;
    try {
      const index = await loading.index;
      if (this.loading === loading) this.current = index;
      return index;
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }
}
