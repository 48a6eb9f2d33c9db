import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { recommendationUrl } from '../connect/actions.js';
import type { ActionStatus } from '../connect/types.js';
import { todayUtc } from '../events/time.js';
import type { PolicyAreaSlug } from './policy-areas.js';

type Db = Kysely<Database>;

/** An action of a country's tracker that answers a recommendation. */
export interface AnsweringAction {
  id: number;
  country: string;
  title: string;
  status: ActionStatus;
  isSample: boolean;
  /** On the country's public tracker. */
  url: string;
}

export interface AreaRecommendation {
  ref: string;
  number: number;
  /** In the reader's language when translated, else the event's source language (`textLocale`). */
  text: string;
  textLocale: Locale;
  eventSlug: string;
  eventTitle: string;
  eventTitleLocale: Locale;
  endDate: string;
  sessionTitle: string;
  sessionTitleLocale: Locale;
  /** The recommendation on its event's outcomes page. */
  url: string;
  actions: AnsweringAction[];
}

/**
 * The recommendations of past published events tagged with the area (events that ended before today,
 * as /events?when=past counts them), each with the actions of country trackers that answer it.
 * Recommendations answered by an action come first, then the latest events', in their event's order.
 * Two queries, whatever the number of recommendations.
 */
export async function areaRecommendations(db: Db, area: PolicyAreaSlug, locale: Locale, today = todayUtc()): Promise<AreaRecommendation[]> {
  const rows = await db
    .selectFrom('outcomePolicyAreas as opa')
    .innerJoin('sessionOutcomes as o', 'o.id', 'opa.outcomeId')
    .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
    .innerJoin('events as e', 'e.id', 's.eventId')
    .innerJoin('eventTexts as es', (join) => join.onRef('es.eventId', '=', 'e.id').onRef('es.locale', '=', 'e.sourceLocale'))
    .leftJoin('eventTexts as et', (join) => join.onRef('et.eventId', '=', 'e.id').on('et.locale', '=', locale))
    .leftJoin('eventSessionTexts as st', (join) => join.onRef('st.sessionId', '=', 's.id').on('st.locale', '=', locale))
    .leftJoin('sessionOutcomeTexts as ot', (join) => join.onRef('ot.outcomeId', '=', 'o.id').on('ot.locale', '=', locale))
    .select([
      'o.ref',
      'o.number',
      'o.text',
      'ot.text as translated',
      'e.slug as eventSlug',
      'e.sourceLocale',
      'e.endDate',
      'e.startsAt',
      'es.title as eventTitle',
      'et.title as eventTitleTranslated',
      's.title as sessionTitle',
      'st.title as sessionTitleTranslated',
      's.startsAt as sessionStartsAt',
      's.id as sessionId',
    ])
    .where('opa.policyArea', '=', area)
    .where('o.kind', '=', 'recommendation')
    .where('e.reviewStatus', '=', 'published')
    .where('e.endDate', '<', today)
    .execute();
  if (rows.length === 0) return [];
  const actions = await db
    .selectFrom('actions')
    .select(['id', 'countryIso3', 'title', 'status', 'recommendationRef', 'isSample'])
    .where(
      'recommendationRef',
      'in',
      rows.map((r) => r.ref),
    )
    .orderBy('countryIso3')
    .orderBy('id')
    .execute();
  const answering = new Map<string, AnsweringAction[]>();
  for (const a of actions) {
    const list = answering.get(a.recommendationRef!) ?? [];
    list.push({ id: a.id, country: a.countryIso3, title: a.title, status: a.status as ActionStatus, isSample: Number(a.isSample) === 1, url: `/countries/${a.countryIso3}/actions#action-${a.id}` });
    answering.set(a.recommendationRef!, list);
  }
  const source = (r: (typeof rows)[number]) => r.sourceLocale as Locale;
  return rows
    .sort(
      (a, b) =>
        Number(answering.has(b.ref)) - Number(answering.has(a.ref)) ||
        b.startsAt.localeCompare(a.startsAt) ||
        a.sessionStartsAt.localeCompare(b.sessionStartsAt) ||
        a.sessionId - b.sessionId ||
        a.number - b.number,
    )
    .map((r) => ({
      ref: r.ref,
      number: r.number,
      text: r.translated ?? r.text,
      textLocale: r.translated ? locale : source(r),
      eventSlug: r.eventSlug,
      eventTitle: r.eventTitleTranslated ?? r.eventTitle,
      eventTitleLocale: r.eventTitleTranslated ? locale : source(r),
      endDate: r.endDate,
      sessionTitle: r.sessionTitleTranslated ?? r.sessionTitle,
      sessionTitleLocale: r.sessionTitleTranslated ? locale : source(r),
      url: recommendationUrl(r.ref),
      actions: answering.get(r.ref) ?? [],
    }));
}

/** The partners working in the area (as /organisations?policyArea= lists them), short-named, with their slugs. */
export async function areaPartners(db: Db, area: PolicyAreaSlug, locale: Locale): Promise<{ slug: string; label: string }[]> {
  const rows = await db
    .selectFrom('organisationPolicyAreas as opa')
    .innerJoin('organisations as o', 'o.id', 'opa.organisationId')
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
    .select(['o.slug', sql<string>`coalesce(t.name, s.name)`.as('name'), sql<string | null>`coalesce(t.acronym, o.acronym)`.as('acronym')])
    .where('opa.policyArea', '=', area)
    .execute();
  return rows.map((r) => ({ slug: r.slug, label: r.acronym ?? r.name }));
}
