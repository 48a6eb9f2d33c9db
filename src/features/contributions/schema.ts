import { z } from 'zod';
import { isEmailAddress, slugPattern } from '../../lib/text.js';
import { type Locale, isLocale, locales } from '../../web/i18n/locales.js';
import { countryGroups } from '../countries/groups.js';
import { knownAreas } from '../countries/areas.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { type ItemKind, type ItemText, beneficiaries, costs, itemLanguages, itemTypes, resourceKinds, solutionKinds } from '../catalogue/types.js';

export const titleLength = { min: 3, max: 200 } as const;
export const summaryLength = { min: 10, max: 600 } as const;
export const maxDescriptionLength = 20_000;
/** Who may apply or use it, on what terms: a sentence or two. */
export const eligibilityLength = { min: 10, max: 1000 } as const;
export const reasonLength = { min: 3, max: 2000 } as const;
export const maxOrganisations = 20;

const allKinds = [...solutionKinds, ...resourceKinds] as const;


/** One line of plain text: control characters (PostgreSQL refuses NUL) become spaces. */
const line = (value: unknown) => (typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : value);
/** Markdown keeps its line breaks and tabs; other control characters go. */
const markdown = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim() : value;
/** Forms send '' for a field left empty. */
const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
/** Forms send one value or several for a multiple choice, nothing for none. */
const toList = (value: unknown) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]);

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};
const httpUrl = (field: string) =>
  z.preprocess(
    (v) => emptyToNull(line(v)),
    z
      .string()
      .max(2000, `${field} is too long (at most 2000 characters).`)
      .refine(isHttpUrl, `${field} must be a web address starting with http:// or https://.`)
      .nullable(),
  );

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date (the catalogue shows what is known of a date, no more). */
const isPartialDate = (value: string) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(day);
  }
  return true;
};
const partialDate = (field: string) =>
  z.preprocess((v) => emptyToNull(line(v)), z.string().refine(isPartialDate, `${field} must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`).nullable());

const itemText = z.object({
  title: z.preprocess(
    line,
    z
      .string({ error: 'Enter a title.' })
      .min(titleLength.min, `The title needs at least ${titleLength.min} characters.`)
      .max(titleLength.max, `The title can have at most ${titleLength.max} characters.`),
  ),
  summary: z.preprocess(
    line,
    z
      .string({ error: 'Enter a summary.' })
      .min(summaryLength.min, `The summary needs at least ${summaryLength.min} characters.`)
      .max(summaryLength.max, `The summary can have at most ${summaryLength.max} characters.`),
  ),
  description: z.preprocess(
    (v) => markdown(v ?? ''),
    z.string().max(maxDescriptionLength, `The description can have at most ${maxDescriptionLength} characters.`),
  ),
  // Required in the source language (see revisionInput); a translation may leave it to the source's.
  eligibility: z.preprocess(
    (v) => line(v ?? ''),
    z.string().max(eligibilityLength.max, `Who may apply or use it can have at most ${eligibilityLength.max} characters.`),
  ),
});

/** A language's text left wholly empty in a form means "no text in this language". */
const isBlankText = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'object' &&
    Object.values(value as Record<string, unknown>).every((v) => v === undefined || v === null || (typeof v === 'string' && !v.trim())));

const optionalText = z.preprocess((v) => (isBlankText(v) ? undefined : v), itemText.optional());
const texts = z.object(Object.fromEntries(locales.map((l) => [l, optionalText])) as Record<Locale, typeof optionalText>);

/** A checkbox: sent as 'on' (or '1', 'true') when ticked, not at all when not; stored data has a boolean. */
const checkbox = z.preprocess(
  (v) => (v === undefined || v === null || v === '' || v === '0' || v === 'false' ? false : v === 'on' || v === '1' || v === 'true' ? true : v),
  z.boolean({ error: 'Tick the box or leave it empty.' }),
);

/** How to get it: at least one of the three (checked in revisionInput, with the other fields). */
const access = z.preprocess(
  (v) => v ?? {},
  z.object({
    applyUrl: httpUrl('The address where one applies'),
    email: z.preprocess(
      (v) => emptyToNull(line(v)),
      z.string().refine(isEmailAddress, 'The contact address must be an email address such as name@example.org.').nullable(),
    ),
    viaHub: checkbox,
  }),
);

/** A multiple choice: one value or several, duplicates dropped. */
const list = <T extends z.ZodType>(item: T, min?: { count: number; message: string }) =>
  z.preprocess(toList, min ? z.array(item).min(min.count, min.message) : z.array(item)).transform((values) => [...new Set(values)]);

/** Codes as the catalogue stores them: groups in lower case, countries in upper case, M49 digits as they are. */
const normaliseArea = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if ((countryGroups as readonly string[]).includes(v.toLowerCase())) return v.toLowerCase();
  return /^[a-z]{3}$/i.test(v) ? v.toUpperCase() : v;
};
const area = z.preprocess(
  normaliseArea,
  z
    .string()
    .refine(
      (v) => knownAreas.has(v),
      'Coverage must be the world (001), a UN region or sub-region code, ldc, lldc, sids, or a country’s ISO 3166 alpha-3 code.',
    ),
);

/**
 * The fields of a proposed item, from a form or the API, with a message per field a person can act on.
 * Lists accept one value or several; empty strings mean "not given". The output fits RevisionData.
 */
export const revisionInput = z
  .object({
    type: z.enum(itemTypes, { error: 'Choose whether it is a solution or a resource.' }),
    kind: z.enum(allKinds, { error: 'Choose what kind of solution or resource it is.' }),
    cost: z.enum(costs, { error: 'Choose whether it is free of charge, fee-based or on terms that vary.' }),
    access,
    link: httpUrl('The link'),
    documentUrl: httpUrl('The document address'),
    startsOn: partialDate('The start date'),
    endsOn: partialDate('The end date'),
    publishedOn: partialDate('The publication date'),
    policyAreas: list(z.enum(policyAreaSlugs, { error: 'Choose policy areas from the list.' }), { count: 1, message: 'Choose at least one policy area.' }),
    beneficiaries: list(z.enum(beneficiaries, { error: 'Choose beneficiaries from the list.' })),
    coverage: list(area, { count: 1, message: 'Say where it applies: the world, regions, groups or countries.' }),
    languages: list(z.enum(itemLanguages, { error: 'Choose languages from the list.' }), {
      count: 1,
      message: 'Choose at least one language it is offered in.',
    }),
    organisations: list(z.string().regex(slugPattern, 'Organisations are named by their slug.'), {
      count: 1,
      message: 'Name at least one organisation.',
    }).refine((values) => values.length <= maxOrganisations, `Name at most ${maxOrganisations} organisations.`),
    sourceLocale: z.enum(locales, { error: `Choose the language the text was written in (${locales.join(', ')}).` }),
    text: texts,
  })
  // Also run when other fields failed, so that a form shows every problem at once; hence the guards.
  .superRefine(
    (data, ctx) => {
      const kinds: readonly string[] | undefined = data.type === 'solution' ? solutionKinds : data.type === 'resource' ? resourceKinds : undefined;
      if (kinds && typeof data.kind === 'string' && allKinds.includes(data.kind) && !kinds.includes(data.kind)) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: `A ${data.type} cannot be of the kind ${data.kind}; choose one of ${kinds.join(', ')}.` });
      }
      if (isLocale(data.sourceLocale) && typeof data.text === 'object' && data.text !== null) {
        const source = data.text[data.sourceLocale];
        if (!source) {
          ctx.addIssue({ code: 'custom', path: ['text', data.sourceLocale, 'title'], message: 'The text in the language it was written in is required.' });
        } else if (typeof source.eligibility === 'string' && source.eligibility.length < eligibilityLength.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['text', data.sourceLocale, 'eligibility'],
            message: 'Say who may apply for it or use it, and on what terms, in the language the text was written in.',
          });
        }
      }
      const way = data.access;
      if (typeof way === 'object' && way !== null && !way.applyUrl && !way.email && way.viaHub !== true) {
        ctx.addIssue({
          code: 'custom',
          path: ['access'],
          message: 'Say how to get it: the address where one applies, a contact email, or that it can be asked for through the hub.',
        });
      }
      const dated = (v: unknown): v is string => typeof v === 'string' && isPartialDate(v);
      if (dated(data.startsOn) && dated(data.endsOn) && data.endsOn < data.startsOn) {
        ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date cannot be before the start date.' });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .transform((data) => ({ ...data, kind: data.kind as ItemKind, text: data.text as { [L in Locale]?: ItemText } }));

export type RevisionInput = z.input<typeof revisionInput>;

/** The reason a revision is returned for: the author reads it to fix the proposal. */
export const returnReason = z.preprocess(
  markdown,
  z
    .string({ error: 'Say why the revision is returned.' })
    .min(reasonLength.min, `Say why the revision is returned (at least ${reasonLength.min} characters).`)
    .max(reasonLength.max, `The reason can have at most ${reasonLength.max} characters.`),
);

/** Field path → first message, for forms that show a message beside each field ('text.en.title', 'coverage'…). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.filter((p) => typeof p !== 'number').join('.') || '_';
    errors[path] ??= issue.message;
  }
  return errors;
}
