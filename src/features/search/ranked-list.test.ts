import { describe, expect, it } from 'vitest';
import { type RankedList, rankedLength, rankedSlice } from './ranked-list.js';
import type { RegistryEntry } from './registry.js';

const entry = (key: number) => ({ key }) as RegistryEntry;
const list: RankedList = { best: [3, 1].map((key, i) => ({ entry: entry(key), score: 10 - i })), rest: [7, 6, 5].map(entry) };
const keys = (from: number, to: number) => rankedSlice(list, from, to).map((r) => [r.entry.key, r.score]);

describe('a ranked list of registry documents', () => {
  it('gives the scored ones best first, then the rest newest first, unscored', () => {
    expect(rankedLength(list)).toBe(5);
    expect(keys(0, 5)).toEqual([[3, 10], [1, 9], [7, -Infinity], [6, -Infinity], [5, -Infinity]]);
  });

  it('pages across the two parts and past the end', () => {
    expect(keys(1, 3)).toEqual([[1, 9], [7, -Infinity]]);
    expect(keys(3, 10)).toEqual([[6, -Infinity], [5, -Infinity]]);
    expect(keys(5, 10)).toEqual([]);
  });
});
