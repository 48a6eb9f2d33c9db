import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent, buildSession } from '../../src/features/events/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/**
 * The public event pages through HTTP. The events here are this file's own (slugs ept-*), far in
 * the future (2091, 2092) or the past (2015), so the assertions hold whatever the demo content holds.
 */
let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
  const create = (seed: Parameters<typeof eventCreator>[1]) => hub.db.db.transaction().execute((trx) => eventCreator(trx, seed));
  await create(
    buildEvent({
      slug: 'ept-future',
      timeZone: 'Europe/Zurich',
      startDate: '2091-04-24',
      startTime: '10:00',
      endDate: '2091-04-25',
      endTime: '17:00',
      city: 'Dakar',
      country: 'SEN',
      organisers: ['unctad'],
      policyAreas: ['payment-solutions'],
      days: { '2091-04-24': 'Ept theme of day one' },
      text: { en: { title: 'Ept future week', summary: 'A week of sessions.', description: 'About **the** week.' } },
      sessions: [
        buildSession({
          key: 'open',
          date: '2091-04-24',
          start: '10:00',
          end: '11:00',
          room: 'Room A',
          type: 'opening',
          title: 'Ept opening',
          people: [{ name: 'Zed Quorum', title: 'Minister', organisation: 'Ministry of Trade', gender: 'woman', role: 'speaker' }],
        }),
        buildSession({
          key: 'par-a',
          date: '2091-04-24',
          start: '11:30',
          end: '12:30',
          room: 'Room B',
          title: 'Ept parallel A',
          coOrganisers: [{ slug: 'itu' }, { name: 'Ept Friends Group' }],
          recommendations: [
            { text: 'Ept recommends interoperable payments.', policyAreas: ['payment-solutions', 'legal-regulatory'] },
            { text: 'Ept recommends a second thing.', policyAreas: ['payment-solutions'] },
          ],
        }),
        buildSession({ key: 'par-b', date: '2091-04-24', start: '11:30', end: '12:30', room: 'Room C', title: 'Ept parallel B' }),
        buildSession({ key: 'closing', date: '2091-04-25', start: '16:00', end: '17:00', room: 'Room A', title: 'Ept closing' }),
        buildSession({ key: 'dropped', date: '2091-04-25', start: '14:00', end: '15:00', room: 'Room D', title: 'Ept dropped session', status: 'cancelled' }),
      ],
    }),
  );
  await create(
    buildEvent({
      slug: 'ept-online',
      attendanceMode: 'online',
      timeZone: 'Asia/Bangkok',
      startDate: '2092-06-10',
      startTime: '09:00',
      endDate: '2092-06-10',
      endTime: '12:00',
      venue: undefined,
      city: undefined,
      country: undefined,
      onlineUrl: 'https://example.org/ept-online',
      coverage: ['142'],
      policyAreas: ['skills-development'],
      organisers: ['itu'],
      registration: 'built-in',
      capacity: 2,
      isSample: true,
      text: { en: { title: 'Ept online course', summary: 'An online course.', description: 'Online course.' } },
    }),
  );
  await create(
    buildEvent({
      slug: 'ept-past',
      attendanceMode: 'mixed',
      timeZone: 'America/Lima',
      startDate: '2015-03-10',
      startTime: '09:00',
      endDate: '2015-03-11',
      endTime: '17:00',
      city: 'Lima',
      country: 'PER',
      policyAreas: ['trade-logistics'],
      organisers: ['unctad'],
      status: 'postponed',
      text: { en: { title: 'Ept past forum', summary: 'A forum long ago.', description: 'Past.' } },
    }),
  );
}, 60_000);
afterAll(() => hub.close());

async function page(path: string, status = 200): Promise<string> {
  const res = await hub.get(path);
  expect(res.status, path).toBe(status);
  return res.text();
}

/** The slugs of the ept-* events a list shows, in order. */
const listed = (html: string) => [...html.matchAll(/<li id="e-(ept-[a-z-]+)">/g)].map((m) => m[1]);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
/** The HTML of the element with this id, up to the next element of the same kind at the same place (rough, enough here). */
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), to ? html.indexOf(to, html.indexOf(from) + 1) : undefined);

describe('/events', () => {
  it('lists upcoming events by default, past ones on their tab, and both under "all"', async () => {
    expect(listed(await page('/events'))).toEqual(['ept-future', 'ept-online']);
    expect(listed(await page('/events?when=past'))).toEqual(['ept-past']);
    expect(listed(await page('/events?when=all'))).toEqual(['ept-past', 'ept-future', 'ept-online']);
  });

  it('filters by policy area, region, attendance mode and month', async () => {
    expect(listed(await page('/events?policyArea=payment-solutions'))).toEqual(['ept-future']);
    expect(listed(await page('/events?region=011'))).toEqual(['ept-future']);
    expect(listed(await page('/events?region=142'))).toEqual(['ept-online']);
    expect(listed(await page('/events?when=past&region=005'))).toEqual(['ept-past']);
    expect(listed(await page('/events?mode=online'))).toEqual(['ept-online']);
    expect(listed(await page('/events?when=all&mode=mixed'))).toEqual(['ept-past']);
    expect(listed(await page('/events?month=2092-06'))).toEqual(['ept-online']);
    // A chosen month shows all its events, past ones included.
    expect(listed(await page('/events?month=2015-03'))).toEqual(['ept-past']);
  });

  it('shows dates in the event’s zone with the zone named, the place, organisers and badges', async () => {
    const html = await page('/events?when=all');
    const future = between(html, '<li id="e-ept-future">', '</li>');
    expect(future).toContain('10:00–17:00 (Europe/Zurich, UTC+02:00)');
    expect(future).toContain('Dakar, Senegal');
    expect(future).toContain('UNCTAD');
    expect(between(html, '<li id="e-ept-online">', '</li>')).toMatch(/Online[\s\S]*Sample|Sample[\s\S]*Online/);
    expect(between(html, '<li id="e-ept-past">', '</li>')).toContain('Postponed');
  });

  it('draws the month as a table whose days with events link to them, with months before and after keeping the filters', async () => {
    const html = await page('/events?month=2091-04&policyArea=payment-solutions');
    expect(html).toContain('<table class="cal">');
    expect(html).toMatch(/<td class="has"><a href="#e-ept-future">24<span class="visually-hidden">: Ept future week<\/span><\/a><\/td>/);
    expect(html).toMatch(/<td class="has"><a href="#e-ept-future">25/);
    expect(html).toMatch(/<td>23<\/td>/);
    const links = hrefs(html);
    expect(links).toContain('/events?policyArea=payment-solutions&month=2091-03');
    expect(links).toContain('/events?policyArea=payment-solutions&month=2091-05');
    // The feeds carry the same filters.
    expect(links).toContain('/events.ics?policyArea=payment-solutions&month=2091-04');
    expect(links).toContain('/events.atom?policyArea=payment-solutions&month=2091-04');
    expect(links.some((l) => l.startsWith('webcal://'))).toBe(true);
  });

  it('shows the month of the first result on the past tab', async () => {
    // South America, in person and online: this file's past forum in Lima (the demo's MC11 in Buenos Aires was in person only).
    const html = await page('/events?when=past&region=005&mode=mixed');
    expect(html).toMatch(/<td class="has"><a href="#e-ept-past">10/);
  });

  it('ignores filter values it does not know, says so, and never fails', async () => {
    const html = await page('/events?when=soon&policyArea=astrology&region=999&mode=teleport&month=2091-13');
    for (const [name, value] of [
      ['when', 'soon'],
      ['policyArea', 'astrology'],
      ['region', '999'],
      ['mode', 'teleport'],
      ['month', '2091-13'],
    ]) {
      expect(html).toContain(`The filter “${name}” had a value we do not recognise (“${value}”)`);
    }
    expect(listed(html)).toEqual(['ept-future', 'ept-online']);
    await page(`/events?month=${'9'.repeat(5000)}&region[]=x`);
    // A control character in the address is refused before any page sees it (web/middleware/clean-input.ts).
    await page('/events?mode=%00', 400);
  });

  it('says so when nothing matches', async () => {
    expect(await page('/events?month=2093-01&policyArea=payment-solutions')).toContain('No event matches these filters.');
  });
});

describe('/events/:slug', () => {
  it('groups the programme by day in the event’s local times, parallel sessions together', async () => {
    const html = await page('/events/ept-future');
    const day1 = between(html, 'id="day-2091-04-24"', 'id="day-2091-04-25"');
    const day2 = between(html, 'id="day-2091-04-25"', '');
    expect(day1).toContain('Ept theme of day one');
    expect(day1).toContain('Tuesday, April 24, 2091');
    for (const key of ['open', 'par-a', 'par-b']) expect(day1).toContain(`id="s-${key}"`);
    for (const key of ['closing', 'dropped']) expect(day2).toContain(`id="s-${key}"`);
    expect(day2.indexOf('s-dropped')).toBeLessThan(day2.indexOf('s-closing'));
    expect(html).toContain('href="#day-2091-04-25"');
    expect(between(html, 'id="s-open"', '</li>')).toContain('10:00–11:00');
    const parallel = between(html, '<li class="parallel">', '</ul>');
    expect(parallel).toContain('2 parallel sessions');
    expect(parallel).toContain('id="s-par-a"');
    expect(parallel).toContain('id="s-par-b"');
    expect(html).toContain('Times are shown in <strong>Europe/Zurich, UTC+02:00</strong>');
  });

  it('shows the overview, people by role without gender, co-organisers and cancelled sessions in words', async () => {
    const html = await page('/events/ept-future');
    expect(html).toContain('<h1>Ept future week');
    expect(html).toContain('<strong>the</strong>');
    expect(html).toContain('href="/organisations/unctad"');
    expect(html).toContain('href="/policy-areas/payment-solutions"');
    expect(html).toContain('href="/events/ept-future.ics"');
    expect(html).toContain('href="/events/ept-future/outcomes"');
    expect(html).toContain('href="/events/ept-future/figures"');
    expect(between(html, 'id="s-open"', '</li>')).toMatch(/Speaker<\/strong>: Zed Quorum<span class="muted"> \(Minister, Ministry of Trade\)/);
    expect(between(html, 'id="s-par-a"', '</li>')).toMatch(/href="\/organisations\/itu"[\s\S]*Ept Friends Group/);
    expect(between(html, 'id="s-dropped"', '</li>')).toMatch(/<s>Ept dropped session<\/s> <strong class="tag">Cancelled<\/strong>/);
    expect(html).toMatch(/<script type="application\/ld\+json">\{[^<]*"@type":"Event"/);
  });

  it('converts the times to the zone chosen in the address, and ignores an unknown zone with a notice', async () => {
    const ny = await page('/events/ept-future?tz=America/New_York');
    expect(between(ny, 'id="s-open"', '</li>')).toContain('04:00–05:00');
    expect(ny).toContain('Times are shown in <strong>America/New York, UTC-04:00</strong>');
    expect(ny).toContain('<option value="America/New_York" selected="">');
    const mars = await page('/events/ept-future?tz=Mars/Olympus');
    expect(mars).toContain('The filter “tz” had a value we do not recognise (“Mars/Olympus”)');
    expect(between(mars, 'id="s-open"', '</li>')).toContain('10:00–11:00');
    // A zone east of the event's moves a late session to the next day: the date is shown.
    const tokyo = await page('/events/ept-future?tz=Asia/Tokyo');
    expect(between(tokyo, 'id="s-closing"', '</li>')).toContain('23:00–Thu, Apr 26 00:00');
  });

  it('offers registration with the places left, and marks samples', async () => {
    const html = await page('/events/ept-online');
    expect(html).toContain('href="/events/ept-online/register"');
    expect(html).toContain('2 places left.');
    expect(html).toContain('This is a sample event');
    expect(await page('/events/ept-past')).not.toContain('/register"');
  });

  it('answers 404 for an unknown or malformed slug', async () => {
    await page('/events/ept-nothing', 404);
    await page('/events/ept-nothing/outcomes', 404);
    await page('/events/ept-nothing/figures', 404);
    await page('/events/ept-nothing/figures.csv', 404);
    await page('/events/Bad%20Slug', 404);
  });

  it('never shows a person’s gender', async () => {
    for (const path of ['/events/ept-future', '/events/ept-future/outcomes', '/events/ept-future?lang=fr', '/events/ept-future?lang=es']) {
      const html = (await page(path)).toLowerCase();
      expect(html, path).not.toMatch(/\bwoman\b|\bgender\b|\bfemme\b|\bmujer\b/);
    }
  });
});

describe('/events/:slug/outcomes and /figures', () => {
  it('groups recommendations by policy area, under each of their areas, with their refs as anchors', async () => {
    const html = await page('/events/ept-future/outcomes');
    const payments = between(html, 'id="area-payment-solutions"', '</section>');
    const legal = between(html, 'id="area-legal-regulatory"', '</section>');
    expect(payments).toContain('Ept recommends interoperable payments.');
    expect(payments).toContain('Ept recommends a second thing.');
    expect(legal).toContain('Ept recommends interoperable payments.');
    expect(legal).not.toContain('Ept recommends a second thing.');
    expect(html.match(/id="r-par-a-1"/g)).toHaveLength(1);
    expect(html).toContain('id="r-par-a-2"');
    expect(payments).toContain('Recommendation 2');
    expect(payments).toContain('href="/events/ept-future#s-par-a"');
    expect(await page('/events/ept-future')).toContain('href="/events/ept-future/outcomes#r-par-a-1"');
    expect(await page('/events/ept-past/outcomes')).toContain('No outcome or recommendation has been recorded');
  });

  it('shows each figure with its definition and the small-group note, as HTML, CSV and JSON', async () => {
    const html = await page('/events/ept-future/figures');
    expect(html).toMatch(/<caption id="[\w-]+">Figures of Ept future week<\/caption>/);
    expect(html).toContain('Distinct people named in the programme');
    // No reported figure: the page says so, and every computed one says what it stands on.
    expect(html).toContain('No figure reported by the organisers has been recorded on the hub for this event.');
    expect(between(html, 'id="f-women"', '</tr>')).toContain('Not broken down: fewer than 5 people');
    expect(between(html, 'id="f-participants"', '</tr>')).toContain('No data recorded.');
    expect(between(html, 'id="c-sessions"', '</p>')).toContain('<strong class="num">4</strong>');
    expect(between(html, 'id="f-people"', '</tr>')).toContain('Counted among the 1 person named in the programme on the hub');
    const csv = await hub.get('/events/ept-future/figures.csv');
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('kind,key,name,unit,qualifier,value,display,share_of,base,withheld,basis,source_title,source_publisher,source_year,source_url,note,definition');
    expect(lines.find((l) => l.startsWith('computed,sessions,'))).toMatch(/^computed,sessions,Sessions,count,,4,4,/);
    expect(lines.find((l) => l.startsWith('computed,womenShare,'))).toContain('small-group');
    const json = (await (await hub.get('/events/ept-future/figures.json')).json()) as { data: { reported: unknown[]; computed: { figures: { key: string; withheld: string | null }[] } } };
    expect(json.data.reported).toEqual([]);
    expect(json.data.computed.figures.find((f) => f.key === 'womenShare')?.withheld).toBe('small-group');
  });
});

describe('languages and weight', () => {
  it('translates the pages into French and Spanish', async () => {
    expect(await page('/events?lang=fr')).toContain('<h1>Événements</h1>');
    expect(await page('/events?lang=es')).toContain('<h1>Eventos</h1>');
    expect(await page('/events/ept-future?lang=fr')).toContain('<h2 id="programme">Programme</h2>');
    expect(await page('/events/ept-future?lang=es')).toContain('<h2 id="programme">Programa</h2>');
    expect(await page('/events/ept-future/outcomes?lang=es')).toContain('Recomendación 1');
    expect(await page('/events/ept-future/outcomes?lang=fr')).toContain('Conclusions et recommandations');
    expect(await page('/?lang=fr')).toContain('href="/events"');
  });

  it('keeps /events and the 2017 programme under 30 KB of compressed HTML and CSS', async () => {
    const css = gzipSync(readFileSync(new URL('../../src/web/static/site.css', import.meta.url))).length;
    for (const path of ['/events', '/events?when=past', '/events/unctad-e-commerce-week-2017']) {
      const html = await page(path);
      expect(gzipSync(html).length + css, path).toBeLessThan(30_000);
    }
  });
});
