import { translator } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { MailMessage } from '../mail/outbox.js';
import type { EventSummary } from './queries.js';
import { eventWhen, postalPlace } from './views/format.js';

export type RegistrationEmailKind = 'confirmed' | 'waitlisted' | 'promoted';

type EventFacts = Pick<EventSummary, 'slug' | 'title' | 'startDate' | 'endDate' | 'startsAt' | 'endsAt' | 'allDay' | 'timeZone' | 'venue' | 'city' | 'country' | 'attendanceMode' | 'onlineUrl'>;

/** Where an event happens, in full: venue, city, country, and "Online" when it is (also) online. */
export function eventAddress(event: Pick<EventFacts, 'venue' | 'city' | 'country' | 'attendanceMode'>, locale: Locale): string {
  const t = translator(locale);
  const place = event.attendanceMode === 'online' ? [] : postalPlace(event, locale);
  if (event.attendanceMode !== 'offline') place.push(t('registration.online'));
  return place.join(', ');
}

/** The link that cancels one registration (absolute: it is sent by email). */
export function cancelUrl(baseUrl: string, slug: string, token: string): string {
  return `${baseUrl}/events/${encodeURIComponent(slug)}/registrations/cancel?token=${encodeURIComponent(token)}`;
}

/**
 * The email about a registration, in the language of the page the person registered from: the
 * event, its dates and times in its own zone, where, the status, the calendar file and the link to
 * cancel. The event's title is expected in that language (or its source language).
 */
export function registrationEmail(
  kind: RegistrationEmailKind,
  to: { name: string; email: string; locale: Locale },
  event: EventFacts,
  links: { baseUrl: string; token: string; position?: number | null },
): MailMessage {
  const t = translator(to.locale);
  const values = { event: event.title, position: String(links.position ?? '') };
  const where = eventAddress(event, to.locale);
  const lines = [
    t('registration.email.greeting', { name: to.name }),
    '',
    t(`registration.email.${kind}`, values),
    '',
    event.title,
    t('registration.email.when', { when: eventWhen(event, to.locale) }),
    ...(where ? [t('registration.email.where', { where })] : []),
    ...(event.onlineUrl && event.attendanceMode !== 'offline' ? [event.onlineUrl] : []),
    '',
    t('registration.email.calendar'),
    `${links.baseUrl}/events/${encodeURIComponent(event.slug)}.ics`,
    '',
    t('registration.email.cancel'),
    cancelUrl(links.baseUrl, event.slug, links.token),
    ...(kind === 'promoted' ? [t('registration.email.cancelReplaces')] : []),
    '',
    t('registration.email.signature'),
  ];
  return { to: to.email, subject: t(`registration.email.${kind}Subject`, values), text: lines.join('\n'), kind: `registration-${kind}` };
}
