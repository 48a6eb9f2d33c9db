import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type DocType, type SearchText, searchIndexOf } from '../../db/search/index.js';
import { type Locale, isLocale } from '../../web/i18n/locales.js';
import { groupBy } from '../../lib/group-by.js';
import { searchChanged } from './version.js';

/**
 * The documents of the site-wide search that are not catalogue items: events, the sessions of their
 * programmes (with the people who spoke and the co-organisers), their outcomes and recommendations,
 * and requests for assistance (decision 021). Their texts go into the same index as the catalogue's;
 * what a result shows and how it is filtered is kept in memory (registry.ts).
 */

export type OtherDocType = Extract<DocType, 'event' | 'session' | 'outcome' | 'recommendation' | 'request'>;

export interface IndexedDocument {
  docType: OtherDocType;
  docId: number;
  texts: SearchText[];
}

type Db = Kysely<Database>;

/** Texts per language: the source text, then each translation over it. */
function perLocale<T>(source: Locale, sourceText: T, translations: { locale: string; text: T }[]): [Locale, T][] {
  const byLocale = new Map<Locale, T>([[source, sourceText]]);
  for (const t of translations) if (isLocale(t.locale)) byLocale.set(t.locale, t.text);
  return [...byLocale];
}

/** The texts of events (all, or the given ones), their sessions and their sessions' outcomes. */
export async function eventDocuments(db: Db, eventIds?: number[]): Promise<IndexedDocument[]> {
  if (eventIds?.length === 0) return [];
  const ids = eventIds ?? [];
  const all = eventIds === undefined;
  const events = await db.selectFrom('events').select(['id', 'sourceLocale', 'venue', 'city']).$if(!all, (q) => q.where('id', 'in', ids)).execute();
  if (events.length === 0) return [];
  const [eventTexts, sessions, sessionTexts, people, coOrganisers, outcomes, outcomeTexts] = await Promise.all([
    db.selectFrom('eventTexts').select(['eventId', 'locale', 'title', 'summary', 'description']).$if(!all, (q) => q.where('eventId', 'in', ids)).execute(),
    db.selectFrom('eventSessions').select(['id', 'eventId', 'title', 'description']).$if(!all, (q) => q.where('eventId', 'in', ids)).execute(),
    
      db.selectFrom('eventSessionTexts as t').innerJoin('eventSessions as s', 's.id', 't.sessionId').select(['t.sessionId', 't.locale', 't.title', 't.description']).$if(!all, (q) => q.where('s.eventId', 'in', ids)).execute(),
    
      db
        .selectFrom('sessionPeople as sp')
        .innerJoin('people as p', 'p.id', 'sp.personId')
        .innerJoin('eventSessions as s', 's.id', 'sp.sessionId')
        .select(['sp.sessionId', 'p.name', 'p.title', 'p.organisation']).$if(!all, (q) => q.where('s.eventId', 'in', ids)).execute(),
    db.selectFrom('sessionOrganisations as so').innerJoin('eventSessions as s', 's.id', 'so.sessionId').select(['so.sessionId', 'so.name']).$if(!all, (q) => q.where('s.eventId', 'in', ids)).execute(),
    
      db.selectFrom('sessionOutcomes as o').innerJoin('eventSessions as s', 's.id', 'o.sessionId').select(['o.id', 'o.sessionId', 'o.kind', 'o.text']).$if(!all, (q) => q.where('s.eventId', 'in', ids)).execute(),
    
      db
        .selectFrom('sessionOutcomeTexts as t')
        .innerJoin('sessionOutcomes as o', 'o.id', 't.outcomeId')
        .innerJoin('eventSessions as s', 's.id', 'o.sessionId')
        .select(['t.outcomeId', 't.locale', 't.text']).$if(!all, (q) => q.where('s.eventId', 'in', ids)).execute(),
  ]);
  const sourceOf = new Map(events.map((e) => [e.id, (isLocale(e.sourceLocale) ? e.sourceLocale : 'en') as Locale]));
  const eventTitle = groupBy(eventTexts, (t) => t.eventId, (t) => t);
  const titleIn = (eventId: number, locale: Locale) => {
    const texts = eventTitle.get(eventId) ?? [];
    return (texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === sourceOf.get(eventId)) ?? texts[0])?.title ?? '';
  };
  const documents: IndexedDocument[] = [];
  for (const e of events) {
    const place = [e.venue, e.city].filter(Boolean).join(' ');
    documents.push({
      docType: 'event',
      docId: e.id,
      texts: (eventTitle.get(e.id) ?? []).filter((t) => isLocale(t.locale)).map((t) => ({ locale: t.locale as Locale, title: t.title, summary: t.summary, body: `${t.description} ${place}` })),
    });
  }
  const sessionEvent = new Map(sessions.map((s) => [s.id, s.eventId]));
  const textsOf = groupBy(sessionTexts, (t) => t.sessionId, (t) => ({ locale: t.locale, text: { title: t.title, description: t.description } }));
  const peopleOf = groupBy(people, (p) => p.sessionId, (p) => [p.name, p.title, p.organisation].filter(Boolean).join(' '));
  const organisersOf = groupBy(coOrganisers, (o) => o.sessionId, (o) => o.name);
  for (const s of sessions) {
    const source = sourceOf.get(s.eventId)!;
    const who = [...(peopleOf.get(s.id) ?? []), ...(organisersOf.get(s.id) ?? [])].join(' ');
    documents.push({
      docType: 'session',
      docId: s.id,
      texts: perLocale(source, { title: s.title, description: s.description }, textsOf.get(s.id) ?? []).map(([locale, t]) => ({
        locale,
        title: t.title,
        summary: t.description,
        body: `${who} ${titleIn(s.eventId, locale)}`,
      })),
    });
  }
  // An outcome is found by its session's title too ("youth" finds the youth session's recommendations).
  const sessionTitleIn = (sessionId: number, locale: Locale) => {
    const texts = textsOf.get(sessionId) ?? [];
    return (texts.find((t) => t.locale === locale)?.text ?? sessionSource.get(sessionId))?.title ?? '';
  };
  const sessionSource = new Map(sessions.map((s) => [s.id, { title: s.title, description: s.description }]));
  const outcomeTextsOf = groupBy(outcomeTexts, (t) => t.outcomeId, (t) => ({ locale: t.locale, text: t.text }));
  for (const o of outcomes) {
    const eventId = sessionEvent.get(o.sessionId)!;
    documents.push({
      docType: o.kind === 'recommendation' ? 'recommendation' : 'outcome',
      docId: o.id,
      texts: perLocale(sourceOf.get(eventId)!, o.text, outcomeTextsOf.get(o.id) ?? []).map(([locale, text]) => ({ locale, title: text, summary: '', body: `${sessionTitleIn(o.sessionId, locale)} ${titleIn(eventId, locale)}` })),
    });
  }
  return documents;
}

/** The texts of requests for assistance (all, or the given ones), in the language they were written in. */
export async function requestDocuments(db: Db, requestIds?: number[]): Promise<IndexedDocument[]> {
  if (requestIds?.length === 0) return [];
  let query = db.selectFrom('requests').select(['id', 'title', 'description', 'sourceLocale', 'requesterBody']);
  if (requestIds) query = query.where('id', 'in', requestIds);
  return (await query.execute()).map((r) => ({
    docType: 'request' as const,
    docId: r.id,
    texts: [{ locale: (isLocale(r.sourceLocale) ? r.sourceLocale : 'en') as Locale, title: r.title, summary: r.description, body: r.requesterBody }],
  }));
}

/** Write documents into the index, in the caller's transaction. */
async function indexDocuments(trx: Db, documents: IndexedDocument[]): Promise<void> {
  await searchIndexOf(trx).replaceMany(trx, documents);
}

/**
 * Index an event, its sessions and their outcomes again, in the transaction that changed them, and
 * drop the texts of sessions and outcomes that no longer exist (a programme's sessions are written
 * anew when it changes).
 */
export async function indexEvent(trx: Db, eventId: number): Promise<void> {
  await indexDocuments(trx, await eventDocuments(trx, [eventId]));
  await dropOrphans(trx);
  await searchChanged(trx);
}

/** Index a request again, in the transaction that wrote it. */
export async function indexRequest(trx: Db, requestId: number): Promise<void> {
  await indexDocuments(trx, await requestDocuments(trx, [requestId]));
  await searchChanged(trx);
}

/** Texts of sessions and outcomes whose rows are gone. */
async function dropOrphans(trx: Db): Promise<void> {
  const index = searchIndexOf(trx);
  const { rows } = await sql<{ docType: OtherDocType; docId: number }>`
    select distinct doc_type as "docType", doc_id as "docId" from search_documents d
    where (doc_type = 'session' and not exists (select 1 from event_sessions s where s.id = d.doc_id))
       or (doc_type in ('outcome', 'recommendation') and not exists (select 1 from session_outcomes o where o.id = d.doc_id))`.execute(trx);
  for (const r of rows) await index.remove(trx, r.docType, Number(r.docId));
}
