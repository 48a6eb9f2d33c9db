import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { eventCreator, eventStatusSetter, eventUpdater } from './commands.js';
import { buildEvent, buildSession } from './factory.js';
import { findEventBySlug, listEvents } from './queries.js';
import type { EventSeed } from './types.js';
import { EventInputError } from './validate.js';

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  for (const slug of ['unctad', 'itu']) {
    await organisationCreator(db.db, buildOrganisation({ slug, text: { en: { name: `${slug.toUpperCase()} organisation`, description: `The ${slug} partner.` } } }));
  }
});
afterAll(() => db.destroy());

const create = (seed: EventSeed) => db.db.transaction().execute((trx) => eventCreator(trx, seed));
const count = async (table: 'events' | 'eventSessions' | 'people' | 'sessionOutcomes') =>
  Number((await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** The problems a refused seed reports, by field path. */
async function refusal(seed: EventSeed): Promise<Record<string, string>> {
  const before = await Promise.all([count('events'), count('eventSessions'), count('people')]);
  const error = await create(seed).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EventInputError);
  expect(await Promise.all([count('events'), count('eventSessions'), count('people')])).toEqual(before);
  return (error as EventInputError).fields();
}

describe('eventCreator', () => {
  it('stores instants in UTC from local times in the event’s zone, with its programme, people and numbered recommendations', async () => {
    await create(
      buildEvent({
        slug: 'week',
        organisers: ['unctad'],
        partners: ['itu'],
        sessions: [
          buildSession({
            key: 'opening',
            date: '2030-04-24',
            start: '10:00',
            end: '11:00',
            coOrganisers: [{ slug: 'itu' }, { name: 'Government of Kenya' }],
            people: [
              { name: 'A. Speaker', organisation: 'ITU', role: 'speaker', gender: 'woman' },
              { name: 'B. Chair', role: 'chair' },
            ],
            recommendations: [
              { text: 'Measure e-commerce.', policyAreas: ['readiness-assessment'] },
              { text: 'Lower the cost of broadband.', policyAreas: ['ict-infrastructure', 'access-to-financing'] },
            ],
          }),
          // Same time, another room: parallel sessions are allowed.
          buildSession({ key: 'parallel', date: '2030-04-24', start: '10:00', end: '11:00', room: 'Room XXI' }),
        ],
      }),
    );
    const event = await findEventBySlug(db.db, 'week', 'en');
    expect(event?.startsAt).toBe('2030-04-24T07:00:00.000Z'); // CEST is UTC+2 in April
    expect(event?.organisers.map((o) => o.slug)).toEqual(['unctad']);
    expect(event?.partners.map((o) => o.slug)).toEqual(['itu']);
    const opening = event!.sessions.find((s) => s.key === 'opening')!;
    expect(opening.startsAt).toBe('2030-04-24T08:00:00.000Z');
    expect(opening.coOrganisers).toEqual([
      { name: 'ITU organisation', slug: 'itu' },
      { name: 'Government of Kenya', slug: null },
    ]);
    expect(opening.people.map((p) => [p.name, p.role, p.gender])).toEqual([
      ['A. Speaker', 'speaker', 'woman'],
      ['B. Chair', 'chair', null],
    ]);
    expect(opening.outcomes.map((o) => [o.ref, o.number, o.policyAreas])).toEqual([
      ['week/opening/r1', 1, ['readiness-assessment']],
      ['week/opening/r2', 2, ['ict-infrastructure', 'access-to-financing']],
    ]);
  });

  it('refuses an end before the start, an unknown zone, sessions outside the dates and two sessions at once in one room — and writes nothing', async () => {
    expect(await refusal(buildEvent({ startDate: '2030-05-02', endDate: '2030-05-01' }))).toHaveProperty('endDate');
    expect(await refusal(buildEvent({ timeZone: 'Europe/Genev' }))).toHaveProperty('timeZone');
    expect(await refusal(buildEvent({ timeZone: '+02:00' }))).toHaveProperty('timeZone');
    expect(await refusal(buildEvent({ sessions: [buildSession({ date: '2030-04-26' })] }))).toHaveProperty('sessions.0.date');
    const clash = await refusal(
      buildEvent({
        sessions: [
          buildSession({ key: 'a', start: '10:00', end: '12:00', room: 'Room XX', title: 'First' }),
          buildSession({ key: 'b', start: '11:30', end: '13:00', room: 'room xx', title: 'Second' }),
        ],
      }),
    );
    expect(clash['sessions.1.room']).toMatch(/Second.*First/);
    expect(await refusal(buildEvent({ sessions: [buildSession({ start: '12:00', end: '11:00' })] }))).toHaveProperty('sessions.0.end');
    expect(await refusal(buildEvent({ organisers: ['nobody'] }))).toHaveProperty('organisers');
    expect(await refusal(buildEvent({ attendanceMode: 'offline', city: '' }))).toHaveProperty('city');
    expect(await refusal(buildEvent({ registration: 'link' }))).toHaveProperty('registrationUrl');
    // 02:30 does not exist in Zurich on the morning clocks go forward.
    expect(await refusal(buildEvent({ startDate: '2030-03-31', startTime: '02:30' }))).toHaveProperty('startTime');
  });
});

describe('eventUpdater and eventStatusSetter', () => {
  it('raise SEQUENCE on the event and only on the sessions that changed, keeping recommendation references', async () => {
    const seed = buildEvent({
      slug: 'update-me',
      organisers: ['unctad'],
      sessions: [
        buildSession({ key: 'keep', start: '10:00', end: '11:00', recommendations: [{ text: 'Keep me.', policyAreas: ['payment-solutions'] }] }),
        buildSession({ key: 'move', start: '12:00', end: '13:00' }),
      ],
    });
    const id = await create(seed);
    await db.db.transaction().execute((trx) =>
      eventUpdater(trx, id, { ...seed, sessions: [seed.sessions![0]!, { ...seed.sessions![1]!, start: '14:00', end: '15:00' }] }),
    );
    let event = (await findEventBySlug(db.db, 'update-me', 'en'))!;
    expect(event.sequence).toBe(1);
    expect(Object.fromEntries(event.sessions.map((s) => [s.key, s.sequence]))).toEqual({ keep: 0, move: 1 });
    expect(event.sessions[0]!.outcomes[0]!.ref).toBe('update-me/keep/r1');

    await db.db.transaction().execute((trx) => eventStatusSetter(trx, id, 'cancelled'));
    event = (await findEventBySlug(db.db, 'update-me', 'en'))!;
    expect(event.status).toBe('cancelled');
    expect(event.sequence).toBe(2);
    expect(event.sessions.map((s) => s.sequence)).toEqual([1, 2]);
  });
});

describe('listEvents', () => {
  it('filters by time, policy area, mode, month and region', async () => {
    await create(buildEvent({ slug: 'nairobi-online', attendanceMode: 'online', city: undefined, country: undefined, timeZone: 'Africa/Nairobi', startDate: '2030-06-10', endDate: '2030-06-10', endTime: '12:00', coverage: ['KEN'], policyAreas: ['payment-solutions'], organisers: ['itu'] }));
    await create(buildEvent({ slug: 'old-dakar', city: 'Dakar', country: 'SEN', timeZone: 'Africa/Dakar', startDate: '2016-06-10', endDate: '2016-06-11', organisers: ['itu'] }));
    const slugs = async (filter: Parameters<typeof listEvents>[1]) => (await listEvents(db.db, filter, 'en', '2026-11-28')).map((e) => e.slug);
    expect(await slugs({ when: 'past' })).toEqual(['old-dakar']);
    expect(await slugs({ when: 'upcoming', policyArea: 'payment-solutions' })).toEqual(['nairobi-online']);
    expect(await slugs({ mode: 'online' })).toEqual(['nairobi-online']);
    expect(await slugs({ month: '2030-06' })).toEqual(['nairobi-online']);
    expect(await slugs({ region: '002' })).toEqual(['old-dakar', 'nairobi-online']);
    expect(await slugs({ region: '150' })).toEqual(['week', 'update-me']);
  });
});
