import { cleanText } from '../../lib/text.js';
import {
  type ReportedFigureSeed,
  type ReportedMeasure,
  type ReportedQualifier,
  type ReportedUnit,
  type ShareGroup,
  measureUnits,
  reportedMeasures,
  reportedQualifiers,
  reportedUnits,
  shareGroups,
} from './types.js';

/** One thing wrong with a reported figure: the form field and a code of the `eventForms.problem` catalogue. */
export interface FigureProblem {
  field: string;
  code: string;
  values?: Record<string, string | number>;
}

const httpUrl = /^https?:\/\/[^\s<>"]+$/;
/** The largest count a figure may give: more people than attend any event, fewer than a typo of a phone number. */
export const maxCount = 100_000_000;
const earliestYear = 1990;

export const isMeasure = (v: unknown): v is ReportedMeasure => typeof v === 'string' && (reportedMeasures as readonly string[]).includes(v);
export const isUnit = (v: unknown): v is ReportedUnit => typeof v === 'string' && (reportedUnits as readonly string[]).includes(v);
export const isQualifier = (v: unknown): v is ReportedQualifier => typeof v === 'string' && (reportedQualifiers as readonly string[]).includes(v);
export const isShareGroup = (v: unknown): v is ShareGroup => typeof v === 'string' && (shareGroups as readonly string[]).includes(v);

/** '1/3' → [1, 3]; null for anything else (a denominator from 2 to 100, a numerator from 0 to it). */
export function parseFraction(text: string): [number, number] | null {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return null;
  const [n, d] = [Number(m[1]), Number(m[2])];
  return d >= 2 && d <= 100 && n <= d ? [n, d] : null;
}

/**
 * A count as people type it: digits, with spaces, commas, dots or apostrophes between groups of
 * three ("1,000", "1 000", "1.000", "1'000"); null for anything else (a decimal, a sign, words).
 */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t) && !/^\d{1,3}([ ,.'\u00a0\u202f]\d{3}){1,3}$/.test(t)) return null;
  return Number(t.replace(/\D/g, ''));
}

/** A percentage as typed: "33", "33.3", "33,3 %"; null for anything else. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*$/.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/** Everything wrong with a reported figure; empty when it can be saved. */
export function reportedFigureProblems(figure: ReportedFigureSeed): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const add = (field: string, code: string, values?: Record<string, string | number>) => problems.push({ field, code, values });
  if (!isMeasure(figure.measure)) add('measure', 'figureMeasure');
  if (!isUnit(figure.unit)) add('unit', 'figureUnit');
  else if (isMeasure(figure.measure) && measureUnits[figure.measure] !== figure.unit) add('unit', 'figureUnitMismatch');
  if (figure.qualifier !== undefined && !isQualifier(figure.qualifier)) add('qualifier', 'figureQualifier');
  if (figure.unit === 'text') {
    const text = figure.text?.trim() ?? '';
    if (text.length < 2 || text.length > 200) add('value', 'figureText');
    if (figure.qualifier && figure.qualifier !== 'exact') add('qualifier', 'figureQualifierText');
  } else if (figure.unit === 'count') {
    if (figure.value === undefined || !Number.isInteger(figure.value) || figure.value < 0 || figure.value > maxCount) add('value', 'figureCount', { max: maxCount });
  } else if (figure.unit === 'share') {
    if (figure.value === undefined || !Number.isFinite(figure.value) || figure.value < 0 || figure.value > 100) add('value', 'figureShare');
    if (figure.fraction !== undefined && !parseFraction(figure.fraction)) add('value', 'figureShare');
    if (!isShareGroup(figure.shareOf)) add('shareOf', 'figureShareOf');
  }
  const source = figure.source ?? { title: '', publisher: '', year: Number.NaN };
  if ((source.title?.trim().length ?? 0) < 3 || source.title.length > 300) add('sourceTitle', 'figureSourceTitle');
  if ((source.publisher?.trim().length ?? 0) < 2 || source.publisher.length > 200) add('sourcePublisher', 'figureSourcePublisher');
  const thisYear = new Date().getUTCFullYear();
  if (!Number.isInteger(source.year) || source.year < earliestYear || source.year > thisYear) add('sourceYear', 'figureSourceYear', { from: earliestYear, to: thisYear });
  if (source.url !== undefined && source.url !== '' && !(httpUrl.test(source.url) && source.url.length <= 500)) add('sourceUrl', 'figureSourceUrl');
  if ((figure.note?.length ?? 0) > 500) add('note', 'figureNote');
  return problems;
}

/** The reported-figure form as typed: every value a string, so it can be shown again unchanged. */
export interface FigureFormValues {
  measure: string;
  unit: string;
  qualifier: string;
  value: string;
  shareOf: string;
  note: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: string;
  sourceUrl: string;
}

export const emptyFigureForm = (defaults: Partial<FigureFormValues> = {}): FigureFormValues => ({
  measure: '',
  unit: '',
  qualifier: 'exact',
  value: '',
  shareOf: '',
  note: '',
  sourceTitle: '',
  sourcePublisher: '',
  sourceYear: '',
  sourceUrl: '',
  ...defaults,
});

/** The form's values from a parsed body, cleaned (control characters out, lengths bounded). */
export function figureFormValues(body: Record<string, unknown>): FigureFormValues {
  const one = (name: keyof FigureFormValues, max: number) => cleanText(typeof body[name] === 'string' ? (body[name] as string) : '', max);
  return {
    measure: one('measure', 40),
    unit: one('unit', 10),
    qualifier: one('qualifier', 20),
    value: one('value', 210),
    shareOf: one('shareOf', 20),
    note: one('note', 510),
    sourceTitle: one('sourceTitle', 310),
    sourcePublisher: one('sourcePublisher', 210),
    sourceYear: one('sourceYear', 10),
    sourceUrl: one('sourceUrl', 510),
  };
}

/**
 * The figure the form describes, or its problems (nothing is saved then). The value is read as the
 * unit says: a count ("1,000"), a share as a fraction ("1/3") or a percentage ("33.3"), or words.
 */
export function figureFromForm(values: FigureFormValues): { figure: ReportedFigureSeed; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const unit = values.unit as ReportedUnit;
  const figure: ReportedFigureSeed = {
    measure: values.measure as ReportedMeasure,
    unit,
    qualifier: (values.qualifier || 'exact') as ReportedQualifier,
    note: values.note || undefined,
    source: {
      title: values.sourceTitle,
      publisher: values.sourcePublisher,
      year: /^\d{4}$/.test(values.sourceYear) ? Number(values.sourceYear) : Number.NaN,
      url: values.sourceUrl || undefined,
    },
  };
  if (unit === 'text') figure.text = values.value;
  else if (unit === 'count') {
    const count = parseCount(values.value);
    if (count === null) problems.push({ field: 'value', code: 'figureCount', values: { max: maxCount } });
    else figure.value = count;
  } else if (unit === 'share') {
    const fraction = parseFraction(values.value);
    const percent = fraction ? (fraction[0] / fraction[1]) * 100 : parsePercent(values.value);
    if (fraction) figure.fraction = `${fraction[0]}/${fraction[1]}`;
    if (percent === null) problems.push({ field: 'value', code: 'figureShare' });
    else figure.value = percent;
    figure.shareOf = (values.shareOf || undefined) as ShareGroup | undefined;
  }
  const seen = new Set(problems.map((p) => p.field));
  for (const p of reportedFigureProblems(figure)) if (!seen.has(p.field)) problems.push(p);
  return { figure, problems };
}
