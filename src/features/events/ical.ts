import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus, foldLines } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { eventPath } from './present.js';
import type { EventDetail, EventSession, EventSummary, OrganisationRef } from './queries.js';
import type { EventStatus } from './types.js';
import { postalPlace } from './views/format.js';
import { policyAreaLabel } from '../policy-areas/present.js';

/** What a calendar needs besides the events: where links point, whose host names the UIDs, the language. */
export interface CalendarContext {
  /** Origin of links (the public URL, else the request's). */
  origin: string;
  /** Host that UIDs are minted from: the hub's configured address, never a request's Host header. */
  uidHost: string;
  locale: Locale;
  t: Translate;
}

const utc = (instant: string) => DateTime.fromISO(instant, { zone: 'UTC' });

/**
 * DTSTART and DTEND: local times in the event's zone, or, when only the days are known, all-day
 * dates (DTSTART;VALUE=DATE, DTEND the day after the last, as RFC 5545 wants) with no made-up hour.
 * The stored bounds of an all-day span are midnights in the event's zone, which ical-generator turns
 * back into those local dates.
 */
const span = (s: { startsAt: string; endsAt: string; allDay: boolean }) => ({ start: utc(s.startsAt), end: utc(s.endsAt), allDay: s.allDay });

/** RFC 5545 STATUS: a postponed event is TENTATIVE; moved online it still takes place. */
function statusOf(status: EventStatus, sessionCancelled = false): ICalEventStatus {
  if (sessionCancelled || status === 'cancelled') return ICalEventStatus.CANCELLED;
  return status === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

function place(event: EventSummary, locale: Locale): string | null {
  const inPerson = event.attendanceMode !== 'online' && event.status !== 'moved-online';
  const parts = inPerson ? postalPlace(event, locale) : [];
  return parts.length ? parts.join(', ') : event.onlineUrl;
}

/** A calendar published for subscription, named, in the reader's language. */
function calendarFor(ctx: CalendarContext, name: string): ICalCalendar {
  return new ICalCalendar({
    prodId: { company: 'E4D Hub', product: 'Events', language: ctx.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name,
    ttl: 6 * 60 * 60,
  });
}

/**
 * One VTIMEZONE (from @touch4it/ical-timezones) for each zone the events use, before the first event.
 * Not through ical-generator's calendar zone: with one set, it writes DTSTAMP, CREATED and
 * LAST-MODIFIED as local times, where RFC 5545 wants UTC.
 */
function withTimeZones(text: string, zones: string[]): string {
  const blocks = [...new Set(zones)]
    .map((zone) => getVtimezoneComponent(zone))
    .filter((block): block is string => Boolean(block))
    .map((block) => `${foldLines(block.replace(/\r?\n/g, '\r\n').trim())}\r\n`)
    .join('');
  const at = text.search(/BEGIN:VEVENT\r\n|END:VCALENDAR/);
  return at === -1 ? text : text.slice(0, at) + blocks + text.slice(at);
}

/**
 * ORGANIZER takes a calendar address, and ical-generator only writes mailto: ones; organisations have a
 * page, not a public mailbox. Each event gets a short placeholder property, replaced afterwards by
 * ORGANIZER;CN="name":<organisation page>, escaped and folded as RFC 5545 wants.
 */
const organizerMark = 'X-E4D-ORGANIZER';

function withOrganizers(text: string, organizers: OrganisationRef[], origin: string): string {
  return text.replace(new RegExp(`${organizerMark}:(\\d+)\\r\\n`, 'g'), (_whole, index: string) => {
    const o = organizers[Number(index)]!;
    // A quoted parameter value may hold anything but DQUOTE and control characters (no escapes).
    const name = o.name.replace(/["\p{Cc}]/gu, '');
    return `${foldLines(`ORGANIZER;CN="${name}":${origin}/organisations/${o.slug}`)}\r\n`;
  });
}

/** /events.ics: one VEVENT per event, from its start to its end in its own zone. */
export function eventsCalendar(events: EventSummary[], ctx: CalendarContext, name = ctx.t('figures.calendar.name')): string {
  const { origin, uidHost, locale, t } = ctx;
  const calendar = calendarFor(ctx, name);
  calendar.description(t('figures.calendar.description'));
  const organizers: OrganisationRef[] = [];
  for (const event of events) {
    const url = `${origin}${eventPath(event.slug)}`;
    const item = calendar.createEvent({
      id: `event-${event.slug}@${uidHost}`,
      sequence: event.sequence,
      ...span(event),
      timezone: event.timeZone,
      stamp: utc(event.updatedAt),
      lastModified: utc(event.updatedAt),
      created: utc(event.createdAt),
      summary: event.title,
      description: [event.summary, event.attendanceMode === 'mixed' && event.onlineUrl ? `${t('figures.calendar.online')}: ${event.onlineUrl}` : '', url].filter(Boolean).join('\n\n'),
      location: place(event, locale),
      url,
      status: statusOf(event.status),
      categories: event.policyAreas.map((area) => ({ name: policyAreaLabel(t, area) })),
    });
    const organiser = event.organisers[0];
    if (organiser) {
      item.x(organizerMark, String(organizers.length));
      organizers.push(organiser);
    }
  }
  return withTimeZones(withOrganizers(calendar.toString(), organizers, origin), events.map((e) => e.timeZone));
}

function sessionDescription(session: EventSession, event: EventDetail, ctx: CalendarContext, url: string): string {
  const { t } = ctx;
  const lines: string[] = [];
  if (session.description) lines.push(session.description);
  if (session.coOrganisers.length) lines.push(`${t('figures.calendar.coOrganisers')}: ${session.coOrganisers.map((o) => o.name).join(', ')}`);
  if (session.people.length) {
    const people = session.people.map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', '));
    lines.push(`${t('figures.calendar.people')}:\n${people.map((p) => `- ${p}`).join('\n')}`);
  }
  lines.push(`${event.title} — ${t('figures.calendar.more')}: ${url}`);
  return lines.join('\n\n');
}

/**
 * /events/:slug.ics: one VEVENT per session, in the event's zone with its VTIMEZONE, so that calendar
 * apps show the programme's own local times; an event without a programme is one VEVENT.
 */
export function programmeCalendar(event: EventDetail, ctx: CalendarContext): string {
  const { origin, uidHost, locale, t } = ctx;
  const url = `${origin}${eventPath(event.slug)}`;
  if (!event.sessions.length) return eventsCalendar([event], ctx, event.title);
  const calendar = calendarFor(ctx, event.title);
  const venue = place(event, locale);
  const inPerson = event.attendanceMode !== 'online' && event.status !== 'moved-online';
  const organizers: OrganisationRef[] = [];
  for (const session of event.sessions) {
    const item = calendar.createEvent({
      id: `session-${event.slug}-${session.key}@${uidHost}`,
      sequence: session.sequence,
      ...span(session),
      timezone: event.timeZone,
      stamp: utc(event.updatedAt),
      lastModified: utc(event.updatedAt),
      created: utc(event.createdAt),
      summary: session.title,
      description: sessionDescription(session, event, ctx, url),
      location: inPerson ? [session.room, venue].filter(Boolean).join(', ') || null : venue,
      url,
      status: statusOf(event.status, session.status === 'cancelled'),
      categories: event.policyAreas.map((area) => ({ name: policyAreaLabel(t, area) })),
    });
    const organiser = event.organisers[0];
    if (organiser) {
      item.x(organizerMark, String(organizers.length));
      organizers.push(organiser);
    }
  }
  return withTimeZones(withOrganizers(calendar.toString(), organizers, origin), [event.timeZone]);
}
