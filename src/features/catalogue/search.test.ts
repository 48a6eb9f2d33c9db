import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { loadReferenceData } from '../../../data/loader.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { itemCreator } from './commands.js';
import { FacetIndexCache } from './facet-index.js';
import { buildItem } from './factory.js';
import { type CatalogueQuery, searchCatalogue } from './search.js';
import type { ItemSeed } from './types.js';

/**
 * The shared table of search cases: the same catalogue and the same expectations on SQLite
 * (FTS5) and PostgreSQL (tsvector), so both engines keep the same semantics.
 */
const t = (en: string, summary = '', extra: Partial<ItemSeed['text']> = {}) => ({
  en: { title: en, summary: summary || `${en}.`, description: `${en}. ${summary}`, eligibility: 'Open to anyone.' },
  ...extra,
});

const fixtures: ItemSeed[] = [
  buildItem({ slug: 'cyber-toolkit', kind: 'tool', organisations: ['bank'], policyAreas: ['legal-regulatory'], coverage: ['001'], publishedOn: '2016-05',
    text: t('Cybercrime Assessment Toolkit', 'Helps governments assess their capacity to fight cybercrime.') }),
  buildItem({ slug: 'cyber-strategy', kind: 'research', type: 'resource', organisations: ['itu'], policyAreas: ['legal-regulatory', 'ict-infrastructure'], coverage: ['001'], publishedOn: '2017-04',
    text: t('National Cybersecurity Strategy Guide', 'A guide to writing national cybersecurity strategies.') }),
  buildItem({ slug: 'postal-guide', kind: 'guide', type: 'resource', organisations: ['upu'], policyAreas: ['trade-logistics'], beneficiaries: ['postal-operators'], coverage: ['002'], publishedOn: '2017-01',
    text: t('E-commerce Guide for Posts', 'How postal operators take part in e-commerce.') }),
  buildItem({ slug: 'single-window', kind: 'guide', type: 'resource', organisations: ['itu'], policyAreas: ['trade-logistics'], beneficiaries: ['customs-border-agencies'], coverage: ['011'], languages: ['en', 'fr'], publishedOn: '2016-11',
    text: t('Single Window Implementation Guide', 'Practical steps to plan and roll out a single window.', {
      fr: { title: 'Guide de mise en œuvre du guichet unique', summary: 'Étapes pratiques pour planifier et déployer un guichet unique électronique.', description: 'Guichet unique.', eligibility: 'Open to anyone.' },
    }) }),
  buildItem({ slug: 'readiness', kind: 'technical-assistance', organisations: ['bank', 'itu'], policyAreas: ['readiness-assessment'], coverage: ['ldc'], languages: ['en', 'fr', 'es'], publishedOn: '2017-04',
    text: t('eTrade Readiness Assessments', 'Assessments of how ready least developed countries are for e-commerce.', {
      es: { title: 'Evaluaciones del estado de preparación', summary: 'Evaluaciones sobre el comercio electrónico y los pagos digitales.', description: 'Pagos.', eligibility: 'Open to anyone.' },
    }) }),
  buildItem({ slug: 'payments-asia', kind: 'financing', cost: 'paid', organisations: ['bank'], policyAreas: ['payment-solutions', 'access-to-financing'], coverage: ['142'], beneficiaries: ['msmes'],
    text: t('Mobile payments fund for Asia', 'Grants for mobile money and digital payment start-ups.') }),
  buildItem({ slug: 'cambodia', kind: 'report', type: 'resource', organisations: ['bank'], policyAreas: ['readiness-assessment'], coverage: ['KHM', '035'], publishedOn: '2017-03',
    text: t('Cambodia rapid assessment', 'Findings and an action matrix for Cambodia.') }),
  buildItem({ slug: 'reunion-training', kind: 'report', type: 'resource', organisations: ['upu'], policyAreas: ['skills-development'], coverage: ['REU'], publishedOn: '2015-06',
    text: t('Online trade training in Réunion', 'Courses for the island’s small online sellers.') }),
];

let db: TestDb;
const facets = new FacetIndexCache();

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const slug of ['bank', 'itu', 'upu']) {
    await organisationCreator(db.db, buildOrganisation({ slug, text: { en: { name: `${slug.toUpperCase()} organisation`, description: `The ${slug} partner.` } } }));
  }
  for (const item of fixtures) await itemCreator(db.db, item);
});
afterAll(() => db.destroy());

const search = (q: Partial<CatalogueQuery> = {}) =>
  searchCatalogue(db.db, facets, { types: ['solution', 'resource'], filters: {}, page: 1, pageSize: 20, locale: 'en', ...q });
const slugs = async (q: Partial<CatalogueQuery>) => (await search(q)).items.map((i) => i.slug);

describe('text search: the same matches on every database', () => {
  it.each<[string, string[], 'first' | 'exactly']>([
    ['cybercrime', ['cyber-toolkit'], 'exactly'],
    ['cyber', ['cyber-toolkit', 'cyber-strategy'], 'exactly'],
    ['assessment', ['readiness', 'cyber-toolkit', 'cambodia'], 'exactly'],
    ['Assessments', ['readiness', 'cyber-toolkit', 'cambodia'], 'exactly'],
    ['postal guide', ['postal-guide'], 'exactly'],
    ['the guide for posts', ['postal-guide'], 'exactly'],
    ['guichet unique', ['single-window'], 'exactly'],
    ['électroniques', ['single-window', 'readiness'], 'exactly'],
    ['electronique', ['single-window', 'readiness'], 'exactly'],
    ['pago', ['readiness'], 'exactly'],
    ['payments', ['payments-asia', 'readiness'], 'first'],
    ['CYBERSECURITY strategies', ['cyber-strategy'], 'exactly'],
  ])('%s', async (q, expected, how) => {
    const found = await slugs({ q });
    if (how === 'exactly') expect([...found].sort()).toEqual([...expected].sort());
    else expect(found[0]).toBe(expected[0]);
  });

  it('ranks a title match above a passing mention', async () => {
    expect((await slugs({ q: 'cybercrime assessment' }))[0]).toBe('cyber-toolkit');
  });

  it('ranks in the same order on every database (relevance is computed in the app)', async () => {
    // readiness: "Assessments" in its title and its summary (its title the shorter); the toolkit: in its
    // title, and "assess" in its summary; Cambodia: in its title only. The same list on SQLite and
    // PostgreSQL, whose engines used to score differently.
    expect(await slugs({ q: 'assessment' })).toEqual(['readiness', 'cyber-toolkit', 'cambodia']);
  });

  it.each(['"cybercrime', 'cybercrime*', 'NEAR(cybercrime toolkit)', 'cybercrime -toolkit', 'title:cybercrime', "cyber'crime", '(((', '*', '🙂', 'التجارة الإلكترونية', 'AND OR NOT', '\\', '%_', 'a'.repeat(200)])(
    'treats %s as words, never as syntax',
    async (q) => {
      const result = await search({ q });
      expect(Array.isArray(result.items)).toBe(true);
      expect(result.page.total).toBe(result.items.length);
    },
  );

  it('finds operator-looking words as words', async () => {
    expect(await slugs({ q: '"cybercrime" AND toolkit*' })).toEqual(['cyber-toolkit']);
  });
});

describe('filters and facets', () => {
  it('filters by policy area, kind, organisation, beneficiary, language and cost', async () => {
    expect((await slugs({ filters: { policyArea: 'trade-logistics' } })).sort()).toEqual(['postal-guide', 'single-window']);
    expect(await slugs({ filters: { kind: 'financing' } })).toEqual(['payments-asia']);
    expect((await slugs({ filters: { organisation: 'itu' } })).sort()).toEqual(['cyber-strategy', 'readiness', 'single-window']);
    expect(await slugs({ filters: { beneficiary: 'postal-operators' } })).toEqual(['postal-guide']);
    expect((await slugs({ filters: { language: 'fr' } })).sort()).toEqual(['readiness', 'single-window']);
    expect(await slugs({ filters: { cost: 'paid' } })).toEqual(['payments-asia']);
    expect((await slugs({ types: ['resource'] })).sort()).toEqual(['cambodia', 'cyber-strategy', 'postal-guide', 'reunion-training', 'single-window']);
  });

  it('a country matches items for it, its region and its groups; worldwide items are a value of their own', async () => {
    // Senegal: Western Africa (011), Sub-Saharan Africa, Africa (002), an LDC.
    expect((await slugs({ filters: { country: 'SEN' } })).sort()).toEqual(['postal-guide', 'readiness', 'single-window']);
    // Cambodia: Asia (142), an LDC, and its own report.
    expect((await slugs({ filters: { country: 'KHM' } })).sort()).toEqual(['cambodia', 'payments-asia', 'readiness']);
    expect(await slugs({ filters: { country: 'FRA' } })).toEqual([]);
    expect((await slugs({ filters: { country: '001' } })).sort()).toEqual(['cyber-strategy', 'cyber-toolkit']);
    // Réunion, a territory in Africa: only what names it, not Africa's items; nor does Senegal get its item.
    expect(await slugs({ filters: { country: 'REU' } })).toEqual(['reunion-training']);
    expect(await slugs({ filters: { country: 'ATA' } })).toEqual([]);
  });

  it('a region matches items inside it, a group items for it or its members', async () => {
    expect((await slugs({ filters: { region: '002' } })).sort()).toEqual(['postal-guide', 'reunion-training', 'single-window']);
    expect((await slugs({ filters: { region: '142' } })).sort()).toEqual(['cambodia', 'payments-asia']);
    expect((await slugs({ filters: { group: 'ldc' } })).sort()).toEqual(['cambodia', 'readiness']);
  });

  it('counts every facet for the current query, and the counts add up', async () => {
    const all = await search({});
    expect(all.page.total).toBe(fixtures.length);
    const byType = Object.fromEntries(all.facets.type.map((f) => [f.value, f.count]));
    expect(byType).toEqual({ solution: 3, resource: 5 });
    const guides = await search({ q: 'guide' });
    expect(guides.facets.policyArea.find((f) => f.value === 'trade-logistics')?.count).toBe(2);
    for (const facet of guides.facets.kind) expect(facet.count).toBeLessThanOrEqual(guides.page.total);
    const narrowed = await search({ q: 'guide', filters: { policyArea: 'trade-logistics' } });
    expect(narrowed.page.total).toBe(2);
    // A selected facet still shows the other values it could switch to.
    expect(narrowed.facets.policyArea.map((f) => f.value)).toContain('legal-regulatory');
    expect(narrowed.facets.policyArea.find((f) => f.value === 'trade-logistics')?.selected).toBe(true);
  });

  it('counts partners and countries by walking the result as intersecting each value’s set would', async () => {
    const index = await facets.get(db.db);
    for (const types of [['solution', 'resource'], ['resource']] as const) {
      for (const filter of [{}, { group: 'ldc' }, { region: '142' }, { region: '002' }, { policyArea: 'legal-regulatory' }] as const) {
        let within = index.all(types.length === 1 ? types[0] : undefined);
        for (const [f, value] of Object.entries(filter)) within = within.new_intersection(index.having(f as 'group', value));
        for (const facet of ['organisation', 'country'] as const) {
          const expected = new Map([...index.values[facet]].map(([value, set]) => [value, within.intersection_size(set)] as const).filter(([, n]) => n > 0));
          expect(index.counts(facet, within)).toEqual(expected);
        }
      }
    }
    // Worldwide items count once, as their own value, not for every country; a country's count is what
    // filtering by it finds, and a territory counts only what names it.
    const counts = index.counts('country', index.all());
    expect(counts.get('001')).toBe(2);
    expect(counts.has('FRA')).toBe(false);
    expect(counts.has('ATA')).toBe(false);
    expect(counts.get('REU')).toBe(1);
    for (const iso3 of ['SEN', 'KHM', 'REU', '001']) expect(counts.get(iso3), iso3).toBe((await search({ filters: { country: iso3 } })).page.total);
  });

  it('suggests which filter to drop when nothing matches', async () => {
    const result = await search({ q: 'cybercrime', filters: { policyArea: 'trade-logistics', cost: 'free' } });
    expect(result.page.total).toBe(0);
    expect(result.suggestions).toEqual([{ facet: 'policyArea', value: 'trade-logistics', total: 1 }]);
  });
});

describe('memory', () => {
  it('keeps every bitset of the facet index and of a cached match at the size of the catalogue, not doubled', async () => {
    const index = await facets.get(db.db);
    const words = Math.ceil(index.size / 32);
    for (const map of Object.values(index.values)) for (const set of map.values()) expect(set.words.length).toBe(words);
    await search({ q: 'cyber' });
    const cached = await index.matches('never asked', async () => new Int32Array(0));
    expect(cached.words.length).toBe(words);
  });
});

describe('order and pages', () => {
  it('sorts by relevance, newest or title, in the reader’s language', async () => {
    expect((await search({ q: 'cyber' })).sort).toBe('relevance');
    expect((await slugs({ types: ['resource'], sort: 'newest' }))[0]).toBe('cyber-strategy');
    expect(await slugs({ types: ['resource'], sort: 'title' })).toEqual(['cambodia', 'postal-guide', 'cyber-strategy', 'reunion-training', 'single-window']);
    // In French the single window is "Guide de mise en œuvre…", before "National…".
    expect(await slugs({ types: ['resource'], sort: 'title', locale: 'fr' })).toEqual(['cambodia', 'postal-guide', 'single-window', 'cyber-strategy', 'reunion-training']);
  });

  it('pages without overlap, and past the last page gives no items but the right total', async () => {
    const first = await slugs({ pageSize: 3, page: 1, sort: 'title' });
    const second = await slugs({ pageSize: 3, page: 2, sort: 'title' });
    expect(new Set([...first, ...second]).size).toBe(6);
    const past = await search({ page: 9, pageSize: 3 });
    expect(past.items).toEqual([]);
    expect(past.page).toEqual({ page: 9, pageSize: 3, total: 8, pages: 3 });
  });

  it('ranks only the newest matches when more match than relevance scores, then lists the rest newest first', async () => {
    // "assessment": readiness (2017-04), cambodia (2017-03), cyber-toolkit (2016-05).
    const unlimited = await slugs({ q: 'assessment' });
    expect(unlimited.at(-1)).not.toBe('cyber-toolkit'); // ranked on its own, it is not last
    const limited = await slugs({ q: 'assessment', rankLimit: 2 });
    expect(limited).toEqual([...unlimited.filter((s) => s !== 'cyber-toolkit'), 'cyber-toolkit']);
    expect(await slugs({ q: 'assessment', rankLimit: 2, pageSize: 2, page: 2 })).toEqual(['cyber-toolkit']);
    expect(await slugs({ q: 'assessment', rankLimit: 2, pageSize: 1, page: 2 })).toEqual([limited[1]]);
    expect((await search({ q: 'assessment', rankLimit: 2, pageSize: 2, page: 2 })).page.total).toBe(3);
  });

  it('marks the words that matched in the snippet', async () => {
    const [item] = (await search({ q: 'cybercrime' })).items;
    expect(item!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['cybercrime']);
  });

  it('sees a new item at once', async () => {
    await itemCreator(db.db, buildItem({ slug: 'late-cyber-course', kind: 'training', text: t('Cybercrime course for judges') }));
    expect((await slugs({ q: 'cybercrime' })).sort()).toEqual(['cyber-toolkit', 'late-cyber-course']);
  });
});
