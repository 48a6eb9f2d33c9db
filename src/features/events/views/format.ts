import type { Translate } from '../../../web/i18n/i18n.js';
import type { Locale } from '../../../web/i18n/locales.js';
import { countryName } from '../../countries/reference.js';
import type { EventSummary } from '../queries.js';
import { localParts, utcOffsetLabel } from '../time.js';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** Two local dates (YYYY-MM-DD) as one range in the reader's words: "24–28 April 2017". */
export function dateRange(start: string, end: string, locale: Locale): string {
  const f = format(locale, 'long', { dateStyle: 'long' });
  return start === end ? f.format(utcDate(start)) : f.formatRange(utcDate(start), utcDate(end));
}

/** A day heading: "Wednesday 26 April 2017". */
export function longDay(date: string, locale: Locale): string {
  return format(locale, 'day', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utcDate(date));
}

/** A short day for navigation: "Wed 26 Apr". */
export function shortDay(date: string, locale: Locale): string {
  return format(locale, 'short', { weekday: 'short', day: 'numeric', month: 'short' }).format(utcDate(date));
}

/** "April 2017". */
export function monthName(month: string, locale: Locale): string {
  return format(locale, 'month', { month: 'long', year: 'numeric' }).format(utcDate(`${month}-01`));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: Locale): { short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const d = utcDate(`2024-01-0${i + 1}`);
    return { short: format(locale, 'wd', { weekday: 'short' }).format(d), long: format(locale, 'wdl', { weekday: 'long' }).format(d) };
  });
}

/** "Europe/Zurich, UTC+02:00" at that instant. */
export function zoneLabel(instant: string, zone: string): string {
  return `${zone.replace(/_/g, ' ')}, ${utcOffsetLabel(instant, zone)}`;
}

/** Start and end of a span seen in a zone: "10:00–11:30", with the dates when they differ from `day`. */
export function timeRange(startsAt: string, endsAt: string, zone: string, locale: Locale, day?: string): string {
  const start = localParts(startsAt, zone);
  const end = localParts(endsAt, zone);
  const on = (p: { date: string; time: string }) => (day !== undefined && p.date !== day ? `${shortDay(p.date, locale)} ${p.time}` : p.time);
  return `${on(start)}–${on(end)}`;
}

/** An event's dates with its times, in its own zone, naming the zone; its dates alone when the hours are not known. */
export function eventWhen(event: Pick<EventSummary, 'startDate' | 'endDate' | 'startsAt' | 'endsAt' | 'timeZone' | 'allDay'>, locale: Locale): string {
  if (event.allDay) return dateRange(event.startDate, event.endDate, locale);
  const start = localParts(event.startsAt, event.timeZone).time;
  const end = localParts(event.endsAt, event.timeZone).time;
  return `${dateRange(event.startDate, event.endDate, locale)}, ${start}–${end} (${zoneLabel(event.startsAt, event.timeZone)})`;
}

/** The venue, city and country of an event, those it has (country named in `locale`). */
export function postalPlace(event: Pick<EventSummary, 'venue' | 'city' | 'country'>, locale: Locale): string[] {
  return [event.venue, event.city, event.country ? countryName(event.country, locale) : null].filter((part): part is string => Boolean(part));
}

/** Where an event happens, in short: "Geneva, Switzerland", or "Online". */
export function eventPlace(event: Pick<EventSummary, 'city' | 'country' | 'attendanceMode'>, t: Translate, locale: Locale): string {
  const place = [event.city, event.country ? countryName(event.country, locale) : null].filter(Boolean).join(', ');
  if (event.attendanceMode === 'online') return t('events.online');
  if (event.attendanceMode === 'mixed') return place ? `${place} · ${t('events.alsoOnline')}` : t('events.online');
  return place;
}

/** The anchor of an outcome on the outcomes page, from its stable ref: 'week/opening/r3' → 'r-opening-3'. */
export function outcomeAnchor(ref: string): string {
  const [, key = '', item = ''] = ref.split('/');
  return `${item.charAt(0)}-${key}-${item.slice(1)}`;
}

/**
 * An event's status as people read it, where it stands in time: a scheduled event that has ended
 * "took place" (schema.org and calendars keep "scheduled": they have no word for it), one under way
 * is "taking place". Postponed and cancelled events say so whatever the date.
 */
export function statusLabel(event: Pick<EventSummary, 'status' | 'phase'>, t: Translate): string {
  if (event.status === 'scheduled' || event.status === 'moved-online') {
    if (event.phase === 'past') return t(`events.phase.past.${event.status}`);
    if (event.phase === 'ongoing') return t(`events.phase.ongoing.${event.status}`);
  }
  return t(`events.status.${event.status}`);
}
