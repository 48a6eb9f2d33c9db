import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { PageSchema, errorResponses, langQuery, notFoundResponse, pageQuery } from '../../lib/api-schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { pageInfo } from '../../lib/pagination.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { sexes } from './indicator-parser.js';
import { indicatorObservations, listIndicators } from './queries.js';

const IndicatorSchema = z
  .object({
    code: z.string().openapi({ example: 'internet-users' }),
    name: z.string().openapi({ description: 'In the request’s language.' }),
    description: z.string(),
    unit: z.string().openapi({ example: 'percent', description: 'percent, per-100, score, count, usd, or category (each value one of `categories`).' }),
    source: z.string(),
    licence: z.string().nullable().openapi({ example: 'CC BY 4.0', description: 'The licence its figures are shown under.' }),
    policyArea: z.string().openapi({ example: 'ict-infrastructure' }),
    hasSexBreakdown: z.boolean().openapi({ description: 'Whether values exist for women and men as well as in total.' }),
    hasRank: z.boolean().openapi({ description: 'Whether the publisher ranks economies on it (observations then carry `rank`).' }),
    categories: z.array(z.string()).optional().openapi({ description: 'A categorical indicator’s values, e.g. adopted, draft, none, no_data.' }),
    observations: z.number().int().openapi({ description: 'How many values the hub holds.' }),
    years: z.array(z.number().int()).openapi({ description: 'The years it has values for, newest first.' }),
    url: z.string().openapi({ description: 'Its observations in this API.' }),
  })
  .openapi('Indicator');

const ObservationSchema = z
  .object({
    iso3: z.string().openapi({ example: 'KEN' }),
    year: z.number().int(),
    sex: z.enum(sexes),
    value: z.number().openapi({ description: 'The figure; for a categorical indicator, the code of its category.' }),
    category: z.string().nullable().openapi({ description: 'A categorical value’s key (adopted, lower-middle…); null for a number.' }),
    rank: z.number().int().nullable().openapi({ description: 'The publisher’s rank, where it gives one.' }),
    source: z.string().openapi({ description: 'The value’s source (its own, else its indicator’s).' }),
    licence: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('Observation');

const CodeParam = z.object({
  code: z
    .string()
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'internet-users' }),
});

const ObservationQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'Expected an ISO 3166-1 alpha-3 code, e.g. KEN.')
    .optional()
    .openapi({ description: 'ISO 3166-1 alpha-3 code of a country.', example: 'KEN' }),
  year: z.coerce.number().int().min(1900).max(2100).optional().openapi({ example: 2022 }),
  sex: z.enum(sexes).optional().openapi({ description: 'total, female or male.' }),
  ...pageQuery(1000, 100),
});

const listRoute = createRoute({
  method: 'get',
  path: '/indicators',
  tags: ['Data'],
  summary: 'E-commerce indicators by policy area, with their unit, source and how many values the hub holds',
  request: { query: z.object({ lang: langQuery }) },
  responses: {
    200: { description: 'The indicators', content: { 'application/json': { schema: z.object({ data: z.array(IndicatorSchema) }) } } },
    ...errorResponses,
  },
});

const observationsRoute = createRoute({
  method: 'get',
  path: '/indicators/{code}/observations',
  tags: ['Data'],
  summary: 'Values of one indicator, filtered by country, year and sex',
  request: { params: CodeParam, query: ObservationQuery },
  responses: {
    200: {
      description: 'A page of values, by country, then newest year first',
      content: { 'application/json': { schema: z.object({ data: z.array(ObservationSchema), page: PageSchema }) } },
    },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function indicatorsApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const locale = c.req.valid('query').lang ?? c.var.locale;
      const indicators = await listIndicators(db, locale);
      return c.json({ data: indicators.map((i) => ({ ...i, url: `/api/v1/indicators/${encodeURIComponent(i.code)}/observations` })) }, 200);
    })
    .openapi(observationsRoute, async (c) => {
      const { code } = c.req.valid('param');
      const q = c.req.valid('query');
      const indicator = await db.selectFrom('indicators').select('code').where('code', '=', code).executeTakeFirst();
      if (!indicator) throw notFound(`Indicator "${code}"`);
      // A well-formed code that names no country is a mistake in the request, not an empty answer.
      if (q.country && !(await db.selectFrom('countries').select('iso3').where('iso3', '=', q.country.toUpperCase()).executeTakeFirst())) {
        throw new AppError('invalid_parameter', `Invalid value for "country": ${q.country} is not a known ISO 3166-1 alpha-3 code.`, 'country');
      }
      const { rows, total } = await indicatorObservations(db, code, q, q);
      return c.json({ data: rows.map((row) => ({ ...row, sex: row.sex as (typeof sexes)[number] })), page: pageInfo(q.page, q.pageSize, total) }, 200);
    });
}
