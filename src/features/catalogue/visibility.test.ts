import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogueFixtures } from '../../../tests/helpers/catalogue-fixtures.js';
import { type TestHub, createTestHub } from '../../../tests/helpers/test-app.js';
import { type ItemStatus, itemCreator, itemStatusSetter } from './commands.js';
import { FacetIndexCache } from './facet-index.js';
import { buildItem } from './factory.js';
import { findItemBySlug, itemSummaries, relatedItemIds } from './queries.js';
import { type CatalogueQuery, searchCatalogue } from './search.js';

/**
 * Only published items are public: an unpublished or archived item leaves search, facets, its page,
 * related items, the feeds, the sitemap and the partner, country and policy area pages, and comes back
 * when published again.
 */

let hub: TestHub;
const ids: Record<string, number> = {};

beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  await seedCatalogueFixtures(hub.db.db);
  // A published neighbour of mobile-money-fund (same partner, same policy area), so it has related items.
  await itemCreator(
    hub.db.db,
    buildItem({
      slug: 'payments-clinic',
      organisations: ['pay-fund'],
      policyAreas: ['payment-solutions'],
      text: { en: { title: 'Payments clinic', summary: 'Advice on payment rules for small shops.', description: 'Clinic.', eligibility: 'Open to anyone.' } },
    }),
  );
  for (const row of await hub.db.db.selectFrom('items').select(['id', 'slug']).execute()) ids[row.slug] = row.id;
});
afterAll(() => hub.close());

const facets = new FacetIndexCache();
const search = (q: Partial<CatalogueQuery> = {}) =>
  searchCatalogue(hub.db.db, facets, { types: ['solution', 'resource'], filters: {}, page: 1, pageSize: 100, locale: 'en', ...q });
const slugs = async (q: Partial<CatalogueQuery>) => (await search(q)).items.map((i) => i.slug);

async function setStatus(slug: string, status: ItemStatus) {
  await hub.db.db.transaction().execute((trx) => itemStatusSetter(trx, ids[slug]!, status));
  // Pages write through the response cache's clear(); here the test stands in for them.
  hub.responseCache.clear();
}

async function text(path: string) {
  const res = await hub.get(path);
  return { status: res.status, body: await res.text() };
}

async function expectPublic(visible: boolean) {
  const money = ids['mobile-money-fund']!;
  expect(await slugs({ q: 'mobile money' })).toEqual(visible ? ['mobile-money-fund'] : []);
  expect((await slugs({ filters: { organisation: 'pay-fund' } })).sort()).toEqual(
    visible ? ['mobile-money-fund', 'payments-clinic', 'payments-dataset'] : ['payments-clinic'],
  );
  const all = await search();
  expect(all.facets.cost.find((f) => f.value === 'paid')?.count).toBe(visible ? 1 : undefined);
  expect(all.facets.type.find((f) => f.value === 'resource')?.count).toBe(visible ? 3 : 2);
  expect(all.facets.kind.some((f) => f.value === 'dataset')).toBe(visible);
  expect(all.facets.organisation.find((f) => f.value === 'pay-fund')?.count).toBe(visible ? 3 : 1);
  expect((await slugs({ filters: { country: 'SEN' } })).includes('mobile-money-fund')).toBe(visible);
  expect((await slugs({ types: ['solution'], sort: 'title' })).includes('mobile-money-fund')).toBe(visible);

  expect((await findItemBySlug(hub.db.db, 'solution', 'mobile-money-fund', 'en')) !== undefined).toBe(visible);
  expect((await findItemBySlug(hub.db.db, 'resource', 'payments-dataset', 'en')) !== undefined).toBe(visible);
  expect((await itemSummaries(hub.db.db, [money], 'en')).length).toBe(visible ? 1 : 0);
  expect((await relatedItemIds(hub.db.db, { id: ids['payments-clinic']!, type: 'solution' })).includes(money)).toBe(visible);

  expect((await text('/solutions/mobile-money-fund')).status).toBe(visible ? 200 : 404);
  expect((await text('/resources/payments-dataset')).status).toBe(visible ? 200 : 404);
  expect((await text('/api/v1/solutions/mobile-money-fund')).status).toBe(visible ? 200 : 404);
  const clinic = await hub.get('/api/v1/solutions/payments-clinic');
  const related = ((await clinic.json()) as { data: { related: { slug: string }[] } }).data.related.map((r) => r.slug);
  expect(related.includes('mobile-money-fund')).toBe(visible);
  expect((await text('/api/v1/search?q=mobile+money')).body.includes('mobile-money-fund')).toBe(visible);

  const feed = (await text('/solutions.atom?lang=en')).body;
  expect(feed.includes('/solutions/mobile-money-fund')).toBe(visible);
  // Still a full feed: the hidden item's place goes to the next published one.
  expect(feed.match(/<entry>/g)).toHaveLength(50);
  expect((await text('/resources.atom?lang=en')).body.includes('/resources/payments-dataset')).toBe(visible);
  const sitemap = (await text('/sitemap.xml')).body;
  expect(sitemap.includes('/solutions/mobile-money-fund')).toBe(visible);
  expect(sitemap.includes('/resources/payments-dataset')).toBe(visible);
  expect(sitemap.includes('/solutions/payments-clinic')).toBe(true);

  for (const page of ['/organisations/pay-fund', '/countries/SEN', '/policy-areas/payment-solutions', '/solutions', '/search?q=mobile']) {
    expect((await text(page)).body.includes('/solutions/mobile-money-fund'), page).toBe(visible);
  }
}

describe('only published items are public', () => {
  it('shows published items everywhere', async () => {
    await expectPublic(true);
  });

  it('hides an unpublished solution and an archived resource everywhere', async () => {
    await setStatus('mobile-money-fund', 'unpublished');
    await setStatus('payments-dataset', 'archived');
    await expectPublic(false);
    // The partner's page stays, with its other solution.
    expect((await text('/organisations/pay-fund')).body).toContain('/solutions/payments-clinic');
  });

  it('shows them again once published', async () => {
    await setStatus('mobile-money-fund', 'published');
    await setStatus('payments-dataset', 'published');
    await expectPublic(true);
  });
});
