import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { keyType, searchIndexOf, searchIndexVersion } from '../../db/search/index.js';
import { itemCreator } from '../catalogue/commands.js';
import { buildItem } from '../catalogue/factory.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { queryClauses } from './text.js';
import { reindexIfStale } from './reindex.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await organisationCreator(db.db, buildOrganisation({ slug: 'upu', acronym: 'UPU', text: { en: { name: 'Universal Postal Union', description: 'Posts.' } } }));
  await itemCreator(
    db.db,
    buildItem({
      slug: 'postal-guide',
      organisations: ['upu'],
      text: {
        en: { title: 'E-commerce guide for posts', summary: 'Postal operators.', description: 'Parcels.', eligibility: 'Open to anyone.' },
        fr: { title: 'Guide du commerce électronique pour les postes', summary: 'Opérateurs postaux.', description: 'Colis.', eligibility: 'Open to anyone.' },
      },
    }),
  );
});
afterAll(() => db.destroy());

const found = async (q: string, type: 'solution' | 'organisation') => new Set([...(await searchIndexOf(db.db).matchKeys(db.db, queryClauses(q)))].filter((k) => keyType(k) === type)).size;

describe('reindexing a search index made by another version', () => {
  it('marks an empty database current, then leaves a current index alone', async () => {
    const fresh = await createTestDb();
    try {
      expect(await reindexIfStale(fresh.db)).toBe(0);
      expect(await reindexIfStale(fresh.db)).toBeUndefined();
    } finally {
      await fresh.destroy();
    }
  });

  it('rebuilds every document from its texts, in every language', async () => {
    await db.db.insertInto('hubMeta').values({ key: 'search_index_version', value: '1' }).execute();
    const index = searchIndexOf(db.db);
    for (const { id } of await db.db.selectFrom('items').select('id').execute()) await index.remove(db.db, 'solution', id);
    for (const { id } of await db.db.selectFrom('organisations').select('id').execute()) await index.remove(db.db, 'organisation', id);
    expect(await found('parcels', 'solution')).toBe(0);
    expect(await found('UPU', 'organisation')).toBe(0);

    expect(await reindexIfStale(db.db)).toBe(2);
    expect(await found('parcels', 'solution')).toBe(1);
    expect(await found('colis', 'solution')).toBe(1);
    expect(await found('UPU', 'organisation')).toBe(1);
    const { value } = await db.db.selectFrom('hubMeta').select('value').where('key', '=', 'search_index_version').executeTakeFirstOrThrow();
    expect(value).toBe(searchIndexVersion);
    expect(await reindexIfStale(db.db)).toBeUndefined();
  });
});
