import { DateTime, IANAZone } from 'luxon';

/** True for a time zone name the IANA database knows ('Europe/Zurich'); offsets and abbreviations are refused. */
export function isTimeZone(name: string): boolean {
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(name) && IANAZone.isValidZone(name);
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isLocalDate(value: string): boolean {
  return datePattern.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

export function isLocalTime(value: string): boolean {
  return timePattern.test(value);
}

/**
 * The UTC instant of a wall-clock time in a zone, as an ISO string; null when the date, time or zone
 * is invalid, or the time does not exist that day (skipped by a daylight-saving change).
 */
export function utcInstant(date: string, time: string, zone: string): string | null {
  if (!isLocalDate(date) || !isLocalTime(time) || !isTimeZone(zone)) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid || local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return null;
  return local.toUTC().toISO();
}

/** A UTC instant seen in a zone: its local date (YYYY-MM-DD) and time (HH:MM). */
export function localParts(instant: string, zone: string): { date: string; time: string } {
  const local = DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
}

/** The zone's offset from UTC at that instant, as shown to people: 'UTC+02:00'. */
export function utcOffsetLabel(instant: string, zone: string): string {
  const local = DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
  return `UTC${local.toFormat('ZZ')}`;
}

/** Today's date in UTC, YYYY-MM-DD (the boundary between upcoming and past events). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day after a local date (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toFormat('yyyy-MM-dd');
}

/**
 * The UTC instant a local day begins in a zone (its first moment, also when a daylight-saving change
 * skips midnight); null for an invalid date or zone.
 */
export function dayStart(date: string, zone: string): string | null {
  if (!isLocalDate(date) || !isTimeZone(zone)) return null;
  return DateTime.fromISO(date, { zone }).startOf('day').toUTC().toISO();
}

/** Whole local days, from the start of `first` to the start of the day after `last`: what an all-day event or session spans. */
export function dayBounds(first: string, last: string, zone: string): { startsAt: string; endsAt: string } | null {
  const startsAt = dayStart(first, zone);
  const endsAt = dayStart(nextDate(last), zone);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

/** Whether an event has not begun, is under way or has ended at `now`. */
export function eventPhase(span: { startsAt: string; endsAt: string }, now = new Date()): 'upcoming' | 'ongoing' | 'past' {
  const at = now.toISOString();
  if (at < new Date(span.startsAt).toISOString()) return 'upcoming';
  return at < new Date(span.endsAt).toISOString() ? 'ongoing' : 'past';
}

/** A time that was given (a form's empty field is no time). */
export const timeGiven = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** True when neither time is given: the day (or days) are known, not the hours. */
export const isAllDay = (start: string | undefined, end: string | undefined): boolean => !timeGiven(start) && !timeGiven(end);
