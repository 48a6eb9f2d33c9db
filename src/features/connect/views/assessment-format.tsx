import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { dontKnow } from '../questionnaire.js';

/*
 * Formatting of the assessment pages (days and the sample notice are in ./format.tsx): scores with
 * one decimal at most, answers as their scale label.
 */

const scoreFormats = new Map<Locale, Intl.NumberFormat>();

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
