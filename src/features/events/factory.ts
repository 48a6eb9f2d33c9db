import type { EventSeed, SessionSeed } from './types.js';

let sequence = 0;

/** A valid event for tests: two days in Geneva with no programme; override what the case needs. */
export function buildEvent(overrides: Partial<EventSeed> = {}): EventSeed {
  sequence += 1;
  return {
    slug: overrides.slug ?? `test-event-${sequence}`,
    attendanceMode: 'offline',
    timeZone: 'Europe/Zurich',
    startDate: '2030-04-24',
    startTime: '09:00',
    endDate: '2030-04-25',
    endTime: '18:00',
    venue: 'Palais des Nations',
    city: 'Geneva',
    country: 'CHE',
    organisers: [],
    policyAreas: ['readiness-assessment'],
    coverage: ['001'],
    languages: ['en'],
    registration: 'none',
    sourceLocale: 'en',
    source: 'Test data',
    text: { en: { title: `Test event ${sequence}`, summary: `Summary of test event ${sequence}.`, description: `Description of test event ${sequence}.` } },
    ...overrides,
  };
}

/** A session on the event's first day in Room XX; override what the case needs. */
export function buildSession(overrides: Partial<SessionSeed> = {}): SessionSeed {
  sequence += 1;
  return {
    key: overrides.key ?? `session-${sequence}`,
    date: '2030-04-24',
    start: '10:00',
    end: '11:30',
    room: 'Room XX',
    type: 'panel',
    title: `Session ${sequence}`,
    ...overrides,
  };
}
