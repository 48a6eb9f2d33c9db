import { z } from '@hono/zod-openapi';
import { locales } from '../web/i18n/locales.js';

/** Shared pieces of the public API's schemas. */
export const langQuery = z
  .enum(locales)
  .optional()
  .openapi({ description: 'Language of names and descriptions (default: from Accept-Language, else en).' });

export function pageQuery(maxPageSize: number, defaultPageSize: number) {
  return {
    page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ description: 'Page number, from 1.' }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxPageSize)
      .default(defaultPageSize)
      .openapi({ description: `Items per page, 1 to ${maxPageSize}.` }),
  };
}

export const PageSchema = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
  })
  .openapi('Page');

export const ErrorSchema = z
  .object({
    error: z.object({
      id: z.string().openapi({ example: 'invalid_parameter' }),
      message: z.string(),
      parameter: z.string().optional(),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'A parameter is not valid', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const notFoundResponse = {
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
} as const;
