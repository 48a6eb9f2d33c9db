import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../src/features/audit/audit.js';
import { eventProposal } from '../helpers/event-proposal.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import type { Visitor } from '../helpers/visitor.js';

/*
 * A partner's edit of its published event waits for the secretariat, like a change to a catalogue item
 * (decision 013): the public page, the API and the calendar file keep the published version until the
 * secretariat approves; it can return the change with a reason. A change of status, or of dates and
 * times alone, is published at once. An editor of another organisation sees nothing of the change, and
 * only the secretariat approves it.
 */

let hub: TestHub;
let unctad: Visitor;
let itu: Visitor;
let secretariat: Visitor;
let eventId: number;
let slug: string;

const published = eventProposal({ title: 'Customs and parcels bought online', programme: '2031-03-03, 09:30, 11:00, Room 1, panel, Parcels at the border\n2031-03-04, 10:00, 12:00, Room 1, workshop, Risk profiles' });
/** The partner's edit: new title, description and online link, another venue, a third session, another speaker. */
const edited = {
  ...published,
  title: 'Customs, parcels and the single window',
  description: 'Now with a **live stream**.',
  attendanceMode: 'mixed',
  onlineUrl: 'https://stream.example.org/customs',
  venue: 'Kenyatta International Convention Centre',
  programme: `${published.programme}\n2031-03-04, 14:00, 15:00, Room 2, launch, Single window guide`,
  people: `${published.people}\n3, speaker, Grace Mwangi, Kenya Revenue Authority, KEN`,
};

const noCache = () => hub.responseCache.clear();
/** What the public sees of the event: its page, its API record and its calendar file, read afresh. */
async function publicCopies() {
  noCache();
  const [page, api, ics] = await Promise.all([hub.get(`/events/${slug}`), hub.get(`/api/v1/events/${slug}`), hub.get(`/events/${slug}.ics`)]);
  expect([page.status, api.status, ics.status]).toEqual([200, 200, 200]);
  return { page: await page.text(), api: await api.text(), ics: await ics.text() };
}
/** The calendar file's sessions: title, SEQUENCE, place and description. */
const vevents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    summary: String(v.getFirstPropertyValue('summary')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    location: String(v.getFirstPropertyValue('location')),
    description: String(v.getFirstPropertyValue('description')),
  }));
const changeRows = () => hub.db.db.selectFrom('eventChanges').select(['id', 'status', 'reason']).where('eventId', '=', eventId).orderBy('id').execute();
const audit = async (action: string) => (await auditEntries(hub.db.db, { entityType: 'event', entityId: String(eventId) })).filter((e) => e.action === action);

beforeAll(async () => {
  hub = await createTestHub();
  const password = 'Review every change 2026';
  unctad = await signedInVisitor(hub, 'editor@unctad.example', { password, name: 'Kwame Asante' });
  await joinWorkspace(hub, 'editor@unctad.example', 'unctad', 'member');
  itu = await signedInVisitor(hub, 'editor@itu.example', { password });
  await joinWorkspace(hub, 'editor@itu.example', 'itu', 'member');
  secretariat = await signedInVisitor(hub, 'staff@e4d.example', { password });
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@e4d.example').execute();

  expect((await unctad.post('/workspace/unctad/events', published, { from: '/workspace/unctad/events/new' })).status).toBe(303);
  ({ id: eventId, slug } = await hub.db.db.selectFrom('events').select(['id', 'slug']).where('slug', 'like', 'customs-and-parcels-bought-online%').executeTakeFirstOrThrow());
  expect((await secretariat.post(`/admin/events/${eventId}/publish`, {}, { from: '/admin/events' })).status).toBe(303);
}, 60_000);
afterAll(() => hub.close());

describe('a change to a published event', () => {
  it('leaves the public page, the API and the calendar file as they were, and waits for the secretariat', async () => {
    const before = await publicCopies();
    expect(before.page).toContain('Customs and parcels bought online');

    const res = await unctad.post(`/workspace/unctad/events/${eventId}`, edited, { from: `/workspace/unctad/events/${eventId}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/workspace/unctad/events?done=change-submitted');
    expect(await publicCopies()).toEqual(before);
    expect((await changeRows()).map((r) => r.status)).toEqual(['submitted']);

    // The partner's list says so, and its form starts from the change.
    const list = await (await unctad.get('/workspace/unctad/events?done=change-submitted')).text();
    expect(list).toContain('Change awaiting review');
    expect(list).toContain('The event’s page shows the published version until they are approved.');
    const form = await (await unctad.get(`/workspace/unctad/events/${eventId}`)).text();
    expect(form).toContain('value="Customs, parcels and the single window"');
    expect(form).toContain('A change you sent is awaiting review by the secretariat.');

    // The secretariat is told, and sees what would change: published → proposed.
    const [change] = await changeRows();
    const mail = await hub.db.db.selectFrom('outbox').select('text').where('toAddress', '=', 'staff@e4d.example').where('kind', '=', 'review').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(mail.text).toContain(`/admin/events#change-${change!.id}`);
    expect(mail.text).toContain('Customs, parcels and the single window');
    const queue = await (await secretariat.get('/admin/events')).text();
    const section = queue.slice(queue.indexOf(`id="change-${change!.id}"`));
    expect(section).toMatch(/<th scope="row">Title<\/th><td>Customs and parcels bought online<\/td><td>Customs, parcels and the single window<\/td>/);
    expect(section).toMatch(/<th scope="row">Online address<\/th><td>—<\/td><td>https:\/\/stream.example.org\/customs<\/td>/);
    expect(section).toMatch(/<th scope="row">Venue<\/th><td>UN Gigiri<\/td><td>Kenyatta International Convention Centre<\/td>/);
    expect(section).toContain('<ins>2031-03-04, 14:00, 15:00, Room 2, launch, Single window guide</ins>');
    expect(section).toContain('<ins>3, speaker, Grace Mwangi, Kenya Revenue Authority, KEN</ins>');
    expect(section).toContain('Proposed by unctad (Kwame Asante &lt;editor@unctad.example&gt;)');
    expect(section).not.toMatch(/<th scope="row">Summary/);
    expect(await audit('event.change.submit')).toHaveLength(1);
  });

  it('is neither visible to nor approvable by another organisation’s editor, and only the secretariat approves it', async () => {
    const [change] = await changeRows();
    expect((await itu.get(`/workspace/itu/events/${eventId}`)).status).toBe(403);
    expect((await itu.get(`/workspace/unctad/events/${eventId}`)).status).toBe(403);
    expect(await (await itu.get('/workspace/itu/events')).text()).not.toContain('Change awaiting review');
    expect((await itu.get('/admin/events')).status).toBe(403);
    const from = { from: '/workspace/itu/events/new' };
    expect((await itu.post(`/admin/events/changes/${change!.id}/approve`, {}, from)).status).toBe(403);
    expect((await itu.post(`/admin/events/changes/${change!.id}/return`, { reason: 'Not mine to judge.' }, from)).status).toBe(403);
    expect((await itu.post(`/workspace/itu/events/${eventId}/change/withdraw`, {}, from)).status).toBe(403);
    expect((await itu.post(`/workspace/unctad/events/${eventId}/change/withdraw`, {}, from)).status).toBe(403);
    // Its own author cannot approve it either.
    expect((await unctad.post(`/admin/events/changes/${change!.id}/approve`, {}, { from: '/workspace/unctad/events' })).status).toBe(403);
    expect((await changeRows()).map((r) => r.status)).toEqual(['submitted']);
    expect(await audit('event.change.approve')).toHaveLength(0);
  });

  it('lets a change of status through at once, with its audit entry, while the change waits', async () => {
    expect(vevents((await publicCopies()).ics).map((v) => v.sequence)).toEqual([0, 0]);
    expect((await unctad.post(`/workspace/unctad/events/${eventId}/status`, { status: 'postponed' }, { from: '/workspace/unctad/events' })).status).toBe(303);
    const after = await publicCopies();
    expect(after.page).toContain('status-postponed');
    expect(vevents(after.ics).map((v) => [v.summary, v.sequence])).toEqual([
      ['Parcels at the border', 1],
      ['Risk profiles', 1],
    ]);
    expect(JSON.parse(after.api).data.status).toBe('postponed');
    expect((await audit('event.status')).map((e) => e.changes.status)).toEqual([['scheduled', 'postponed']]);
    expect((await changeRows()).map((r) => r.status)).toEqual(['submitted']);
  });

  it('is published when the secretariat approves it: page, API and calendar (SEQUENCE raised), the status kept, the audit log holding what changed', async () => {
    const [change] = await changeRows();
    const res = await secretariat.post(`/admin/events/changes/${change!.id}/approve`, {}, { from: '/admin/events' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/events?done=change-approved');
    const after = await publicCopies();
    expect(after.page).toContain('Customs, parcels and the single window');
    expect(after.page).toContain('https://stream.example.org/customs');
    expect(after.page).toContain('Single window guide');
    expect(after.page).toContain('status-postponed');
    const api = JSON.parse(after.api).data;
    expect([api.title, api.onlineUrl, api.venue, api.status]).toEqual(['Customs, parcels and the single window', 'https://stream.example.org/customs', 'Kenyatta International Convention Centre', 'postponed']);
    const sessions = vevents(after.ics);
    expect(sessions.map((v) => v.summary)).toEqual(['Parcels at the border', 'Risk profiles', 'Single window guide']);
    expect(sessions.every((v) => v.location.includes('Kenyatta International Convention Centre') && v.description.includes('Customs, parcels and the single window'))).toBe(true);
    const { sequence } = await hub.db.db.selectFrom('events').select('sequence').where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(sequence).toBe(2); // 1 for the status, 1 for the approved change

    const [entry] = await audit('event.change.approve');
    expect(entry?.userEmail).toBe('staff@e4d.example');
    expect(entry?.changes.title).toEqual(['Customs and parcels bought online', 'Customs, parcels and the single window']);
    expect(entry?.changes.onlineUrl).toEqual(['', 'https://stream.example.org/customs']);
    expect(entry?.changes.summary).toBeUndefined();
    expect((await changeRows()).map((r) => r.status)).toEqual(['approved']);
    const mail = await hub.db.db.selectFrom('outbox').select(['subject', 'text']).where('toAddress', '=', 'editor@unctad.example').where('kind', '=', 'review').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Published on E4D Hub: Customs, parcels and the single window');
    expect(mail.text).toContain(`/events/${slug}`);

    // Approving it again is refused, and changes nothing.
    expect((await secretariat.post(`/admin/events/changes/${change!.id}/approve`, {}, { from: '/admin/events' })).status).toBe(409);
    expect(await audit('event.change.approve')).toHaveLength(1);
  });

  it('is returned with a reason the partner reads; the partner’s next edit replaces it, one change at a time', async () => {
    const current = { ...edited, summary: 'A workshop for customs officers on parcels bought online, with a live stream.' };
    const second = { ...current, onlineUrl: 'https://stream.example.net/elsewhere' };
    expect((await unctad.post(`/workspace/unctad/events/${eventId}`, second, { from: `/workspace/unctad/events/${eventId}` })).status).toBe(303);
    const [, change] = await changeRows();
    expect((await secretariat.post(`/admin/events/changes/${change!.id}/return`, { reason: '' }, { from: '/admin/events' })).status).toBe(422);
    expect((await changeRows())[1]!.status).toBe('submitted');
    const res = await secretariat.post(`/admin/events/changes/${change!.id}/return`, { reason: 'Use the stream address on un.org.' }, { from: '/admin/events' });
    expect(res.status).toBe(303);
    expect((await publicCopies()).page).toContain('https://stream.example.org/customs');
    expect(await (await unctad.get('/workspace/unctad/events')).text()).toContain('Change returned by the secretariat: Use the stream address on un.org.');
    const form = await (await unctad.get(`/workspace/unctad/events/${eventId}`)).text();
    expect(form).toContain('Use the stream address on un.org.');
    expect(form).toContain('value="https://stream.example.net/elsewhere"');
    const returned = await hub.db.db.selectFrom('outbox').select(['text']).where('toAddress', '=', 'editor@unctad.example').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(returned.text).toContain('Use the stream address on un.org.');
    expect(returned.text).toContain(`/workspace/unctad/events/${eventId}`);
    expect((await audit('event.change.return')).map((e) => e.changes.reason)).toEqual([[null, 'Use the stream address on un.org.']]);

    // The partner revises it: a new change replaces the returned one (audited); there is never more than one open.
    const third = { ...current, onlineUrl: 'https://webtv.un.org/customs' };
    expect((await unctad.post(`/workspace/unctad/events/${eventId}`, third, { from: `/workspace/unctad/events/${eventId}` })).status).toBe(303);
    const fourth = { ...third, city: 'Mombasa' };
    expect((await unctad.post(`/workspace/unctad/events/${eventId}`, fourth, { from: `/workspace/unctad/events/${eventId}` })).status).toBe(303);
    expect((await changeRows()).map((r) => r.status)).toEqual(['approved', 'replaced', 'replaced', 'submitted']);
    const replaced = await audit('event.change.replace');
    expect(replaced).toHaveLength(2);
    expect(replaced[0]!.changes.city).toEqual(['Nairobi', 'Mombasa']);
    expect((await publicCopies()).page).not.toContain('Mombasa');

    // The partner withdraws it: the published event stays.
    expect((await unctad.post(`/workspace/unctad/events/${eventId}/change/withdraw`, {}, { from: '/workspace/unctad/events' })).status).toBe(303);
    expect((await changeRows()).at(-1)!.status).toBe('withdrawn');
    expect(await audit('event.change.withdraw')).toHaveLength(1);
  });

  it('publishes new dates and times alone at once, with an audit entry', async () => {
    expect((await unctad.post(`/workspace/unctad/events/${eventId}`, { ...edited, city: 'Kisumu' }, { from: `/workspace/unctad/events/${eventId}` })).status).toBe(303);
    // The form showed that change; the partner takes it out again and moves the event a week later.
    const later = {
      ...edited,
      startDate: '2031-03-10',
      endDate: '2031-03-11',
      programme: '2031-03-10, 09:30, 11:00, Room 1, panel, Parcels at the border\n2031-03-11, 10:00, 12:00, Room 1, workshop, Risk profiles\n2031-03-11, 14:00, 15:00, Room 2, launch, Single window guide',
    };
    const res = await unctad.post(`/workspace/unctad/events/${eventId}`, later, { from: `/workspace/unctad/events/${eventId}` });
    expect(res.headers.get('Location')).toBe('/workspace/unctad/events?done=rescheduled');
    const api = JSON.parse((await publicCopies()).api).data;
    expect([api.startDate, api.endDate]).toEqual(['2031-03-10', '2031-03-11']);
    const [entry] = await audit('event.reschedule');
    expect(entry?.changes.startDate).toEqual(['2031-03-03', '2031-03-10']);
    expect(Object.keys(entry!.changes).sort()).toEqual(['endDate', 'programme', 'startDate']);
    expect((await changeRows()).at(-1)!.status).toBe('withdrawn');
  });
});

describe('an event not yet published', () => {
  it('is changed at once, as before: the secretariat reviews the proposal itself', async () => {
    expect((await unctad.post('/workspace/unctad/events', eventProposal({ title: 'Draft rules for e-payments' }), { from: '/workspace/unctad/events/new' })).status).toBe(303);
    const { id } = await hub.db.db.selectFrom('events').select('id').where('slug', 'like', 'draft-rules-for-e-payments%').executeTakeFirstOrThrow();
    const res = await unctad.post(`/workspace/unctad/events/${id}`, eventProposal({ title: 'Drafting rules for e-payments' }), { from: `/workspace/unctad/events/${id}` });
    expect(res.headers.get('Location')).toBe('/workspace/unctad/events?done=saved');
    const text = await hub.db.db.selectFrom('eventTexts').select('title').where('eventId', '=', id).executeTakeFirstOrThrow();
    expect(text.title).toBe('Drafting rules for e-payments');
    expect(await hub.db.db.selectFrom('eventChanges').select('id').where('eventId', '=', id).execute()).toEqual([]);
  });
});
