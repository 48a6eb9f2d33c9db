import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { eventCreator, eventStatusSetter, eventUpdater, formEventWriter } from './commands.js';
import { sessionOutcomesWriter } from './outcomes.js';
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

describe('events and sessions whose hours are not known', () => {
  it('store whole local days, sort untimed sessions first on their day, and read back as all-day with no made-up time', async () => {
    await create(
      buildEvent({
        slug: 'days-only',
        organisers: ['unctad'],
        startDate: '2031-04-24',
        startTime: undefined,
        endDate: '2031-04-25',
        endTime: undefined,
        sessions: [
          buildSession({ key: 'timed', date: '2031-04-24', start: '09:00', end: '10:00', room: undefined }),
          buildSession({ key: 'untimed', date: '2031-04-24', start: undefined, end: undefined, room: undefined }),
          buildSession({ key: 'second-day', date: '2031-04-25', start: undefined, end: undefined, room: undefined }),
        ],
      }),
    );
    const event = (await findEventBySlug(db.db, 'days-only', 'en'))!;
    expect(event).toMatchObject({ allDay: true, startDate: '2031-04-24', endDate: '2031-04-25', phase: 'upcoming' });
    // Midnight in Geneva (UTC+2) to the midnight after the last day.
    expect([event.startsAt, event.endsAt]).toEqual(['2031-04-23T22:00:00.000Z', '2031-04-25T22:00:00.000Z']);
    expect(event.sessions.map((s) => [s.key, s.allDay])).toEqual([
      ['untimed', true],
      ['timed', false],
      ['second-day', true],
    ]);
    const untimed = event.sessions[0]!;
    expect([untimed.startsAt, untimed.endsAt]).toEqual(['2031-04-23T22:00:00.000Z', '2031-04-24T22:00:00.000Z']);
  });

  it('refuse one time without the other, for the event and for a session, and write nothing', async () => {
    expect(await refusal(buildEvent({ startTime: '09:00', endTime: undefined }))).toHaveProperty('endTime');
    expect(await refusal(buildEvent({ sessions: [buildSession({ start: '10:00', end: undefined })] }))).toHaveProperty('sessions.0.end');
    // A session whose time is not given must still fall on one of the event's days.
    expect(await refusal(buildEvent({ sessions: [buildSession({ date: '2030-04-26', start: undefined, end: undefined })] }))).toHaveProperty('sessions.0.date');
  });
});

describe('a programme in several languages', () => {
  const seed = () =>
    buildEvent({
      slug: 'multilingual',
      organisers: ['unctad'],
      days: { '2030-04-24': 'Payments day' },
      dayTranslations: { fr: { '2030-04-24': 'Journée des paiements' } },
      sessions: [
        buildSession({
          key: 'pay',
          title: 'Paying online',
          translations: { fr: { title: 'Payer en ligne' }, es: { title: 'Pagar en línea' } },
          recommendations: [
            { text: 'Make payments interoperable.', policyAreas: ['payment-solutions'], translations: { fr: 'Rendre les paiements interopérables.' } },
            { text: 'Lower fees.', policyAreas: ['payment-solutions'], translations: { fr: 'Baisser les frais.', es: 'Bajar las comisiones.' } },
          ],
        }),
      ],
    });

  it('reads titles, day themes and recommendations in the reader’s language, falling back to the source with its language', async () => {
    await create(seed());
    const fr = (await findEventBySlug(db.db, 'multilingual', 'fr'))!;
    expect(fr.days).toEqual([{ date: '2030-04-24', title: 'Journée des paiements', locale: 'fr' }]);
    expect(fr.sessions[0]).toMatchObject({ title: 'Payer en ligne', textLocale: 'fr' });
    expect(fr.sessions[0]!.outcomes.map((o) => [o.text, o.textLocale])).toEqual([
      ['Rendre les paiements interopérables.', 'fr'],
      ['Baisser les frais.', 'fr'],
    ]);
    const es = (await findEventBySlug(db.db, 'multilingual', 'es'))!;
    expect(es.days[0]).toMatchObject({ title: 'Payments day', locale: 'en' });
    expect(es.sessions[0]!.outcomes.map((o) => [o.text, o.textLocale])).toEqual([
      ['Make payments interoperable.', 'en'],
      ['Bajar las comisiones.', 'es'],
    ]);
    const en = (await findEventBySlug(db.db, 'multilingual', 'en'))!;
    expect(en.sessions[0]).toMatchObject({ title: 'Paying online', textLocale: 'en' });
  });

  it('keeps translations through a partner’s edit while the source text stays, and drops those of a text that changed', async () => {
    const { id } = await db.db.selectFrom('events').select('id').where('slug', '=', 'multilingual').executeTakeFirstOrThrow();
    // The proposal form carries no translations: the stored ones are kept for an unchanged title.
    const bare = { ...seed(), sessions: seed().sessions!.map(({ translations: _t, recommendations: _r, ...s }) => s) };
    await db.db.transaction().execute((trx) => formEventWriter(trx, id, bare));
    let fr = (await findEventBySlug(db.db, 'multilingual', 'fr'))!;
    expect(fr.sessions[0]!.title).toBe('Payer en ligne');
    expect(fr.sessions[0]!.outcomes.map((o) => o.text)).toEqual(['Rendre les paiements interopérables.', 'Baisser les frais.']);

    // The outcome form rewrites the list: the unchanged recommendation keeps its translation, the edited one loses it.
    const session = fr.sessions[0]!;
    await db.db.transaction().execute((trx) =>
      sessionOutcomesWriter(trx, 'multilingual', session, {
        outcomes: [],
        recommendations: [
          { text: 'Make payments interoperable.', policyAreas: ['payment-solutions'] },
          { text: 'Lower fees for small sellers.', policyAreas: ['payment-solutions'] },
        ],
      }),
    );
    fr = (await findEventBySlug(db.db, 'multilingual', 'fr'))!;
    expect(fr.sessions[0]!.outcomes.map((o) => [o.text, o.textLocale])).toEqual([
      ['Rendre les paiements interopérables.', 'fr'],
      ['Lower fees for small sellers.', 'en'],
    ]);

    // A new source title: its old translation no longer says the same thing.
    const retitled = { ...bare, sessions: [{ ...bare.sessions[0]!, title: 'Paying online, safely' }] };
    await db.db.transaction().execute((trx) => formEventWriter(trx, id, retitled));
    fr = (await findEventBySlug(db.db, 'multilingual', 'fr'))!;
    expect(fr.sessions[0]).toMatchObject({ title: 'Paying online, safely', textLocale: 'en' });
  });
});
