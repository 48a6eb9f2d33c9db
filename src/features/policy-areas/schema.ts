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

const counted = (description: string) => z.number().int().openapi({ description });

export const PolicyAreaHubSchema = PolicyAreaSchema.omit({ organisationCount: true })
  .extend({
    counts: z
      .object({
        solutions: counted('Published solutions tagged with the area (as /solutions?policyArea= counts them).'),
        resources: counted('Published resources tagged with the area.'),
        organisations: counted('Partners working in the area (as /organisations?policyArea= counts them).'),
        recommendations: counted('Recommendations of past events tagged with the area.'),
        recommendationsWithActions: counted('Of those, the ones at least one action of a country tracker answers.'),
        upcomingEvents: counted('Upcoming events tagged with the area (as /events?policyArea= counts them).'),
        indicators: counted('Indicators of the area the hub holds values for.'),
        openRequests: counted('Open requests for assistance in the area.'),
      })
      .openapi('PolicyAreaCounts'),
    links: z
      .object({
        solutions: z.string(),
        resources: z.string(),
        organisations: z.string(),
        recommendations: z.string(),
        upcomingEvents: z.string(),
        pastEvents: z.string(),
        indicators: z.string(),
        openRequests: z.string(),
      })
      .openapi('PolicyAreaLinks', { description: 'The page of each full list, filtered as the count.' }),
  })
  .openapi('PolicyAreaHub');

export const PolicyAreaHubResponse = z.object({ data: PolicyAreaHubSchema });
