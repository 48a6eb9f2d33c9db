import type { Kysely } from 'kysely';
import type { TypedFastBitSet } from 'typedfastbitset';
import type { Database } from '../../db/schema.js';
import { type Postings, searchIndexOf } from '../../db/search/index.js';
import { sizedSet } from '../../lib/bitset.js';
import { Versioned } from '../../lib/versioned.js';
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
  /** Common tokens: a bitset of their texts. */
  private readonly dense = new Map<string, TypedFastBitSet>();
  /** The others: their texts' ordinals. */
  private readonly sparse = new Map<string, Int32Array>();
  /** Every token in code-unit order, for prefixes. */
  private readonly sorted: string[] = [];
  /**
   * Working sets of a query (the query's, a clause's, an alternative's, a term's), made once and
   * reused: a synonym group is up to 30 terms, and a new set for each left megabytes of garbage per query.
   */
  private readonly work: [TypedFastBitSet, TypedFastBitSet, TypedFastBitSet, TypedFastBitSet];

  private constructor(
    readonly version: string,
    /** Each text's document key (docKey), by the text's ordinal. */
    private readonly keys: Int32Array,
  ) {
    this.work = [sizedSet(keys.length), sizedSet(keys.length), sizedSet(keys.length), sizedSet(keys.length)];
  }

  static async build(version: string, postings: Postings): Promise<TermIndex> {
    const index = new TermIndex(version, postings.keys);
    const size = postings.keys.length;
    for await (const [token, ordinals] of postings.terms) {
      index.sorted.push(token);
      if (ordinals.length > size * denseShare) {
        const set = sizedSet(size);
        for (let i = 0; i < ordinals.length; i++) set.add(ordinals[i]!);
        index.dense.set(token, set);
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
      if (i > 0) found.intersection(clause);
    });
    const keys = new Int32Array(found.size());
    let n = 0;
    found.forEach((ordinal) => {
      keys[n++] = this.keys[ordinal]!;
    });
    return keys;
  }

  /** Into `into`: texts holding one alternative of the clause (an alternative: terms that must all be there). */
  private clause(clause: QueryClause, into: TypedFastBitSet): void {
    const [, , alternative, term] = this.work;
    into.words.fill(0);
    for (const terms of clause.alternatives) {
      terms.forEach((t, i) => {
        this.term(t, i === 0 ? alternative : term);
        if (i > 0) alternative.intersection(term);
      });
      if (terms.length) into.union(alternative);
    }
  }

  /** Into `into`: texts holding any stem of the term, or a token that begins with its prefix. */
  private term(term: QueryTerm, into: TypedFastBitSet): void {
    into.words.fill(0);
    for (const stem of term.stems) this.add(into, stem);
    if (term.prefix !== null) for (const token of this.startingWith(term.prefix)) this.add(into, token);
  }

  private add(into: TypedFastBitSet, token: string): void {
    const dense = this.dense.get(token);
    if (dense) return void into.union(dense);
    const sparse = this.sparse.get(token);
    if (sparse) for (let i = 0; i < sparse.length; i++) into.add(sparse[i]!);
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

/** Keeps one TermIndex per app and rebuilds it when the catalogue or the other searched documents change. */
export class TermIndexCache {
  private readonly index = new Versioned<TermIndex>();

  /** @param version indexVersion of the versions a caller already read (else read here). */
  async get(db: Kysely<Database>, version?: string): Promise<TermIndex> {
    const current = version ?? (await indexVersions(db));
    return this.index.get(current, async () => TermIndex.build(current, await searchIndexOf(db).postings(db)));
  }
}
