import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../../data/loader.js';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { translator } from '../../web/i18n/i18n.js';
import { organisationCreator } from '../organisations/commands.js';
import { buildOrganisation } from '../organisations/factory.js';
import { eventCreator } from './commands.js';
import { buildEvent } from './factory.js';
import {
  DuplicateRegistrationError,
  canSeeParticipants,
  closedReason,
  eventParticipants,
  isLiveEmailConflict,
  participantsCsv,
  registrationByToken,
  registrationCanceller,
  registrationCreator,
  tokenHash,
} from './registration.js';
import { registrationEmail } from './registration-emails.js';
import { parsedRegistration, type RegistrationInput } from './registration-schema.js';

let db: TestDb;
const actor = { userId: null, email: null, ip: '192.0.2.1' };
const t = translator('en');

beforeAll(async () => {
  db = await createTestDb();
  await loadReferenceData(db.db);
  await organisationCreator(db.db, buildOrganisation({ slug: 'host-org' }));
});
afterAll(() => db.destroy());

async function newEvent(capacity: number | undefined) {
  const seed = buildEvent({ registration: 'built-in', capacity, organisers: ['host-org'] });
  const id = await db.db.transaction().execute((trx) => eventCreator(trx, seed));
  return { id, capacity: capacity ?? null, slug: seed.slug };
}

const person = (email: string, overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  name: `Person ${email}`,
  email,
  country: 'SEN',
  organisationType: 'government',
  gender: null,
  consent: 'yes',
  ...overrides,
});

const register = (event: { id: number; capacity: number | null }, input: RegistrationInput) =>
  db.db.transaction().execute((trx) => registrationCreator(trx, db.dialect, event, input, { locale: 'fr', userId: null, actor }));

describe('registrationCreator', () => {
  it('confirms up to the capacity, then waitlists in order; stores only the token’s hash', async () => {
    const event = await newEvent(2);
    const a = await register(event, person('a@example.org'));
    const b = await register(event, person('b@example.org'));
    const c = await register(event, person('c@example.org'));
    const d = await register(event, person('d@example.org'));
    expect([a.status, b.status, c.status, d.status]).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect([a.position, c.position, d.position]).toEqual([null, 1, 2]);
    const row = await db.db.selectFrom('registrations').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.cancelTokenHash).toBe(tokenHash(a.token));
    expect(row.cancelTokenHash).not.toContain(a.token);
    expect(row.locale).toBe('fr');
    const audit = await db.db.selectFrom('auditLog').select('changes').where('entityType', '=', 'registration').where('entityId', '=', String(a.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).not.toContain(a.token);
    expect(audit[0]!.changes).not.toContain(row.cancelTokenHash);
  });

  it('has no limit without a capacity', async () => {
    const event = await newEvent(undefined);
    for (const n of [1, 2, 3, 4]) expect((await register(event, person(`u${n}@example.org`))).status).toBe('confirmed');
  });

  it('refuses a second live registration of an address, also when only the unique index sees it', async () => {
    const event = await newEvent(5);
    await register(event, person('twice@example.org'));
    await expect(register(event, person('twice@example.org'))).rejects.toBeInstanceOf(DuplicateRegistrationError);
    const error = await db.db
      .insertInto('registrations')
      .values({ eventId: event.id, userId: null, name: 'X', email: 'twice@example.org', countryIso3: 'SEN', organisationType: 'media', gender: null, locale: 'en', status: 'confirmed', cancelTokenHash: 'other', createdAt: new Date().toISOString() })
      .execute()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isLiveEmailConflict(error)).toBe(true);
    expect(await db.db.selectFrom('registrations').select('id').where('eventId', '=', event.id).execute()).toHaveLength(1);
  });
});

describe('registrationCanceller', () => {
  it('cancels, promotes the oldest waitlisted person with a new token, and refuses the token again', async () => {
    const event = await newEvent(1);
    const first = await register(event, person('first@example.org'));
    const second = await register(event, person('second@example.org'));
    const third = await register(event, person('third@example.org'));
    const cancel = (token: string) => db.db.transaction().execute((trx) => registrationCanceller(trx, db.dialect, event, token, actor));

    const done = await cancel(first.token);
    expect(done?.cancelled.email).toBe('first@example.org');
    expect(done?.promoted.map((p) => p.email)).toEqual(['second@example.org']);
    const statuses = await db.db.selectFrom('registrations').select(['email', 'status', 'cancelledAt']).where('eventId', '=', event.id).orderBy('id').execute();
    expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
    expect(statuses[0]!.cancelledAt).not.toBeNull();

    expect(await cancel(first.token)).toBeUndefined();
    expect(await cancel('not-a-token-but-long-enough')).toBeUndefined();
    // The promoted person's old link was replaced by the one in the promotion email.
    expect(await registrationByToken(db.db, event.id, second.token)).toBeUndefined();
    expect((await registrationByToken(db.db, event.id, done!.promoted[0]!.token))?.status).toBe('confirmed');
    // A waitlisted person cancelling frees no place: nobody is promoted.
    expect((await cancel(third.token))?.promoted).toEqual([]);
    // A cancelled address may register again.
    expect((await register(event, person('first@example.org'))).status).toBe('waitlisted');
  });
});

describe('the form, the participant list and the emails', () => {
  it('checks the form and reports errors by field', () => {
    const good = parsedRegistration({ name: ' Awa ', email: 'Awa@Example.ORG', country: 'sen', organisationType: 'academia', gender: 'undisclosed', consent: 'yes' }, t);
    expect(good.input).toMatchObject({ name: 'Awa', email: 'awa@example.org', country: 'SEN', gender: null });
    const bad = parsedRegistration({ name: '', email: 'nope', country: 'XXX', organisationType: 'army', gender: 'robot' }, t);
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(['consent', 'country', 'email', 'gender', 'name', 'organisationType']);
    expect(bad.errors?.email).toBe(t('registration.error.email'));
    expect(bad.errors?.country).toBe(t('registration.error.country'));
  });

  it('says why registration is closed', () => {
    const base = { registration: 'built-in' as const, status: 'scheduled' as const, endsAt: '2030-01-01T00:00:00.000Z' };
    const now = new Date('2029-01-01T00:00:00Z');
    expect(closedReason(base, now)).toBeUndefined();
    expect(closedReason({ ...base, registration: 'link' }, now)).toBe('not-built-in');
    expect(closedReason({ ...base, status: 'cancelled' }, now)).toBe('cancelled');
    expect(closedReason(base, new Date('2031-01-01T00:00:00Z'))).toBe('ended');
  });

  it('lets the secretariat and members of organiser organisations see participants, not partners', () => {
    const user = (slugs: string[], hubRole: 'member' | 'secretariat' = 'member') => ({
      id: 'u',
      email: 'u@example.org',
      name: 'U',
      hubRole,
      memberships: slugs.map((s) => ({ workspaceId: 'w', organisationId: 1, organisationSlug: s, role: 'editor' as const })),
      focalPointCountries: [],
      emailLocale: 'en',
    });
    const event = { organisers: [{ slug: 'host-org', name: 'Host', acronym: null }] };
    expect(canSeeParticipants(user(['host-org']), event)).toBe(true);
    expect(canSeeParticipants(user([], 'secretariat'), event)).toBe(true);
    expect(canSeeParticipants(user(['partner-org']), event)).toBe(false);
  });

  it('exports CSV with formulas neutralised and country names', async () => {
    const event = await newEvent(3);
    await register(event, person('formula@example.org', { name: '=HYPERLINK("http://evil")', gender: 'woman' }));
    const csv = participantsCsv(await eventParticipants(db.db, event.id), 'fr');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('name,email,country_iso3,country,organisation_type,gender,status,registered_at,cancelled_at');
    expect(line).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",formula@example\.org,SEN,Sénégal,government,woman,confirmed,\d{4}-/);
  });

  it('writes the email in the registrant’s language with times in the event’s zone', () => {
    const event = {
      slug: 'week',
      title: 'Semaine',
      startDate: '2030-04-24',
      endDate: '2030-04-25',
      startsAt: '2030-04-24T07:00:00.000Z',
      endsAt: '2030-04-25T16:00:00.000Z',
      allDay: false,
      timeZone: 'Europe/Zurich',
      venue: 'Palais des Nations',
      city: 'Geneva',
      country: 'CHE',
      attendanceMode: 'offline' as const,
      onlineUrl: null,
    };
    const mail = registrationEmail('waitlisted', { name: 'Awa', email: 'awa@example.org', locale: 'fr' }, event, { baseUrl: 'https://hub.example', token: 'tok', position: 3 });
    expect(mail.subject).toBe('Liste d’attente : Semaine');
    expect(mail.text).toContain('numéro 3');
    expect(mail.text).toContain('09:00–18:00 (Europe/Zurich, UTC+02:00)');
    expect(mail.text).toContain('Palais des Nations, Geneva, Suisse');
    expect(mail.text).toContain('https://hub.example/events/week.ics');
    expect(mail.text).toContain('https://hub.example/events/week/registrations/cancel?token=tok');
  });
});
