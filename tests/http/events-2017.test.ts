import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/*
 * The demo's real events as a visitor meets them: E-Commerce Week 2017 took place (it is not
 * "scheduled"), its programme is by day with no invented times or rooms (in the page, the API and the
 * calendar file), it reads in French and Spanish, and the processes it fed and the later weeks are in
 * the calendar as past events.
 */

let hub: TestHub;
const week = '/events/unctad-e-commerce-week-2017';

beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);
afterAll(() => hub.close());

async function page(path: string): Promise<string> {
  hub.responseCache.clear();
  const res = await hub.get(path);
  expect(res.status, path).toBe(200);
  return res.text();
}
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from) + 1));
const json = async (path: string) => {
  hub.responseCache.clear();
  return (await (await hub.get(path)).json()) as any;
};

describe('a past event says it took place', () => {
  it('on its page, in the three languages, while schema.org keeps EventScheduled', async () => {
    const html = await page(week);
    expect(html).toMatch(/<dt>Status<\/dt>\s*<dd>Took place<\/dd>/);
    expect(html).not.toMatch(/<dd>Scheduled<\/dd>/);
    expect(html).toContain('"eventStatus":"https://schema.org/EventScheduled"');
    expect(html).toContain('"startDate":"2017-04-24"');
    expect(await page(`${week}?lang=fr`)).toMatch(/<dd>A eu lieu<\/dd>/);
    expect(await page(`${week}?lang=es`)).toMatch(/<dd>Se celebró<\/dd>/);
  });

  it('in the lists, and as a computed phase in the API', async () => {
    const past = await page('/events?when=past');
    expect(between(past, `<li id="e-unctad-e-commerce-week-2017">`, '</li>')).toContain('Took place');
    const detail = await json(`/api/v1${week}`);
    expect(detail.data).toMatchObject({ status: 'scheduled', phase: 'past', allDay: true, startsAt: null, localStart: '2017-04-24', localEnd: '2017-04-28' });
    const upcoming = await json('/api/v1/events');
    expect(upcoming.data.length).toBeGreaterThan(0);
    expect(upcoming.data.every((e: any) => e.phase === 'upcoming' || e.phase === 'ongoing')).toBe(true);
  });
});

describe('the 2017 programme has no invented times or rooms', () => {
  it('lists each day’s sessions without a time or a room, says why, and gives the week by its dates', async () => {
    const html = await page(week);
    expect(html).toContain('The source gives the day of each session, not its time: the sessions are listed by day.');
    expect(html).not.toContain('Times are shown in');
    expect(html).not.toMatch(/Room X|Assembly Hall/);
    const session = between(html, 'id="s-payment-solutions"', '</li>');
    expect(session).not.toMatch(/<time|\d\d:\d\d/);
    expect(between(html, 'id="day-2017-04-24"', 'id="day-2017-04-25"')).not.toContain('parallel sessions');
    // The dates alone, no hours.
    expect(html).toMatch(/<dt>Dates<\/dt>\s*<dd>April 24\s–\s28, 2017<\/dd>/u);
    const api = await json(`/api/v1${week}`);
    expect(api.data.sessions.every((s: any) => s.allDay && s.startsAt === null && s.room === null && s.localStart === s.date)).toBe(true);
  });

  it('publishes all-day entries in the .ics: DTSTART;VALUE=DATE on the session’s day, DTEND the day after', async () => {
    hub.responseCache.clear();
    const text = await (await hub.get(`${week}.ics`)).text();
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(vevents.length).toBeGreaterThan(20);
    for (const v of vevents) {
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(start.isDate, v.getFirstPropertyValue('uid') as string).toBe(true);
      expect(end.isDate).toBe(true);
      expect(end.subtractDate(start).days).toBe(1);
      expect(start.toString() >= '2017-04-24' && start.toString() <= '2017-04-28').toBe(true);
      expect(String(v.getFirstPropertyValue('location'))).toBe('Palais des Nations, Geneva, Switzerland');
    }
    expect(text).toMatch(/^DTSTART;VALUE=DATE:20170426\r$/m);
    expect(text).not.toMatch(/^DTSTART;TZID=/m);
    // The week itself in the calendar of past events: all-day too.
    hub.responseCache.clear();
    const calendar = await (await hub.get('/events.ics?month=2017-04')).text();
    expect(calendar).toContain('DTSTART;VALUE=DATE:20170424');
    expect(calendar).toContain('DTEND;VALUE=DATE:20170429');
  });
});

describe('the 2017 programme and outcomes in French and Spanish', () => {
  it('shows session titles, day themes, outcomes and recommendations in the reader’s language', async () => {
    const fr = await page(`${week}?lang=fr`);
    expect(between(fr, 'id="s-payment-solutions"', '</h4>')).toContain('Solutions de paiement pour le commerce électronique');
    expect(fr).toContain('Manifestations de haut niveau sur le commerce électronique au service du développement');
    const es = await page(`${week}?lang=es`);
    expect(between(es, 'id="s-gender-dimension"', '</h4>')).toContain('La dimensión de género del comercio electrónico');
    const outcomesFr = await page(`${week}/outcomes?lang=fr`);
    expect(outcomesFr).toContain('Rendre l’interopérabilité des moyens de paiement obligatoire et non facultative.');
    expect(outcomesFr).not.toContain('Make interoperability between payment methods obligatory, not optional.');
    const outcomesEs = await json(`/api/v1${week}/outcomes?lang=es`);
    const texts = outcomesEs.data.flatMap((g: any) => g.outcomes.map((o: any) => [o.language, o.text]));
    expect(texts.every(([language]: [string]) => language === 'es')).toBe(true);
    expect(texts.map(([, text]: [string, string]) => text)).toContain('Hacer obligatoria, y no opcional, la interoperabilidad entre los medios de pago.');
  });
});

describe('the processes the week fed, and the later weeks', () => {
  it('are in the calendar as past events, with their dates and outcomes', async () => {
    const slugs = (await json('/api/v1/events?when=past&pageSize=200')).data.map((e: any) => e.slug);
    for (const slug of [
      'wto-aid-for-trade-global-review-2017',
      'unctad-ige-e-commerce-digital-economy-2017',
      'wto-eleventh-ministerial-conference-2017',
      'unctad-e-commerce-week-2018',
      'unctad-ecommerce-week-2019',
      'unctad-ecommerce-week-2022',
      'unctad-eweek-2023',
    ]) {
      expect(slugs, slug).toContain(slug);
    }
    const mc11 = await page('/events/wto-eleventh-ministerial-conference-2017');
    expect(mc11).toMatch(/<dd>Took place<\/dd>/);
    expect(mc11).toContain('Work Programme on Electronic Commerce');
    expect(mc11).toContain('Buenos Aires');
    const review = await page('/events/wto-aid-for-trade-global-review-2017/figures');
    expect(between(review, 'id="f-participants"', '</tr>')).toContain('more than 1,500');
    expect(review).toContain('Reported by WTO in WTO news item on the close of the Global Review (13 July 2017), 2017');
    expect((await page('/events/wto-aid-for-trade-global-review-2017?lang=fr'))).toContain('Examen global de l’Aide pour le commerce 2017');
  });
});
