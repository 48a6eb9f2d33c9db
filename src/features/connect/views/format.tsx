import type { Locale } from '../../../web/i18n/locales.js';

/*
 * Formatting shared by the connect pages (requests, partners' dashboards, assessments, actions):
 * days in the reader's language (UTC, so the day does not move with the server's zone), percents,
 * and the notice on sample content. One cache of Intl formatters for all of them.
 */

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

const dayStyles = {
  long: { dateStyle: 'long' },
  medium: { dateStyle: 'medium' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date (YYYY-MM-DD) or an instant (ISO) as a day: 'long' "3 March 2031", 'medium' "3 Mar 2031",
 * 'weekday' "Monday 3 March 2031"; anything that is not a date as it is.
 */
export function dayText(value: string, locale: Locale, style: keyof typeof dayStyles = 'long'): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`${locale}:day-${style}`, () => new Intl.DateTimeFormat(locale, { ...dayStyles[style], timeZone: 'UTC' })).format(date);
}

/** A day (YYYY-MM-DD) in the reader's words, machine-readable too. */
export function Day({ date, locale }: { date: string; locale: Locale }) {
  return <time datetime={date}>{dayText(date, locale)}</time>;
}

/** 0.5 → "50%" in the reader's language. */
export function percent(value: number, locale: Locale): string {
  return cached(`${locale}:percent`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(value);
}

/** The notice on every page that shows sample (made-up) content; `text` is the page's own wording. */
export function SampleNotice({ show, text, strong = false }: { show: boolean; text: string; strong?: boolean }) {
  if (!show) return null;
  return (
    <p class={strong ? 'notice sample-notice' : 'notice'} role="note">
      {strong ? <strong>{text}</strong> : text}
    </p>
  );
}
