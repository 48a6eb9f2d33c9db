import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { pageInfo } from '../../lib/pagination.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { countOrganisationsByPolicyArea } from '../organisations/queries.js';
import { hubLinks, loadAreaHub } from './hub.js';
import { isPolicyAreaSlug } from './policy-areas.js';
import { allPolicyAreas, presentPolicyArea } from './present.js';
import { PolicyAreaHubResponse, PolicyAreaListResponse, PolicyAreaQuery, PolicyAreaSlugParam } from './schema.js';

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

const hubRoute = createRoute({
  method: 'get',
  path: '/policy-areas/{slug}',
  tags: ['Policy areas'],
  summary: 'One policy area: how many solutions, resources, partners, recommendations, events, indicators and open requests it has',
  request: { params: PolicyAreaSlugParam, query: PolicyAreaQuery },
  responses: {
    200: { description: 'The policy area with its counts and where each full list is', content: { 'application/json': { schema: PolicyAreaHubResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function policyAreasApi({ db, facets }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const t = translator(c.req.valid('query').lang ?? c.var.locale);
      const counts = await countOrganisationsByPolicyArea(db);
      const data = allPolicyAreas(t).map((area) => ({
        ...area,
        organisationCount: counts.get(area.slug) ?? 0,
        url: `/policy-areas/${area.slug}`,
      }));
      return c.json({ data, page: pageInfo(1, data.length, data.length) }, 200);
    })
    .openapi(hubRoute, async (c) => {
      const { slug } = c.req.valid('param');
      if (!isPolicyAreaSlug(slug)) throw notFound(`Policy area "${slug}"`);
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const t = translator(locale);
      const hub = await loadAreaHub({ db, facets }, slug, t, locale, { withMap: false });
      const links = hubLinks(slug);
      return c.json(
        {
          data: {
            ...presentPolicyArea(slug, t),
            url: `/policy-areas/${slug}`,
            counts: {
              solutions: hub.solutions.total,
              resources: hub.resources.total,
              organisations: hub.partners.total,
              recommendations: hub.recommendations.total,
              recommendationsWithActions: hub.recommendations.answered,
              upcomingEvents: hub.events.total,
              indicators: hub.indicators.list.length,
              openRequests: hub.requests.total,
            },
            links: {
              solutions: links.solutions,
              resources: links.resources,
              organisations: links.partners,
              recommendations: links.recommendations,
              upcomingEvents: links.events,
              pastEvents: links.pastEvents,
              indicators: links.indicators,
              openRequests: links.requests,
            },
          },
        },
        200,
      );
    });
}
