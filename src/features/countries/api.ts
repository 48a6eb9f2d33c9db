import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { offsetOf, pageInfo } from '../../lib/pagination.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { partnersForAreas } from '../organisations/queries.js';
import { presentCountry } from './present.js';
import { areasOf, findCountryByIso3, listCountries } from './queries.js';
import { CountryIsoParam, CountryListQuery, CountryListResponse, CountryQuery, CountryResponse } from './schema.js';

const listRoute = createRoute({
  method: 'get',
  path: '/countries',
  tags: ['Countries'],
  summary: 'Countries and territories (ISO 3166-1), with UN M49 regions and groupings',
  request: { query: CountryListQuery },
  responses: {
    200: { description: 'A page of countries, ordered by ISO code', content: { 'application/json': { schema: CountryListResponse } } },
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/countries/{iso3}',
  tags: ['Countries'],
  summary: 'One country, with the partners active there',
  request: { params: CountryIsoParam, query: CountryQuery },
  responses: {
    200: { description: 'The country', content: { 'application/json': { schema: CountryResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function countriesApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const q = c.req.valid('query');
      const locale = q.lang ?? c.var.locale;
      const all = await listCountries(db, { region: q.region, group: q.group });
      const start = offsetOf(q.page, q.pageSize);
      const data = all.slice(start, start + q.pageSize).map((country) => presentCountry(country, locale));
      return c.json({ data, page: pageInfo(q.page, q.pageSize, all.length) }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const { iso3 } = c.req.valid('param');
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const country = await findCountryByIso3(db, iso3);
      if (!country) throw notFound(`Country "${iso3}"`);
      const { local, worldwide } = await partnersForAreas(db, areasOf(country), locale);
      const partner = (scope: 'country-or-region' | 'worldwide') => (o: { slug: string; name: string }) => ({ slug: o.slug, name: o.name, scope, url: `/organisations/${o.slug}` });
      return c.json(
        {
          data: {
            ...presentCountry(country, locale),
            partners: [...local.map(partner('country-or-region')), ...worldwide.map(partner('worldwide'))],
          },
        },
        200,
      );
    });
}
