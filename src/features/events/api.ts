import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { errorResponses, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { eventFigureSheet, smallGroupThreshold } from './figures.js';
import { presentEvent, presentEventDetail, presentFigures, presentOutcomeGroups } from './present.js';
import { findEventBySlug, listEvents } from './queries.js';
import {
  EventLangQuery,
  EventListQuery,
  EventListResponse,
  EventResponse,
  EventSlugParam,
  FiguresResponse,
  OutcomesResponse,
  eventFilterOf,
} from './schema.js';

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  tags: ['Events'],
  summary: 'Events, filtered like the /events page: upcoming soonest first by default, past ones latest first',
  request: { query: EventListQuery },
  responses: {
    200: { description: 'A page of events', content: { 'application/json': { schema: EventListResponse } } },
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/events/{slug}',
  tags: ['Events'],
  summary: 'One event with its days and programme: sessions, co-organisers, people (without gender) and outcome references',
  request: { params: EventSlugParam, query: EventLangQuery },
  responses: {
    200: { description: 'The event', content: { 'application/json': { schema: EventResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

const figuresRoute = createRoute({
  method: 'get',
  path: '/events/{slug}/figures',
  tags: ['Events'],
  summary: `An event's figures: those its organisers reported, with their source, and those the hub computes from its own records (registrations, programme), each with what it is computed from; shares of fewer than ${smallGroupThreshold} people are withheld`,
  request: { params: EventSlugParam, query: EventLangQuery },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: FiguresResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

const outcomesRoute = createRoute({
  method: 'get',
  path: '/events/{slug}/outcomes',
  tags: ['Events'],
  summary: "An event's outcomes and numbered recommendations grouped by policy area, each with its stable ref",
  request: { params: EventSlugParam, query: EventLangQuery },
  responses: {
    200: { description: 'The outcomes by policy area', content: { 'application/json': { schema: OutcomesResponse } } },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function eventsApi({ db }: AppDeps) {
  const found = async (slug: string, locale: Locale) => {
    const event = await findEventBySlug(db, slug, locale);
    if (!event) throw notFound(`Event "${slug}"`);
    return event;
  };

  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const q = c.req.valid('query');
      const events = await listEvents(db, eventFilterOf(q), q.lang ?? c.var.locale);
      const start = (q.page - 1) * q.pageSize;
      return c.json(
        {
          data: events.slice(start, start + q.pageSize).map(presentEvent),
          page: { page: q.page, pageSize: q.pageSize, total: events.length, pages: Math.ceil(events.length / q.pageSize) },
        },
        200,
      );
    })
    .openapi(detailRoute, async (c) => {
      const event = await found(c.req.valid('param').slug, c.req.valid('query').lang ?? c.var.locale);
      return c.json({ data: presentEventDetail(event) }, 200);
    })
    .openapi(figuresRoute, async (c) => {
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const event = await found(c.req.valid('param').slug, locale);
      const sheet = await eventFigureSheet(db, event, translator(locale), locale);
      return c.json({ event: { slug: event.slug, title: event.title }, smallGroupThreshold, data: presentFigures(sheet.reported, sheet.computed, sheet.basis) }, 200);
    })
    .openapi(outcomesRoute, async (c) => {
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const event = await found(c.req.valid('param').slug, locale);
      return c.json({ event: { slug: event.slug, title: event.title }, data: presentOutcomeGroups(event, translator(locale)) }, 200);
    });
}
