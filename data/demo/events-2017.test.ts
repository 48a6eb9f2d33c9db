import { describe, expect, it } from 'vitest';
import { eventProblems } from '../../src/features/events/validate.js';
import { personRoles, sessionTypes, type SessionSeed } from '../../src/features/events/types.js';
import { isPolicyAreaSlug } from '../../src/features/policy-areas/policy-areas.js';
import { ecommerceWeek2017 as week } from './events-2017.js';
import { upcomingSampleEvents } from './events-upcoming.js';
import { demoOrganisations } from './organisations.js';

const sessions: SessionSeed[] = week.sessions ?? [];
const orgSlugs = new Set(demoOrganisations.map((o) => o.slug));
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

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

  it('puts every session within the event, in HH:MM, ending after it starts', () => {
    for (const s of sessions) {
      expect(s.date >= week.startDate && s.date <= week.endDate, s.key).toBe(true);
      expect(s.start, s.key).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(s.end, s.key).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(minutes(s.end), s.key).toBeGreaterThan(minutes(s.start));
      if (s.date === week.startDate) expect(minutes(s.start), s.key).toBeGreaterThanOrEqual(minutes(week.startTime));
      if (s.date === week.endDate) expect(minutes(s.end), s.key).toBeLessThanOrEqual(minutes(week.endTime));
      expect(sessionTypes, s.key).toContain(s.type);
    }
  });

  it('never has two sessions in the same room at the same time', () => {
    for (const [i, a] of sessions.entries()) {
      for (const b of sessions.slice(i + 1)) {
        if (!a.room || a.room !== b.room || a.date !== b.date) continue;
        const overlap = minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end);
        expect(overlap, `${a.key} and ${b.key} in ${a.room}`).toBe(false);
      }
    }
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
