import { z as zo } from '@hono/zod-openapi';
import { z } from 'zod';
import { isIsoDate } from '../../lib/text.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { actionPriorities, actionStatuses } from './types.js';

export const titleMax = 300;
export const nameMax = 200;
export const noteMax = 2000;
export const urlMax = 500;

/*
 * The forms. Each issue's message is the key of its translation under actions.error; `max` is the
 * only value a message interpolates.
 */
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const optional = (max: number) => z.string().trim().max(max, 'tooLong').default('');

/** An absolute http(s) address: evidence must be something a reader can open. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const refPattern = /^[a-z0-9-]{1,100}\/[a-z0-9-]{1,100}\/r[1-9][0-9]{0,3}$/;

/** The action form as posted (strings), checked; whether the recommendation exists is checked against the database afterwards. */
export const actionForm = z.object({
  policyArea: z.string().min(1, 'required').pipe(z.enum(policyAreaSlugs, 'policyArea')),
  title: required(titleMax),
  lead: required(nameMax),
  supporting: optional(nameMax * 3),
  priority: z.string().min(1, 'required').pipe(z.enum(actionPriorities, 'priority')),
  targetDate: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isIsoDate(v), 'date')
    .transform((v) => (v === '' ? null : v)),
  status: z.string().min(1, 'required').pipe(z.enum(actionStatuses, 'status')),
  recommendationRef: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || refPattern.test(v), 'recommendation')
    .transform((v) => (v === '' ? null : v)),
});
export type ActionInput = z.output<typeof actionForm>;

/** A progress note: its day (not in the future), what happened, and optionally where to see it. */
export const noteForm = z.object({
  onDate: z
    .string()
    .trim()
    .min(1, 'required')
    .refine(isIsoDate, 'date')
    .refine((v) => v <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), 'futureDate'),
  text: required(noteMax),
  evidenceUrl: z
    .string()
    .trim()
    .max(urlMax, 'tooLong')
    .default('')
    .refine((v) => v === '' || isWebUrl(v), 'url')
    .transform((v) => (v === '' ? null : v)),
});
export type NoteInput = z.output<typeof noteForm>;

const messageKeys = new Set(['required', 'tooLong', 'policyArea', 'priority', 'status', 'date', 'futureDate', 'url', 'recommendation']);
const maxOf: Record<string, number> = { title: titleMax, lead: nameMax, supporting: nameMax * 3, text: noteMax, evidenceUrl: urlMax };

/** A form checked: the input, or the errors by field in the page's language. */
export function parsedForm<S extends z.ZodType>(schema: S, values: Record<string, string>, t: Translate): { input: z.output<S>; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { input: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'title');
    if (errors[field]) continue;
    const key = messageKeys.has(issue.message) ? issue.message : 'required';
    errors[field] = t(`actions.error.${key}`, key === 'tooLong' ? { max: maxOf[field] ?? 200 } : undefined);
  }
  return { errors };
}

// ── The API ─────────────────────────────────────────────────────────────────────────────────────────

export const ActionCountryParam = zo.object({
  iso3: zo
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
    .openapi({ param: { name: 'iso3', in: 'path' }, example: 'SEN' }),
});

export const ActionListQuery = zo.object({
  status: zo.enum(actionStatuses).optional().openapi({ description: 'Only actions with this status.' }),
  policyArea: zo.enum(policyAreaSlugs).optional().openapi({ description: 'Only actions in this policy area (shares still count every action).' }),
});

const NoteSchema = zo
  .object({
    date: zo.string().openapi({ example: '2018-03-15' }),
    text: zo.string(),
    evidenceUrl: zo.string().nullable(),
  })
  .openapi('ActionNote');

const RecommendationSchema = zo
  .object({
    ref: zo.string().openapi({ example: 'unctad-e-commerce-week-2017/payment-solutions/r11' }),
    text: zo.string(),
    url: zo.string(),
  })
  .openapi('ActionRecommendation');

export const ActionSchema = zo
  .object({
    id: zo.number().int(),
    country: zo.string(),
    policyArea: zo.enum(policyAreaSlugs),
    title: zo.string(),
    lead: zo.string(),
    supporting: zo.string(),
    priority: zo.enum(actionPriorities),
    targetDate: zo.string().nullable(),
    status: zo.enum(actionStatuses),
    recommendation: RecommendationSchema.nullable(),
    notes: zo.array(NoteSchema),
    sample: zo.boolean(),
    updatedAt: zo.string(),
  })
  .openapi('Action');

const ShareSchema = zo
  .object({
    actions: zo.number().int().openapi({ description: 'All actions, dropped ones included.' }),
    completed: zo.number().int(),
    dropped: zo.number().int(),
    share: zo.number().nullable().openapi({ description: 'completed / (actions − dropped), from 0 to 1; null when nothing is left to count.' }),
  })
  .openapi('ActionShare');

export const ActionListResponse = zo.object({
  country: zo.object({ iso3: zo.string(), name: zo.string() }),
  data: zo.array(ActionSchema),
  shares: zo.object({
    definition: zo.string(),
    overall: ShareSchema,
    byPolicyArea: zo.array(ShareSchema.extend({ policyArea: zo.enum(policyAreaSlugs) })),
  }),
});
