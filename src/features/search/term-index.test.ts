import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoContent, loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { docKey, searchIndexOf } from '../../db/search/index.js';
import { itemCreator } from '../catalogue/commands.js';
import { buildItem } from '../catalogue/factory.js';
import { matcher } from './score.js';
import { TermIndexCache } from './term-index.js';
import { type QueryClause, queryClauses } from './text.js';
import { searchChanged } from './version.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await loadDemoContent(db.db);
});
afterAll(() => db.destroy());

const sorted = (keys: Int32Array) => [...new Set(keys)].sort((a, b) => a - b);
const token = (stem: string): QueryClause[] => [{ alternatives: [[{ stems: [stem], prefix: null }]], typed: stem }];
const prefix = (start: string): QueryClause[] => [{ alternatives: [[{ stems: [], prefix: start }]], typed: start }];

describe("the app's term index", () => {
  it('finds exactly what the database finds: tokens, beginnings, synonym groups, typos and typed queries', async () => {
    const index = await new TermIndexCache().get(db.db);
    const terms: string[] = [];
    for await (const [term] of (await searchIndexOf(db.db).postings(db.db)).terms) terms.push(term);
    expect(terms.length).toBeGreaterThan(1000);
    // Every third token and every third three-letter beginning (all of them cost PostgreSQL 11 s).
    const tokens = terms.sort().filter((_, i) => i % 3 === 0);
    const beginnings = [...new Set(terms.filter((t) => t.length >= 3).map((t) => t.slice(0, 3)))].filter((_, i) => i % 3 === 1);
    const queries: QueryClause[][] = [
      ...tokens.map(token),
      ...beginnings.map(prefix),
      ...['youth', 'Kituyi', 'mobile money', 'mobile mony', 'e-commerce', 'cyber', 'SMEs', 'single window', 'commerce électronique', 'pagos digitales', 'women entrepreneurs',
        'logistics customs', 'e-signature', 'data protection', 'e-waste', 'ventanilla única', 'trade facilitation Senegal', 'zzzz'].map(queryClauses),
    ];
    let nonEmpty = 0;
    for (const clauses of queries) {
      const expected = sorted(await searchIndexOf(db.db).matchKeys(db.db, clauses));
      expect(sorted(index.matchKeys(clauses)), JSON.stringify(clauses)).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(tokens.length);
  });

  it('keeps a key once per matching text, as the database does', async () => {
    const index = await new TermIndexCache().get(db.db);
    const clauses = queryClauses('guichet unique');
    expect(index.matchKeys(clauses).length).toBe((await searchIndexOf(db.db).matchKeys(db.db, clauses)).length);
  });

  it('is rebuilt when the catalogue or the other searched documents change, and kept while they do not', async () => {
    const cache = new TermIndexCache();
    const before = await cache.get(db.db);
    expect(await cache.get(db.db)).toBe(before);
    const clauses = queryClauses('quokkafication');
    expect(before.matchKeys(clauses)).toHaveLength(0);

    const id = await itemCreator(db.db, buildItem({ slug: 'quokka-guide', text: { en: { title: 'Quokkafication guide', summary: 'A test.', description: 'Test.', eligibility: 'Anyone.' } } }));
    const afterItem = await cache.get(db.db);
    expect(afterItem).not.toBe(before);
    expect(sorted(afterItem.matchKeys(clauses))).toEqual([docKey('solution', id)]);

    await db.db.transaction().execute((trx) => searchChanged(trx));
    const afterOthers = await cache.get(db.db);
    expect(afterOthers).not.toBe(afterItem);
    expect(afterOthers.version).not.toBe(afterItem.version);
  });

  it('lets the database answer inside a transaction, and keeps nothing of what it rolled back', async () => {
    const cache = new TermIndexCache();
    const clauses = queryClauses('wombatisation');
    await expect(
      db.db.transaction().execute(async (trx) => {
        const id = await itemCreator(trx, buildItem({ slug: 'wombat-guide', text: { en: { title: 'Wombatisation guide', summary: 'A test.', description: 'Test.', eligibility: 'Anyone.' } } }));
        expect(sorted(await matcher(trx, cache)(clauses))).toEqual([docKey('solution', id)]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await matcher(db.db, cache)(clauses)).toHaveLength(0);
  });
});
