/**
 * The UNCTAD B2C E-commerce Index computation (data/reference/b2c/README.md, "Method"): secure
 * servers log-normalised between the edition's minimum and maximum, the index as the equal-weight
 * mean of four components, ranks on unrounded values, and unweighted group means.
 */

/** The four components of the index, each normalised to 0–100. */
export interface B2cComponents {
  internetUse: number;
  accountOwnership: number;
  secureServers: number;
  postalReliability: number;
}

export const componentKeys = ['internetUse', 'accountOwnership', 'secureServers', 'postalReliability'] as const satisfies readonly (keyof B2cComponents)[];
export type ComponentKey = (typeof componentKeys)[number];

/** Components as stored and shown: null in an index-only edition (2016 and 2017 give only index and rank). */
export type B2cComponentValues = { [K in ComponentKey]: number | null };

/**
 * Log min–max normalisation: the smallest value → 0, the largest → 100, their geometric mean → 50.
 * UNCTAD prints the numerator as log(x) − log(max), which would make every value ≤ 0; the published
 * data (Denmark 100, Chad 0 in 2019 and 2020) show that log(x) − log(min) is meant.
 */
export function logNormalise(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`log normalisation needs positive finite values, not ${value}`);
  }
  const logs = values.map((value) => Math.log(value));
  const min = Math.min(...logs);
  const max = Math.max(...logs);
  if (max === min) throw new RangeError('log normalisation needs at least two different values');
  return logs.map((log) => (100 * (log - min)) / (max - min));
}

/** The index: the mean of the four components, with equal weights, unrounded. */
export function b2cIndex(components: B2cComponents): number {
  return (components.internetUse + components.accountOwnership + components.secureServers + components.postalReliability) / 4;
}

/**
 * Competition ranking ("1224"), highest first: equal keys share a rank and the next rank skips.
 * A key may be a list compared in order, so a second value can break ties left by the first.
 */
export function competitionRanks(keys: readonly (number | readonly number[])[]): number[] {
  const asList = keys.map((key) => (typeof key === 'number' ? [key] : key));
  const compare = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const difference = (b[i] ?? -Infinity) - (a[i] ?? -Infinity);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const order = asList.map((_, i) => i).sort((a, b) => compare(asList[a]!, asList[b]!));
  const ranks = new Array<number>(keys.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = previous !== undefined && compare(asList[previous]!, asList[index]!) === 0 ? ranks[previous]! : position + 1;
  });
  return ranks;
}

export interface ScoreInput extends B2cComponents {
  /** The index as published, when the file had it (rounded to one decimal). */
  publishedIndex: number | null;
}

export interface Score {
  indexValue: number;
  rank: number;
}

/**
 * Index and rank for every economy of an edition. The rank orders on the best unrounded value
 * known: a published index (one decimal) is closer to UNCTAD's unrounded index than the mean of
 * components printed as integers, so it comes first and that mean only breaks its ties; when no
 * index was published the computed mean is the unrounded index itself.
 */
export function scoreEdition(rows: readonly ScoreInput[]): Score[] {
  const indexValues = rows.map((row) => b2cIndex(row));
  const ranks = competitionRanks(rows.map((row, i) => [row.publishedIndex ?? indexValues[i]!, indexValues[i]!]));
  return rows.map((_, i) => ({ indexValue: indexValues[i]!, rank: ranks[i]! }));
}

export interface GroupMean extends B2cComponentValues {
  group: string;
  /** How many economies of the edition the group holds. */
  economies: number;
  index: number;
}

export interface GroupMember extends B2cComponentValues {
  index: number;
  groups: readonly string[];
}

/**
 * Unweighted means of each component and of the index, per group, as UNCTAD's regional tables give them.
 * A component's mean is over the members that have it, and null when none has (an index-only edition).
 */
export function groupMeans(members: readonly GroupMember[]): Map<string, GroupMean> {
  const sums = new Map<string, { mean: GroupMean; counts: Record<ComponentKey, number>; totals: Record<ComponentKey, number> }>();
  for (const member of members) {
    for (const group of member.groups) {
      let sum = sums.get(group);
      if (!sum) {
        const zero = { internetUse: 0, accountOwnership: 0, secureServers: 0, postalReliability: 0 };
        sum = { mean: { group, economies: 0, index: 0, internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null }, counts: { ...zero }, totals: { ...zero } };
        sums.set(group, sum);
      }
      sum.mean.economies += 1;
      sum.mean.index += member.index;
      for (const key of componentKeys) {
        const value = member[key];
        if (value === null) continue;
        sum.counts[key] += 1;
        sum.totals[key] += value;
      }
    }
  }
  const means = new Map<string, GroupMean>();
  for (const [group, { mean, counts, totals }] of sums) {
    mean.index /= mean.economies;
    for (const key of componentKeys) mean[key] = counts[key] === 0 ? null : totals[key] / counts[key];
    means.set(group, mean);
  }
  return means;
}
