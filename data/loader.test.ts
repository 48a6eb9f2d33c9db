import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organisationCreator } from '../src/features/organisations/commands.js';
import { buildOrganisation } from '../src/features/organisations/factory.js';
import { type TestDb, createTestDb } from '../tests/helpers/test-db.js';
import { demoCatalogue } from './demo/catalogue/index.js';
import { report2017Items } from './demo/catalogue/report-2017.js';
import { policyAreaSlugs } from '../src/features/policy-areas/policy-areas.js';
import { demoOrganisations } from './demo/organisations.js';
import { allDemoOrganisations, isEmpty, loadDemoContent, loadReferenceData } from './loader.js';

let db: TestDb;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(() => db.destroy());

const count = async (table: 'organisations' | 'organisationTexts' | 'countries') =>
  Number((await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('reference data', () => {
  it('loads every country and can run at every start without change', async () => {
    expect(await loadReferenceData(db.db)).toBe(249);
    expect(await loadReferenceData(db.db)).toBe(249);
    expect(await count('countries')).toBe(249);
  });
});

describe('demo content', () => {
  beforeEach(() => loadReferenceData(db.db));

  it('fills an empty hub with at least sixty partners, each in three languages', async () => {
    expect(await isEmpty(db.db)).toBe(true);
    const report = await loadDemoContent(db.db);
    expect(report.added.organisations).toBe(allDemoOrganisations.length);
    expect(allDemoOrganisations.length).toBeGreaterThanOrEqual(60);
    expect(await isEmpty(db.db)).toBe(false);
    expect(await count('organisationTexts')).toBe(allDemoOrganisations.length * 3);
  });

  it('changes nothing when loaded again', async () => {
    await loadDemoContent(db.db);
    const before = await db.db.selectFrom('organisations').select(['slug', 'updatedAt']).orderBy('slug').execute();
    const again = await loadDemoContent(db.db);
    expect(Object.entries(again.added).filter(([, n]) => n !== 0)).toEqual([]);
    expect(again.kept.catalogue).toBe(demoCatalogue.length);
    expect(again.kept.organisations).toBe(allDemoOrganisations.length);
    expect(await db.db.selectFrom('organisations').select(['slug', 'updatedAt']).orderBy('slug').execute()).toEqual(before);
  });

  it('keeps partners that are already there and adds the rest', async () => {
    await organisationCreator(db.db, buildOrganisation({ slug: 'unctad', text: { en: { name: 'Edited by the secretariat', description: 'x' } } }));
    const report = await loadDemoContent(db.db);
    expect(report.kept.organisations).toBe(1);
    const name = await db.db.selectFrom('organisationTexts').select('name').where('locale', '=', 'en').where('name', '=', 'Edited by the secretariat').execute();
    expect(name).toHaveLength(1);
  });

  it('writes all or nothing', async () => {
    await db.db.deleteFrom('countries').where('iso3', '=', 'CHE').execute(); // many partners have their seat in Switzerland
    await expect(loadDemoContent(db.db)).rejects.toThrow();
    expect(await count('organisations')).toBe(0);
  });
});

describe('demo catalogue', () => {
  it('loads at least 150 items, at least 15 in every policy area, each linked to its partners and sourced', async () => {
    await loadReferenceData(db.db);
    const report = await loadDemoContent(db.db);
    expect(report.added.catalogue).toBe(demoCatalogue.length);
    expect(demoCatalogue.length).toBeGreaterThanOrEqual(150);
    for (const area of policyAreaSlugs) expect(demoCatalogue.filter((i) => i.policyAreas.includes(area)).length, area).toBeGreaterThanOrEqual(15);
    expect(new Set(demoCatalogue.map((i) => `${i.type}/${i.slug}`)).size).toBe(demoCatalogue.length);
    for (const item of demoCatalogue) {
      expect(item.source.trim().length, item.slug).toBeGreaterThan(10);
      expect(item.organisations.length, item.slug).toBeGreaterThan(0);
      expect(item.text.en?.summary.length, item.slug).toBeLessThanOrEqual(220);
    }
    // The items the E-Commerce Week 2017 report describes cite it.
    for (const item of report2017Items) expect(item.source, item.slug).toMatch(/E-Commerce Week 2017/);
    const links = await db.db.selectFrom('itemOrganisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(links.n)).toBeGreaterThanOrEqual(demoCatalogue.length);
  });
});

describe('demo partners', () => {
  it('are complete, unique, sourced (those of the 2017 report cite it) and use known codes', async () => {
    await loadReferenceData(db.db);
    const countries = new Set((await db.db.selectFrom('countries').select('iso3').execute()).map((c) => c.iso3));
    expect(new Set(allDemoOrganisations.map((o) => o.slug)).size).toBe(allDemoOrganisations.length);
    for (const o of demoOrganisations) expect(o.source, o.slug).toMatch(/E-Commerce Week 2017/);
    for (const o of allDemoOrganisations) {
      expect(o.slug, o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Object.keys(o.text).sort(), o.slug).toEqual(['en', 'es', 'fr']);
      expect(o.policyAreas.length, o.slug).toBeGreaterThan(0);
      expect(o.source.trim().length, o.slug).toBeGreaterThan(10);
      if (o.hqCountry) expect(countries.has(o.hqCountry), o.slug).toBe(true);
      if (o.website) expect(o.website, o.slug).toMatch(/^https:\/\//);
    }
  });
});
