import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { cleanMultiline, cleanText } from '../../lib/text.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { type Locale, isLocale } from '../../web/i18n/locales.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { eventSessions } from './queries.js';
import { localParts } from './time.js';
import type { AttendanceMode, EventSeed, PersonRole, RegistrationKind, SessionSeed, SessionType } from './types.js';
import { type EventProblem, problemMessage } from './validate.js';

/** The proposal form as typed: every value a string (lists as arrays), so it can be shown again unchanged. */
export interface ProposalValues {
  title: string;
  summary: string;
  description: string;
  sourceLocale: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  attendanceMode: string;
  venue: string;
  city: string;
  country: string;
  onlineUrl: string;
  policyAreas: string[];
  coverage: string;
  languages: string[];
  registration: string;
  registrationUrl: string;
  capacity: string;
  /** One session a line: date, start, end, room, type, title (comma-separated; quote a title with commas). */
  programme: string;
  /** One person a line: session number (its place in the programme, from 1), role, name, organisation, country (ISO3). */
  people: string;
}

export const emptyProposal = (locale: Locale): ProposalValues => ({
  title: '',
  summary: '',
  description: '',
  sourceLocale: locale,
  startDate: '',
  startTime: '09:00',
  endDate: '',
  endTime: '17:00',
  timeZone: '',
  attendanceMode: 'offline',
  venue: '',
  city: '',
  country: '',
  onlineUrl: '',
  policyAreas: [],
  coverage: '001',
  languages: [locale],
  registration: 'none',
  registrationUrl: '',
  capacity: '',
  programme: '',
  people: '',
});

const one = (body: Record<string, unknown>, name: string, max = 200) => cleanText(typeof body[name] === 'string' ? (body[name] as string) : '', max);
const many = (body: Record<string, unknown>, name: string) => {
  const value = body[name] ?? body[`${name}[]`];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string').map((v) => cleanText(v, 40)).slice(0, 20);
};
/** Markdown, the programme and outcome lists keep their line breaks; other control characters go. */
export const multiline = (body: Record<string, unknown>, name: string, max: number) => cleanMultiline(typeof body[name] === 'string' ? (body[name] as string) : '', max);

/** The form's values from a parsed body (`c.req.parseBody({ all: true })`). */
export function proposalValues(body: Record<string, unknown>): ProposalValues {
  return {
    title: one(body, 'title', 300),
    summary: one(body, 'summary', 1000),
    description: multiline(body, 'description', 21_000),
    sourceLocale: one(body, 'sourceLocale', 5),
    startDate: one(body, 'startDate', 10),
    startTime: one(body, 'startTime', 5),
    endDate: one(body, 'endDate', 10),
    endTime: one(body, 'endTime', 5),
    timeZone: one(body, 'timeZone', 60),
    attendanceMode: one(body, 'attendanceMode', 10),
    venue: one(body, 'venue'),
    city: one(body, 'city', 100),
    country: one(body, 'country', 3).toUpperCase(),
    onlineUrl: one(body, 'onlineUrl', 500),
    policyAreas: many(body, 'policyAreas'),
    coverage: one(body, 'coverage', 500),
    languages: many(body, 'languages'),
    registration: one(body, 'registration', 10),
    registrationUrl: one(body, 'registrationUrl', 500),
    capacity: one(body, 'capacity', 7),
    programme: multiline(body, 'programme', 60_000),
    people: multiline(body, 'people', 60_000),
  };
}

/** A key from a session's title: stable while the title stays, so calendar UIDs stay too. */
function sessionKey(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'session';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Comma-separated lines with their line numbers (blank lines skipped); null when the quotes do not close. */
function csvLines(text: string): { record: string[]; info: { lines: number } }[] | null {
  try {
    return parse(text, { trim: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return null;
  }
}

/** The programme's lines as sessions; `lineOf[i]` is the form line of session i. A line that cannot be read is a problem of its own. */
function programmeSessions(text: string): { sessions: SessionSeed[]; lineOf: number[]; problems: { line: number; code: string }[] } {
  const sessions: SessionSeed[] = [];
  const lineOf: number[] = [];
  const problems: { line: number; code: string }[] = [];
  if (!text.trim()) return { sessions, lineOf, problems };
  const rows = csvLines(text);
  if (!rows) return { sessions, lineOf, problems: [{ line: 0, code: 'programmeUnreadable' }] };
  const keys = new Set<string>();
  for (const { record, info } of rows) {
    const [date = '', start = '', end = '', room = '', type = '', ...title] = record;
    if (record.length < 6) {
      problems.push({ line: info.lines, code: 'programmeColumns' });
      continue;
    }
    const fullTitle = title.join(', ').trim();
    sessions.push({ key: sessionKey(fullTitle, keys), date, start: start || undefined, end: end || undefined, room: room || undefined, type: type as SessionType, title: fullTitle });
    lineOf.push(info.lines);
  }
  return { sessions, lineOf, problems };
}

type Programme = ReturnType<typeof programmeSessions>;

/**
 * The people lines, attached to their sessions (by number, from 1); `lineOf` maps "session.person"
 * (indexes) to the form line, for messages. Gender is not asked: only people describe their own.
 */
function programmePeople(text: string, programme: Programme): { lineOf: Map<string, number>; problems: { line: number; code: string }[] } {
  const lineOf = new Map<string, number>();
  const problems: { line: number; code: string }[] = [];
  if (!text.trim()) return { lineOf, problems };
  const rows = csvLines(text);
  if (!rows) return { lineOf, problems: [{ line: 0, code: 'peopleUnreadable' }] };
  for (const { record, info } of rows) {
    const [number = '', role = '', name = '', organisation = '', country = ''] = record;
    const session = /^\d{1,3}$/.test(number) ? programme.sessions[Number(number) - 1] : undefined;
    if (record.length < 3) problems.push({ line: info.lines, code: 'peopleColumns' });
    else if (!session) problems.push({ line: info.lines, code: 'peopleSession' });
    else {
      session.people ??= [];
      lineOf.set(`${Number(number) - 1}.${session.people.length}`, info.lines);
      session.people.push({ role: role.toLowerCase() as PersonRole, name, organisation: organisation || undefined, country: country ? country.toUpperCase() : undefined });
    }
  }
  return { lineOf, problems };
}

/** The event a proposal describes, for validation and saving; `organiser` is the proposing organisation. */
export function proposalSeed(values: ProposalValues, slug: string, organiser: string): { seed: EventSeed; programme: Programme; people: ReturnType<typeof programmePeople> } {
  const locale: Locale = isLocale(values.sourceLocale) ? values.sourceLocale : 'en';
  const programme = programmeSessions(values.programme);
  const people = programmePeople(values.people, programme);
  const seed: EventSeed = {
    slug,
    attendanceMode: values.attendanceMode as AttendanceMode,
    timeZone: values.timeZone,
    startDate: values.startDate,
    startTime: values.startTime || undefined,
    endDate: values.endDate,
    endTime: values.endTime || undefined,
    venue: values.venue || undefined,
    city: values.city || undefined,
    country: values.country || undefined,
    onlineUrl: values.onlineUrl || undefined,
    organisers: [organiser],
    policyAreas: values.policyAreas as PolicyAreaSlug[],
    coverage: values.coverage.split(/[\s,;]+/).filter(Boolean).map((a) => (/^[a-z]{3}$/i.test(a) && !/^(ldc|lldc|sids)$/i.test(a) ? a.toUpperCase() : a.toLowerCase())),
    languages: values.languages,
    registration: values.registration as RegistrationKind,
    registrationUrl: values.registrationUrl || undefined,
    capacity: values.capacity ? Number(values.capacity) : undefined,
    sourceLocale: locale,
    source: organiser,
    text: { [locale]: { title: values.title, summary: values.summary, description: values.description } },
    sessions: programme.sessions,
  };
  return { seed, programme, people };
}

/**
 * Problems as the form shows them: event fields beside their field; every session problem under the
 * programme, prefixed with its line ("Line 3: …").
 */
export function proposalErrors(problems: EventProblem[], programme: Programme, people: ReturnType<typeof programmePeople>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const lineMessage = (p: { line: number; code: string }) => (p.line ? t('eventForms.line', { line: p.line, message: t(`eventForms.${p.code}`) }) : t(`eventForms.${p.code}`));
  const lines: string[] = programme.problems.map(lineMessage);
  const peopleLines: string[] = people.problems.map(lineMessage);
  for (const problem of problems) {
    const person = /^sessions\.(\d+)\.people\.(\d+)\./.exec(problem.path);
    if (person) {
      peopleLines.push(t('eventForms.line', { line: people.lineOf.get(`${person[1]}.${person[2]}`) ?? 0, message: problemMessage(problem, t), interpolation: { escapeValue: false } }));
      continue;
    }
    const session = /^sessions\.(\d+)\./.exec(problem.path);
    if (session) {
      lines.push(t('eventForms.line', { line: programme.lineOf[Number(session[1])] ?? 0, message: problemMessage(problem, t), interpolation: { escapeValue: false } }));
      continue;
    }
    const field = problem.path.replace(/^text\.\w+\./, '').replace(/^sessions$/, 'programme').replace(/^organisers$/, 'title');
    errors[field] ??= problemMessage(problem, t);
  }
  if (lines.length) errors.programme = lines.slice(0, 10).join(' ');
  if (peopleLines.length) errors.people = peopleLines.slice(0, 10).join(' ');
  return errors;
}

/** Sessions in one order, whatever order they were typed or read in: by day, start, room, end, then title. */
const slotOrder = (a: SessionSeed, b: SessionSeed) => {
  const key = (s: SessionSeed) => [s.date, s.start ?? '', s.room?.trim() ?? '', s.end ?? '', s.title.trim()];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
};

/** A value as one field of a programme or people line: quoted when it holds a comma or a quote. */
const csvField = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The form's values of an event, written one way only (sessions in time order, people under their
 * session, lists sorted): a stored event and a typed form that mean the same event give the same values,
 * so that a change can be compared field by field with what is published.
 */
export function proposalOfSeed(seed: EventSeed): ProposalValues {
  const text = seed.text[seed.sourceLocale];
  const sessions = [...(seed.sessions ?? [])].sort(slotOrder);
  const distinct = (values: string[]) => [...new Set(values)];
  return {
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    description: text?.description ?? '',
    sourceLocale: seed.sourceLocale,
    startDate: seed.startDate,
    startTime: seed.startTime ?? '',
    endDate: seed.endDate,
    endTime: seed.endTime ?? '',
    timeZone: seed.timeZone,
    attendanceMode: seed.attendanceMode,
    venue: seed.venue?.trim() ?? '',
    city: seed.city?.trim() ?? '',
    country: seed.country ?? '',
    onlineUrl: seed.onlineUrl ?? '',
    policyAreas: distinct(seed.policyAreas).sort(),
    coverage: distinct(seed.coverage).join(', '),
    languages: distinct(seed.languages).sort(),
    registration: seed.registration,
    // As stored: an address only for registration on another website.
    registrationUrl: seed.registration === 'link' ? (seed.registrationUrl ?? '') : '',
    capacity: seed.capacity === undefined || !Number.isFinite(seed.capacity) ? '' : String(seed.capacity),
    programme: sessions.map((s) => [s.date, s.start ?? '', s.end ?? '', csvField(s.room?.trim() ?? ''), s.type, csvField(s.title.trim())].join(', ')).join('\n'),
    people: sessions
      .flatMap((s, i) => (s.people ?? []).map((p) => [String(i + 1), p.role, csvField(p.name.trim()), csvField(p.organisation ?? ''), p.country ?? ''].join(', ').replace(/(, )+$/, '')))
      .join('\n'),
  };
}

/** Typed values written the one way proposalOfSeed writes them (the organiser and slug play no part in them). */
export const canonicalProposal = (values: ProposalValues): ProposalValues => proposalOfSeed(proposalSeed(values, 'event', 'organiser').seed);

/** The form's values of a stored event, to edit it or to compare a change with it. */
export async function storedProposal(db: Kysely<Database>, eventId: number): Promise<ProposalValues | undefined> {
  const event = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!event) return undefined;
  const [text, areas, coverage, languages, sessions] = await Promise.all([
    db.selectFrom('eventTexts').selectAll().where('eventId', '=', eventId).where('locale', '=', event.sourceLocale).executeTakeFirst(),
    db.selectFrom('eventPolicyAreas').select('policyArea').where('eventId', '=', eventId).execute(),
    db.selectFrom('eventCoverage').select('area').where('eventId', '=', eventId).execute(),
    db.selectFrom('eventLanguages').select('language').where('eventId', '=', eventId).execute(),
    eventSessions(db, eventId),
  ]);
  // An event or session whose hours are not known has no times in the form (both fields empty).
  const local = (instant: string, allDay: boolean | number = event.allDay) => (Number(allDay) === 1 || allDay === true ? undefined : localParts(instant, event.timeZone).time);
  const locale: Locale = isLocale(event.sourceLocale) ? event.sourceLocale : 'en';
  return proposalOfSeed({
    slug: event.slug,
    attendanceMode: event.attendanceMode as AttendanceMode,
    timeZone: event.timeZone,
    startDate: event.startDate,
    startTime: local(event.startsAt),
    endDate: event.endDate,
    endTime: local(event.endsAt),
    venue: event.venue ?? undefined,
    city: event.city ?? undefined,
    country: event.countryIso3 ?? undefined,
    onlineUrl: event.onlineUrl ?? undefined,
    organisers: [],
    policyAreas: areas.map((a) => a.policyArea as PolicyAreaSlug),
    coverage: coverage.map((a) => a.area),
    languages: languages.map((l) => l.language),
    registration: event.registration as RegistrationKind,
    registrationUrl: event.registrationUrl ?? undefined,
    capacity: event.capacity ?? undefined,
    sourceLocale: locale,
    source: event.source,
    text: { [locale]: { title: text?.title ?? '', summary: text?.summary ?? '', description: text?.description ?? '' } },
    sessions: sessions.map((s) => ({
      key: s.key,
      date: s.date,
      start: local(s.startsAt, s.allDay),
      end: local(s.endsAt, s.allDay),
      room: s.room ?? undefined,
      type: s.type as SessionType,
      title: s.title,
      people: s.people.map((p) => ({ role: p.role as PersonRole, name: p.name, organisation: p.organisation ?? undefined, country: p.country ?? undefined })),
    })),
  });
}
