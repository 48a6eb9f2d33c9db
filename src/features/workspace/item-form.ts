import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { type Locale, locales } from '../../web/i18n/locales.js';
import { type ItemText, itemTypes } from '../catalogue/types.js';
import type { WorkflowError } from '../contributions/errors.js';
import { eligibilityLength, maxDescriptionLength, maxOrganisations, revisionInput, summaryLength, titleLength } from '../contributions/schema.js';
import type { RevisionData } from '../contributions/types.js';

/**
 * The item form as typed: strings and lists of strings, so that a form sent back with errors shows
 * exactly what was entered. Coverage and organisations are one text field each (codes separated by
 * commas): a long list of countries does not fit checkboxes, and a text field needs no JavaScript.
 */
export interface ItemFormValues {
  type: string;
  kind: string;
  cost: string;
  /** How to get it; the inputs are named access.applyUrl, access.email and access.viaHub, as the schema's paths. */
  access: { applyUrl: string; email: string; viaHub: boolean };
  link: string;
  documentUrl: string;
  startsOn: string;
  endsOn: string;
  publishedOn: string;
  policyAreas: string[];
  beneficiaries: string[];
  languages: string[];
  coverage: string;
  organisations: string;
  sourceLocale: string;
  text: Record<Locale, ItemText>;
}

export const isItemType = (value: string | undefined): value is RevisionData['type'] => (itemTypes as readonly string[]).includes(value ?? '');

const blankTexts = () =>
  Object.fromEntries(locales.map((l) => [l, { title: '', summary: '', description: '', eligibility: '' }])) as ItemFormValues['text'];

/** An empty form for a new item of the organisation, its text in the page's language. */
export function newItemValues(type: RevisionData['type'], organisationSlug: string, locale: Locale): ItemFormValues {
  return {
    type,
    kind: '',
    cost: 'free',
    access: { applyUrl: '', email: '', viaHub: false },
    link: '',
    documentUrl: '',
    startsOn: '',
    endsOn: '',
    publishedOn: '',
    policyAreas: [],
    beneficiaries: [],
    languages: [locale],
    coverage: '',
    organisations: organisationSlug,
    sourceLocale: locale,
    text: blankTexts(),
  };
}

/** The form filled in from a revision or a published item. */
export function valuesOfData(data: RevisionData): ItemFormValues {
  const text = blankTexts();
  for (const locale of locales) {
    const given = data.text[locale];
    if (given) text[locale] = { title: given.title, summary: given.summary, description: given.description, eligibility: given.eligibility };
  }
  return {
    type: data.type,
    kind: data.kind,
    cost: data.cost,
    access: { applyUrl: data.access.applyUrl ?? '', email: data.access.email ?? '', viaHub: data.access.viaHub === true },
    link: data.link ?? '',
    documentUrl: data.documentUrl ?? '',
    startsOn: data.startsOn ?? '',
    endsOn: data.endsOn ?? '',
    publishedOn: data.publishedOn ?? '',
    policyAreas: [...data.policyAreas],
    beneficiaries: [...data.beneficiaries],
    languages: [...data.languages],
    coverage: data.coverage.join(', '),
    organisations: data.organisations.join(', '),
    sourceLocale: data.sourceLocale,
    text,
  };
}

/** A posted item form; fields that were not sent are empty, files are ignored. */
export async function postedItemValues(c: Context<AppEnv>): Promise<ItemFormValues> {
  const body = await c.req.parseBody({ all: true });
  const one = (name: string) => {
    const value = body[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first.trim() : '';
  };
  const many = (name: string) => {
    const value = body[name];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '').slice(0, 50);
  };
  const text = blankTexts();
  for (const locale of locales) {
    const field = (name: keyof ItemText) => one(`text.${locale}.${name}`);
    text[locale] = { title: field('title'), summary: field('summary'), description: field('description'), eligibility: field('eligibility') };
  }
  return {
    type: one('type'),
    kind: one('kind'),
    cost: one('cost'),
    access: { applyUrl: one('access.applyUrl'), email: one('access.email'), viaHub: one('access.viaHub') !== '' },
    link: one('link'),
    documentUrl: one('documentUrl'),
    startsOn: one('startsOn'),
    endsOn: one('endsOn'),
    publishedOn: one('publishedOn'),
    policyAreas: many('policyAreas'),
    beneficiaries: many('beneficiaries'),
    languages: many('languages'),
    coverage: one('coverage'),
    organisations: one('organisations'),
    sourceLocale: one('sourceLocale'),
    text,
  };
}

const codes = (value: string) => value.split(/[\s,;]+/).filter(Boolean).slice(0, 300);

/** What revisionInput parses: lists split, the rest as typed (the schema trims and turns '' into null). */
export function inputOfValues(values: ItemFormValues): Record<string, unknown> {
  return { ...values, coverage: codes(values.coverage), organisations: codes(values.organisations.toLowerCase()) };
}

/**
 * The schema's problems as messages in the page's language, one per field (named as the form's
 * inputs: 'kind', 'text.fr.title'…). The schema's own messages are English; they are the fallback.
 */
export function translatedErrors(error: z.ZodError, values: ItemFormValues, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.filter((p) => typeof p !== 'number').join('.') || '_';
    errors[field] ??= messageFor(field, issue.code, values, t) ?? issue.message;
  }
  return errors;
}

function messageFor(field: string, code: string, values: ItemFormValues, t: Translate): string | undefined {
  const textField = /^text\.(\w+)\.(title|summary|description|eligibility)$/.exec(field)?.[2];
  if (textField === 'title') return code === 'custom' ? t('workspace.error.sourceText') : t('workspace.error.titleLength', titleLength);
  if (textField === 'summary') return t('workspace.error.summaryLength', summaryLength);
  if (textField === 'description') return t('workspace.error.descriptionLength', { max: maxDescriptionLength });
  if (textField === 'eligibility') return code === 'custom' ? t('workspace.error.eligibility') : t('workspace.error.eligibilityLength', eligibilityLength);
  switch (field) {
    case 'type':
    case 'cost':
    case 'sourceLocale':
      return t(`workspace.error.${field}`);
    case 'kind':
      return t(code === 'custom' ? 'workspace.error.kindMismatch' : 'workspace.error.kind');
    case 'link':
    case 'documentUrl':
    case 'access.applyUrl':
      return t('workspace.error.url');
    case 'access.email':
      return t('workspace.error.contactEmail');
    case 'access':
      return t('workspace.error.access');
    case 'startsOn':
    case 'publishedOn':
      return t('workspace.error.date');
    case 'endsOn':
      // Both a malformed date and an end before the start are 'custom' issues: tell them apart by the values.
      return /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(values.endsOn) && values.startsOn !== '' && values.endsOn < values.startsOn
        ? t('workspace.error.endBeforeStart')
        : t('workspace.error.date');
    case 'policyAreas':
    case 'languages':
      return t(code === 'too_small' ? `workspace.error.${field}` : 'workspace.error.choice');
    case 'beneficiaries':
      return t('workspace.error.choice');
    case 'coverage':
      return t(code === 'too_small' ? 'workspace.error.coverage' : 'workspace.error.coverageUnknown');
    case 'organisations':
      return code === 'custom' ? t('workspace.error.tooManyOrganisations', { max: maxOrganisations }) : t('workspace.error.organisations');
    default:
      return undefined;
  }
}

/**
 * The field errors of a WorkflowError that refused the data (the routes check what they can first,
 * in the page's language; this is the fallback, with the command's English messages).
 */
export function workflowFieldErrors(error: WorkflowError, t: Translate): FieldErrors | undefined {
  if (error.id === 'type-fixed') return { type: t('workspace.error.typeFixed') };
  if (error.status === 422 && Object.keys(error.fields).length) return { ...error.fields };
  return undefined;
}

/**
 * The form checked as the workflow will check it, with messages in the page's language: the schema,
 * then the organisations (they exist, and include the one proposing). Either the data or the errors.
 */
export async function validatedItem(
  db: Kysely<Database>,
  values: ItemFormValues,
  contributor: string,
  t: Translate,
): Promise<{ data: RevisionData; errors?: undefined } | { data?: undefined; errors: FieldErrors }> {
  const parsed = revisionInput.safeParse(inputOfValues(values));
  const errors = parsed.success ? {} : translatedErrors(parsed.error, values, t);
  const slugs = [...new Set(codes(values.organisations.toLowerCase()))];
  if (!errors.organisations && slugs.length > 0 && slugs.length <= maxOrganisations) {
    const known = new Set((await db.selectFrom('organisations').select('slug').where('slug', 'in', slugs).execute()).map((o) => o.slug));
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length) errors.organisations = t('workspace.error.unknownOrganisation', { slugs: unknown.join(', ') });
    else if (!known.has(contributor)) errors.organisations = t('workspace.error.organisationNotNamed', { slug: contributor });
  }
  if (!parsed.success || Object.keys(errors).length) return { errors };
  return { data: parsed.data };
}
