import { indexEvent } from '../search/documents.js';
import { searchChanged } from '../search/version.js';
import type { Insertable, Kysely } from 'kysely';
import type { Database, EventTable } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { sessionOutcomesWriter } from './outcomes.js';
import { eventSessions } from './queries.js';
import { reportedFigureWriter } from './reported-figures.js';
import { dayBounds, isAllDay, localParts, utcInstant } from './time.js';
import type { EventSeed, EventStatus, EventText, SessionSeed, SessionText } from './types.js';
import { EventInputError, eventProblems } from './validate.js';

type Db = Kysely<Database>;

export { outcomeRef } from './outcomes.js';

/** Validate a seed against the database's organisations; throws EventInputError listing every problem. */
async function checkedSeed(trx: Db, seed: EventSeed): Promise<Map<string, number>> {
  const slugs = [...seed.organisers, ...(seed.partners ?? []), ...sessionOrganisationSlugs(seed.sessions ?? [])];
  const rows = slugs.length ? await trx.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', [...new Set(slugs)]).execute() : [];
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const problems = eventProblems(seed, { organisations: new Set(ids.keys()) });
  (seed.sessions ?? []).forEach((s, i) =>
    (s.coOrganisers ?? []).forEach((o, j) => {
      if ('slug' in o && !ids.has(o.slug)) problems.push({ path: `sessions.${i}.coOrganisers.${j}`, code: 'unknownOrganisation', values: { slug: o.slug } });
    }),
  );
  if (problems.length) throw new EventInputError(problems);
  return ids;
}

function sessionOrganisationSlugs(sessions: SessionSeed[]): string[] {
  return sessions.flatMap((s) => (s.coOrganisers ?? []).flatMap((o) => ('slug' in o ? [o.slug] : [])));
}

/** The instants a seed's event or session spans: its times, or whole local days when no time is given. */
function span(first: string, last: string, start: string | undefined, end: string | undefined, zone: string): { startsAt: string; endsAt: string; allDay: number } {
  if (isAllDay(start, end)) return { ...dayBounds(first, last, zone)!, allDay: 1 };
  return { startsAt: utcInstant(first, start!, zone)!, endsAt: utcInstant(last, end!, zone)!, allDay: 0 };
}

function eventRow(seed: EventSeed, now: string): Insertable<EventTable> {
  return {
    slug: seed.slug,
    status: seed.status ?? 'scheduled',
    attendanceMode: seed.attendanceMode,
    ...span(seed.startDate, seed.endDate, seed.startTime, seed.endTime, seed.timeZone),
    timeZone: seed.timeZone,
    startDate: seed.startDate,
    endDate: seed.endDate,
    venue: seed.venue?.trim() || null,
    city: seed.city?.trim() || null,
    countryIso3: seed.country ?? null,
    onlineUrl: seed.onlineUrl || null,
    registration: seed.registration,
    registrationUrl: seed.registration === 'link' ? (seed.registrationUrl ?? null) : null,
    capacity: seed.capacity ?? null,
    sourceLocale: seed.sourceLocale,
    source: seed.source,
    isSample: seed.isSample ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Create an event with its texts, organisers, taxonomy and programme, in the caller's transaction.
 * Throws EventInputError (nothing written) when the seed has problems.
 */
export async function eventCreator(trx: Db, seed: EventSeed, owner: { organisationId: number; reviewStatus: 'draft' | 'submitted' } | null = null): Promise<number> {
  const organisations = await checkedSeed(trx, seed);
  const row = { ...eventRow(seed, new Date().toISOString()), ownerOrganisationId: owner?.organisationId ?? null, reviewStatus: owner?.reviewStatus ?? 'published' };
  const { id } = await trx.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow();
  await eventContentWriter(trx, id, seed, organisations);
  await programmeWriter(trx, id, seed, organisations, new Map());
  for (const figure of seed.reportedFigures ?? []) await reportedFigureWriter(trx, id, figure, seed.sourceLocale, null);
  await indexEvent(trx, id);
  return id;
}

/**
 * Replace an event's fields and programme with the seed's, keeping its id, registrations and each
 * session that keeps its key (so calendar UIDs and recommendation references stay the same).
 * SEQUENCE goes up by one on the event and on every session that changed.
 */
export async function eventUpdater(trx: Db, eventId: number, seed: EventSeed): Promise<void> {
  const current = await trx.selectFrom('events').select(['id', 'slug', 'sequence']).where('id', '=', eventId).executeTakeFirst();
  if (!current) throw new Error(`Event ${eventId} does not exist.`);
  const organisations = await checkedSeed(trx, { ...seed, slug: current.slug });
  const { createdAt: _created, slug: _slug, ...row } = eventRow(seed, new Date().toISOString());
  await trx.updateTable('events').set({ ...row, sequence: current.sequence + 1 }).where('id', '=', eventId).execute();
  for (const table of ['eventTexts', 'eventOrganisations', 'eventPolicyAreas', 'eventCoverage', 'eventLanguages', 'eventDays', 'eventDayTexts'] as const) {
    await trx.deleteFrom(table).where('eventId', '=', eventId).execute();
  }
  await eventContentWriter(trx, eventId, seed, organisations);
  const previous = await storedSessions(trx, eventId);
  await trx.deleteFrom('eventSessions').where('eventId', '=', eventId).execute();
  await programmeWriter(trx, eventId, { ...seed, slug: current.slug }, organisations, previous);
  await indexEvent(trx, eventId);
}

/**
 * Write what the proposal form describes over a stored event. The sessions it had keep their
 * co-organisers, outcomes and translations (the form edits times, rooms, titles and people; a session
 * is the same while its key is; a translated title is kept while the source title stays). The status
 * stays as it is: only the status form changes it (a cancelled event stays cancelled, a moved-online
 * one online). SEQUENCE rises, so calendar apps take the new version.
 */
export async function formEventWriter(trx: Db, eventId: number, seed: EventSeed): Promise<void> {
  const current = await trx.selectFrom('events').select(['status', 'sourceLocale']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const stored = new Map((await eventSessions(trx, eventId, current.sourceLocale as Locale)).map((s) => [s.key, s]));
  const translations = await storedTranslations(trx, eventId);
  const sessions = (seed.sessions ?? []).map((s) => {
    const kept = stored.get(s.key);
    if (!kept) return s;
    const lists = (kind: 'outcome' | 'recommendation') =>
      kept.outcomes.filter((o) => o.kind === kind).map((o) => ({ text: o.text, policyAreas: o.policyAreas as never, translations: translations.outcomes.get(o.id) }));
    const sameTitle = kept.title.trim() === s.title.trim();
    return {
      ...s,
      coOrganisers: kept.coOrganisers.map((o) => (o.slug ? { slug: o.slug } : { name: o.name })),
      outcomes: lists('outcome'),
      recommendations: lists('recommendation'),
      translations: sameTitle ? translations.sessions.get(kept.id) : undefined,
    };
  });
  const status = current.status as EventStatus;
  await eventUpdater(trx, eventId, { ...seed, status, attendanceMode: status === 'moved-online' ? 'online' : seed.attendanceMode, sessions });
}

/**
 * Postpone, cancel, move online or reschedule an event. Every session's SEQUENCE goes up too, so
 * calendar apps replace their copies (a cancelled event's sessions are published as CANCELLED).
 */
export async function eventStatusSetter(trx: Db, eventId: number, status: EventStatus): Promise<void> {
  const event = await trx.selectFrom('events').select(['sequence']).where('id', '=', eventId).executeTakeFirst();
  if (!event) throw new Error(`Event ${eventId} does not exist.`);
  const patch: Partial<Insertable<EventTable>> = { status, sequence: event.sequence + 1, updatedAt: new Date().toISOString() };
  if (status === 'moved-online') patch.attendanceMode = 'online';
  await trx.updateTable('events').set(patch).where('id', '=', eventId).execute();
  await trx
    .updateTable('eventSessions')
    .set((eb) => ({ sequence: eb('sequence', '+', 1) }))
    .where('eventId', '=', eventId)
    .execute();
  await searchChanged(trx);
}

async function eventContentWriter(trx: Db, id: number, seed: EventSeed, organisations: Map<string, number>): Promise<void> {
  const texts = Object.entries(seed.text).filter((e): e is [Locale, EventText] => Boolean(e[1]));
  await trx.insertInto('eventTexts').values(texts.map(([locale, t]) => ({ eventId: id, locale, ...t }))).execute();
  const orgRows = [
    ...seed.organisers.map((slug) => ({ slug, role: 'organiser' })),
    ...(seed.partners ?? []).filter((slug) => !seed.organisers.includes(slug)).map((slug) => ({ slug, role: 'partner' })),
  ];
  const seen = new Set<string>();
  const unique = orgRows.filter((o) => !seen.has(o.slug) && seen.add(o.slug));
  await trx
    .insertInto('eventOrganisations')
    .values(unique.map((o, position) => ({ eventId: id, organisationId: organisations.get(o.slug)!, role: o.role, position })))
    .execute();
  const distinct = <T>(values: T[]) => [...new Set(values)];
  await trx.insertInto('eventPolicyAreas').values(distinct(seed.policyAreas).map((policyArea) => ({ eventId: id, policyArea }))).execute();
  await trx.insertInto('eventCoverage').values(distinct(seed.coverage).map((area) => ({ eventId: id, area }))).execute();
  await trx.insertInto('eventLanguages').values(distinct(seed.languages).map((language) => ({ eventId: id, language }))).execute();
  const days = Object.entries(seed.days ?? {});
  if (days.length) await trx.insertInto('eventDays').values(days.map(([date, title]) => ({ eventId: id, date, title }))).execute();
  const dayTexts = Object.entries(seed.dayTranslations ?? {}).flatMap(([locale, byDate]) =>
    locale === seed.sourceLocale ? [] : Object.entries(byDate ?? {}).map(([date, title]) => ({ eventId: id, date, locale, title: title.trim() })),
  );
  if (dayTexts.length) await trx.insertInto('eventDayTexts').values(dayTexts).execute();
}

/** A session's content as calendar apps see it: a change here raises its SEQUENCE. */
function sessionFingerprint(s: SessionSeed): string {
  const allDay = isAllDay(s.start, s.end);
  return JSON.stringify([s.date, allDay ? '' : s.start, allDay ? '' : s.end, s.room ?? '', s.title, s.description ?? '', s.status ?? 'scheduled', s.type]);
}

/** An event's stored translations: of each session (by id) and of each outcome (by id). */
async function storedTranslations(trx: Db, eventId: number): Promise<{ sessions: Map<number, Partial<Record<Locale, SessionText>>>; outcomes: Map<number, Partial<Record<Locale, string>>> }> {
  const [sessionTexts, outcomeTexts] = await Promise.all([
    trx
      .selectFrom('eventSessionTexts as t')
      .innerJoin('eventSessions as s', 's.id', 't.sessionId')
      .select(['t.sessionId', 't.locale', 't.title', 't.description'])
      .where('s.eventId', '=', eventId)
      .execute(),
    trx
      .selectFrom('sessionOutcomeTexts as t')
      .innerJoin('sessionOutcomes as o', 'o.id', 't.outcomeId')
      .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
      .select(['t.outcomeId', 't.locale', 't.text'])
      .where('s.eventId', '=', eventId)
      .execute(),
  ]);
  const sessions = new Map<number, Partial<Record<Locale, SessionText>>>();
  for (const t of sessionTexts) sessions.set(t.sessionId, { ...sessions.get(t.sessionId), [t.locale]: { title: t.title, description: t.description } });
  const outcomes = new Map<number, Partial<Record<Locale, string>>>();
  for (const t of outcomeTexts) outcomes.set(t.outcomeId, { ...outcomes.get(t.outcomeId), [t.locale]: t.text });
  return { sessions, outcomes };
}

type StoredSessions = Map<string, { sequence: number; fingerprint: string }>;

/**
 * Write the programme: sessions with their co-organisers, people and outcomes. `previous` holds the
 * sessions as they were (on update), by key: a session whose fingerprint changed gets SEQUENCE + 1.
 */
async function programmeWriter(trx: Db, eventId: number, seed: EventSeed, organisations: Map<string, number>, previous: StoredSessions): Promise<void> {
  for (const session of seed.sessions ?? []) {
    const times = span(session.date, session.date, session.start, session.end, seed.timeZone);
    const before = previous.get(session.key);
    const sequence = !before ? 0 : before.fingerprint === sessionFingerprint(session) ? before.sequence : before.sequence + 1;
    const { id } = await trx
      .insertInto('eventSessions')
      .values({
        eventId,
        key: session.key,
        date: session.date,
        ...times,
        room: session.room?.trim() || null,
        track: session.track?.trim() || null,
        type: session.type,
        title: session.title.trim(),
        description: session.description?.trim() ?? '',
        status: session.status ?? 'scheduled',
        sequence,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const texts = Object.entries(session.translations ?? {}).filter((e): e is [Locale, SessionText] => Boolean(e[1]) && e[0] !== seed.sourceLocale);
    if (texts.length) {
      await trx
        .insertInto('eventSessionTexts')
        .values(texts.map(([locale, text]) => ({ sessionId: id, locale, title: text.title.trim(), description: text.description?.trim() ?? '' })))
        .execute();
    }
    const coOrganisers = session.coOrganisers ?? [];
    if (coOrganisers.length) {
      const names = await organisationNames(trx, coOrganisers);
      await trx
        .insertInto('sessionOrganisations')
        .values(
          coOrganisers.map((o, position) =>
            'slug' in o
              ? { sessionId: id, position, organisationId: organisations.get(o.slug)!, name: names.get(o.slug) ?? o.slug }
              : { sessionId: id, position, organisationId: null, name: o.name.trim() },
          ),
        )
        .execute();
    }
    for (const [position, person] of (session.people ?? []).entries()) {
      const personId = await personFinder(trx, person);
      await trx
        .insertInto('sessionPeople')
        .values({ sessionId: id, personId, role: person.role, position })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await sessionOutcomesWriter(trx, seed.slug, { id, key: session.key }, { outcomes: session.outcomes ?? [], recommendations: session.recommendations ?? [] });
  }
}

/** The sessions as stored, with fingerprints rebuilt from their rows (read before they are replaced). */
async function storedSessions(trx: Db, eventId: number): Promise<StoredSessions> {
  const event = await trx.selectFrom('events').select('timeZone').where('id', '=', eventId).executeTakeFirstOrThrow();
  const rows = await trx.selectFrom('eventSessions').selectAll().where('eventId', '=', eventId).execute();
  const time = (instant: string, allDay: number) => (Number(allDay) === 1 ? undefined : localParts(instant, event.timeZone).time);
  return new Map(
    rows.map((r) => [
      r.key,
      {
        sequence: r.sequence,
        fingerprint: sessionFingerprint({
          key: r.key,
          date: r.date,
          start: time(r.startsAt, r.allDay),
          end: time(r.endsAt, r.allDay),
          room: r.room ?? undefined,
          title: r.title,
          description: r.description,
          status: r.status as 'scheduled' | 'cancelled',
          type: r.type as SessionSeed['type'],
        }),
      },
    ]),
  );
}

async function organisationNames(trx: Db, coOrganisers: NonNullable<SessionSeed['coOrganisers']>): Promise<Map<string, string>> {
  const slugs = coOrganisers.flatMap((o) => ('slug' in o ? [o.slug] : []));
  if (!slugs.length) return new Map();
  const rows = await trx
    .selectFrom('organisations')
    .innerJoin('organisationTexts', 'organisationTexts.organisationId', 'organisations.id')
    .select(['organisations.slug', 'organisationTexts.name'])
    .where('organisations.slug', 'in', slugs)
    .whereRef('organisationTexts.locale', '=', 'organisations.sourceLocale')
    .execute();
  return new Map(rows.map((r) => [r.slug, r.name]));
}

/** The same person (name, organisation and country) is one row, however many sessions they speak in. */
async function personFinder(trx: Db, person: NonNullable<SessionSeed['people']>[number]): Promise<number> {
  const name = person.name.trim();
  let query = trx.selectFrom('people').select('id').where('name', '=', name);
  query = person.organisation ? query.where('organisation', '=', person.organisation) : query.where('organisation', 'is', null);
  const existing = await query.executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await trx
    .insertInto('people')
    .values({ name, title: person.title ?? null, organisation: person.organisation ?? null, countryIso3: person.country ?? null, gender: person.gender ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
