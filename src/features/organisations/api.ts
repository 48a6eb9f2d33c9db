import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { pageInfo } from '../../lib/pagination.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { apiHook } from '../../web/api-hook.js';
import { presentOrganisation, presentOrganisationDetail } from './present.js';
import { findOrganisationBySlug, listOrganisations } from './queries.js';
import {
  OrganisationListQuery,
  OrganisationListResponse,
  OrganisationQuery,
  OrganisationResponse,
  OrganisationSlugParam,
} from './schema.js';

const listRoute = createRoute({
  method: 'get',
  path: '/organisations',
  tags: ['Partners'],
  summary: 'Partner organisations, filtered by type and policy area',
  request: { query: OrganisationListQuery },
  responses: {
    200: { description: 'A page of organisations', content: { 'application/json': { schema: OrganisationListResponse } } },
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/organisations/{slug}',
  tags: ['Partners'],
  summary: 'One partner organisation',
  request: { params: OrganisationSlugParam, query: OrganisationQuery },
  responses: {
    200: { description: 'The organisation', content: { 'application/json': { schema: OrganisationResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function organisationsApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const q = c.req.valid('query');
      const locale = q.lang ?? c.var.locale;
      const { rows, total } = await listOrganisations(db, { type: q.type, policyArea: q.policyArea }, locale, q);
      return c.json({ data: rows.map(presentOrganisation), page: pageInfo(q.page, q.pageSize, total) }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const { slug } = c.req.valid('param');
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const organisation = await findOrganisationBySlug(db, slug, locale);
      if (!organisation) throw notFound(`Organisation "${slug}"`);
      return c.json({ data: presentOrganisationDetail(organisation) }, 200);
    });
}
