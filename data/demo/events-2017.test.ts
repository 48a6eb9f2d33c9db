import { describe, expect, it } from 'vitest';
import { eventProblems } from '../../src/features/events/validate.js';
import { personRoles, sessionTypes, type SessionSeed } from '../../src/features/events/types.js';
import { isPolicyAreaSlug } from '../../src/features/policy-areas/policy-areas.js';
import { ecommerceWeek2017 as week } from './events-2017.js';
import { followUpEvents2017 } from './events-2017-follow-up.js';
import { laterEcommerceWeeks } from './events-eweeks.js';
import { upcomingSampleEvents } from './events-upcoming.js';
import { demoOrganisations } from './organisations.js';

const sessions: SessionSeed[] = week.sessions ?? [];
const orgSlugs = new Set(demoOrganisations.map((o) => o.slug));

describe('UNCTAD E-Commerce Week 2017 seed', () => {
  it('is the Geneva week of 24–28 April 2017, taken from the report', () => {
    expect(week).toMatchObject({
      slug: 'unctad-e-commerce-week-2017',
      timeZone: 'Europe/Zurich',
      startDate: '2017-04-24',
      endDate: '2017-04-28',
      venue: 'Palais des Nations',
      city: 'Geneva',
      country: 'CHE',
      attendanceMode: 'offline',
      registration: 'none',
      status: 'scheduled',
      sourceLocale: 'en',
      isSample: false,
      organisers: ['unctad'],
    });
    expect(week.source).toContain('UNCTAD/DTL/STICT/2017/7');
    for (const locale of ['en', 'fr', 'es'] as const) expect(week.text[locale]?.title).toBeTruthy();
  });

  it('passes the events validator', () => {
    expect(eventProblems(week, { organisations: orgSlugs })).toEqual([]);
  });

  it('has unique, well-formed session keys', () => {
    const keys = sessions.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives no hours and no rooms, which the report does not give: every session is on a day of the week, without a time', () => {
    expect(week.startTime).toBeUndefined();
    expect(week.endTime).toBeUndefined();
    for (const s of sessions) {
      expect(s.date >= week.startDate && s.date <= week.endDate, s.key).toBe(true);
      expect(s.start, s.key).toBeUndefined();
      expect(s.end, s.key).toBeUndefined();
      expect(s.room, s.key).toBeUndefined();
      expect(sessionTypes, s.key).toContain(s.type);
    }
    for (const text of Object.values(week.text)) expect(text!.description).not.toMatch(/indicati|Room|salle|sala /i);
  });

  it('links co-organisers and partners only to demo organisations that exist', () => {
    for (const s of sessions) {
      for (const co of s.coOrganisers ?? []) {
        if ('slug' in co) expect(orgSlugs.has(co.slug), `${s.key}: ${co.slug}`).toBe(true);
        else expect(co.name.trim(), s.key).not.toBe('');
      }
    }
    for (const slug of [...week.organisers, ...(week.partners ?? [])]) expect(orgSlugs.has(slug), slug).toBe(true);
    expect(new Set(week.partners).size).toBe(week.partners?.length);
  });

  it('tags the event, and every outcome and recommendation with 1–3, with valid policy areas', () => {
    expect(week.policyAreas.every(isPolicyAreaSlug)).toBe(true);
    expect(week.policyAreas).toHaveLength(7);
    for (const s of sessions) {
      for (const o of [...(s.outcomes ?? []), ...(s.recommendations ?? [])]) {
        expect(o.policyAreas.length, `${s.key}: ${o.text}`).toBeGreaterThanOrEqual(1);
        expect(o.policyAreas.length, `${s.key}: ${o.text}`).toBeLessThanOrEqual(3);
        expect(o.policyAreas.every(isPolicyAreaSlug), s.key).toBe(true);
        expect(new Set(o.policyAreas).size, s.key).toBe(o.policyAreas.length);
        expect(o.text.trim().length, s.key).toBeGreaterThan(10);
      }
    }
  });

  it('keeps the numbered recommendations of every session whose report section lists them', () => {
    const expected: Record<string, number> = {
      'ministerial-friends-of-e-commerce': 7,
      'ldc-etrade-readiness': 8,
      'consumer-protection': 14,
      'payment-solutions': 14,
      'gender-dimension': 3,
      'better-measurement': 4,
      'smes-in-e-commerce': 12,
      'broadband-connectivity': 3,
      // "the youth session proposed concrete actions": the report's own word for what it asks of others.
      'youth-employment-digital-economy': 3,
    };
    const actual = Object.fromEntries(sessions.filter((s) => s.recommendations?.length).map((s) => [s.key, s.recommendations!.length]));
    expect(actual).toEqual(expected);
  });

  it('keeps sessions the report describes, on their days', () => {
    const known: [key: string, date: string, title: RegExp][] = [
      ['cybersecurity-and-cybercrime', '2017-04-24', /^Cybersecurity and Cybercrime/],
      ['inclusive-development-china', '2017-04-24', /Case of China/],
      ['ministerial-friends-of-e-commerce', '2017-04-25', /Friends of E-Commerce for Development/],
      ['high-level-digital-transformation-for-all', '2017-04-25', /Digital Transformation for All/],
      ['ldc-etrade-readiness', '2017-04-26', /Least Developed Countries/],
      ['payment-solutions', '2017-04-26', /^Payment Solutions for E-commerce$/],
      ['gender-dimension', '2017-04-27', /^Gender Dimension of E-commerce$/],
      ['broadband-connectivity', '2017-04-28', /^Broadband Connectivity for E-commerce$/],
    ];
    for (const [key, date, title] of known) {
      const s = sessions.find((x) => x.key === key);
      expect(s, key).toBeDefined();
      expect(s!.date, key).toBe(date);
      expect(s!.title, key).toMatch(title);
    }
    // Ten parallel sessions on the first day, as the report says.
    expect(sessions.filter((s) => s.date === '2017-04-24')).toHaveLength(10);
  });

  it('gives people a known role, ISO3 countries, and a gender only where the report states one', () => {
    const stated = new Set(['Anusha Rahman Khan', 'Kyong-lim Choi', 'Shamika Sirimanne', 'Lekey Dorji', 'Alvaro Cedeño Molinari']);
    for (const s of sessions) {
      for (const p of s.people ?? []) {
        expect(personRoles, `${s.key}: ${p.name}`).toContain(p.role);
        if (p.country) expect(p.country).toMatch(/^[A-Z]{3}$/);
        if (p.gender) expect(stated.has(p.name), `${p.name}: gender not stated in the report`).toBe(true);
      }
    }
  });

  it('records the figures the report gives, in its words: "over 1,000" kept as more than 1,000, one third of the speakers', () => {
    const by = (measure: string) => week.reportedFigures?.filter((f) => f.measure === measure) ?? [];
    expect(by('participants')).toMatchObject([{ unit: 'count', qualifier: 'more-than', value: 1000 }]);
    expect(by('countries')).toMatchObject([{ unit: 'count', value: 99 }]);
    expect(by('speakers')).toMatchObject([{ unit: 'count', value: 170 }]);
    expect(by('partners')).toMatchObject([{ unit: 'count', value: 30 }]);
    expect(by('sessions')).toMatchObject([{ unit: 'count', qualifier: 'more-than', value: 30 }]);
    // One third of the 170 speakers and moderators, not of the participants.
    expect(by('women-share')).toMatchObject([{ unit: 'share', fraction: '1/3', shareOf: 'speakers' }]);
    expect(by('developing-share')).toMatchObject([{ unit: 'share', fraction: '1/3', shareOf: 'speakers' }]);
    expect(by('media-articles')).toMatchObject([{ qualifier: 'about', value: 475 }]);
    expect(by('media-countries')).toMatchObject([{ qualifier: 'more-than', value: 45 }]);
    expect(by('media-outlets')[0]?.text).toBe('Reuters, EFE, Fortune, AFP, ATS');
    for (const f of week.reportedFigures ?? []) {
      expect(f.source).toMatchObject({ publisher: 'UNCTAD', year: 2017 });
      expect(f.source.title).toContain('UNCTAD/DTL/STICT/2017/7');
    }
  });

  it('has the programme in French and Spanish: every session title, day theme, outcome and recommendation', () => {
    for (const locale of ['fr', 'es'] as const) {
      for (const date of Object.keys(week.days ?? {})) expect(week.dayTranslations?.[locale]?.[date], `${locale} ${date}`).toBeTruthy();
      for (const s of sessions) {
        const title = s.translations?.[locale]?.title;
        expect(title, `${locale} ${s.key}`).toBeTruthy();
        expect(title, `${locale} ${s.key}`).not.toBe(s.title);
        for (const o of [...(s.outcomes ?? []), ...(s.recommendations ?? [])]) {
          expect(o.translations?.[locale], `${locale} ${s.key}: ${o.text}`).toBeTruthy();
          expect(o.translations?.[locale], `${locale} ${s.key}`).not.toBe(o.text);
        }
      }
    }
    const payments = sessions.find((s) => s.key === 'payment-solutions')!;
    expect(payments.recommendations![10]!.translations).toEqual({
      fr: 'Rendre l’interopérabilité des moyens de paiement obligatoire et non facultative.',
      es: 'Hacer obligatoria, y no opcional, la interoperabilidad entre los medios de pago.',
    });
  });
});

describe('the follow-up processes of 2017 and the later E-Commerce Weeks', () => {
  const events = [...followUpEvents2017, ...laterEcommerceWeeks];

  it('are real past events, valid, with dates only and their sources', () => {
    expect(events.map((e) => e.slug)).toEqual([
      'wto-aid-for-trade-global-review-2017',
      'unctad-ige-e-commerce-digital-economy-2017',
      'wto-eleventh-ministerial-conference-2017',
      'unctad-e-commerce-week-2018',
      'unctad-ecommerce-week-2019',
      'unctad-ecommerce-week-2022',
      'unctad-eweek-2023',
    ]);
    for (const e of events) {
      expect(e.isSample, e.slug).toBe(false);
      expect(e.endDate < '2024-01-01', e.slug).toBe(true);
      expect(e.startTime ?? e.endTime, e.slug).toBeUndefined();
      expect(e.source, e.slug).toMatch(/checked 2026-12-07/);
      expect(eventProblems(e, { organisations: orgSlugs }), e.slug).toEqual([]);
      for (const locale of ['en', 'fr', 'es'] as const) expect(e.text[locale]?.title, `${e.slug} ${locale}`).toBeTruthy();
    }
  });

  it('give the documented dates and places', () => {
    const bySlug = Object.fromEntries(events.map((e) => [e.slug, e]));
    expect(bySlug['wto-aid-for-trade-global-review-2017']).toMatchObject({ startDate: '2017-07-11', endDate: '2017-07-13', city: 'Geneva', organisers: ['wto'] });
    expect(bySlug['unctad-ige-e-commerce-digital-economy-2017']).toMatchObject({ startDate: '2017-10-04', endDate: '2017-10-06', organisers: ['unctad'] });
    expect(bySlug['wto-eleventh-ministerial-conference-2017']).toMatchObject({ startDate: '2017-12-10', endDate: '2017-12-13', city: 'Buenos Aires', country: 'ARG' });
    expect(bySlug['unctad-e-commerce-week-2018']).toMatchObject({ startDate: '2018-04-16', endDate: '2018-04-20' });
    expect(bySlug['unctad-ecommerce-week-2019']).toMatchObject({ startDate: '2019-04-01', endDate: '2019-04-05' });
    expect(bySlug['unctad-ecommerce-week-2022']).toMatchObject({ startDate: '2022-04-25', endDate: '2022-04-29', attendanceMode: 'mixed' });
    expect(bySlug['unctad-eweek-2023']).toMatchObject({ startDate: '2023-12-04', endDate: '2023-12-08', attendanceMode: 'mixed' });
    expect(bySlug['wto-eleventh-ministerial-conference-2017']!.text.en!.description).toContain('not imposing customs duties on electronic transmissions until their next session in 2019');
  });
});

describe('upcoming sample events', () => {
  const today = new Date('2030-01-30T23:30:00Z');
  const events = upcomingSampleEvents(today);

  it('are valid, clearly marked samples', () => {
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(new Set(events.map((e) => e.slug)).size).toBe(events.length);
    for (const e of events) {
      expect(e.isSample, e.slug).toBe(true);
      expect(e.source).toBe('E4D Hub sample event (not a real event)');
      expect(e.text[e.sourceLocale]?.title, e.slug).toMatch(/^(Sample|Ejemplo|Exemple)\b/);
      expect(eventProblems(e, { organisations: orgSlugs }), e.slug).toEqual([]);
    }
  });

  it('fall 3, 6, 10 and 16 weeks after today (UTC)', () => {
    expect(events.map((e) => e.startDate)).toEqual(['2030-02-20', '2030-03-13', '2030-04-10', '2030-05-22']);
  });

  it('show each attendance mode and registration kind', () => {
    expect(new Set(events.map((e) => e.attendanceMode))).toEqual(new Set(['online', 'mixed', 'offline']));
    expect(new Set(events.map((e) => e.registration))).toEqual(new Set(['none', 'link', 'built-in']));
    const builtIn = events.find((e) => e.registration === 'built-in')!;
    expect(builtIn.capacity).toBe(40);
    expect(builtIn.sessions?.length).toBeGreaterThanOrEqual(3);
    expect(builtIn.sessions?.every((s) => s.people?.length)).toBe(true);
    expect(events.find((e) => e.sourceLocale === 'fr')?.timeZone).toBe('Africa/Dakar');
    expect(events.find((e) => e.sourceLocale === 'es')?.timeZone).toBe('America/Bogota');
  });
});
