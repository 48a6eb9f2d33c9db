import { describe, expect, it } from 'vitest';
import { eventJsonLd } from './json-ld.js';
import type { EventDetail, EventSession } from './queries.js';

const session = (overrides: Partial<EventSession>): EventSession => ({
  id: 1,
  key: 'opening',
  date: '2017-04-24',
  startsAt: '2017-04-24T08:00:00.000Z',
  endsAt: '2017-04-24T09:30:00.000Z',
  allDay: false,
  room: 'Room XX',
  track: null,
  type: 'opening',
  title: 'Opening',
  textLocale: 'en',
  description: '',
  descriptionLocale: 'en',
  status: 'scheduled',
  sequence: 0,
  coOrganisers: [],
  people: [{ id: 1, name: 'A. Person', title: null, organisation: null, country: 'KEN', gender: 'woman', role: 'speaker' }],
  outcomes: [],
  ...overrides,
});

const event = (overrides: Partial<EventDetail> = {}): EventDetail => ({
  id: 1,
  slug: 'week',
  title: 'E-Commerce Week </script><script>alert(1)</script>',
  summary: 'A week in Geneva.',
  textLocale: 'en',
  sourceLocale: 'en',
  status: 'scheduled',
  attendanceMode: 'offline',
  startsAt: '2017-04-24T07:00:00.000Z',
  endsAt: '2017-04-28T16:00:00.000Z',
  startDate: '2017-04-24',
  endDate: '2017-04-28',
  allDay: false,
  phase: 'past',
  timeZone: 'Europe/Zurich',
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'CHE',
  onlineUrl: 'https://example.org/live',
  registration: 'none',
  registrationUrl: null,
  capacity: null,
  isSample: false,
  sequence: 0,
  createdAt: '2017-01-01T00:00:00.000Z',
  updatedAt: '2017-01-01T00:00:00.000Z',
  organisers: [{ slug: 'unctad', name: 'UNCTAD organisation', acronym: 'UNCTAD' }],
  partners: [],
  policyAreas: ['readiness-assessment'],
  coverage: ['001'],
  languages: ['en'],
  description: '',
  source: 'Test',
  locales: ['en'],
  days: [],
  sessions: [session({}), session({ id: 2, key: 'gone', title: 'Gone', status: 'cancelled' })],
  registrations: { confirmed: 0, waitlisted: 0 },
  ...overrides,
});

const parsed = (e: EventDetail) => JSON.parse(eventJsonLd(e, 'https://hub.example.org/events/week', (slug) => `https://hub.example.org/organisations/${slug}`));

describe('eventJsonLd', () => {
  it('is a schema.org Event with offsets, a Place, organisers and sessions, safe inside a script element', () => {
    const body = eventJsonLd(event(), 'https://hub.example.org/events/week', (slug) => `/organisations/${slug}`);
    expect(body).not.toContain('<');
    const data = JSON.parse(body);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'E-Commerce Week </script><script>alert(1)</script>',
      startDate: '2017-04-24T09:00:00+02:00',
      endDate: '2017-04-28T18:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Palais des Nations', address: { '@type': 'PostalAddress', addressLocality: 'Geneva', addressCountry: 'CH' } },
      organizer: { '@type': 'Organization', name: 'UNCTAD organisation', url: '/organisations/unctad' },
    });
    expect(data).not.toHaveProperty('subEvent');
    expect(JSON.stringify(data)).not.toContain('woman');
  });

  it('gives a VirtualLocation online, both for a mixed event, and the status of a changed event', () => {
    const online = parsed(event({ attendanceMode: 'online', venue: null, city: null, country: null }));
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    const mixed = parsed(event({ attendanceMode: 'mixed' }));
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location.map((l: any) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(parsed(event({ status: 'postponed' })).eventStatus).toBe('https://schema.org/EventPostponed');
    expect(parsed(event({ status: 'cancelled' })).eventStatus).toBe('https://schema.org/EventCancelled');
    const moved = parsed(event({ status: 'moved-online' }));
    expect(moved.eventStatus).toBe('https://schema.org/EventMovedOnline');
    expect(moved.location['@type']).toBe('VirtualLocation');
  });

  it('keeps EventScheduled for an event that took place, and gives dates alone when its hours are not known', () => {
    // schema.org has no "took place": a past event that was not cancelled stays scheduled (the page says it in words).
    const past = parsed(event({ phase: 'past' }));
    expect(past.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(parsed(event({ phase: 'past', status: 'cancelled' })).eventStatus).toBe('https://schema.org/EventCancelled');
    const days = parsed(event({ allDay: true, startsAt: '2017-04-23T22:00:00.000Z', endsAt: '2017-04-28T22:00:00.000Z' }));
    expect(days.startDate).toBe('2017-04-24');
    expect(days.endDate).toBe('2017-04-28');
  });
});
