import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyAreaSlugs } from '../../src/features/policy-areas/policy-areas.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

async function json(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, body: (await res.json()) as any, res };
}

describe('GET /api/v1/policy-areas', () => {
  it('returns exactly the seven policy areas, in order, with stable slugs', async () => {
    const { status, body } = await json('/api/v1/policy-areas');
    expect(status).toBe(200);
    expect(body.data.map((a: any) => a.slug)).toEqual([...policyAreaSlugs]);
    expect(body.page).toEqual({ page: 1, pageSize: 7, total: 7, pages: 1 });
    expect(body.data[3]).toMatchObject({ slug: 'payment-solutions', position: 4, name: 'Payment solutions' });
    expect(body.data.every((a: any) => a.organisationCount > 0)).toBe(true);
  });

  it('speaks the language asked for', async () => {
    const fr = await json('/api/v1/policy-areas?lang=fr');
    expect(fr.body.data[6].name).toBe('Accès au financement');
    const es = await json('/api/v1/policy-areas', { 'Accept-Language': 'es-419,es;q=0.9' });
    expect(es.body.data[6].name).toBe('Acceso a la financiación');
  });

  it('rejects an unknown language with 400', async () => {
    const { status, body } = await json('/api/v1/policy-areas?lang=de');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ id: 'invalid_parameter', parameter: 'lang' });
  });
});

describe('GET /api/v1/organisations', () => {
  it('lists at least 30 demo partners, paginated', async () => {
    const { status, body } = await json('/api/v1/organisations?pageSize=100');
    expect(status).toBe(200);
    expect(body.page.total).toBeGreaterThanOrEqual(30);
    expect(body.data.length).toBe(body.page.total);
    const unctad = body.data.find((o: any) => o.slug === 'unctad');
    expect(unctad).toMatchObject({ acronym: 'UNCTAD', type: 'un-body', hqCountry: 'CHE', language: 'en', url: '/organisations/unctad' });
    expect(Object.keys(unctad).sort()).toEqual(
      ['acronym', 'activeIn', 'description', 'hqCountry', 'language', 'name', 'policyAreas', 'slug', 'sourceLanguage', 'type', 'url', 'website'].sort(),
    );
  });

  it('pages through the list without overlap', async () => {
    const first = await json('/api/v1/organisations?pageSize=10&page=1');
    const second = await json('/api/v1/organisations?pageSize=10&page=2');
    expect(first.body.page).toMatchObject({ page: 1, pageSize: 10 });
    expect(first.body.page.pages).toBe(Math.ceil(first.body.page.total / 10));
    const slugs = [...first.body.data, ...second.body.data].map((o: any) => o.slug);
    expect(new Set(slugs).size).toBe(20);
  });

  it('filters by type and by policy area', async () => {
    const banks = await json('/api/v1/organisations?type=development-bank&pageSize=100');
    expect(banks.body.data.length).toBeGreaterThan(0);
    expect(banks.body.data.every((o: any) => o.type === 'development-bank')).toBe(true);
    const payments = await json('/api/v1/organisations?policyArea=payment-solutions&pageSize=100');
    expect(payments.body.data.length).toBeGreaterThan(0);
    expect(payments.body.data.every((o: any) => o.policyAreas.includes('payment-solutions'))).toBe(true);
    const all = await json('/api/v1/organisations?pageSize=100');
    expect(payments.body.page.total).toBeLessThan(all.body.page.total);
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
    ['type=unknown', 'type'],
    ['policyArea=cooking', 'policyArea'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await json(`/api/v1/organisations?${query}`);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_parameter');
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toContain(parameter);
  });

  it('returns one organisation in the language asked for', async () => {
    const { status, body } = await json('/api/v1/organisations/unctad?lang=fr');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ slug: 'unctad', language: 'fr', languages: ['en', 'es', 'fr'] });
    expect(body.data.name).toContain('Conférence des Nations Unies sur le commerce et le développement');
    expect(body.data.source).toMatch(/E-Commerce Week 2017/);
  });

  it('answers 404 JSON for an unknown slug', async () => {
    const { status, body } = await json('/api/v1/organisations/no-such-partner');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { id: 'not_found', message: expect.stringContaining('no-such-partner') } });
  });
});

describe('GET /api/v1/countries', () => {
  it('lists at least 240 countries and territories', async () => {
    const { status, body } = await json('/api/v1/countries');
    expect(status).toBe(200);
    expect(body.page.total).toBeGreaterThanOrEqual(240);
    expect(body.data.length).toBe(body.page.total);
  });

  it('knows that Chad is an LDC and France is not', async () => {
    const ldcs = await json('/api/v1/countries?group=ldc');
    const codes = ldcs.body.data.map((c: any) => c.iso3);
    expect(codes).toContain('TCD');
    expect(codes).not.toContain('FRA');
    expect(ldcs.body.page.total).toBe(44);
    const chad = await json('/api/v1/countries/TCD');
    expect(chad.body.data).toMatchObject({ iso3: 'TCD', iso2: 'TD', m49: '148', name: 'Chad', groups: ['ldc', 'lldc'] });
    expect(chad.body.data.region).toEqual({ code: '002', name: 'Africa' });
    const france = await json('/api/v1/countries/fra');
    expect(france.body.data.groups).toEqual([]);
  });

  it('filters by region and group together', async () => {
    const { body } = await json('/api/v1/countries?region=009&group=sids');
    expect(body.data.length).toBeGreaterThan(10);
    expect(body.data.every((c: any) => c.region.code === '009' && c.groups.includes('sids'))).toBe(true);
  });

  it('lists the partners active in a country (worldwide, regional or national)', async () => {
    const { body } = await json('/api/v1/countries/SEN');
    const slugs = body.data.partners.map((p: any) => p.slug);
    expect(slugs).toContain('unctad');
    expect(slugs).not.toContain('asean'); // ASEAN works in South-eastern Asia only
    const indonesia = await json('/api/v1/countries/IDN');
    expect(indonesia.body.data.partners.map((p: any) => p.slug)).toContain('asean');
  });

  it.each([
    ['group=xyz', 'group'],
    ['region=999', 'region'],
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await json(`/api/v1/countries?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ id: 'invalid_parameter', parameter });
  });

  it('answers 404 for an unknown ISO code and 400 for a malformed one', async () => {
    expect((await json('/api/v1/countries/XYZ')).status).toBe(404);
    const bad = await json('/api/v1/countries/12345');
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('iso3');
  });
});

describe('the demo catalogue through the API', () => {
  it('lists the cybercrime assessment toolkit among the first two results for "cybercrime"', async () => {
    const { status, body } = await json('/api/v1/solutions?q=cybercrime');
    expect(status).toBe(200);
    expect(body.data.slice(0, 2).map((i: any) => i.slug)).toContain('cybercrime-assessment-toolkit');
    const byPolicyArea = body.facets.policyArea.find((f: any) => f.value === 'legal-regulatory');
    expect(byPolicyArea.count).toBeLessThanOrEqual(body.page.total);
  });

  it('finds French words in French texts', async () => {
    const { body } = await json('/api/v1/search?q=cybercriminalit%C3%A9&lang=fr');
    expect(body.data.map((i: any) => i.slug)).toContain('cybercrime-assessment-toolkit');
    expect(body.data.find((i: any) => i.slug === 'cybercrime-assessment-toolkit').language).toBe('fr');
  });

  it('filters LDC-relevant payment solutions and counts the facets for that query', async () => {
    const { body } = await json('/api/v1/search?group=ldc&pageSize=100');
    const total = body.page.total;
    const typeSum = body.facets.type.reduce((sum: number, f: any) => sum + f.count, 0);
    expect(typeSum).toBe(total);
    expect(total).toBeGreaterThan(0);
  });
});

describe('the OpenAPI document', () => {
  it('describes every endpoint from the same schemas', async () => {
    const { status, body } = await json('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/v1/assessments/{id}',
        '/api/v1/b2c',
        '/api/v1/b2c/{edition}',
        '/api/v1/countries',
        '/api/v1/countries/{iso3}',
        '/api/v1/countries/{iso3}/actions',
        '/api/v1/countries/{iso3}/assessments',
        '/api/v1/events',
        '/api/v1/events/{slug}',
        '/api/v1/events/{slug}/figures',
        '/api/v1/events/{slug}/outcomes',
        '/api/v1/indicators',
        '/api/v1/indicators/{code}/observations',
        '/api/v1/organisations',
        '/api/v1/organisations/{slug}',
        '/api/v1/policy-areas',
        '/api/v1/policy-areas/{slug}',
        '/api/v1/requests',
        '/api/v1/requests/{id}',
        '/api/v1/requests/{id}/matches',
        '/api/v1/resources',
        '/api/v1/resources/{slug}',
        '/api/v1/search',
        '/api/v1/solutions',
        '/api/v1/solutions/{slug}',
      ].sort(),
    );
    const params = body.paths['/api/v1/organisations'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['type', 'policyArea', 'page', 'pageSize']));
    const pageSize = body.paths['/api/v1/organisations'].get.parameters.find((p: any) => p.name === 'pageSize');
    expect(pageSize.schema.maximum).toBe(100);
    expect(body.components.schemas.Organisation.properties.policyAreas).toBeDefined();
  });
});
