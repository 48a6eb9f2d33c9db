import { describe, expect, it } from 'vitest';
import { synonymGroups } from './synonyms.js';
import { clauseTerms, queryClauses, words } from './text.js';
import { allowedEdits, nearestWords } from './vocabulary.js';

describe('queryClauses', () => {
  it('makes a synonym phrase one clause with its whole group as alternatives', () => {
    const [clause, ...rest] = queryClauses('Mobile Money');
    expect(rest).toEqual([]);
    expect(clause!.typed).toBe('mobile money');
    expect(clause!.alternatives.length).toBe(synonymGroups[0]!.length);
    expect(clauseTerms([clause!]).some((t) => t.stems.includes('movil'))).toBe(true);
  });

  it('matches a group’s phrases as whole words, not as the beginnings of longer ones', () => {
    const terms = clauseTerms(queryClauses('digital ID'));
    expect(terms.every((t) => t.prefix === null)).toBe(true);
    expect(terms.find((t) => t.stems.includes('id'))).toBeDefined();
    // A word outside the list still finds longer words that begin with it.
    expect(queryClauses('cyber')[0]!.alternatives[0]![0]!.prefix).toBe('cyber');
  });

  it('finds a phrase in any of its languages, plural or singular, among other words', () => {
    const clauses = queryClauses('les guichets uniques du Sénégal');
    expect(clauses.map((c) => c.typed)).toEqual(['guichets uniques', 'senegal']);
    expect(clauses[0]!.alternatives.length).toBe(3);
    expect(queryClauses('PYMES')[0]!.alternatives.length).toBeGreaterThan(5);
  });

  it('keeps plain words one clause each, and drops stopwords unless nothing else is left', () => {
    expect(queryClauses('the customs of Kenya').map((c) => c.typed)).toEqual(['customs', 'kenya']);
    expect(queryClauses('the').map((c) => c.typed)).toEqual(['the']);
    expect(queryClauses('!!!')).toEqual([]);
  });

  it('has no phrase in two groups, and every phrase has words', () => {
    const seen = new Map<string, number>();
    synonymGroups.forEach((group, g) =>
      group.forEach((phrase) => {
        const key = words(phrase).join(' ');
        expect(key.length).toBeGreaterThan(0);
        expect(seen.get(key) ?? g, phrase).toBe(g);
        seen.set(key, g);
      }),
    );
  });
});

describe('nearestWords', () => {
  const entries = [
    ['money', 'money'],
    ['mond', 'monde'],
    ['logist', 'logistics'],
    ['cybercrim', 'cybercrime'],
  ] as const;
  const vocabulary = {
    version: '1',
    stems: new Map<string, string>(entries),
    byLength: new Map<number, { term: string; word: string }[]>(
      [...new Set(entries.map(([, word]) => word.length))].map((n) => [n, entries.filter(([, word]) => word.length === n).map(([term, word]) => ({ term, word }))]),
    ),
  };

  it('prefers a word one edit away as typed over one whose stem is', () => {
    expect(nearestWords(vocabulary, 'mony', ['moni'], allowedEdits(4))?.word).toBe('money');
  });

  it('allows one edit from four letters, two from eight, none below', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
    expect(nearestWords(vocabulary, 'logistcs', ['logistc'], allowedEdits(8))?.word).toBe('logistics');
    expect(nearestWords(vocabulary, 'cybrcrme', ['cybrcrm'], allowedEdits(8))?.word).toBe('cybercrime');
    expect(nearestWords(vocabulary, 'mxny', ['mxni'], 1)).toBeUndefined();
  });
});
