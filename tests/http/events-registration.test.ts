import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import type { EventSeed } from '../../src/features/events/types.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/*
 * Built-in registration as a person without JavaScript uses it: the form, the waiting list, the
 * emailed cancellation link that gives the place to the next person, and the organisers' list.
 */

let hub: TestHub;
const password = 'Baobab-shade in Dakar 2024';
const db = () => hub.db.db;

async function createEvent(overrides: Partial<EventSeed>): Promise<string> {
  const seed = buildEvent({ registration: 'built-in', capacity: 2, startDate: '2030-04-24', endDate: '2030-04-25', organisers: ['unctad'], ...overrides });
  await db().transaction().execute((trx) => eventCreator(trx, seed));
  return seed.slug;
}

async function signedIn(email: string, name: string): Promise<Visitor> {
  return signedInVisitor(hub, email, { name, password });
}

const form = (email: string, overrides: Record<string, string> = {}) => ({
  name: `Name of ${email}`,
  email,
  country: 'SEN',
  organisationType: 'government',
  gender: '',
  consent: 'yes',
  ...overrides,
});

async function register(slug: string, fields: Record<string, string>, visitor = new Visitor(hub)): Promise<Response> {
  return visitor.post(`/events/${slug}/register`, fields, { from: `/events/${slug}/register` });
}

const registrations = (slug: string) =>
  db()
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.eventId')
    .select(['r.email', 'r.status', 'r.cancelledAt'])
    .where('e.slug', '=', slug)
    .orderBy('r.id')
    .execute();

const mailsTo = (email: string) => db().selectFrom('outbox').select(['subject', 'text', 'kind']).where('toAddress', '=', email).orderBy('id').execute();

beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('registering', () => {
  let slug: string;
  beforeAll(async () => {
    slug = await createEvent({ slug: 'registration-week' });
  });

  it('shows the form with the places left and the gender question explained', async () => {
    const res = await hub.get(`/events/${slug}/register`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('2 places left.');
    expect(page).toContain('<select id="f-country" name="country"');
    expect(page).toContain('five people or more');
    expect(page).toContain('name="consent"');
    expect(page.indexOf('>Senegal</option>')).toBeGreaterThan(0);
    expect(page.indexOf('>Senegal</option>')).toBeLessThan(page.indexOf('>Switzerland</option>'));
  });

  it('confirms up to the capacity, then waitlists, and sends each person an email in their language', async () => {
    const first = await register(slug, form('one@example.org'));
    expect(first.status).toBe(303);
    expect(first.headers.get('Location')).toBe(`/events/${slug}/registered?status=confirmed`);
    const done = await hub.get(first.headers.get('Location')!);
    expect(await done.text()).toContain('is confirmed');

    expect((await register(slug, form('two@example.org'))).headers.get('Location')).toMatch(/status=confirmed$/);
    const french = new Visitor(hub);
    await french.get(`/events/${slug}/register?lang=fr`);
    const third = await register(slug, form('three@example.org'), french);
    expect(third.headers.get('Location')).toMatch(/status=waitlisted$/);
    expect(await (await french.get(third.headers.get('Location')!)).text()).toContain('liste d’attente');
    expect((await registrations(slug)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted']);

    const [mail] = await mailsTo('one@example.org');
    expect(mail!.subject).toContain('Registration confirmed');
    expect(mail!.text).toMatch(/When: April 24\s–\s25, 2030, 09:00–18:00 \(Europe\/Zurich, UTC\+02:00\)/);
    expect(mail!.text).toContain(`http://localhost/events/${slug}.ics`);
    expect(mail!.text).toMatch(new RegExp(`http://localhost/events/${slug}/registrations/cancel\\?token=[\\w-]{43}`));
    const [waitlisted] = await mailsTo('three@example.org');
    expect(waitlisted!.subject).toContain('Liste d’attente');
    expect(waitlisted!.text).toContain('numéro 1');
    expect((await hub.get(`/events/${slug}/register`)).status).toBe(200);
    expect(await (await hub.get(`/events/${slug}/register`)).text()).toContain('The event is full');
  });

  it('refuses the same address twice with a message, and saves nothing', async () => {
    const res = await register(slug, form('ONE@example.org'));
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('already registered for this event');
    expect(await registrations(slug)).toHaveLength(3);
  });

  it('re-renders bad input with field errors and the typed values (422), saving nothing', async () => {
    const res = await register(slug, form('not-an-email', { country: 'XXX', organisationType: 'army', name: 'Kept <b>name</b>' }));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Enter an email address like name@example.org.');
    expect(page).toContain('Choose a country from the list.');
    expect(page).toContain('Choose a type of organisation from the list.');
    expect(page).toContain('value="Kept &lt;b&gt;name&lt;/b&gt;"');
    expect(page).toContain('value="not-an-email"');
    const noConsent = await register(slug, form('four@example.org', { consent: '' }));
    expect(noConsent.status).toBe(422);
    expect(await registrations(slug)).toHaveLength(3);
  });

  it('refuses a POST without the CSRF token', async () => {
    const visitor = new Visitor(hub);
    await visitor.get(`/events/${slug}/register`);
    expect((await visitor.post(`/events/${slug}/register`, form('five@example.org'), { token: null })).status).toBe(403);
    expect(await registrations(slug)).toHaveLength(3);
  });

  it('cancels by the emailed link only after confirming, promotes the waitlisted person, and refuses the link again', async () => {
    const link = await emailLink(hub, 'one@example.org', `/events/${slug}/registrations/cancel`);
    const visitor = new Visitor(hub);
    const question = await visitor.get(link);
    expect(question.status).toBe(200);
    expect(visitor.lastPage).toContain('Cancel my registration');
    expect((await registrations(slug))[0]!.status).toBe('confirmed');

    const token = new URL(link, 'http://localhost').searchParams.get('token')!;
    const csrf = await visitor.token();
    const res = await visitor.post(`/events/${slug}/registrations/cancel`, { token }, { token: csrf });
    expect(res.status).toBe(200);
    expect(visitor.lastPage).toContain('Your registration is cancelled.');
    const rows = await registrations(slug);
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'confirmed']);
    expect(rows[0]!.cancelledAt).not.toBeNull();

    const promoted = await mailsTo('three@example.org');
    expect(promoted).toHaveLength(2);
    expect(promoted[1]!.kind).toBe('registration-promoted');
    expect(promoted[1]!.subject).toContain('Une place s’est libérée');

    expect((await visitor.post(`/events/${slug}/registrations/cancel`, { token }, { token: csrf })).status).toBe(410);
    expect((await hub.get(link)).status).toBe(410);
    expect((await visitor.post(`/events/${slug}/registrations/cancel`, { token: 'x'.repeat(43) }, { token: csrf })).status).toBe(404);
    expect((await registrations(slug)).map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'confirmed']);
  });

  it('answers 404 for an unknown event', async () => {
    expect((await hub.get('/events/no-such-event/register')).status).toBe(404);
    expect((await hub.get('/events/no-such-event/registrations/cancel?token=abc')).status).toBe(404);
  });

  it('never answers 500 for a NUL byte (PostgreSQL refuses it): refused in an address, removed from a field', async () => {
    expect((await hub.get('/events/registration%00week/register')).status).toBe(400);
    expect((await hub.get('/events/registration%00week/registrations/cancel?token=abc')).status).toBe(400);
    const res = await register(slug, form('nul\u0000@example.org', { name: 'Nul\u0000 Name' }));
    expect(res.status).toBe(303);
    const stored = await db().selectFrom('registrations').select(['name', 'email']).where('email', 'like', 'nul%').execute();
    expect(stored).toEqual([{ name: 'Nul Name', email: 'nul@example.org' }]);
  });
});

describe('registrations at the same moment', () => {
  it('never overbooks nor answers 500: same address twice, and more people than places', async () => {
    const slug = await createEvent({ capacity: 3 });
    const visitors = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async () => {
        const visitor = new Visitor(hub);
        await visitor.get(`/events/${slug}/register`);
        return visitor;
      }),
    );
    const emails = ['same@example.org', 'same@example.org', 'p1@example.org', 'p2@example.org', 'p3@example.org', 'p4@example.org'];
    const answers = await Promise.all(visitors.map((visitor, i) => visitor.post(`/events/${slug}/register`, form(emails[i]!))));
    expect(answers.map((r) => r.status).sort()).toEqual([303, 303, 303, 303, 303, 409]);
    const rows = await registrations(slug);
    expect(rows.filter((r) => r.email === 'same@example.org')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(2);
  });
});

describe('events that take no registration here', () => {
  it.each([
    ['a past event', { startDate: '2020-03-02', endDate: '2020-03-03' }, 'This event has ended.'],
    ['an event without built-in registration', { registration: 'link' as const, registrationUrl: 'https://example.org/register' }, 'does not take registrations on the hub'],
    ['a cancelled event', { status: 'cancelled' as const }, 'This event has been cancelled.'],
  ])('%s: says why and saves nothing', async (_name, overrides, message) => {
    const slug = await createEvent(overrides);
    const page = await hub.get(`/events/${slug}/register`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(message);
    const visitor = new Visitor(hub);
    const res = await visitor.post(`/events/${slug}/register`, form('closed@example.org'), { from: '/sign-up' });
    expect(res.status).toBe(409);
    expect(await registrations(slug)).toEqual([]);
  });
});

describe('the participant list', () => {
  let slug: string;
  let organiser: Visitor;
  let otherPartner: Visitor;
  let secretariat: Visitor;
  beforeAll(async () => {
    slug = await createEvent({ slug: 'participants-week', capacity: 10, partners: ['itu'] });
    await register(slug, form('formula@example.org', { name: '=cmd|" /C calc"!A0', gender: 'woman' }));
    organiser = await signedIn('organiser@example.org', 'Olu Organiser');
    await joinWorkspace(hub, 'organiser@example.org', 'unctad', 'member');
    otherPartner = await signedIn('partner@example.org', 'Pat Partner');
    await joinWorkspace(hub, 'partner@example.org', 'itu', 'member');
    secretariat = await signedIn('desk@example.org', 'Desk Secretariat');
    await db().updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'desk@example.org').execute();
  }, 30_000);

  it('is refused to visitors, to other partners (even the event’s partners) and to members without a workspace', async () => {
    expect((await hub.get(`/events/${slug}/participants.csv`)).status).toBe(303);
    expect((await otherPartner.get(`/events/${slug}/participants.csv`)).status).toBe(403);
    expect((await otherPartner.get(`/events/${slug}/participants`)).status).toBe(403);
    const member = await signedIn('member@example.org', 'Mo Member');
    expect((await member.get(`/events/${slug}/participants.csv`)).status).toBe(403);
  });

  it('gives the organiser’s members and the secretariat the CSV, formulas neutralised', async () => {
    for (const visitor of [organiser, secretariat]) {
      const res = await visitor.get(`/events/${slug}/participants.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toContain('text/csv');
      expect(res.headers.get('Cache-Control')).toContain('no-store');
      const lines = (await res.text()).split('\r\n');
      expect(lines[0]).toBe('name,email,country_iso3,country,organisation_type,gender,status,registered_at,cancelled_at');
      expect(lines[1]).toMatch(/^"'=cmd\|"" \/C calc""!A0",formula@example\.org,SEN,Senegal,government,woman,confirmed,/);
    }
    const page = await organiser.get(`/events/${slug}/participants`);
    expect(page.status).toBe(200);
    expect(organiser.lastPage).toMatch(/<caption[ >]/);
    expect(organiser.lastPage).toContain('formula@example.org');
  });

  it('prefills the form for a signed-in user and registers them with their account’s address', async () => {
    await organiser.get(`/events/${slug}/register`);
    expect(organiser.lastPage).toContain('value="Olu Organiser"');
    expect(organiser.lastPage).toContain('value="organiser@example.org" readonly');
    const res = await organiser.post(`/events/${slug}/register`, form('someone-else@example.org'));
    expect(res.status).toBe(303);
    const rows = await registrations(slug);
    expect(rows.map((r) => r.email)).toEqual(['formula@example.org', 'organiser@example.org']);
  });
});
