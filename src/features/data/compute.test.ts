import { describe, expect, it } from 'vitest';
import { b2cIndex, competitionRanks, groupMeans, logNormalise, scoreEdition } from './compute.js';
import { developmentStatus, groupsOfCountry } from './economy-groups.js';

describe('logNormalise', () => {
  it('puts the fewest servers at 0, the most at 100 and their geometric mean at 50', () => {
    // Secure Internet servers per million people, of the order of the World Bank's figures (Chad to Denmark).
    const min = 0.26;
    const max = 72_500;
    const geometricMean = Math.sqrt(min * max);
    const [atMin, atMean, atMax, between] = logNormalise([min, geometricMean, max, 1_000]);
    expect(atMin).toBe(0);
    expect(atMax).toBe(100);
    expect(atMean).toBeCloseTo(50, 10);
    // On a log scale 1 000 lies well past the middle, though far below the maximum.
    expect(between).toBeCloseTo((100 * Math.log(1_000 / min)) / Math.log(max / min), 10);
  });

  it('does not depend on the order of the values, nor on the base of the logarithm', () => {
    const values = [5, 40, 0.5, 3_000];
    const normalised = logNormalise(values);
    const reversed = logNormalise([...values].reverse()).reverse();
    normalised.forEach((value, i) => expect(value).toBeCloseTo(reversed[i]!, 12));
    const base10 = values.map((v) => (100 * (Math.log10(v) - Math.log10(0.5))) / (Math.log10(3_000) - Math.log10(0.5)));
    normalised.forEach((value, i) => expect(value).toBeCloseTo(base10[i]!, 10));
  });

  it('refuses what a logarithm cannot take', () => {
    expect(logNormalise([])).toEqual([]);
    expect(() => logNormalise([0, 10])).toThrow(RangeError);
    expect(() => logNormalise([-1, 10])).toThrow(RangeError);
    expect(() => logNormalise([7, 7])).toThrow(/two different values/);
  });
});

describe('the index and its ranks', () => {
  it('averages the four components with equal weights', () => {
    expect(b2cIndex({ internetUse: 95, accountOwnership: 100, secureServers: 98, postalReliability: 93 })).toBe(96.5);
  });

  it('ranks the highest first, ties sharing a rank and the next rank skipping ("1224")', () => {
    expect(competitionRanks([50, 90, 70, 70, 10])).toEqual([4, 1, 2, 2, 5]);
    expect(competitionRanks([[70, 1], [70, 2], [70, 2], [80, 0]])).toEqual([4, 2, 2, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('ranks on a published index first and breaks its ties with the mean of the components', () => {
    // Finland and the United Kingdom, both printed 94.4 in 2019: Finland's components average 94.5.
    const scores = scoreEdition([
      { internetUse: 95, accountOwnership: 96, secureServers: 88, postalReliability: 98, publishedIndex: 94.4 },
      { internetUse: 94, accountOwnership: 100, secureServers: 90, postalReliability: 94, publishedIndex: 94.4 },
      { internetUse: 95, accountOwnership: 100, secureServers: 98, postalReliability: 93, publishedIndex: 96.4 },
    ]);
    expect(scores.map((s) => s.rank)).toEqual([3, 2, 1]);
    expect(scores[0]!.indexValue).toBe(94.25);
  });

  it('ranks on the computed index, unrounded, when none was published', () => {
    const scores = scoreEdition([
      { internetUse: 50.04, accountOwnership: 50, secureServers: 50, postalReliability: 50, publishedIndex: null },
      { internetUse: 50.02, accountOwnership: 50, secureServers: 50, postalReliability: 50, publishedIndex: null },
    ]);
    expect(scores.map((s) => s.rank)).toEqual([1, 2]);
  });
});

describe('group means', () => {
  it('are unweighted means of each component and of the index, per group', () => {
    const means = groupMeans([
      { internetUse: 10, accountOwnership: 20, secureServers: 30, postalReliability: 40, index: 25, groups: ['001', 'a'] },
      { internetUse: 30, accountOwnership: 40, secureServers: 50, postalReliability: 60, index: 45, groups: ['001', 'b'] },
      { internetUse: 50, accountOwnership: 60, secureServers: 70, postalReliability: 80, index: 65, groups: ['001', 'b'] },
    ]);
    const world = { group: '001', economies: 3, internetUse: 30, accountOwnership: 40, secureServers: 50, postalReliability: 60, index: 45 };
    expect(means.get('001')).toEqual(world);
    expect(means.get('b')).toMatchObject({ economies: 2, internetUse: 40, index: 55 });
    expect(means.has('c')).toBe(false);
  });

  it('place a country in the world, its M49 areas, its UN groupings and UNCTAD development status', () => {
    const chad = { iso3: 'TCD', regionCode: '002', subregionCode: '202', intermediateRegionCode: '017', isLdc: 1, isLldc: 1, isSids: 0 };
    expect(groupsOfCountry(chad)).toEqual(['001', '002', '202', '017', 'ldc', 'lldc', 'developing']);
    expect(developmentStatus({ iso3: 'FRA', regionCode: '150' })).toBe('developed');
    expect(developmentStatus({ iso3: 'ISR', regionCode: '142' })).toBe('developed');
    expect(developmentStatus({ iso3: 'RUS', regionCode: '150' })).toBe('transition');
    expect(developmentStatus({ iso3: 'KOR', regionCode: '142' })).toBe('developing');
    expect(developmentStatus({ iso3: 'CYP', regionCode: '142' })).toBe('developing');
  });
});
