import type { RegistryEntry } from './registry.js';

/** A registry document with its score (-Infinity: not scored, after the scored ones, newest first). */
export interface Ranked {
  entry: RegistryEntry;
  score: number;
}

/** Registry documents in order: the scored ones best first, then the rest newest first (a broad word matches thousands: they get no object each). */
export interface RankedList {
  best: Ranked[];
  rest: readonly RegistryEntry[];
}

export const rankedLength = (list: RankedList) => list.best.length + list.rest.length;

/** Positions from (inclusive) to `to` (exclusive) of the list. */
export function rankedSlice(list: RankedList, from: number, to: number): Ranked[] {
  const n = list.best.length;
  return [...list.best.slice(from, to), ...list.rest.slice(Math.max(0, from - n), Math.max(0, to - n)).map((entry) => ({ entry, score: Number.NEGATIVE_INFINITY }))];
}
