import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import { isWebUrl, scriptJson } from '../catalogue/json-ld.js';
import type { EventDetail } from './queries.js';
import type { AttendanceMode, EventStatus } from './types.js';

const attendance: Record<AttendanceMode, string> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

const status: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/** An instant as ISO 8601 with the zone's offset at that time: 2017-04-24T09:00:00+02:00. */
export function isoWithOffset(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone).toISO({ suppressMilliseconds: true })!;
}

function locations(event: EventDetail): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const online = event.attendanceMode !== 'offline' || event.status === 'moved-online';
  const inPerson = event.attendanceMode !== 'online' && event.status !== 'moved-online';
  if (inPerson && (event.venue || event.city || event.country)) {
    const iso2 = event.country ? countries.alpha3ToAlpha2(event.country) : undefined;
    out.push({
      '@type': 'Place',
      name: event.venue ?? event.city ?? event.country,
      address: {
        '@type': 'PostalAddress',
        ...(event.city ? { addressLocality: event.city } : {}),
        ...(iso2 ? { addressCountry: iso2 } : event.country ? { addressCountry: event.country } : {}),
      },
    });
  }
  if (online && isWebUrl(event.onlineUrl)) out.push({ '@type': 'VirtualLocation', url: event.onlineUrl });
  return out;
}

/**
 * schema.org Event for an event page, as the body of a <script type="application/ld+json"> ("<"
 * escaped). Times carry the event's offset. A past event keeps EventScheduled: schema.org has no
 * status for "took place" (the page says it in words). Sessions are left out: the page shows them and the
 * event's .ics lists each one, while here they would double the weight of a conference's page.
 */
export function eventJsonLd(event: EventDetail, pageUrl: string, organiserUrl: (slug: string) => string): string {
  const place = locations(event);
  const organisations = event.organisers.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    ...(o.acronym ? { alternateName: o.acronym } : {}),
    url: organiserUrl(o.slug),
  }));
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': pageUrl,
    url: pageUrl,
    name: event.title,
    description: event.summary,
    inLanguage: event.textLocale,
    // Dates alone when the hours are not known (schema.org accepts a Date): no made-up time.
    startDate: event.allDay ? event.startDate : isoWithOffset(event.startsAt, event.timeZone),
    endDate: event.allDay ? event.endDate : isoWithOffset(event.endsAt, event.timeZone),
    eventAttendanceMode: attendance[event.status === 'moved-online' ? 'online' : event.attendanceMode],
    eventStatus: status[event.status],
    ...(place.length === 1 ? { location: place[0] } : place.length > 1 ? { location: place } : {}),
    ...(organisations.length ? { organizer: organisations.length === 1 ? organisations[0] : organisations } : {}),
  };
  return scriptJson(data);
}
