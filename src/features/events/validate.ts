import { slugPattern } from '../../lib/text.js';
import { type Translate, translator } from '../../web/i18n/i18n.js';
import { isLocale } from '../../web/i18n/locales.js';
import { knownAreas, knownCountries } from '../countries/areas.js';
import { isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { dayBounds, isAllDay, isLocalDate, isLocalTime, isTimeZone, timeGiven, utcInstant } from './time.js';
import { reportedFigureProblems } from './reported-figure-rules.js';
import {
  type EventSeed,
  type SessionSeed,
  attendanceModes,
  eventStatuses,
  genders,
  personRoles,
  registrationKinds,
  sessionTypes,
} from './types.js';

/**
 * One thing wrong with an event or its programme: the field path ('sessions.3.end', 'timeZone') and
 * why, as a code of the `eventForms.problem` catalogue with its values (see problemMessage).
 */
export interface EventProblem {
  path: string;
  code: string;
  values?: Record<string, string | number>;
}

/** A problem in a person's language. */
export function problemMessage(problem: EventProblem, t: Translate): string {
  return t(`eventForms.problem.${problem.code}`, { ...problem.values, interpolation: { escapeValue: false } });
}

type Add = (path: string, code: string, values?: Record<string, string | number>) => void;

const keyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const httpUrl = /^https?:\/\/[^\s<>"]+$/;
const maxSessions = 400;

/** What a seed refers to that lives in the database. */
export interface KnownRecords {
  organisations: ReadonlySet<string>;
}

/**
 * Everything wrong with an event seed, as a person can act on it; empty when it can be saved.
 * Checks the event (dates, zone, place, registration, texts, taxonomy) and its programme (sessions on
 * the event's dates, no two at once in one room, people and recommendations well formed).
 */
export function eventProblems(seed: EventSeed, known: KnownRecords): EventProblem[] {
  const problems: EventProblem[] = [];
  const add: Add = (path, code, values) => problems.push({ path, code, values });

  if (!slugPattern.test(seed.slug)) add('slug', 'slug');
  if (seed.status && !eventStatuses.includes(seed.status)) add('status', 'status');
  if (!attendanceModes.includes(seed.attendanceMode)) add('attendanceMode', 'attendanceMode');
  if (!registrationKinds.includes(seed.registration)) add('registration', 'registration');

  const zoneOk = isTimeZone(seed.timeZone);
  if (!zoneOk) add('timeZone', 'timeZone', { zone: seed.timeZone });
  const { start, end } = eventSpan(seed, add);
  if (zoneOk && start && end && end <= start) add('endDate', 'endBeforeStart');

  if (seed.attendanceMode !== 'online') {
    if (!seed.city?.trim()) add('city', 'city');
    if (!seed.country || !knownCountries.has(seed.country)) add('country', 'country');
  } else if (seed.country && !knownCountries.has(seed.country)) add('country', 'country');
  if (seed.onlineUrl && !httpUrl.test(seed.onlineUrl)) add('onlineUrl', 'onlineUrl');
  if (seed.registration === 'link' && !(seed.registrationUrl && httpUrl.test(seed.registrationUrl)))
    add('registrationUrl', 'registrationUrl');
  if (seed.capacity !== undefined && !(Number.isInteger(seed.capacity) && seed.capacity > 0 && seed.capacity <= 100_000))
    add('capacity', 'capacity');

  if (!isLocale(seed.sourceLocale)) add('sourceLocale', 'sourceLocale');
  else if (!seed.text[seed.sourceLocale]) add(`text.${seed.sourceLocale}.title`, 'sourceText');
  for (const [locale, text] of Object.entries(seed.text)) {
    if (!isLocale(locale) || !text) continue;
    if (text.title.trim().length < 3 || text.title.length > 200) add(`text.${locale}.title`, 'title');
    if (text.summary.trim().length < 10 || text.summary.length > 600) add(`text.${locale}.summary`, 'summary');
    if (text.description.length > 20_000) add(`text.${locale}.description`, 'description');
  }

  if (!seed.policyAreas.length || !seed.policyAreas.every(isPolicyAreaSlug)) add('policyAreas', 'policyAreas');
  if (!seed.coverage.length || !seed.coverage.every((a) => knownAreas.has(a))) add('coverage', 'coverage');
  if (!seed.languages.length || !seed.languages.every((l) => /^[a-z]{2}$/.test(l))) add('languages', 'languages');
  if (!seed.organisers.length) add('organisers', 'organisers');
  for (const slug of [...seed.organisers, ...(seed.partners ?? [])]) {
    if (!known.organisations.has(slug)) add('organisers', 'unknownOrganisation', { slug });
  }

  const sessions = seed.sessions ?? [];
  if (sessions.length > maxSessions) add('sessions', 'tooManySessions', { max: maxSessions });
  if (zoneOk && start && end) sessionProblems(sessions, seed, start, end, add);
  (seed.reportedFigures ?? []).forEach((figure, i) => {
    for (const p of reportedFigureProblems(figure)) add(`reportedFigures.${i}.${p.field}`, p.code, p.values);
  });
  return problems;
}

/**
 * The event's first and last instants: from its times, or whole local days when neither time is
 * given (the days are known, not the hours). One time without the other is a problem.
 */
function eventSpan(seed: EventSeed, add: Add): { start: string | null; end: string | null } {
  if (!isAllDay(seed.startTime, seed.endTime)) {
    return {
      start: checkMoment(seed.startDate, seed.startTime ?? '', seed.timeZone, 'start', add),
      end: checkMoment(seed.endDate, seed.endTime ?? '', seed.timeZone, 'end', add),
    };
  }
  if (!isLocalDate(seed.startDate)) add('startDate', 'dateFormat');
  if (!isLocalDate(seed.endDate)) add('endDate', 'dateFormat');
  if (!isLocalDate(seed.startDate) || !isLocalDate(seed.endDate) || !isTimeZone(seed.timeZone)) return { start: null, end: null };
  if (seed.endDate < seed.startDate) {
    add('endDate', 'endBeforeStart');
    return { start: null, end: null };
  }
  const bounds = dayBounds(seed.startDate, seed.endDate, seed.timeZone);
  return { start: bounds?.startsAt ?? null, end: bounds?.endsAt ?? null };
}

function checkMoment(date: string, time: string, zone: string, which: 'start' | 'end', add: Add): string | null {
  if (!isLocalDate(date)) {
    add(`${which}Date`, 'dateFormat');
    return null;
  }
  if (!timeGiven(time)) {
    add(`${which}Time`, 'timesBoth');
    return null;
  }
  if (!isLocalTime(time)) {
    add(`${which}Time`, 'timeFormat');
    return null;
  }
  const instant = utcInstant(date, time, zone);
  if (!instant && isTimeZone(zone)) add(`${which}Time`, 'nonexistentTime', { date, time, zone });
  return instant;
}

function sessionProblems(sessions: SessionSeed[], seed: EventSeed, eventStart: string, eventEnd: string, add: Add) {
  const keys = new Set<string>();
  const placed: { index: number; room: string; start: string; end: string; title: string }[] = [];
  sessions.forEach((session, index) => {
    const at = (field: string) => `sessions.${index}.${field}`;
    if (!keyPattern.test(session.key)) add(at('key'), 'sessionKey');
    else if (keys.has(session.key)) add(at('key'), 'duplicateKey', { key: session.key });
    keys.add(session.key);
    if (!sessionTypes.includes(session.type)) add(at('type'), 'sessionType');
    if (session.title.trim().length < 3 || session.title.length > 300) add(at('title'), 'sessionTitle');
    for (const [locale, text] of Object.entries(session.translations ?? {})) {
      if (!isLocale(locale) || !text) add(at('translations'), 'sourceLocale');
      else if (text.title.trim().length < 3 || text.title.length > 300) add(at(`translations.${locale}.title`), 'sessionTitle');
    }
    if (isAllDay(session.start, session.end)) {
      // A session whose time is not given: only its day must fall within the event.
      if (!isLocalDate(session.date)) add(at('date'), 'dateFormat');
      else if (session.date < seed.startDate || session.date > seed.endDate) add(at('date'), 'outsideEvent', { title: session.title });
      outcomeAndPeopleProblems(session, index, add);
      return;
    }
    const start = checkMoment(session.date, session.start ?? '', seed.timeZone, 'start', (_p, code, values) => add(at('start'), code, values));
    const end = checkMoment(session.date, session.end ?? '', seed.timeZone, 'end', (_p, code, values) => add(at('end'), code, values));
    if (start && end) {
      if (end <= start) add(at('end'), 'sessionEndBeforeStart', { title: session.title });
      else if (start < eventStart || end > eventEnd) add(at('date'), 'outsideEvent', { title: session.title });
      else if (session.room?.trim() && session.status !== 'cancelled') {
        const room = session.room.trim().toLowerCase();
        const clash = placed.find((p) => p.room === room && p.start < end && start < p.end);
        if (clash) add(at('room'), 'roomClash', { title: session.title, other: clash.title, room: session.room });
        placed.push({ index, room, start, end, title: session.title });
      }
    }
    outcomeAndPeopleProblems(session, index, add);
  });
}

function outcomeAndPeopleProblems(session: SessionSeed, index: number, add: Add) {
  (session.people ?? []).forEach((person, p) => {
    const path = `sessions.${index}.people.${p}`;
    if (!person.name.trim() || person.name.length > 200) add(`${path}.name`, 'personName');
    if (!personRoles.includes(person.role)) add(`${path}.role`, 'personRole');
    if (person.gender && !genders.includes(person.gender)) add(`${path}.gender`, 'personGender');
    if (person.country && !knownCountries.has(person.country)) add(`${path}.country`, 'personCountry', { country: person.country });
  });
  for (const kind of ['outcomes', 'recommendations'] as const) {
    (session[kind] ?? []).forEach((outcome, o) => {
      const path = `sessions.${index}.${kind}.${o}`;
      if (!outcome.text.trim()) add(`${path}.text`, 'outcomeText');
      if (!outcome.policyAreas.every(isPolicyAreaSlug)) add(`${path}.policyAreas`, 'outcomePolicyAreas');
      for (const [locale, text] of Object.entries(outcome.translations ?? {})) {
        if (!isLocale(locale) || !text?.trim()) add(`${path}.translations`, 'outcomeText');
      }
    });
  }
}

/** An event or programme that cannot be saved; nothing was written. */
export class EventInputError extends Error {
  override readonly name = 'EventInputError';
  constructor(readonly problems: EventProblem[]) {
    const en = translator('en');
    super(problems.map((p) => `${p.path}: ${problemMessage(p, en)}`).join('\n'));
  }

  /** Field path → first message in a person's language (English by default), for a form that shows a message beside each field. */
  fields(t: Translate = translator('en')): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.problems) out[p.path] ??= problemMessage(p, t);
    return out;
  }
}
