import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../lib/api-schema.js';
import { pageInfo } from '../../lib/pagination.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { countOrganisationsByPolicyArea } from '../organisations/queries.js';
import { allPolicyAreas } from './present.js';
import { PolicyAreaListResponse, PolicyAreaQuery } from './schema.js';

const listRoute = createRoute({
  method: 'get',
  path: '/policy-areas',
  tags: ['Policy areas'],
  summary: 'The seven eTrade for all policy areas',
  request: { query: PolicyAreaQuery },
  responses: {
    200: { description: 'All seven policy areas, in order', content: { 'application/json': { schema: PolicyAreaListResponse } } },
    ...errorResponses,
  },
});

export function policyAreasApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook }).openapi(listRoute, async (c) => {
    const t = translator(c.req.valid('query').lang ?? c.var.locale);
    const counts = await countOrganisationsByPolicyArea(db);
    const data = allPolicyAreas(t).map((area) => ({
      ...area,
      organisationCount: counts.get(area.slug) ?? 0,
      url: `/policy-areas/${area.slug}`,
    }));
    return c.json({ data, page: pageInfo(1, data.length, data.length) }, 200);
  });
}
