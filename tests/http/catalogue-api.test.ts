import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueParamShape } from '../../src/features/catalogue/schema.js';
import { policyAreaSlugs } from '../../src/features/policy-areas/policy-areas.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { fixtures, resourceCount, seedCatalogueFixtures, solutionCount } from '../helpers/catalogue-fixtures.js';

/** The catalogue's JSON API on a catalogue built by the test itself (no demo content). */

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  await seedCatalogueFixtures(hub.db.db);
});
afterAll(() => hub.close());

async function json(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, body: (await res.json()) as any, res };
}
/** The catalogue items of a list (the site-wide search lists partners, events… beside them). */
const slugsOf = (body: any): string[] => body.data.filter((i: any) => i.slug).map((i: any) => i.slug);
const catalogueTotal = (body: any): number => (body.types ? sum(body.types.filter((t: any) => t.type === 'solution' || t.type === 'resource')) : body.page.total);
const sum = (counts: { count: number }[]) => counts.reduce((n, c) => n + c.count, 0);

describe('GET /api/v1/solutions, /resources and /search', () => {
  it('ranks the cybercrime toolkit first for q=cybercrime', async () => {
    const search = await json('/api/v1/search?q=cybercrime');
    expect(search.status).toBe(200);
    expect(slugsOf(search.body)).toEqual(['cybercrime-legislation-toolkit', 'cybersecurity-law-survey']);
    expect(search.body.data[0]).toMatchObject({ type: 'solution', title: 'Cybercrime Legislation Toolkit', url: '/solutions/cybercrime-legislation-toolkit' });
    expect(search.body.data[0].organisations).toEqual([{ slug: 'cyber-watch', name: 'Cybercrime Watch Network', acronym: null }]);
    const solutions = await json('/api/v1/solutions?q=cybercrime');
    expect(slugsOf(solutions.body)).toEqual(['cybercrime-legislation-toolkit']);
    const resources = await json('/api/v1/resources?q=cybercrime');
    expect(slugsOf(resources.body)).toEqual(['cybersecurity-law-survey']);
  });

  it('lists only its own type, newest first by default, in pages', async () => {
    const solutions = await json('/api/v1/solutions?pageSize=100');
    expect(solutions.body.page).toEqual({ page: 1, pageSize: 100, total: solutionCount, pages: 1 });
    expect(solutions.body.data.every((i: any) => i.type === 'solution' && i.url === `/solutions/${i.slug}`)).toBe(true);
    const resources = await json('/api/v1/resources');
    expect(resources.body.page).toEqual({ page: 1, pageSize: 20, total: resourceCount, pages: 1 });
    expect(resources.body.data.every((i: any) => i.type === 'resource')).toBe(true);
    // `type` means nothing on the type's own list
    expect((await json('/api/v1/solutions?type=resource')).body.page.total).toBe(solutionCount);

    const first = await json('/api/v1/solutions?pageSize=20&page=1');
    const third = await json('/api/v1/solutions?pageSize=20&page=3');
    expect(first.body.data).toHaveLength(20);
    expect(third.body.data).toHaveLength(solutionCount - 40);
    expect(new Set([...slugsOf(first.body), ...slugsOf(third.body)]).size).toBe(solutionCount - 20);
  });

  it('answers a page past the last with no data and the true totals', async () => {
    const { status, body } = await json('/api/v1/solutions?pageSize=20&page=4');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.page).toEqual({ page: 4, pageSize: 20, total: solutionCount, pages: 3 });
    expect(body.facets.policyArea).toContainEqual({ value: 'skills-development', count: 49 }); // facets still counted
    const search = await json('/api/v1/search?q=cybercrime&page=9');
    expect(search.body.data).toEqual([]);
    // The two items and the partner named after cybercrime.
    expect(search.body.page).toEqual({ page: 9, pageSize: 20, total: 3, pages: 1 });
  });

  it('searches both types and narrows with type, the type facet counting both', async () => {
    const all = await json('/api/v1/search?pageSize=100');
    expect(all.body.page.total).toBe(fixtures.length);
    expect(sum(all.body.facets.type)).toBe(all.body.page.total);
    expect(all.body.facets.type).toEqual([
      { value: 'solution', count: solutionCount },
      { value: 'resource', count: resourceCount },
    ]);
    const onlyResources = await json('/api/v1/search?type=resource');
    expect(onlyResources.body.page.total).toBe(resourceCount);
    expect(onlyResources.body.data.every((i: any) => i.type === 'resource')).toBe(true);
    expect(onlyResources.body.facets.type).toEqual(all.body.facets.type);
  });

  it('gives facet counts that agree with the totals', async () => {
    for (const path of ['/api/v1/search', '/api/v1/search?q=cyber', '/api/v1/solutions', '/api/v1/resources?cost=free']) {
      const { body } = await json(path);
      const total = catalogueTotal(body);
      // single-valued facets partition the results
      for (const facet of ['type', 'kind', 'cost']) expect(sum(body.facets[facet]), `${path} ${facet}`).toBe(total);
      expect(body.facets.policyArea.length).toBeGreaterThan(0);
      for (const { value, count } of body.facets.policyArea) {
        expect(policyAreaSlugs).toContain(value);
        const separator = path.includes('?') ? '&' : '?';
        const filtered = await json(`${path}${separator}policyArea=${value}`);
        // A policy area narrows every kind of result, and its count says what its link gives (partners and events included on /search).
        expect(filtered.body.page.total, `${path} policyArea=${value}`).toBe(count);
        expect(filtered.body.data.filter((i: any) => i.slug).every((i: any) => i.policyAreas.includes(value))).toBe(true);
      }
    }
  });

  it('keeps the other filters when counting a chosen one', async () => {
    const { body } = await json('/api/v1/search?policyArea=payment-solutions&cost=paid');
    expect(slugsOf(body)).toEqual(['mobile-money-fund']);
    expect(body.facets.cost).toEqual([
      { value: 'free', count: 1 },
      { value: 'paid', count: 1 },
    ]);
    expect(Object.keys(body.facets.cost[0])).toEqual(['value', 'count']);
    const senegal = await json('/api/v1/search?country=sen&pageSize=100');
    expect(slugsOf(senegal.body)).toContain('mobile-money-fund'); // national
    expect(slugsOf(senegal.body)).toContain('ldc-readiness'); // Senegal is an LDC
    expect(slugsOf(senegal.body)).not.toContain('payments-dataset'); // Asia only
  });

  it('names the partner organisations that match q', async () => {
    const { body } = await json('/api/v1/search?q=cybercrime&type=organisation');
    expect(body.data).toEqual([expect.objectContaining({ type: 'organisation', title: 'Cybercrime Watch Network', url: '/organisations/cyber-watch' })]);
    expect((await json('/api/v1/search?type=organisation')).body.data).toEqual([]);
    expect((await json('/api/v1/search?q=lab&type=organisation')).body.data.map((o: any) => o.url)).toEqual(['/organisations/trade-lab']);
  });

  it('speaks the language asked for, falling back to the source language', async () => {
    const fr = await json(`/api/v1/search?q=${encodeURIComponent('cybercriminalité')}&lang=fr`);
    expect(fr.body.data[0]).toMatchObject({ slug: 'cybercrime-legislation-toolkit', title: 'Boîte à outils sur la cybercriminalité', language: 'fr' });
    const es = await json('/api/v1/solutions?q=emprendedoras', { 'Accept-Language': 'fr' });
    expect(es.body.data[0]).toMatchObject({ slug: 'women-online', language: 'es', sourceLanguage: 'es' });
  });

  const tooLong = 'a'.repeat(201);
  it.each([
    [`q=${tooLong}`, 'q'],
    ['policyArea=x', 'policyArea'],
    ['kind=x', 'kind'],
    ['country=12', 'country'],
    ['group=x', 'group'],
    ['language=xx', 'language'],
    ['cost=x', 'cost'],
    ['sort=x', 'sort'],
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['type=x', 'type'],
    ['region=999', 'region'],
    ['beneficiary=x', 'beneficiary'],
    ['organisation=Not%20A%20Slug', 'organisation'],
    ['lang=de', 'lang'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    for (const path of ['/api/v1/search', '/api/v1/solutions', '/api/v1/resources']) {
      if (parameter === 'type' && path !== '/api/v1/search') continue;
      const { status, body } = await json(`${path}?${query}`);
      expect(status, `${path}?${query}`).toBe(400);
      expect(body.error).toMatchObject({ id: 'invalid_parameter', parameter });
      expect(body.error.message).toContain(parameter);
    }
  });

  it('accepts a q of exactly 200 characters', async () => {
    expect((await json(`/api/v1/search?q=${'a'.repeat(200)}`)).status).toBe(200);
  });

  it.each([
    '"cybercrime toolkit"',
    'cyber*',
    '*',
    '-cybercrime',
    '-',
    'cybercrime:toolkit',
    'title:cybercrime',
    ':',
    'NEAR',
    'NEAR(cybercrime toolkit, 2)',
    'cybercrime AND (toolkit OR laws) NOT survey',
    '(((',
    ')',
    '^cyber',
    "o'brien's",
    '\\',
    '%_%',
    '{}[]',
    '🙂 cybercrime 🔒',
    'الجريمة الإلكترونية',
    '网络犯罪',
    '&|!<>',
  ])('answers 200 for q=%s', async (q) => {
    const { status, body } = await json(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.data)).toBe(true);
    expect(sum(body.facets.type)).toBe(catalogueTotal(body));
    expect((await json(`/api/v1/solutions?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });

  it('refuses a control character in q with 400 and the error in JSON (web/middleware/clean-input.ts)', async () => {
    const { status, body } = await json(`/api/v1/search?q=${encodeURIComponent('a\u0000b')}`);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_parameter');
  });

  it('still finds the words around the symbols', async () => {
    expect(slugsOf((await json(`/api/v1/search?q=${encodeURIComponent('"cybercrime toolkit"')}`)).body)).toEqual(['cybercrime-legislation-toolkit']);
    expect(slugsOf((await json(`/api/v1/search?q=${encodeURIComponent('🙂 cybercrime 🔒')}`)).body)[0]).toBe('cybercrime-legislation-toolkit');
  });
});

describe('GET /api/v1/solutions/{slug} and /api/v1/resources/{slug}', () => {
  it('returns one item with its description and related items of the same type', async () => {
    const { status, body } = await json('/api/v1/solutions/ldc-readiness');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      type: 'solution',
      slug: 'ldc-readiness',
      title: 'Readiness assessments for LDCs',
      coverage: ['ldc'],
      source: 'Test data',
      languagesAvailable: ['en'],
      url: '/solutions/ldc-readiness',
    });
    expect(body.data.description).toContain('least developed countries');
    expect(body.data.related.length).toBeGreaterThan(0);
    for (const related of body.data.related) {
      expect(related.type).toBe('solution');
      expect(related.url).toBe(`/solutions/${related.slug}`);
      expect(related.slug).not.toBe('ldc-readiness');
      expect(related.title).toBeTruthy();
    }
  });

  it('returns the translation asked for', async () => {
    const { body } = await json('/api/v1/resources/single-window-guide?lang=fr');
    expect(body.data).toMatchObject({ type: 'resource', title: 'Guide du guichet unique', language: 'fr', languagesAvailable: ['en', 'fr'] });
    expect(body.data.related).toEqual([]);
  });

  it('answers 404 for an unknown slug or the other type', async () => {
    for (const path of ['/api/v1/solutions/no-such-item', '/api/v1/resources/no-such-item', '/api/v1/resources/ldc-readiness', '/api/v1/solutions/single-window-guide']) {
      const { status, body } = await json(path);
      expect(status, path).toBe(404);
      expect(body.error.id).toBe('not_found');
    }
    const bad = await json('/api/v1/solutions/Not_A_Slug');
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('slug');
  });
});

describe('the OpenAPI document', () => {
  it('lists the catalogue paths with their parameters', async () => {
    const { body } = await json('/api/v1/openapi.json');
    const names = (path: string) => body.paths[path].get.parameters.map((p: any) => p.name);
    const all = Object.keys(catalogueParamShape);
    expect(names('/api/v1/search').sort()).toEqual([...all, 'exact'].sort());
    for (const path of ['/api/v1/solutions', '/api/v1/resources']) expect(names(path).sort()).toEqual(all.filter((n) => n !== 'type').sort());
    for (const path of ['/api/v1/solutions/{slug}', '/api/v1/resources/{slug}']) {
      expect(body.paths[path].get.parameters).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'slug', in: 'path', required: true }), expect.objectContaining({ name: 'lang', in: 'query' })]),
      );
      expect(Object.keys(body.paths[path].get.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    }
    expect(body.paths['/api/v1/search'].get.tags).toEqual(['Search']);
    for (const path of ['/api/v1/solutions', '/api/v1/resources', '/api/v1/solutions/{slug}', '/api/v1/resources/{slug}']) {
      expect(body.paths[path].get.tags).toEqual(['Catalogue']);
      expect(body.paths[path].get.summary).toBeTruthy();
    }
    const q = body.paths['/api/v1/search'].get.parameters.find((p: any) => p.name === 'q');
    expect(q.schema.maxLength).toBe(200);
    expect(body.components.schemas.Item.properties.policyAreas).toBeDefined();
    expect(body.components.schemas.Facets.properties.policyArea).toBeDefined();
  });
});

/** A small well-formedness check and tree for the XML the hub writes (no DTDs, no namespaces resolved). */
