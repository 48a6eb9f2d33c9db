import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { errorResponses, langQuery, notFoundResponse } from '../../lib/api-schema.js';
import { notFound } from '../../lib/errors.js';
import { apiHook } from '../../web/api-hook.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { economyGroups } from './economy-groups.js';
import { filterAreas, presentEconomy, presentEdition } from './present.js';
import { b2cRanking, listB2cEditions } from './queries.js';

const EditionSchema = z
  .object({
    edition: z.number().int().openapi({ example: 2020 }),
    dataYear: z.number().int().openapi({ example: 2019 }),
    status: z.enum(['official', 'sample']).openapi({ description: '"sample": made-up figures, not official (the hub ships official editions only).' }),
    notice: z.string().optional().openapi({ description: 'Only on a sample edition: "sample data — not official figures", translated.' }),
    source: z.string().openapi({ description: 'Where the figures come from, as shown beside them.' }),
    licence: z.string().nullable().openapi({ description: 'The licence the figures are shown under; null when not stated.' }),
    methodVersion: z.string(),
    economies: z.number().int(),
    url: z.string(),
  })
  .openapi('B2cEdition');

const EconomySchema = z
  .object({
    iso3: z.string().openapi({ example: 'KEN' }),
    name: z.string(),
    rank: z.number().int(),
    index: z.number().openapi({ description: 'Index score 0–100, unrounded.' }),
    change: z.number().nullable().openapi({ description: 'Index points since the previous edition of the same status.' }),
    components: z
      .object({ internetUse: z.number().nullable(), accountOwnership: z.number().nullable(), secureServers: z.number().nullable(), postalReliability: z.number().nullable() })
      .openapi({ description: 'Each 0–100, unrounded; null in an index-only edition (2016 and 2017, from TCdata360, give only index and rank).' }),
    edition: z.number().int(),
    dataYear: z.number().int().openapi({ description: 'The year of the data (the 2020 edition uses 2019 data).' }),
    source: z.string(),
    licence: z.string().nullable(),
    url: z.string(),
  })
  .openapi('B2cEconomy');

const EditionParam = z.object({
  edition: z.coerce
    .number()
    .int()
    .min(1000)
    .max(9999)
    .openapi({ param: { name: 'edition', in: 'path' }, example: 2020 }),
});

const RankingQuery = z.object({
  region: z
    .enum(filterAreas as [string, ...string[]])
    .optional()
    .openapi({ description: 'An M49 region or sub-region code, e.g. 002 (Africa) or 014 (Eastern Africa).' }),
  group: z.enum(economyGroups).optional().openapi({ description: 'ldc, lldc, sids, developed, developing or transition.' }),
  lang: langQuery,
});

const listRoute = createRoute({
  method: 'get',
  path: '/b2c',
  tags: ['Data'],
  summary: 'Editions of the UNCTAD B2C E-commerce Index, newest first',
  request: { query: z.object({ lang: langQuery }) },
  responses: {
    200: { description: 'The editions', content: { 'application/json': { schema: z.object({ data: z.array(EditionSchema) }) } } },
    ...errorResponses,
  },
});

const rankingRoute = createRoute({
  method: 'get',
  path: '/b2c/{edition}',
  tags: ['Data'],
  summary: 'One edition: each economy with its rank, index and four components, filtered by region and group',
  request: { params: EditionParam, query: RankingQuery },
  responses: {
    200: {
      description: 'The ranking, by rank',
      content: { 'application/json': { schema: z.object({ edition: EditionSchema, data: z.array(EconomySchema) }) } },
    },
    ...errorResponses,
    ...notFoundResponse,
  },
});

export function b2cApi({ db }: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: apiHook })
    .openapi(listRoute, async (c) => {
      const t = translator(c.req.valid('query').lang ?? c.var.locale);
      return c.json({ data: (await listB2cEditions(db)).map((e) => presentEdition(e, t)) }, 200);
    })
    .openapi(rankingRoute, async (c) => {
      const { edition: year } = c.req.valid('param');
      const q = c.req.valid('query');
      const locale = q.lang ?? c.var.locale;
      const edition = (await listB2cEditions(db)).find((e) => e.edition === year);
      if (!edition) throw notFound(`Edition ${year}`);
      const economies = (await b2cRanking(db, year, { region: q.region, group: q.group, locale }))!;
      return c.json({ edition: presentEdition(edition, translator(locale)), data: economies.map((e) => presentEconomy(e, edition)) }, 200);
    });
}
