import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { itemCreator, itemStatusSetter, itemUpdater } from './commands.js';
import { FacetIndexCache, catalogueVersion } from './facet-index.js';
import { buildItem } from './factory.js';
import { findItemBySlug } from './queries.js';
import { searchCatalogue } from './search.js';

let db: TestDb;
const facets = new FacetIndexCache();

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const slug of ['bank', 'itu']) {
    const text = { en: { name: `${slug.toUpperCase()} organisation`, description: `The ${slug} partner.` } };
    await organisationCreator(db.db, buildOrganisation({ slug, text }));
  }
});
afterAll(() => db.destroy());

const found = async (q: string) =>
  (await searchCatalogue(db.db, facets, { q, types: ['solution', 'resource'], filters: {}, page: 1, pageSize: 20, locale: 'en' })).items.map((i) => i.slug);
const inTransaction = <T>(work: (trx: TestDb['db']) => Promise<T>) => db.db.transaction().execute(work);

describe('itemUpdater', () => {
  it('replaces fields, texts, taxonomy and search texts, keeping the id, and bumps the catalogue version', async () => {
    const seed = buildItem({
      slug: 'postal-course',
      organisations: ['bank', 'itu'],
      policyAreas: ['trade-logistics'],
      coverage: ['002', 'SEN'],
      languages: ['en', 'fr'],
      text: {
        en: { title: 'Postal course', summary: 'A course for postal operators.', description: 'Parcels.', eligibility: 'Open to anyone.' },
        fr: { title: 'Cours postal', summary: 'Un cours pour les opérateurs postaux.', description: 'Colis.', eligibility: 'Open to anyone.' },
      },
    });
    const id = await inTransaction((trx) => itemCreator(trx, seed));
    const created = await findItemBySlug(db.db, 'solution', 'postal-course', 'en');
    const version = await catalogueVersion(db.db);

    const slug = await inTransaction((trx) =>
      itemUpdater(trx, id, {
        ...seed,
        slug: 'customs-course',
        kind: 'training',
        cost: 'paid',
        organisations: ['itu'],
        policyAreas: ['legal-regulatory', 'payment-solutions'],
        coverage: ['142'],
        languages: ['en'],
        text: { en: { title: 'Customs course', summary: 'A course for customs officers.', description: 'Declarations.', eligibility: 'Open to anyone.' } },
      }),
    );
    expect(slug).toBe('customs-course');
    expect(Number(await catalogueVersion(db.db))).toBe(Number(version) + 1);
    const item = await findItemBySlug(db.db, 'solution', 'customs-course', 'en');
    expect(item).toMatchObject({
      id,
      kind: 'training',
      cost: 'paid',
      title: 'Customs course',
      organisations: [{ slug: 'itu' }],
      policyAreas: ['payment-solutions', 'legal-regulatory'],
      coverage: ['142'],
      languages: ['en'],
      locales: ['en'],
      createdAt: created!.createdAt,
    });
    expect(await findItemBySlug(db.db, 'solution', 'postal-course', 'en')).toBeUndefined();
    expect(await found('customs')).toEqual(['customs-course']);
    expect(await found('postal')).toEqual([]);
    expect(await found('colis')).toEqual([]);
  });

  it('keeps the slug when the one asked for is taken', async () => {
    await inTransaction((trx) => itemCreator(trx, buildItem({ slug: 'taken-slug' })));
    const id = await inTransaction((trx) => itemCreator(trx, buildItem({ slug: 'own-slug' })));
    expect(await inTransaction((trx) => itemUpdater(trx, id, buildItem({ slug: 'taken-slug' })))).toBe('own-slug');
    expect(await findItemBySlug(db.db, 'solution', 'own-slug', 'en')).toBeDefined();
  });

  it('refuses to change the type, an unknown organisation or a missing item, and writes nothing', async () => {
    const seed = buildItem({ slug: 'stays-a-solution', text: { en: { title: 'Stays a solution', summary: 'It stays.', description: '', eligibility: 'Open to anyone.' } } });
    const id = await inTransaction((trx) => itemCreator(trx, seed));
    const version = await catalogueVersion(db.db);
    await expect(inTransaction((trx) => itemUpdater(trx, id, { ...seed, type: 'resource', kind: 'report' }))).rejects.toThrow(/cannot become a resource/);
    await expect(inTransaction((trx) => itemUpdater(trx, id, { ...seed, organisations: ['nobody'] }))).rejects.toThrow(/unknown organisation/);
    await expect(inTransaction((trx) => itemUpdater(trx, 999_999, seed))).rejects.toThrow(/does not exist/);
    expect(await catalogueVersion(db.db)).toBe(version);
    expect((await findItemBySlug(db.db, 'solution', 'stays-a-solution', 'en'))?.title).toBe('Stays a solution');
  });
});

describe('itemStatusSetter', () => {
  it('hides and shows an item and bumps the version; a missing item is an error', async () => {
    const id = await inTransaction((trx) =>
      itemCreator(trx, buildItem({ slug: 'seasonal', text: { en: { title: 'Seasonal clinic', summary: 'Open in winter.', description: '', eligibility: 'Open to anyone.' } } })),
    );
    expect(await found('seasonal')).toEqual(['seasonal']);
    const version = Number(await catalogueVersion(db.db));
    await inTransaction((trx) => itemStatusSetter(trx, id, 'unpublished'));
    expect(Number(await catalogueVersion(db.db))).toBe(version + 1);
    expect(await found('seasonal')).toEqual([]);
    await inTransaction((trx) => itemStatusSetter(trx, id, 'published'));
    expect(await found('seasonal')).toEqual(['seasonal']);
    await expect(inTransaction((trx) => itemStatusSetter(trx, 999_999, 'archived'))).rejects.toThrow(/does not exist/);
  });
});
