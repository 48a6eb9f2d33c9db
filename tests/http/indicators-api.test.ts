import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/* GET /api/v1/indicators and /api/v1/indicators/:code/observations on a small file imported here. */

let hub: TestHub;

const csv = [
  'iso3,indicator,year,value,sex,source',
  'KEN,internet-users,2019,22.6,,ITU',
  'KEN,internet-users,2019,19.1,female,ITU',
  'KEN,internet-users,2019,26.0,male,ITU',
  'KEN,internet-users,2018,17.8,,ITU',
  'RWA,internet-users,2019,21.8,,ITU',
  'RWA,logistics-performance,2018,2.97,,',
].join('\n');

async function json(path: string, headers?: Record<string, string>) {
  const res = await hub.get(path, headers);
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  hub = await createTestHub({ demo: false });
  await importIndicators(hub.db.db, { file: { name: 'small.csv', content: new TextEncoder().encode(csv) }, by: 'test' });
}, 60_000);
afterAll(() => hub?.close());

describe('GET /api/v1/indicators', () => {
  it('lists each indicator with its names in the request’s language, unit, source, policy area, sex breakdown and count', async () => {
    const { status, body } = await json('/api/v1/indicators');
    expect(status).toBe(200);
    const internet = body.data.find((i: { code: string }) => i.code === 'internet-users');
    expect(internet).toEqual({
      code: 'internet-users',
      name: 'Individuals using the Internet',
      description: expect.stringContaining('last three months'),
      unit: 'percent',
      source: 'ITU, via World Bank World Development Indicators (IT.NET.USER.ZS)',
      licence: 'CC BY 4.0',
      policyArea: 'ict-infrastructure',
      hasSexBreakdown: true,
      hasRank: false,
      observations: 5,
      years: [2019, 2018],
      url: '/api/v1/indicators/internet-users/observations',
    });
    expect(body.data.find((i: { code: string }) => i.code === 'logistics-performance').observations).toBe(1);
    expect(body.data.find((i: { code: string }) => i.code === 'fixed-broadband').observations).toBe(0);
    const fr = await json('/api/v1/indicators?lang=fr');
    expect(fr.body.data.find((i: { code: string }) => i.code === 'internet-users').name).toBe('Personnes utilisant Internet');
    const es = await json('/api/v1/indicators', { 'Accept-Language': 'es' });
    expect(es.body.data.find((i: { code: string }) => i.code === 'internet-users').name).toBe('Personas que usan Internet');
  });
});

describe('GET /api/v1/indicators/:code/observations', () => {
  it('answers { data, page }, filtered by country, year and sex', async () => {
    const all = await json('/api/v1/indicators/internet-users/observations');
    expect(all.status).toBe(200);
    expect(all.body.page).toEqual({ page: 1, pageSize: 100, total: 5, pages: 1 });
    expect(all.body.data[0]).toEqual({ iso3: 'KEN', year: 2019, sex: expect.any(String), value: expect.any(Number), category: null, rank: null, source: 'ITU', licence: 'CC BY 4.0', note: null });
    const female = await json('/api/v1/indicators/internet-users/observations?country=ken&year=2019&sex=female');
    expect(female.body).toEqual({
      data: [{ iso3: 'KEN', year: 2019, sex: 'female', value: 19.1, category: null, rank: null, source: 'ITU', licence: 'CC BY 4.0', note: null }],
      page: { page: 1, pageSize: 100, total: 1, pages: 1 },
    });
    // A value without its own source carries its indicator's.
    expect((await json('/api/v1/indicators/logistics-performance/observations')).body.data[0]).toMatchObject({ iso3: 'RWA', source: 'World Bank, Logistics Performance Index', licence: 'CC BY 4.0' });
    const rwanda = await json('/api/v1/indicators/internet-users/observations?country=RWA');
    expect(rwanda.body.data.map((o: { value: number }) => o.value)).toEqual([21.8]);
    const paged = await json('/api/v1/indicators/internet-users/observations?pageSize=2&page=2');
    expect(paged.body.page).toEqual({ page: 2, pageSize: 2, total: 5, pages: 3 });
    expect(paged.body.data).toHaveLength(2);
    expect((await json('/api/v1/indicators/fixed-broadband/observations')).body).toEqual({ data: [], page: { page: 1, pageSize: 100, total: 0, pages: 1 } });
  });

  it('an unknown indicator is 404', async () => {
    const { status, body } = await json('/api/v1/indicators/no-such-thing/observations');
    expect(status).toBe(404);
    expect(body.error.id).toBe('not_found');
  });

  it.each([
    ['country=KE', 'country'],
    ['country=ZZZ', 'country'],
    ['year=twenty', 'year'],
    ['year=1066', 'year'],
    ['sex=other', 'sex'],
    ['pageSize=5000', 'pageSize'],
  ])('?%s is 400 naming %s', async (query, parameter) => {
    const { status, body } = await json(`/api/v1/indicators/internet-users/observations?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ id: 'invalid_parameter', parameter });
  });

  it('both endpoints are in the OpenAPI document', async () => {
    const { body } = await json('/api/v1/openapi.json');
    expect(body.paths['/api/v1/indicators']?.get).toBeDefined();
    expect(body.paths['/api/v1/indicators/{code}/observations']?.get?.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['code', 'country', 'year', 'sex', 'page', 'pageSize']),
    );
  });
});
