import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../src/features/audit/audit.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { reportedFigures } from '../../src/features/events/reported-figures.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import type { Visitor } from '../helpers/visitor.js';

/*
 * An event's figures: those its organisers reported, with their source, beside those the hub computes
 * from its own records, each labelled — on the page, in CSV and JSON, in the API. Partners record
 * reported figures from their workspace and the secretariat from /admin: bad input is refused field
 * by field and changes nothing; every change is audited.
 */

let hub: TestHub;
let unctad: Visitor;
let itu: Visitor;
let secretariat: Visitor;
let ownEvent: number;
const week = '/events/unctad-e-commerce-week-2017';

beforeAll(async () => {
  hub = await createTestHub();
  const password = 'Figures need a source 2026';
  unctad = await signedInVisitor(hub, 'editor@unctad.example', { password });
  await joinWorkspace(hub, 'editor@unctad.example', 'unctad', 'member');
  itu = await signedInVisitor(hub, 'editor@itu.example', { password });
  await joinWorkspace(hub, 'editor@itu.example', 'itu', 'member');
  secretariat = await signedInVisitor(hub, 'staff@e4d.example', { password });
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'staff@e4d.example').execute();
  const { id: unctadId } = await hub.db.db.selectFrom('organisations').select('id').where('slug', '=', 'unctad').executeTakeFirstOrThrow();
  ownEvent = await hub.db.db.transaction().execute((trx) =>
    eventCreator(trx, buildEvent({ slug: 'figures-forum', organisers: ['unctad'], startDate: '2016-05-02', endDate: '2016-05-03' }), { organisationId: unctadId, reviewStatus: 'submitted' }),
  );
  await hub.db.db.updateTable('events').set({ reviewStatus: 'published' }).where('id', '=', ownEvent).execute();
}, 60_000);
afterAll(() => hub.close());

async function page(path: string): Promise<string> {
  hub.responseCache.clear();
  const res = await hub.get(path);
  expect(res.status, path).toBe(200);
  return res.text();
}
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from) + 1));

describe('/events/unctad-e-commerce-week-2017/figures', () => {
  it('shows the figures the report gives, in its words, with their source, beside the computed ones, each labelled', async () => {
    const html = await page(`${week}/figures`);
    const source = 'Reported by UNCTAD in E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7), 2017';
    const participants = between(html, 'id="f-participants"', '</tr>');
    expect(participants).toContain('<strong>more than 1,000</strong>');
    expect(participants).toContain(source);
    expect(participants).toContain('href="https://unctad.org/e-week2017"');
    expect(between(html, 'id="f-countries"', '</tr>')).toContain('<strong>99</strong>');
    expect(between(html, 'id="f-people"', '</tr>')).toContain('<strong>170</strong>');
    expect(between(html, 'id="f-partners"', '</tr>')).toContain('<strong>30</strong>');
    expect(between(html, 'id="f-sessions"', '</tr>')).toContain('<strong>more than 30</strong>');
    // One third of the speakers and moderators, said so: not of the participants.
    const women = between(html, 'id="f-women"', '</tr>');
    expect(women).toMatch(/<strong>one third<\/strong><span> among speakers and moderators<\/span>/);
    expect(between(html, 'id="f-developing"', '</tr>')).toMatch(/<strong>one third<\/strong><span> among speakers and moderators<\/span>/);
    const media = between(html, 'id="f-media"', '</tr>');
    expect(media).toContain('about 475');
    expect(media).toContain('more than 45');
    expect(media).toContain('Reuters, EFE, Fortune, AFP, ATS');
    // What the hub computes says what it stands on: the handful of people it holds, not the 1,000.
    expect(html).toMatch(/Computed figures describe only what the hub holds — 0 registrations confirmed on the hub and \d+ people named in the programme — not the whole event/);
    expect(women).toMatch(/Computed from the \d+ whose gender is recorded, of the \d+ people the hub holds/);
    expect(participants).toContain('Computed from the 0 registrations confirmed on the hub');
    expect(html).not.toMatch(/<td class="num">40/);
  });

  it('is in French and Spanish, the source’s “more than” and “one third” kept', async () => {
    const fr = await page(`${week}/figures?lang=fr`);
    expect(between(fr, 'id="f-participants"', '</tr>')).toMatch(/plus de 1\s000/u);
    expect(between(fr, 'id="f-women"', '</tr>')).toContain('un tiers');
    expect(fr).toContain('Communiqué par UNCTAD');
    const es = await page(`${week}/figures?lang=es`);
    expect(between(es, 'id="f-women"', '</tr>')).toContain('un tercio');
    expect(between(es, 'id="f-participants"', '</tr>')).toMatch(/más de 1\.?000/u);
  });

  it('gives the same two kinds of figures in CSV, each row with its source or what it is computed from', async () => {
    hub.responseCache.clear();
    const res = await hub.get(`${week}/figures.csv`);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('kind,key,name,unit,qualifier,value,display,share_of,base,withheld,basis,source_title,source_publisher,source_year,source_url,note,definition');
    const participants = lines.find((l) => l.startsWith('reported,participants,'))!;
    expect(participants).toContain('more-than,1000,"more than 1,000"');
    expect(participants).toContain('E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7),UNCTAD,2017,https://unctad.org/e-week2017');
    expect(lines.find((l) => l.startsWith('reported,women-share,'))).toContain('one third,speakers');
    expect(lines.find((l) => l.startsWith('computed,participants,'))).toContain('Computed from the 0 registrations confirmed on the hub');
  });

  it('gives them in the JSON download and the API, with the basis of the computed ones', async () => {
    hub.responseCache.clear();
    const download = (await (await hub.get(`${week}/figures.json`)).json()) as any;
    expect(download.data.reported.find((f: any) => f.measure === 'participants')).toMatchObject({
      value: 1000,
      qualifier: 'more-than',
      display: 'more than 1,000',
      source: { publisher: 'UNCTAD', year: 2017, url: 'https://unctad.org/e-week2017' },
    });
    expect(download.data.computed.basis).toEqual({ registrations: 0, programmePeople: expect.any(Number) });
    const api = (await (await hub.get(`/api/v1${week}/figures?lang=es`)).json()) as any;
    const women = api.data.reported.filter((f: any) => f.measure === 'women-share');
    expect(women).toEqual([expect.objectContaining({ fraction: '1/3', shareOf: 'speakers', display: 'un tercio', name: 'Mujeres (entre los oradores y moderadores)' })]);
    expect(api.data.computed.figures.find((f: any) => f.key === 'participants').label).toMatch(/^Calculado a partir de las 0 inscripciones/);
    expect(api.smallGroupThreshold).toBe(5);
  });
});

describe('recording reported figures', () => {
  const base = `/workspace/unctad/events`;
  const fields = {
    measure: 'participants',
    unit: 'count',
    qualifier: 'more-than',
    value: '1 200',
    shareOf: '',
    note: '',
    sourceTitle: 'Forum summary report',
    sourcePublisher: 'UNCTAD',
    sourceYear: '2016',
    sourceUrl: 'https://unctad.org/forum-2016',
  };
  const stored = () => reportedFigures(hub.db.db, ownEvent);
  const audit = async () => (await auditEntries(hub.db.db, { entityType: 'event', entityId: String(ownEvent) })).filter((e) => e.action.startsWith('event.figure.'));

  it('refuses bad input beside each field, keeps what was typed, and saves nothing', async () => {
    const action = `${base}/${ownEvent}/figures`;
    const cases: [Record<string, string>, string, string][] = [
      [{ value: 'lots' }, 'value', 'Give a whole number, such as 1,000'],
      [{ unit: 'share', value: '40', shareOf: 'participants' }, 'unit', 'This figure is not given that way'],
      [{ measure: 'women-share', unit: 'share', value: '130', shareOf: 'participants' }, 'value', 'Give a share as a fraction such as 1/3'],
      [{ measure: 'women-share', unit: 'share', value: '1/3', shareOf: '' }, 'shareOf', 'Say whom the share is of'],
      [{ sourceTitle: '' }, 'sourceTitle', 'Give the title of the document the figure comes from'],
      [{ sourceYear: '2999' }, 'sourceYear', 'Give the year the source was published'],
      [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', 'must start with http:// or https://'],
      [{ measure: '<script>' }, 'measure', 'Choose what the figure counts from the list.'],
    ];
    for (const [change, field, message] of cases) {
      const res = await unctad.post(action, { ...fields, ...change }, { from: action });
      expect(res.status, field).toBe(422);
      const html = await res.text();
      expect(between(html, `id="f-${field}-error"`, '</p>'), field).toContain(message);
      expect(html).toContain('class="error-summary"');
      expect(html).not.toContain('<script>');
    }
    expect(await stored()).toEqual([]);
    expect(await audit()).toEqual([]);
  });

  it('records a valid figure, audited, and shows it on the event’s figures page', async () => {
    const action = `${base}/${ownEvent}/figures`;
    const res = await unctad.post(action, fields, { from: action });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`${action}?done=recorded`);
    expect(await stored()).toMatchObject([{ measure: 'participants', qualifier: 'more-than', value: 1200, source: { title: 'Forum summary report', year: 2016 } }]);
    const entries = await audit();
    expect(entries.map((e) => e.action)).toEqual(['event.figure.record']);
    expect(entries[0]!.userEmail).toBe('editor@unctad.example');
    const html = await page('/events/figures-forum/figures');
    expect(between(html, 'id="f-participants"', '</tr>')).toContain('<strong>more than 1,200</strong>');
    expect(html).toContain('Reported by UNCTAD in Forum summary report, 2016');
    // The list on the form shows it, with a way to remove it.
    expect(await (await unctad.get(action)).text()).toContain('more than 1,200');
  });

  it('keeps other organisations out, and lets the secretariat record and remove figures of any event', async () => {
    expect((await itu.get(`/workspace/unctad/events/${ownEvent}/figures`)).status).toBe(403);
    expect((await itu.post(`/workspace/itu/events/${ownEvent}/figures`, fields, { from: '/account' })).status).toBe(403);
    const admin = `/admin/events/${ownEvent}/figures`;
    expect((await secretariat.get(admin)).status).toBe(200);
    const recorded = await secretariat.post(admin, { ...fields, measure: 'countries', qualifier: 'exact', value: '42' }, { from: admin });
    expect(recorded.status).toBe(303);
    const figure = (await stored()).find((f) => f.measure === 'countries')!;
    const removed = await secretariat.post(`${admin}/${figure.id}/remove`, {}, { from: admin });
    expect(removed.headers.get('Location')).toBe(`${admin}?done=removed`);
    expect((await stored()).map((f) => f.measure)).toEqual(['participants']);
    // Removing it again changes nothing and says so.
    expect((await secretariat.post(`${admin}/${figure.id}/remove`, {}, { from: admin })).headers.get('Location')).toBe(`${admin}?done=gone`);
    expect((await audit()).map((e) => e.action)).toEqual(['event.figure.remove', 'event.figure.record', 'event.figure.record']);
  });
});
