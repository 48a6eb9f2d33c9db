import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { type Translate, translator } from '../../web/i18n/i18n.js';
import { matchesFor, reasonText } from './matching.js';
import { MatchesResponse, RequestIdParam, RequestLangQuery, RequestListQuery, RequestListResponse, RequestResponse } from './request-schema.js';
import { findRequest, listRequests } from './requests.js';
import type { Match, RequestDetail } from './types.js';

/** A request as the public sees it: never the contact details or who posted it. */
export function presentRequest(r: RequestDetail) {
  return {
    id: r.id,
    url: `/requests/${r.id}`,
    title: r.title,
    description: r.description,
    language: r.sourceLocale,
    country: r.country,
    requesterKind: r.requesterKind,
    requesterBody: r.requesterBody,
    policyAreas: r.policyAreas,
    supportKinds: r.supportKinds,
    languages: r.languages,
    urgency: r.urgency,
    deadline: r.deadline,
    status: r.status,
    isSample: r.isSample,
    createdAt: r.createdAt,
    item: r.item ? { type: r.item.type, slug: r.item.slug, url: `/${r.item.type === 'solution' ? 'solutions' : 'resources'}/${r.item.slug}` } : null,
  };
}

export function presentMatch(m: Match, t: Translate) {
  return {
    type: m.type,
    slug: m.slug,
    name: m.name,
    url: m.type === 'solution' ? `/solutions/${m.slug}` : `/organisations/${m.slug}`,
    score: m.score,
    reasons: m.reasons.map((r) => ({ code: r.code, text: reasonText(r, t), points: r.points })),
  };
}

const listRoute = createRoute({
  method: 'get',
  path: '/requests',
  tags: ['Requests'],
  summary: 'Requests for assistance, open ones first, then the newest; without contact details',
  request: { query: RequestListQuery },
  responses: {
    200: { description: 'A page of requests', content: { 'application/json': { schema: RequestListResponse } } },
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/requests/{id}',
  tags: ['Requests'],
  summary: 'One request for assistance, without contact details',
  request: { params: RequestIdParam, query: RequestLangQuery },
  responses: {
    200: { description: 'The request', content: { 'application/json': { schema: RequestResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

const matchesRoute = createRoute({
  method: 'get',
  path: '/requests/{id}/matches',
  tags: ['Requests'],
  summary: 'The solutions and partner organisations that fit a request best, ranked, each with its score and reasons (see /requests/about-matching)',
  request: { params: RequestIdParam, query: RequestLangQuery },
  responses: {
    200: { description: 'Top 10 solutions and top 10 organisations', content: { 'application/json': { schema: MatchesResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

/** GET /api/v1/requests, /requests/:id, /requests/:id/matches. */
export function requestsApi({ db }: AppDeps) {
  const found = async (id: number) => {
    const request = await findRequest(db, id);
    if (!request) throw notFound(`Request ${id}`);
    return request;
  };

  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const q = c.req.valid('query');
      const { requests, page } = await listRequests(db, { country: q.country, policyArea: q.policyArea, status: q.status, page: q.page, pageSize: q.pageSize }, q.lang ?? c.var.locale);
      return c.json({ data: requests.map(presentRequest), page }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const request = await found(c.req.valid('param').id);
      return c.json({ data: presentRequest(request) }, 200);
    })
    .openapi(matchesRoute, async (c) => {
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const request = await found(c.req.valid('param').id);
      const matches = await matchesFor(db, request, { locale, before: request.createdAt, excludeRequestId: request.id });
      const t = translator(locale);
      return c.json({ data: { solutions: matches.solutions.map((m) => presentMatch(m, t)), organisations: matches.organisations.map((m) => presentMatch(m, t)) } }, 200);
    });
}
