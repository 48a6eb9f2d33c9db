import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type EventSummary, listEvents } from '../events/queries.js';

/*
 * What a partner took part in besides its catalogue: the events it organised or partnered, the
 * sessions it co-organised or where its people spoke, and the recommendations of those events and
 * sessions with the actions that answer them. Read for its page (organisation-page.tsx).
 */

export interface PartnerSession {
  eventSlug: string;
  eventTitle: string;
  key: string;
  title: string;
  /** The language of the title (the reader's when translated). */
  textLocale: string;
  date: string;
  /** Co-organised by the partner, or only its people spoke (named by the partner's name or acronym). */
  role: 'co-organiser' | 'people';
}

export interface PartnerRecommendations {
  eventSlug: string;
  eventTitle: string;
  recommendations: number;
  sessions: number;
  /** Actions of any country's tracker that answer one of these recommendations. */
  actions: number;
}

export interface PartnerActivity {
  /** Published events it organised or partnered, the latest first. */
  events: (EventSummary & { role: 'organiser' | 'partner' })[];
  sessions: PartnerSession[];
  /** By event, the latest first. */
  recommendations: PartnerRecommendations[];
}

/** The names a programme may give the partner's people as their organisation: its names and acronyms in every language. */
async function namesOf(db: Kysely<Database>, organisationId: number): Promise<string[]> {
  const [texts, org] = await Promise.all([
    db.selectFrom('organisationTexts').select(['name', 'acronym']).where('organisationId', '=', organisationId).execute(),
    db.selectFrom('organisations').select('acronym').where('id', '=', organisationId).executeTakeFirst(),
  ]);
  const names = [...texts.flatMap((t) => [t.name, t.acronym]), org?.acronym].filter((n): n is string => Boolean(n?.trim()));
  return [...new Set(names.map((n) => n.trim().toLowerCase()))];
}

export async function partnerActivity(db: Kysely<Database>, organisation: { id: number; slug: string }, locale: Locale): Promise<PartnerActivity> {
  const [names, coRows] = await Promise.all([
    namesOf(db, organisation.id),
    db.selectFrom('sessionOrganisations').select('sessionId').where('organisationId', '=', organisation.id).execute(),
  ]);
  const coOrganisedIds = new Set(coRows.map((r) => Number(r.sessionId)));
  const [events, sessionRows] = await Promise.all([
    listEvents(db, { when: 'all' }, locale),
    db
      .selectFrom('eventSessions as s')
      .innerJoin('events as e', 'e.id', 's.eventId')
      .leftJoin('eventSessionTexts as st', (join) => join.onRef('st.sessionId', '=', 's.id').on('st.locale', '=', locale))
      .select(['s.id', 's.key', 's.date', 'e.id as eventId', 'e.slug as eventSlug', 'e.sourceLocale', sql<string>`coalesce(st.title, s.title)`.as('title'), sql<string | null>`st.locale`.as('translated')])
      .where('e.reviewStatus', '=', 'published')
      .where((eb) =>
        eb.or([
          eb('s.id', 'in', [0, ...coOrganisedIds]),
          ...(names.length
            ? [
                eb.exists(
                  eb
                    .selectFrom('sessionPeople as sp')
                    .innerJoin('people as p', 'p.id', 'sp.personId')
                    .select('sp.sessionId')
                    .whereRef('sp.sessionId', '=', 's.id')
                    .where(sql<string>`lower(trim(p.organisation))`, 'in', names),
                ),
              ]
            : []),
        ]),
      )
      .orderBy('s.date', 'desc')
      .orderBy('s.startsAt')
      .orderBy('s.id')
      .execute(),
  ]);

  const own = events
    .flatMap((e) => {
      const role = e.organisers.some((o) => o.slug === organisation.slug) ? 'organiser' : e.partners.some((o) => o.slug === organisation.slug) ? 'partner' : undefined;
      return role ? [{ ...e, role: role as 'organiser' | 'partner' }] : [];
    })
    .reverse();
  const titleOf = new Map(events.map((e) => [e.id, e.title]));
  const sessions: PartnerSession[] = sessionRows.map((r) => ({
    eventSlug: r.eventSlug,
    eventTitle: titleOf.get(r.eventId) ?? r.eventSlug,
    key: r.key,
    title: r.title,
    textLocale: r.translated ?? r.sourceLocale,
    date: r.date,
    role: coOrganisedIds.has(Number(r.id)) ? 'co-organiser' : 'people',
  }));

  // Recommendations: every session of the events it organised, and the sessions it co-organised elsewhere.
  const organised = own.filter((e) => e.role === 'organiser').map((e) => e.id);
  const coOrganised = sessionRows.filter((r) => coOrganisedIds.has(Number(r.id))).map((r) => Number(r.id));
  const outcomes =
    organised.length || coOrganised.length
      ? await db
          .selectFrom('sessionOutcomes as o')
          .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
          .select(['o.ref', 'o.sessionId', 's.eventId'])
          .where('o.kind', '=', 'recommendation')
          .where((eb) => eb.or([eb('s.eventId', 'in', [0, ...organised]), eb('o.sessionId', 'in', [0, ...coOrganised])]))
          .execute()
      : [];
  const answered = outcomes.length
    ? await db
        .selectFrom('actions')
        .select(['recommendationRef'])
        .where('recommendationRef', 'in', outcomes.map((o) => o.ref))
        .execute()
    : [];
  const actionsOf = new Map<string, number>();
  for (const a of answered) actionsOf.set(a.recommendationRef!, (actionsOf.get(a.recommendationRef!) ?? 0) + 1);
  const byEvent = new Map<number, { refs: Set<string>; sessions: Set<number> }>();
  for (const o of outcomes) {
    const entry = byEvent.get(o.eventId) ?? { refs: new Set(), sessions: new Set() };
    entry.refs.add(o.ref);
    entry.sessions.add(o.sessionId);
    byEvent.set(o.eventId, entry);
  }
  const bySlug = new Map(events.map((e) => [e.id, e]));
  const recommendations = [...byEvent]
    .flatMap(([eventId, entry]) => {
      const event = bySlug.get(eventId);
      if (!event) return [];
      return [
        {
          eventSlug: event.slug,
          eventTitle: event.title,
          recommendations: entry.refs.size,
          sessions: entry.sessions.size,
          actions: [...entry.refs].reduce((sum, ref) => sum + (actionsOf.get(ref) ?? 0), 0),
          startsAt: event.startsAt,
        },
      ];
    })
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map(({ startsAt: _s, ...r }) => r);
  return { events: own, sessions, recommendations };
}
