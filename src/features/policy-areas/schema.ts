import { z } from '@hono/zod-openapi';
import { langQuery } from '../../lib/api-schema.js';
import { policyAreaSlugs } from './policy-areas.js';

export const PolicyAreaQuery = z.object({ lang: langQuery });

export const PolicyAreaSlugParam = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'payment-solutions' }),
});

export const PolicyAreaSchema = z
  .object({
    slug: z.enum(policyAreaSlugs),
    position: z.number().int(),
    name: z.string(),
    shortName: z.string(),
    description: z.string(),
    organisationCount: z.number().int(),
    url: z.string(),
  })
  .openapi('PolicyArea');

export const PolicyAreaListResponse = z.object({
  data: z.array(PolicyAreaSchema),
  page: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), pages: z.number() }),
});
