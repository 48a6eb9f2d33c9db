import type { Locale } from '../../../web/i18n/locales.js';
import { indicatorDefinition } from '../indicator-catalogue.js';

/**
 * How an indicator's values read in the reader's language: shares with one decimal and a percent sign
 * (40.8 %), the LPI's 1–5 score with two (2.81), money in US dollars (GDP compact: $95.4B), population
 * as a whole number. Downloads and the API keep every digit.
 */
export function indicatorFormat(code: string, locale: Locale): (n: number) => string {
  const unit = indicatorDefinition(code)?.unit;
  if (unit === 'percent') {
    const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
    return (n) => f.format(n / 100);
  }
  if (unit === 'usd') {
    const large = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
    const small = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    return (n) => (Math.abs(n) >= 1e6 ? large.format(n) : small.format(n));
  }
  if (unit === 'count') {
    const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return (n) => f.format(n);
  }
  const digits = code === 'logistics-performance' ? 2 : 1;
  const f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (n) => f.format(n);
}
