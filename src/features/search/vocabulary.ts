import { distance } from 'fastest-levenshtein';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { minPrefixLength, words } from './text.js';

/**
 * Typo tolerance: the words the index knows (search_terms, written with every text) and the nearest
 * of them to a word that matches nothing (decision 021).
 */

export interface Vocabulary {
  version: string;
  /** Stem → a word it was made from; and the words by length, to compare only plausible ones. */
  stems: Map<string, string>;
  byLength: Map<number, { term: string; word: string }[]>;
}

export interface Correction {
  /** Stems of the nearest known words (all at the same distance). */
  terms: string[];
  /** The word to show ("money" for "mony"). */
  word: string;
  distance: number;
}

/** Edits a typed word may be away from a known one: one from 4 letters, two from 8. */
export const allowedEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

const maxCandidates = 5;

export async function loadVocabulary(db: Kysely<Database>, version: string): Promise<Vocabulary> {
  const rows = await db.selectFrom('searchTerms').select(['term', 'word']).execute();
  const byLength = new Map<number, { term: string; word: string }[]>();
  for (const r of rows) {
    const list = byLength.get(r.word.length);
    if (list) list.push(r);
    else byLength.set(r.word.length, [r]);
  }
  return { version, stems: new Map(rows.map((r) => [r.term, r.word])), byLength };
}

/**
 * The known words nearest to `typed` (a folded word), at most `edits` away, compared both as typed and
 * as stems (so "logistcs" finds "logistics"); undefined when none is that near.
 */
export function nearestWords(vocabulary: Vocabulary, typed: string, stems: string[], edits: number): Correction | undefined {
  if (edits === 0 || typed.length < minPrefixLength) return undefined;
  let best = edits + 1;
  let found: { term: string; word: string }[] = [];
  for (let length = typed.length - edits; length <= typed.length + edits + 2; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      // As typed against the word first; a stem that is near counts half an edit more (so "mony" is
      // "money", not "monde" whose French stem "mond" is also one edit from it).
      const asTyped = distance(typed, candidate.word);
      const d = asTyped <= edits ? asTyped : Math.min(edits + 1, ...stems.map((s) => (Math.abs(s.length - candidate.term.length) <= edits ? distance(s, candidate.term) + 0.5 : edits + 1)));
      if (d === 0) continue;
      if (d < best) {
        best = d;
        found = [candidate];
      } else if (d === best && found.length < maxCandidates && !found.some((f) => f.term === candidate.term)) found.push(candidate);
    }
  }
  if (found.length === 0 || best > edits + 0.5) return undefined;
  found.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { terms: found.map((f) => f.term), word: found[0]!.word, distance: best };
}

/** The typed words of a query with some replaced, as a query again. */
export function replacedWords(q: string, replacements: Map<string, string>): string {
  return words(q)
    .map((w) => replacements.get(w) ?? w)
    .join(' ');
}
