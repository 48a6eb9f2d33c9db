import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventBySlug } from '../../src/features/events/queries.js';
import { eventProposal as proposal } from '../helpers/event-proposal.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import type { Visitor } from '../helpers/visitor.js';

/*
 * Partners propose events from their workspace and the secretariat publishes or returns them: the
 * form refuses what cannot be an event (with the line of the programme at fault) and saves nothing;
 * another organisation's editor cannot touch the event.
 */

let hub: TestHub;
let unctad: Visitor;
let itu: Visitor;
let secretariat: Visitor;
const password = 'Baobab-shade in Dakar 2024';

async function signedIn(email: string): Promise<Visitor> {
  return signedInVisitor(hub, email, { password });
}

beforeAll(async () => {
  hub = await createTestHub();
  unctad = await signedIn('editor@unctad.example');
  await joinWorkspace(hub, 'editor@unctad.example', 'unctad', 'member');
  itu = await signedIn('editor@itu.example');
  await joinWorkspace(hub, 'editor@itu.example', 'itu', 'member');
  secretariat = await signedIn('staff@e4d.example');
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@e4d.example').execute();
});
afterAll(() => hub.close());

const eventCount = async () => Number((await hub.db.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('proposing an event', () => {
  it('refuses a room used twice at once, a session outside the dates and an unknown time zone, naming the line, and saves nothing', async () => {
    const before = await eventCount();
    const clash = await unctad.post(
      '/workspace/unctad/events',
      proposal({ programme: '2031-03-03, 09:30, 11:00, Room 1, panel, First panel\n2031-03-03, 10:30, 12:00, Room 1, panel, Second panel\n2031-03-09, 10:00, 11:00, Room 2, panel, Too late' }),
      { from: '/workspace/unctad/events/new' },
    );
    expect(clash.status).toBe(422);
    const page = await clash.text();
    expect(page).toContain('Line 2: “Second panel” and “First panel” are in Room 1 at the same time.');
    expect(page).toContain('Line 3: “Too late” is outside the dates and times of the event.');
    expect(page).toContain('value="Paying online across borders"');

    const people = await unctad.post('/workspace/unctad/events', proposal({ people: '3, speaker, Nobody Known\n1, juggler, Ann Other\n1, speaker, Ann Other, Somewhere, XXX' }), {
      from: '/workspace/unctad/events/new',
    });
    expect(people.status).toBe(422);
    const peoplePage = await people.text();
    expect(peoplePage).toContain('Line 1: the first value is the number of a session in the programme');
    expect(peoplePage).toContain('Line 2: A person is a keynote speaker, chair, moderator or speaker.');
    expect(peoplePage).toContain('Line 3: “XXX” is not a country code.');

    const zone = await unctad.post('/workspace/unctad/events', proposal({ timeZone: 'Nairobi' }), { from: '/workspace/unctad/events/new' });
    expect(zone.status).toBe(422);
    expect(await zone.text()).toContain('“Nairobi” is not a time zone name');
    const backwards = await unctad.post('/workspace/unctad/events', proposal({ endDate: '2031-03-01' }), { from: '/workspace/unctad/events/new' });
    expect(await backwards.text()).toContain('The event must end after it starts.');
    expect(await eventCount()).toBe(before);
  });

  it('shows the problems in the page’s language', async () => {
    const res = await unctad.post('/workspace/unctad/events?lang=fr', proposal({ timeZone: 'Mars/Olympus' }), { from: '/workspace/unctad/events/new?lang=fr' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('« Mars/Olympus » n’est pas un nom de fuseau horaire');
    await unctad.get('/workspace/unctad/events?lang=en');
  });

  it('saves a valid proposal for review, tells the secretariat, and publishes it when approved', async () => {
    const res = await unctad.post('/workspace/unctad/events', proposal(), { from: '/workspace/unctad/events/new' });
    expect(res.status).toBe(303);
    const row = await hub.db.db.selectFrom('events').select(['id', 'slug', 'reviewStatus', 'startsAt']).where('slug', 'like', 'paying-online-across-borders%').executeTakeFirstOrThrow();
    expect(row.reviewStatus).toBe('submitted');
    expect(row.startsAt).toBe('2031-03-03T06:00:00.000Z'); // 09:00 in Nairobi (UTC+3)
    expect(await findEventBySlug(hub.db.db, row.slug, 'en')).toBeUndefined();
    expect((await hub.get(`/events/${row.slug}`)).status).toBe(404);
    const mail = await hub.db.db.selectFrom('outbox').select(['text']).where('toAddress', '=', 'staff@e4d.example').where('kind', '=', 'review').executeTakeFirstOrThrow();
    expect(mail.text).toContain(`/admin/events#event-${row.id}`);

    const queue = await secretariat.get('/admin/events');
    expect(await queue.text()).toContain('Paying online across borders');
    expect((await secretariat.post(`/admin/events/${row.id}/publish`, {}, { from: '/admin/events' })).status).toBe(303);
    const event = await findEventBySlug(hub.db.db, row.slug, 'en');
    expect(event?.sessions.map((s) => [s.title, s.room])).toEqual([
      ['Mobile money, remittances and fees', 'Room 1'],
      ['Drafting e-payment rules', 'Room 1'],
    ]);
    expect(event?.organisers.map((o) => o.slug)).toEqual(['unctad']);
    expect(event?.sessions.map((s) => s.people.map((p) => [p.role, p.name, p.organisation, p.country, p.gender]))).toEqual([
      [
        ['moderator', 'Amina Diallo', 'Ministry of Commerce, Senegal', 'SEN', null],
        ['speaker', 'Wanjiru Kamau', 'Central Bank of Kenya', 'KEN', null],
      ],
      [['chair', 'Rohan Shrestha', null, null, null]],
    ]);
  });

  it('lets only the proposing organisation edit or cancel its event; a cancellation raises SEQUENCE', async () => {
    const { id, slug } = await hub.db.db.selectFrom('events').select(['id', 'slug']).where('slug', 'like', 'paying-online-across-borders%').executeTakeFirstOrThrow();
    expect((await itu.get(`/workspace/unctad/events/${id}`)).status).toBe(403);
    expect((await itu.get(`/workspace/itu/events/${id}`)).status).toBe(403);
    expect((await itu.post(`/workspace/itu/events/${id}/status`, { status: 'cancelled' }, { from: '/workspace/itu/events/new' })).status).toBe(403);

    const form = await unctad.get(`/workspace/unctad/events/${id}`);
    const html = await form.text();
    expect(html).toContain('2031-03-04, 10:00, 12:00, Room 1, workshop, Drafting e-payment rules');
    expect(html).toContain('2031-03-03, 09:30, 11:00, Room 1, panel, &quot;Mobile money, remittances and fees&quot;');
    expect(html).toContain('1, moderator, Amina Diallo, &quot;Ministry of Commerce, Senegal&quot;, SEN');
    expect(html).toContain('2, chair, Rohan Shrestha');
    expect((await unctad.post(`/workspace/unctad/events/${id}/status`, { status: 'cancelled' }, { from: '/workspace/unctad/events' })).status).toBe(303);
    const event = await findEventBySlug(hub.db.db, slug, 'en');
    expect(event?.status).toBe('cancelled');
    expect(event?.sequence).toBe(1);
    expect(event?.sessions.every((s) => s.sequence === 1)).toBe(true);
  });

  it('gives two proposals sent at once with the same title two addresses, never a 500', async () => {
    const [a, b] = await Promise.all(
      [1, 2].map(() => unctad.post('/workspace/unctad/events', proposal({ title: 'Twin workshop on payments' }), { from: '/workspace/unctad/events/new' })),
    );
    expect([a!.status, b!.status]).toEqual([303, 303]);
    const slugs = (await hub.db.db.selectFrom('events').select('slug').where('slug', 'like', 'twin-workshop-on-payments%').orderBy('slug').execute()).map((r) => r.slug);
    expect(slugs).toEqual(['twin-workshop-on-payments-2031', 'twin-workshop-on-payments-2031-2']);
  });

  it('returns a proposal with its reason, which the partner reads', async () => {
    expect((await unctad.post('/workspace/unctad/events', proposal({ title: 'A second workshop on payments' }), { from: '/workspace/unctad/events/new' })).status).toBe(303);
    const { id } = await hub.db.db.selectFrom('events').select('id').where('slug', 'like', 'a-second-workshop-on-payments%').executeTakeFirstOrThrow();
    expect((await secretariat.post(`/admin/events/${id}/return`, { reason: '' }, { from: '/admin/events' })).status).toBe(422);
    expect((await secretariat.post(`/admin/events/${id}/return`, { reason: 'Please add the speakers.' }, { from: '/admin/events' })).status).toBe(303);
    expect(await (await unctad.get('/workspace/unctad/events')).text()).toContain('Please add the speakers.');
  });

  it('shows a published or cancelled event to visitors at once, not the cached page from before', async () => {
    expect((await unctad.post('/workspace/unctad/events', proposal({ title: 'Cached calendar workshop' }), { from: '/workspace/unctad/events/new' })).status).toBe(303);
    const { id } = await hub.db.db.selectFrom('events').select('id').where('slug', 'like', 'cached-calendar-workshop%').executeTakeFirstOrThrow();
    expect(await (await hub.get('/events')).text()).not.toContain('Cached calendar workshop');
    expect((await secretariat.post(`/admin/events/${id}/publish`, {}, { from: '/admin/events' })).status).toBe(303);
    expect(await (await hub.get('/events')).text()).toContain('Cached calendar workshop');
    expect((await unctad.post(`/workspace/unctad/events/${id}/status`, { status: 'postponed' }, { from: '/workspace/unctad/events' })).status).toBe(303);
    expect(await (await hub.get('/events')).text()).toMatch(/Cached calendar workshop<\/a> <span class="tag status-postponed">/);
  });
});

describe('proposing an event whose hours are not known', () => {
  it('takes an event and sessions whose hours are not known (times left empty), and refuses one time without the other', async () => {
    const before = await eventCount();
    const half = await unctad.post('/workspace/unctad/events', proposal({ endTime: '' }), { from: '/workspace/unctad/events/new' });
    expect(half.status).toBe(422);
    expect(await half.text()).toContain('Give both times, or leave both empty when the hours are not known.');
    const halfSession = await unctad.post('/workspace/unctad/events', proposal({ programme: '2031-03-03, 09:30, , , panel, Half a time' }), { from: '/workspace/unctad/events/new' });
    expect(await halfSession.text()).toContain('Line 1: Give both times, or leave both empty');
    expect(await eventCount()).toBe(before);

    const days = await unctad.post(
      '/workspace/unctad/events',
      proposal({ title: 'Days without hours', startTime: '', endTime: '', programme: '2031-03-04, , , , panel, A session of the second day', people: '' }),
      { from: '/workspace/unctad/events/new' },
    );
    expect(days.status).toBe(303);
    const row = await hub.db.db.selectFrom('events').select(['id', 'allDay', 'startsAt']).where('slug', 'like', 'days-without-hours%').executeTakeFirstOrThrow();
    expect(Number(row.allDay)).toBe(1);
    expect(row.startsAt).toBe('2031-03-02T21:00:00.000Z'); // midnight in Nairobi (UTC+3)
    const session = await hub.db.db.selectFrom('eventSessions').select(['allDay', 'date', 'room']).where('eventId', '=', row.id).executeTakeFirstOrThrow();
    expect({ ...session, allDay: Number(session.allDay) }).toEqual({ allDay: 1, date: '2031-03-04', room: null });
    // The edit form gives them back with their times empty.
    const form = await (await unctad.get(`/workspace/unctad/events/${row.id}`)).text();
    expect(form).toMatch(/<input[^>]*name="startTime"[^>]*value=""/);
    expect(form).toContain('2031-03-04, , , , panel, A session of the second day');
  });
});
