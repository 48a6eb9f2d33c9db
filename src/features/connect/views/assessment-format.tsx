import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { dontKnow } from '../questionnaire.js';

/*
 * Formatting shared by the assessment pages: dates in the reader's language (UTC, so the day does
 * not move with the server's zone), scores with one decimal at most, answers as their scale label.
 */

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const scoreFormats = new Map<Locale, Intl.NumberFormat>();

export function assessmentDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : f.format(date);
}

export function scoreFormat(locale: Locale): (n: number) => string {
  let f = scoreFormats.get(locale);
  if (!f) scoreFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return (n) => f.format(n);
}

/** "3 · Largely" or "Don't know" for a stored answer. */
export function answerLabel(value: number | null | undefined, t: Translate): string {
  if (value === undefined) return '–';
  if (value === null) return t(`assessments.scale.${dontKnow}`);
  return `${value} · ${t(`assessments.scale.${value}`)}`;
}

/** The sample notice shown on every page that shows a sample assessment. */
export function SampleNotice({ t, show }: { t: Translate; show: boolean }) {
  return show ? (
    <p class="notice" role="note">
      {t('assessments.sample')}
    </p>
  ) : null;
}
