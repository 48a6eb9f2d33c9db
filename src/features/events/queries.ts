import { groupBy } from '../../lib/group-by.js';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { knownCountries } from '../countries/areas.js';
import { buildCountryReference } from '../countries/reference.js';
import { eventPhase, todayUtc } from './time.js';
import type { AttendanceMode, EventPhase, EventStatus, Gender, PersonRole, RegistrationKind, SessionType } from './types.js';

type Db = Kysely<Database>;

export interface OrganisationRef {
  slug: string;
  name: string;
  acronym: string | null;
}

export interface EventSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** The language of title and summary: the reader's when translated, else the source language. */
  textLocale: Locale;
  sourceLocale: Locale;
  status: EventStatus;
  attendanceMode: AttendanceMode;
  startsAt: string;
  endsAt: string;
  startDate: string;
  endDate: string;
  /** The days are known, not the hours: dates only, all-day in calendars. */
  allDay: boolean;
  /** Not begun, under way, or ended (computed when read). */
  phase: EventPhase;
  timeZone: string;
  venue: string | null;
  city: string | null;
  country: string | null;
  onlineUrl: string | null;
  registration: RegistrationKind;
  registrationUrl: string | null;
  capacity: number | null;
  isSample: boolean;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  organisers: OrganisationRef[];
  partners: OrganisationRef[];
  policyAreas: string[];
  coverage: string[];
  languages: string[];
}

export interface SessionPerson {
  id: number;
  name: string;
  title: string | null;
  organisation: string | null;
  country: string | null;
  gender: Gender | null;
  role: PersonRole;
}

export interface SessionOutcome {
  id: number;
  ref: string;
  kind: 'outcome' | 'recommendation';
  number: number;
  /** In the reader's language when translated, else the event's source language (`textLocale`). */
  text: string;
  textLocale: Locale;
  policyAreas: string[];
}

export interface EventSession {
  id: number;
  key: string;
  date: string;
  startsAt: string;
  endsAt: string;
  /** The day is known, not the time: shown under its day without times. */
  allDay: boolean;
  room: string | null;
  track: string | null;
  type: SessionType;
  /** Title and description in the reader's language when translated, else the source language. */
  title: string;
  textLocale: Locale;
  description: string;
  descriptionLocale: Locale;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  coOrganisers: { name: string; slug: string | null }[];
  people: SessionPerson[];
  outcomes: SessionOutcome[];
}

export interface EventDetail extends EventSummary {
  description: string;
  source: string;
  /** Locales the event's texts exist in. */
  locales: Locale[];
  /** Themes of the days, in the reader's language when translated (`locale`). */
  days: { date: string; title: string; locale: Locale }[];
  sessions: EventSession[];
  registrations: { confirmed: number; waitlisted: number };
}

export interface EventFilter {
  /** upcoming (not ended before today, UTC), past, or all. */
  when?: 'upcoming' | 'past' | 'all';
  /** Local dates, inclusive: events overlapping [from, to]. */
  from?: string;
  to?: string;
  policyArea?: string;
  /** An M49 region or sub-region code. */
  region?: string;
  mode?: AttendanceMode;
  /** YYYY-MM: events overlapping that month. */
  month?: string;
}

const regionOf = new Map(buildCountryReference().map((c) => [c.iso3, [c.regionCode, c.subregionCode, c.intermediateRegionCode].filter(Boolean) as string[]]));

/**
 * Whether an event concerns a region: held in one of its countries, or covering the region, one of
 * its sub-regions or one of its countries. Events for the whole world do not count as regional.
 */
export function eventInRegion(event: Pick<EventSummary, 'country' | 'coverage'>, region: string): boolean {
  const inRegion = (area: string) => area === region || (knownCountries.has(area) && (regionOf.get(area) ?? []).includes(region));
  return (event.country !== null && inRegion(event.country)) || event.coverage.some(inRegion);
}

export function matchesFilter(event: EventSummary, filter: EventFilter, today = todayUtc()): boolean {
  const when = filter.when ?? 'all';
  if (when === 'upcoming' && event.endDate < today) return false;
  if (when === 'past' && event.endDate >= today) return false;
  if (filter.from && event.endDate < filter.from) return false;
  if (filter.to && event.startDate > filter.to) return false;
  if (filter.month && (event.endDate.slice(0, 7) < filter.month || event.startDate.slice(0, 7) > filter.month)) return false;
  if (filter.policyArea && !event.policyAreas.includes(filter.policyArea)) return false;
  if (filter.mode && event.attendanceMode !== filter.mode) return false;
  if (filter.region && !eventInRegion(event, filter.region)) return false;
  return true;
}

/**
 * Published events matching the filter: upcoming ones soonest first, past ones latest first.
 * The whole calendar is read and filtered here: a hub holds hundreds of events, not millions.
 */
export async function listEvents(db: Db, filter: EventFilter, locale: Locale, today = todayUtc()): Promise<EventSummary[]> {
  const all = await eventSummaries(db, locale, (q) => q.where('e.reviewStatus', '=', 'published'));
  const kept = all.filter((e) => matchesFilter(e, filter, today));
  return filter.when === 'past' ? kept.sort((a, b) => b.startsAt.localeCompare(a.startsAt)) : kept;
}

/**
 * A published event with its programme, or undefined. With `{ sessions: false }` the sessions are
 * not read (`sessions` is empty): for pages that show the event but not its programme.
 */
export async function findEventBySlug(db: Db, slug: string, locale: Locale, options: { sessions?: boolean } = {}): Promise<EventDetail | undefined> {
  const [summary] = await eventSummaries(db, locale, (q) => q.where('e.slug', '=', slug).where('e.reviewStatus', '=', 'published'));
  if (!summary) return undefined;
  return eventDetail(db, summary, options.sessions ?? true, locale);
}

async function eventDetail(db: Db, summary: EventSummary, withSessions: boolean, locale: Locale): Promise<EventDetail> {
  const id = summary.id;
  const [texts, event, days, dayTexts, sessions, counts] = await Promise.all([
    db.selectFrom('eventTexts').select(['locale', 'description']).where('eventId', '=', id).execute(),
    db.selectFrom('events').select(['source']).where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('eventDays').select(['date', 'title']).where('eventId', '=', id).orderBy('date').execute(),
    locale === summary.sourceLocale ? [] : db.selectFrom('eventDayTexts').select(['date', 'title']).where('eventId', '=', id).where('locale', '=', locale).execute(),
    withSessions ? eventSessions(db, id, locale) : [],
    db
      .selectFrom('registrations')
      .select(['status', sql<number>`count(*)`.as('n')])
      .where('eventId', '=', id)
      .where('status', '<>', 'cancelled')
      .groupBy('status')
      .execute(),
  ]);
  const description = (texts.find((t) => t.locale === summary.textLocale) ?? texts[0])?.description ?? '';
  const count = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
  const translatedDay = new Map(dayTexts.map((d) => [d.date, d.title]));
  return {
    ...summary,
    description,
    source: event.source,
    locales: texts.map((t) => t.locale as Locale),
    days: days.map((d) => ({ date: d.date, title: translatedDay.get(d.date) ?? d.title, locale: translatedDay.has(d.date) ? locale : summary.sourceLocale })),
    sessions,
    registrations: { confirmed: count('confirmed'), waitlisted: count('waitlisted') },
  };
}

/**
 * An event's sessions in time order (parallel sessions by room; on each day, sessions without a time
 * first, in the programme's order), with co-organisers, people and outcomes; titles, descriptions and
 * outcomes in `locale` where translated, else in the event's source language (the default).
 */
export async function eventSessions(db: Db, eventId: number, locale?: Locale): Promise<EventSession[]> {
  const rows = await db.selectFrom('eventSessions').selectAll().where('eventId', '=', eventId).orderBy('startsAt').orderBy('room').orderBy('id').execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const { sourceLocale } = await db.selectFrom('events').select('sourceLocale').where('id', '=', eventId).executeTakeFirstOrThrow();
  const translate = locale !== undefined && locale !== sourceLocale;
  const [sessionTexts, outcomeTexts] = translate
    ? await Promise.all([
        db.selectFrom('eventSessionTexts').select(['sessionId', 'title', 'description']).where('sessionId', 'in', ids).where('locale', '=', locale).execute(),
        db
          .selectFrom('sessionOutcomeTexts as t')
          .innerJoin('sessionOutcomes as o', 'o.id', 't.outcomeId')
          .select(['t.outcomeId', 't.text'])
          .where('o.sessionId', 'in', ids)
          .where('t.locale', '=', locale)
          .execute(),
      ])
    : [[], []];
  const sessionText = new Map(sessionTexts.map((t) => [t.sessionId, t]));
  const outcomeText = new Map(outcomeTexts.map((t) => [t.outcomeId, t.text]));
  const [orgs, people, outcomes, areas] = await Promise.all([
    db
      .selectFrom('sessionOrganisations as so')
      .leftJoin('organisations as o', 'o.id', 'so.organisationId')
      .select(['so.sessionId', 'so.name', 'o.slug'])
      .where('so.sessionId', 'in', ids)
      .orderBy('so.position')
      .execute(),
    db
      .selectFrom('sessionPeople as sp')
      .innerJoin('people as p', 'p.id', 'sp.personId')
      .select(['sp.sessionId', 'sp.role', 'p.id', 'p.name', 'p.title', 'p.organisation', 'p.countryIso3', 'p.gender'])
      .where('sp.sessionId', 'in', ids)
      .orderBy('sp.position')
      .execute(),
    db.selectFrom('sessionOutcomes').selectAll().where('sessionId', 'in', ids).orderBy('kind').orderBy('number').execute(),
    db
      .selectFrom('outcomePolicyAreas as opa')
      .innerJoin('sessionOutcomes as so', 'so.id', 'opa.outcomeId')
      .innerJoin('policyAreas as pa', 'pa.slug', 'opa.policyArea')
      .select(['opa.outcomeId', 'opa.policyArea'])
      .where('so.sessionId', 'in', ids)
      .orderBy('pa.position')
      .execute(),
  ]);
  const orgsBy = groupBy(orgs, (o) => o.sessionId);
  const peopleBy = groupBy(people, (p) => p.sessionId);
  const outcomesBy = groupBy(outcomes, (o) => o.sessionId);
  const areasOf = groupBy(areas, (a) => a.outcomeId, (a) => a.policyArea);
  const source = sourceLocale as Locale;
  return rows.map((r) => {
    const text = sessionText.get(r.id);
    const description = text?.description.trim() ? text.description : r.description;
    return {
      id: r.id,
      key: r.key,
      date: r.date,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      allDay: Number(r.allDay) === 1,
      room: r.room,
      track: r.track,
      type: r.type as SessionType,
      title: text?.title ?? r.title,
      textLocale: text ? locale! : source,
      description,
      descriptionLocale: text?.description.trim() ? locale! : source,
      status: r.status as 'scheduled' | 'cancelled',
      sequence: r.sequence,
      coOrganisers: (orgsBy.get(r.id) ?? []).map((o) => ({ name: o.name, slug: o.slug ?? null })),
      people: (peopleBy.get(r.id) ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        title: p.title,
        organisation: p.organisation,
        country: p.countryIso3,
        gender: p.gender as Gender | null,
        role: p.role as PersonRole,
      })),
      outcomes: (outcomesBy.get(r.id) ?? []).map((o) => ({
        id: o.id,
        ref: o.ref,
        kind: o.kind as 'outcome' | 'recommendation',
        number: o.number,
        text: outcomeText.get(o.id) ?? o.text,
        textLocale: outcomeText.has(o.id) ? locale! : source,
        policyAreas: areasOf.get(o.id) ?? [],
      })),
    };
  });
}

/** Events with their texts in `locale` (or their source language) and taxonomy; `scope` narrows the rows. */
async function eventSummaries(db: Db, locale: Locale, scope: (q: any) => any): Promise<EventSummary[]> {
  const base = db
    .selectFrom('events as e')
    .leftJoin('eventTexts as t', (join) => join.onRef('t.eventId', '=', 'e.id').on('t.locale', '=', locale))
    .innerJoin('eventTexts as s', (join) => join.onRef('s.eventId', '=', 'e.id').onRef('s.locale', '=', 'e.sourceLocale'))
    .select([
      'e.id',
      'e.slug',
      'e.status',
      'e.attendanceMode',
      'e.startsAt',
      'e.endsAt',
      'e.startDate',
      'e.endDate',
      'e.allDay',
      'e.timeZone',
      'e.venue',
      'e.city',
      'e.countryIso3',
      'e.onlineUrl',
      'e.registration',
      'e.registrationUrl',
      'e.capacity',
      'e.isSample',
      'e.sequence',
      'e.createdAt',
      'e.updatedAt',
      'e.sourceLocale',
      sql<string>`coalesce(t.title, s.title)`.as('title'),
      sql<string>`coalesce(t.summary, s.summary)`.as('summary'),
      sql<string | null>`t.locale`.as('translated'),
    ])
    .orderBy('e.startsAt')
    .orderBy('e.id');
  const rows: any[] = await scope(base).execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id as number);
  const [orgs, areas, coverage, languages] = await Promise.all([
    db
      .selectFrom('eventOrganisations as eo')
      .innerJoin('organisations as o', 'o.id', 'eo.organisationId')
      .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
      .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
      .select(['eo.eventId', 'eo.role', 'o.slug', sql<string>`coalesce(t.name, s.name)`.as('name'), sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym')])
      .where('eo.eventId', 'in', ids)
      .orderBy('eo.position')
      .execute(),
    db
      .selectFrom('eventPolicyAreas as epa')
      .innerJoin('policyAreas as pa', 'pa.slug', 'epa.policyArea')
      .select(['epa.eventId', 'epa.policyArea as value'])
      .where('epa.eventId', 'in', ids)
      .orderBy('pa.position')
      .execute(),
    db.selectFrom('eventCoverage').select(['eventId', 'area as value']).where('eventId', 'in', ids).orderBy('area').execute(),
    db.selectFrom('eventLanguages').select(['eventId', 'language as value']).where('eventId', 'in', ids).orderBy('language').execute(),
  ]);
  const values = (list: { eventId: number; value: string }[]) => groupBy(list, (row) => row.eventId, (row) => row.value);
  const [areasOf, coverageOf, languagesOf] = [values(areas), values(coverage), values(languages)];
  const orgsBy = groupBy(orgs, (o) => `${o.eventId}:${o.role}`, ({ slug, name, acronym }): OrganisationRef => ({ slug, name, acronym }));
  const orgsOf = (id: number, role: string) => orgsBy.get(`${id}:${role}`) ?? [];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    textLocale: (r.translated ?? r.sourceLocale) as Locale,
    sourceLocale: r.sourceLocale as Locale,
    status: r.status as EventStatus,
    attendanceMode: r.attendanceMode as AttendanceMode,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    startDate: r.startDate,
    endDate: r.endDate,
    allDay: Number(r.allDay) === 1,
    phase: eventPhase(r),
    timeZone: r.timeZone,
    venue: r.venue,
    city: r.city,
    country: r.countryIso3,
    onlineUrl: r.onlineUrl,
    registration: r.registration as RegistrationKind,
    registrationUrl: r.registrationUrl,
    capacity: r.capacity === null ? null : Number(r.capacity),
    isSample: Number(r.isSample) === 1,
    sequence: Number(r.sequence),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    organisers: orgsOf(r.id, 'organiser'),
    partners: orgsOf(r.id, 'partner'),
    policyAreas: areasOf.get(r.id) ?? [],
    coverage: coverageOf.get(r.id) ?? [],
    languages: languagesOf.get(r.id) ?? [],
  }));
}


/** A value that changes whenever any event or its programme changes (for caches of rendered pages and feeds). */
export async function eventVersion(db: Db): Promise<string> {
  const row = await db
    .selectFrom('events')
    .select([sql<string>`max(updated_at)`.as('latest'), sql<number>`count(*)`.as('n'), sql<number>`sum(sequence)`.as('sequences')])
    .executeTakeFirstOrThrow();
  return `${row.latest ?? ''}:${Number(row.n)}:${Number(row.sequences ?? 0)}`;
}
