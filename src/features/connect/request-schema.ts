import { z } from '@hono/zod-openapi';
import { PageSchema, langQuery, pageQuery } from '../../lib/api-schema.js';
import { cleanMultiline, cleanText, isSlug } from '../../lib/text.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { itemLanguages } from '../catalogue/types.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { type ItemRef, type RequestSeed, type RequesterKind, type SupportKind, type Urgency, requestStatuses, requesterKinds, supportKinds, urgencies } from './types.js';

/* ---------- The form ---------- */

const text = (max: number) =>
  z
    .unknown()
    .transform((v) => cleanText(typeof v === 'string' ? v : '', max));
const multiline = (max: number) =>
  z
    .unknown()
    .transform((v) => cleanMultiline(typeof v === 'string' ? v : '', max));
const list = z
  .unknown()
  .transform((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string').map((x) => cleanText(x, 40)).slice(0, 20));

/** The request form as typed: every field a string (lists as arrays), so it can be shown again unchanged. */
export const RequestForm = z.object({
  country: text(3).transform((v) => v.toUpperCase()),
  requesterKind: text(30),
  requesterBody: text(200),
  title: text(200),
  description: multiline(5000),
  policyAreas: list,
  supportKinds: list,
  languages: list,
  urgency: text(10),
  deadline: text(10),
  contactName: text(120),
  contactEmail: text(200),
  /** `solution/<slug>` or `resource/<slug>`: the item the form was opened from ("Ask for this"); hidden. */
  item: text(140),
});
export type RequestFormValues = z.infer<typeof RequestForm>;

/** The form's values from a parsed body (`c.req.parseBody({ all: true })`); never fails. */
export function requestFormValues(body: Record<string, unknown>): RequestFormValues {
  const pick = (name: string) => body[name] ?? body[`${name}[]`];
  return RequestForm.parse(Object.fromEntries(Object.keys(RequestForm.shape).map((k) => [k, pick(k)])));
}

/**
 * A new form: the user's name and address as contact, their country (a focal point's own country, else
 * the one in their profile) and, for a focal point of that country, "as its focal point".
 */
export function emptyRequestForm(user: { name: string; email: string; focalPointCountries: readonly string[] }, locale: Locale, country = ''): RequestFormValues {
  return {
    country,
    requesterKind: country && user.focalPointCountries.includes(country) ? 'focal-point' : 'government',
    requesterBody: '',
    title: '',
    description: '',
    policyAreas: [],
    supportKinds: [],
    languages: [locale],
    urgency: 'medium',
    deadline: '',
    contactName: user.name,
    contactEmail: user.email,
    item: '',
  };
}

/** `solution/<slug>` or `resource/<slug>` as an item reference; undefined for anything else. */
export function itemRefOf(value: string): ItemRef | undefined {
  const match = /^(solution|resource)\/(.+)$/.exec(value);
  return match && isSlug(match[2]!) ? { type: match[1] as ItemRef['type'], slug: match[2]! } : undefined;
}

/** The seed the form's values stand for (checked afterwards by requestProblems). */
export function requestSeedOf(values: RequestFormValues, locale: Locale): RequestSeed {
  return {
    country: values.country,
    requesterKind: values.requesterKind as RequesterKind,
    requesterBody: values.requesterBody,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    title: values.title,
    description: values.description,
    sourceLocale: locale,
    policyAreas: values.policyAreas as PolicyAreaSlug[],
    supportKinds: values.supportKinds as SupportKind[],
    languages: values.languages,
    urgency: values.urgency as Urgency,
    ...(values.deadline ? { deadline: values.deadline } : {}),
    item: itemRefOf(values.item) ?? null,
  };
}

/** Languages a requester may choose: those the catalogue records solutions in. */
export const requestLanguages = itemLanguages;

/* ---------- The API ---------- */

const requestFilterShape = {
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
    .transform((v) => v.toUpperCase())
    .optional()
    .openapi({ description: 'ISO 3166-1 alpha-3 code of the country asking.', example: 'NPL' }),
  policyArea: z.enum(policyAreaSlugs).optional(),
  status: z.enum(requestStatuses).optional(),
};

export const RequestListQuery = z.object({ ...requestFilterShape, lang: langQuery, ...pageQuery(100, 20) });

export const RequestIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});
export const RequestLangQuery = z.object({ lang: langQuery });

export const RequestSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string(),
    description: z.string(),
    language: z.enum(locales).openapi({ description: 'Language the request was written in.' }),
    country: z.string().openapi({ description: 'ISO 3166-1 alpha-3.' }),
    requesterKind: z.enum(requesterKinds),
    requesterBody: z.string(),
    policyAreas: z.array(z.enum(policyAreaSlugs)),
    supportKinds: z.array(z.enum(supportKinds)),
    languages: z.array(z.string()),
    urgency: z.enum(urgencies),
    deadline: z.string().nullable(),
    status: z.enum(requestStatuses),
    isSample: z.boolean(),
    createdAt: z.string(),
    item: z
      .object({ type: z.enum(['solution', 'resource']), slug: z.string(), url: z.string() })
      .nullable()
      .openapi({ description: 'The solution or resource the request was asked from (“Ask for this”), or null.' }),
  })
  .openapi('Request');

export const RequestListResponse = z.object({ data: z.array(RequestSchema), page: PageSchema });
export const RequestResponse = z.object({ data: RequestSchema });

const MatchSchema = z
  .object({
    type: z.enum(['solution', 'organisation']),
    slug: z.string(),
    name: z.string(),
    url: z.string(),
    score: z.number(),
    reasons: z.array(z.object({ code: z.string(), text: z.string(), points: z.number() })),
  })
  .openapi('Match');

export const MatchesResponse = z.object({ data: z.object({ solutions: z.array(MatchSchema), organisations: z.array(MatchSchema) }) });
