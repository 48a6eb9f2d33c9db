import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { b2cReferenceFiles, publishedEdition } from '../../../tests/helpers/b2c-reference.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { importB2c } from './b2c-import.js';
import { b2cGroupMeans, b2cRanking, b2cTopAndBottom, countryB2cHistory, findB2cEdition, latestB2cEdition, listB2cEditions } from './queries.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const edition of [2019, 2020] as const) await importB2c(db.db, { file: b2cReferenceFiles[edition], edition, by: 'test' });
});
afterAll(() => db.destroy());

describe('B2C queries', () => {
  it('list the editions, newest first', async () => {
    const editions = await listB2cEditions(db.db);
    expect(editions.map(({ importedAt: _at, ...e }) => e)).toEqual([
      { edition: 2020, dataYear: 2019, methodVersion: 'unctad-b2c-2018', status: 'official', source: 'UNCTAD B2C E-commerce Index 2020', licence: null, economies: 152, indexOnly: false },
      { edition: 2019, dataYear: 2018, methodVersion: 'unctad-b2c-2018', status: 'official', source: 'UNCTAD B2C E-commerce Index 2019', licence: null, economies: 152, indexOnly: false },
    ]);
    expect(editions[0]!.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await latestB2cEdition(db.db))!.edition).toBe(2020);
    expect(await findB2cEdition(db.db, 2018)).toBeUndefined();
  });

  it('rank an edition, with the change since the previous one', async () => {
    const ranking = (await b2cRanking(db.db, 2020))!;
    expect(ranking).toHaveLength(152);
    expect(ranking.slice(0, 3).map((e) => [e.iso3, e.rank, e.publishedRank])).toEqual([
      ['CHE', 1, 1],
      ['NLD', 2, 2],
      ['DNK', 3, 3],
    ]);
    const ghana = ranking.find((e) => e.iso3 === 'GHA')!;
    expect(ghana).toMatchObject({ name: 'Ghana', index: 51.9, publishedIndex: 51.9, previousIndex: 42.8, previousRank: 97, publishedRank: 81 });
    // Against the 2019 edition as published; UNCTAD's own change (12.7) compares with revised 2019 figures.
    expect(ghana.change).toBeCloseTo(9.1, 10);
    expect(ghana.publishedChange).toBe(12.7);
    // The first edition has nothing to compare with.
    expect((await b2cRanking(db.db, 2019))!.every((e) => e.change === null && e.previousRank === null)).toBe(true);
    expect(await b2cRanking(db.db, 2018)).toBeUndefined();
  });

  it('filter by M49 area and by group, and sort by any column', async () => {
    const africa = (await b2cRanking(db.db, 2019, { region: '002' }))!;
    expect(africa.every((e) => e.groups.includes('002'))).toBe(true);
    expect(africa[0]!.iso3).toBe('MUS');
    expect((await b2cRanking(db.db, 2019, { region: '202' }))!.length).toBe(38);
    const ldcs = (await b2cRanking(db.db, 2019, { group: 'ldc' }))!;
    expect(ldcs.map((e) => e.iso3)).toContain('RWA');
    expect(ldcs.map((e) => e.iso3)).not.toContain('KEN');
    expect((await b2cRanking(db.db, 2019, { region: '002', group: 'lldc' }))!.every((e) => e.groups.includes('lldc') && e.groups.includes('002'))).toBe(true);

    const byPostal = (await b2cRanking(db.db, 2019, { sort: 'postalReliability' }))!;
    expect(byPostal[0]).toMatchObject({ iso3: 'IRL', postalReliability: 100 });
    const byPostalAscending = (await b2cRanking(db.db, 2019, { sort: 'postalReliability', order: 'asc' }))!;
    expect(byPostalAscending[0]!.postalReliability).toBe(0);
    const byName = (await b2cRanking(db.db, 2020, { sort: 'name', locale: 'fr' }))!;
    expect(byName.slice(0, 3).map((e) => e.name)).toEqual(['Afghanistan', 'Afrique du Sud', 'Albanie']);
    const byChange = (await b2cRanking(db.db, 2020, { sort: 'change' }))!;
    expect(byChange[0]!.change!).toBeGreaterThan(byChange[1]!.change! - 1e-9);
  });

  it('give the means of every area and group of an edition, world first', async () => {
    const means = (await b2cGroupMeans(db.db, 2020))!;
    expect(means[0]).toMatchObject({ group: '001', economies: 152 });
    const groups = means.map((m) => m.group);
    expect(groups.indexOf('002')).toBeLessThan(groups.indexOf('202'));
    expect(groups.slice(-6)).toEqual(['ldc', 'lldc', 'sids', 'developed', 'developing', 'transition']);
    const world = publishedEdition(2020);
    expect(means[0]!.index).toBeCloseTo(world.reduce((sum, e) => sum + e.index, 0) / world.length, 10);
  });

  it('give the top and bottom economies', async () => {
    const { top, bottom } = (await b2cTopAndBottom(db.db, 2019, 3))!;
    expect(top.map((e) => e.iso3)).toEqual(['NLD', 'CHE', 'SGP']);
    expect(bottom.map((e) => e.iso3)).toEqual(['BDI', 'TCD', 'NER']);
  });

  it('give a country’s values over the editions with its region’s and groups’ means', async () => {
    const history = await countryB2cHistory(db.db, 'rwa');
    expect(history.map((h) => [h.edition, h.publishedRank, h.index])).toEqual([
      [2019, 121, 30.9],
      [2020, 124, 28.3],
    ]);
    const groups = history[0]!.comparisons.map((c) => c.group);
    expect(groups).toEqual(['001', '002', '202', '014', 'ldc', 'lldc', 'developing']);
    expect(history[0]!.comparisons[0]!.economies).toBe(152);
    expect(history[0]!.economies).toBe(152);
    expect(await countryB2cHistory(db.db, 'FRO')).toEqual([]);
  });
});
