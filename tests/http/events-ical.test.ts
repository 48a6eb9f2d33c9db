import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator, eventStatusSetter, eventUpdater } from '../../src/features/events/commands.js';
import { buildEvent, buildSession } from '../../src/features/events/factory.js';
import type { EventSeed } from '../../src/features/events/types.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/** The calendar feeds, parsed with ical.js: one VEVENT per session, local times, stable UIDs, SEQUENCE, STATUS. */

let hub: TestHub;
let eventId: number;

const programme = (): EventSeed =>
  buildEvent({
    slug: 'ical-week',
    organisers: ['unctad'],
    startDate: '2030-04-23',
    startTime: '09:00',
    endDate: '2030-04-25',
    endTime: '18:00',
    policyAreas: ['payment-solutions'],
    coverage: ['002'],
    sessions: [
      buildSession({ key: 'opening', date: '2030-04-23', start: '10:00', end: '11:30', room: 'Room XX', title: 'Opening, with “quotes”; and commas' }),
      buildSession({
        key: 'payments',
        date: '2030-04-24',
        start: '15:00',
        end: '16:30',
        room: 'Room XXVI',
        title: 'Mobile payments',
        coOrganisers: [{ slug: 'itu' }, { name: 'Government of Kenya' }],
        people: [{ name: 'Ada Moderator', organisation: 'Central Bank', role: 'moderator', gender: 'woman' }],
      }),
      buildSession({ key: 'closing', date: '2030-04-25', start: '17:00', end: '18:00', room: 'Room XX', title: 'Closing' }),
    ],
  });

beforeAll(async () => {
  hub = await createTestHub();
  eventId = await hub.db.db.transaction().execute((trx) => eventCreator(trx, programme()));
}, 60_000);
afterAll(() => hub.close());

async function calendar(path: string) {
  hub.responseCache.clear();
  const res = await hub.get(path);
  const text = await res.text();
  return { res, text, parsed: res.status === 200 ? parse(text) : null };
}

/** The calendar, its VTIMEZONEs registered so that ical.js turns local times into instants with them. */
function parse(text: string): ICAL.Component {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return root;
}

const vevents = (root: ICAL.Component) => root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const byUid = (root: ICAL.Component) => new Map(vevents(root).map((e) => [e.uid, e]));
const local = (time: ICAL.Time) => `${time.toString().slice(0, 16)}`;
const utc = (time: ICAL.Time) => time.toJSDate().toISOString();
const sessionsInDb = async (id: number) =>
  Number((await hub.db.db.selectFrom('eventSessions').select((eb) => eb.fn.countAll<number>().as('n')).where('eventId', '=', id).executeTakeFirstOrThrow()).n);

describe('GET /events/:slug.ics', () => {
  it('gives each session one VEVENT in the event’s zone, with its VTIMEZONE, local times and details', async () => {
    const { res, text, parsed } = await calendar('/events/ical-week.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toContain('filename="ical-week.ics"');
    expect(parsed!.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Zurich']);
    const events = vevents(parsed!);
    expect(events).toHaveLength(await sessionsInDb(eventId));
    const uids = byUid(parsed!);
    const opening = uids.get('session-ical-week-opening@localhost')!;
    expect(opening.startDate.zone.tzid).toBe('Europe/Zurich');
    expect(local(opening.startDate)).toBe('2030-04-23T10:00');
    expect(utc(opening.startDate)).toBe('2030-04-23T08:00:00.000Z'); // CEST = UTC+2
    expect(local(opening.endDate)).toBe('2030-04-23T11:30');
    expect(opening.summary).toBe('Opening, with “quotes”; and commas');
    expect(opening.location).toMatch(/^Room XX, Palais des Nations, Geneva/);
    const payments = uids.get('session-ical-week-payments@localhost')!;
    expect(local(payments.startDate)).toBe('2030-04-24T15:00');
    expect(payments.description).toMatch(/Co-organised by: International Telecommunication Union.*, Government of Kenya/);
    expect(payments.description).toContain('Ada Moderator, Central Bank');
    expect(payments.description).not.toContain('woman');
    expect(payments.organizer).toBe('http://localhost/organisations/unctad');
    expect(payments.component.getFirstProperty('organizer')!.getParameter('cn')).toMatch(/^United Nations Conference on Trade and Development/);
    expect(local(uids.get('session-ical-week-closing@localhost')!.endDate)).toBe('2030-04-25T18:00');
    expect(events.every((e) => e.component.getFirstPropertyValue('status') === 'CONFIRMED')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // DTSTAMP, CREATED and LAST-MODIFIED are UTC (RFC 5545), whatever the event's zone.
    for (const name of ['DTSTAMP', 'CREATED', 'LAST-MODIFIED']) expect(text.match(new RegExp(`^${name}:.*$`, 'gm'))!.every((line) => line.endsWith('Z'))).toBe(true);
  });

  it('keeps UIDs across requests, another Host header and an update, and raises SEQUENCE on what changed', async () => {
    const first = await calendar('/events/ical-week.ics');
    const again = await calendar('/events/ical-week.ics');
    hub.responseCache.clear();
    const otherHost = await (await hub.app.request('http://hub.example.net/events/ical-week.ics')).text();
    const uids = [...byUid(first.parsed!).keys()].sort();
    expect([...byUid(again.parsed!).keys()].sort()).toEqual(uids);
    expect([...byUid(parse(otherHost)).keys()].sort()).toEqual(uids);

    const seed = programme();
    seed.sessions![1] = { ...seed.sessions![1]!, start: '15:30', end: '17:00' };
    await hub.db.db.transaction().execute((trx) => eventUpdater(trx, eventId, seed));
    const updated = await calendar('/events/ical-week.ics');
    const before = byUid(first.parsed!);
    const after = byUid(updated.parsed!);
    expect([...after.keys()].sort()).toEqual(uids);
    const payments = after.get('session-ical-week-payments@localhost')!;
    expect(local(payments.startDate)).toBe('2030-04-24T15:30');
    expect(payments.sequence).toBe(before.get('session-ical-week-payments@localhost')!.sequence + 1);
    expect(after.get('session-ical-week-opening@localhost')!.sequence).toBe(before.get('session-ical-week-opening@localhost')!.sequence);
  });

  it('marks every session CANCELLED when the event is cancelled, with a higher SEQUENCE', async () => {
    const before = byUid((await calendar('/events/ical-week.ics')).parsed!);
    await hub.db.db.transaction().execute((trx) => eventStatusSetter(trx, eventId, 'cancelled'));
    const after = vevents((await calendar('/events/ical-week.ics')).parsed!);
    expect(after).toHaveLength(before.size);
    for (const e of after) {
      expect(e.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(e.sequence).toBe(before.get(e.uid)!.sequence + 1);
    }
    await hub.db.db.transaction().execute((trx) => eventStatusSetter(trx, eventId, 'scheduled'));
  });

  it('gives an event without a programme one VEVENT, and 404 for an unknown event', async () => {
    await hub.db.db.transaction().execute((trx) => eventCreator(trx, buildEvent({ slug: 'no-programme', organisers: ['unctad'] })));
    const { parsed } = await calendar('/events/no-programme.ics');
    const events = vevents(parsed!);
    expect(events.map((e) => e.uid)).toEqual(['event-no-programme@localhost']);
    expect(local(events[0]!.startDate)).toBe('2030-04-24T09:00');
    expect(local(events[0]!.endDate)).toBe('2030-04-25T18:00');
    expect((await calendar('/events/nobody-here.ics')).res.status).toBe(404);
  });

  it('publishes E-Commerce Week 2017 session by session, each on its day, all-day: the report gives no times', async () => {
    const { parsed, text } = await calendar('/events/unctad-e-commerce-week-2017.ics');
    const event = await hub.db.db.selectFrom('events').select(['id', 'timeZone']).where('slug', '=', 'unctad-e-commerce-week-2017').executeTakeFirstOrThrow();
    expect(event.timeZone).toBe('Europe/Zurich');
    const sessions = await hub.db.db.selectFrom('eventSessions').select(['key', 'date', 'allDay']).where('eventId', '=', event.id).execute();
    const events = byUid(parsed!);
    expect(events.size).toBe(sessions.length);
    expect(sessions.length).toBeGreaterThan(10);
    for (const s of sessions) {
      expect(Number(s.allDay), s.key).toBe(1);
      const vevent = events.get(`session-unctad-e-commerce-week-2017-${s.key}@localhost`)!;
      // DTSTART;VALUE=DATE on the session's local day, DTEND the day after (RFC 5545): no made-up hour.
      expect(vevent.startDate.isDate, s.key).toBe(true);
      expect(vevent.startDate.toString()).toBe(s.date);
      expect(vevent.endDate.isDate).toBe(true);
      expect(vevent.endDate.subtractDate(vevent.startDate).days).toBe(1);
      expect(s.date >= '2017-04-24' && s.date <= '2017-04-28').toBe(true);
    }
    expect(text).not.toMatch(/^DTSTART;TZID=/m);
  });

  it('mixes all-day and timed sessions in one programme: dates for the first, local times for the others', async () => {
    await hub.db.db.transaction().execute((trx) =>
      eventCreator(
        trx,
        buildEvent({
          slug: 'ical-mixed',
          organisers: ['unctad'],
          startTime: undefined,
          endTime: undefined,
          sessions: [
            buildSession({ key: 'day', date: '2030-04-25', start: undefined, end: undefined, room: undefined }),
            buildSession({ key: 'timed', date: '2030-04-24', start: '10:00', end: '11:00' }),
          ],
        }),
      ),
    );
    const { parsed, text } = await calendar('/events/ical-mixed.ics');
    const uids = byUid(parsed!);
    const day = uids.get('session-ical-mixed-day@localhost')!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2030-04-25');
    expect(day.endDate.toString()).toBe('2030-04-26');
    const timed = uids.get('session-ical-mixed-timed@localhost')!;
    expect(timed.startDate.isDate).toBe(false);
    expect(local(timed.startDate)).toBe('2030-04-24T10:00');
    expect(timed.startDate.zone.tzid).toBe('Europe/Zurich');
    expect(text).toContain('DTSTART;VALUE=DATE:20300425');
    // The event itself in the calendar of events: its days.
    const { text: list } = await calendar('/events.ics?month=2030-04');
    expect(list).toMatch(/UID:event-ical-mixed@localhost\r\nSEQUENCE:0\r\nDTSTAMP:[0-9TZ]+\r\nDTSTART;VALUE=DATE:20300424\r\nDTEND;VALUE=DATE:20300426/);
  });
});

describe('GET /events.ics', () => {
  it('lists events with the filters of the page, one VEVENT each', async () => {
    const upcoming = await calendar('/events.ics');
    expect(upcoming.res.status).toBe(200);
    expect(upcoming.res.headers.get('Content-Disposition')).toContain('.ics');
    const uids = [...byUid(upcoming.parsed!).keys()];
    expect(uids).toContain('event-ical-week@localhost');
    expect(uids).not.toContain('event-unctad-e-commerce-week-2017@localhost');
    const week = byUid(upcoming.parsed!).get('event-ical-week@localhost')!;
    expect(local(week.startDate)).toBe('2030-04-23T09:00');
    expect(local(week.endDate)).toBe('2030-04-25T18:00');
    expect(week.startDate.zone.tzid).toBe('Europe/Zurich');
    expect(week.component.getFirstPropertyValue('url')).toBe('http://localhost/events/ical-week');
    expect(upcoming.parsed!.getAllSubcomponents('vtimezone').length).toBeGreaterThan(0);

    const past = [...byUid((await calendar('/events.ics?when=past')).parsed!).keys()];
    expect(past).toContain('event-unctad-e-commerce-week-2017@localhost');
    expect(past).not.toContain('event-ical-week@localhost');
    const april2017 = [...byUid((await calendar('/events.ics?month=2017-04')).parsed!).keys()];
    expect(april2017).toEqual(['event-unctad-e-commerce-week-2017@localhost']);
    const africa = [...byUid((await calendar('/events.ics?region=002')).parsed!).keys()];
    expect(africa).toContain('event-ical-week@localhost');
    const payments = [...byUid((await calendar('/events.ics?policyArea=payment-solutions&mode=offline')).parsed!).keys()];
    expect(payments).toContain('event-ical-week@localhost');
    const online = [...byUid((await calendar('/events.ics?mode=online')).parsed!).keys()];
    expect(online).not.toContain('event-ical-week@localhost');
    const range = [...byUid((await calendar('/events.ics?from=2030-04-25&to=2030-04-30')).parsed!).keys()];
    expect(range).toContain('event-ical-week@localhost');
    expect(range).not.toContain('event-unctad-e-commerce-week-2017@localhost');
  });

  it('refuses bad filters with a short 400', async () => {
    for (const query of ['when=soon', 'month=2017-13', 'from=2017-02-30', 'region=999', 'mode=hybrid', 'policyArea=nothing', 'from=2030-05-01&to=2030-04-01']) {
      const { res, text } = await calendar(`/events.ics?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('Content-Type'), query).toMatch(/^text\/plain/);
      expect(text.length, query).toBeLessThan(200);
    }
  });
});

describe('GET /events.atom', () => {
  it('lists the newest events first, samples saying so', async () => {
    hub.responseCache.clear();
    const res = await hub.get('/events.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.indexOf('/events/no-programme')).toBeLessThan(xml.indexOf('/events/ical-week'));
    const samples = await hub.db.db.selectFrom('events').select('id').where('isSample', '=', 1).execute();
    expect(samples.length).toBeGreaterThan(0);
    expect(xml.match(/Sample/g)!.length).toBeGreaterThanOrEqual(samples.length);
  });
});
