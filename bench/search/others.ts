// The documents of the site-wide search that are not catalogue items (events, their sessions and
// recommendations, requests for assistance), for bench/search.ts: about `count` of them, written by the
// hub's own commands (eventCreator, requestCreator's row and indexRequest), with texts drawn from the
// catalogue generator's vocabulary so that common words match many of them too.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import type { SessionSeed } from '../../src/features/events/types.js';
import { indexRequest } from '../../src/features/search/documents.js';
import type { PolicyAreaSlug } from '../../src/features/policy-areas/policy-areas.js';
import { type BenchOrganisation, Rng, Weighted, countryCodes, itemAt, mix } from './generator.js';

const sessionsPerEvent = 12;

export interface OtherStats {
  events: number;
  sessions: number;
  recommendations: number;
  requests: number;
  ms: number;
}

/** About `count` documents: for every 20, one event with 12 sessions, 5 recommendations and 2 requests. */
export async function loadOtherDocuments(db: Kysely<Database>, seed: number, count: number, organisations: BenchOrganisation[], batch: number): Promise<OtherStats> {
  const started = performance.now();
  const orgDraw = new Weighted(organisations, organisations.map((_, r) => 1 / (r + 1) ** 0.9));
  const eventCount = Math.max(1, Math.round(count / 20));
  const text = (i: number, salt: number) => itemAt(seed + salt, 'solution', i, organisations, orgDraw);
  const stats: OtherStats = { events: 0, sessions: 0, recommendations: 0, requests: 0, ms: 0 };
  for (let from = 0; from < eventCount; from += Math.max(1, Math.floor(batch / 20))) {
    const to = Math.min(eventCount, from + Math.max(1, Math.floor(batch / 20)));
    await db.transaction().execute(async (trx) => {
      for (let e = from; e < to; e++) {
        const rng = new Rng(mix(seed, e, 41));
        const main = text(e, 7);
        const t = main.text[main.sourceLocale]!;
        const year = 2015 + (e % 16);
        const date = `${year}-${String(1 + (e % 12)).padStart(2, '0')}-10`;
        const sessions: SessionSeed[] = Array.from({ length: sessionsPerEvent }, (_, s) => {
          const item = text(e * sessionsPerEvent + s, 11);
          const st = item.text[item.sourceLocale] ?? t;
          return {
            key: `s${s}`,
            date,
            start: `${String(9 + (s % 8)).padStart(2, '0')}:00`,
            end: `${String(10 + (s % 8)).padStart(2, '0')}:00`,
            type: 'panel',
            title: st.title,
            description: st.summary,
            people: [{ name: `Speaker ${e}-${s}`, role: 'speaker' }],
            recommendations: s < 5 ? [{ text: st.summary.slice(0, 200), policyAreas: item.policyAreas as PolicyAreaSlug[] }] : [],
          } as SessionSeed;
        });
        await eventCreator(
          trx,
          buildEvent({
            slug: `bench-event-${e}`,
            startDate: date,
            endDate: date,
            startTime: '09:00',
            endTime: '18:00',
            country: rng.pick(countryCodes),
            organisers: [orgDraw.draw(rng).seed.slug],
            policyAreas: main.policyAreas as PolicyAreaSlug[],
            sourceLocale: main.sourceLocale,
            text: { [main.sourceLocale]: { title: t.title, summary: t.summary, description: t.description } },
            source: 'Synthetic benchmark data (bench/search.ts)',
            sessions,
          }),
        );
        stats.events += 1;
        stats.sessions += sessionsPerEvent;
        stats.recommendations += 5;
        for (let r = 0; r < 2; r++) {
          const item = text(e * 2 + r, 13);
          const rt = item.text[item.sourceLocale]!;
          const now = `${date}T10:00:00.000Z`;
          const { id } = await trx
            .insertInto('requests')
            .values({
              countryIso3: rng.pick(countryCodes),
              requesterId: null,
              requesterKind: 'government',
              requesterBody: 'Ministry of Trade',
              contactName: 'Bench',
              contactEmail: 'bench@example.org',
              title: rt.title.slice(0, 150),
              description: rt.summary,
              sourceLocale: item.sourceLocale,
              urgency: 'medium',
              deadline: null,
              isSample: 1,
              createdAt: now,
              updatedAt: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (item.policyAreas.length) await trx.insertInto('requestPolicyAreas').values(item.policyAreas.map((policyArea) => ({ requestId: id, policyArea }))).execute();
          await indexRequest(trx, id);
          stats.requests += 1;
        }
      }
    });
  }
  stats.ms = Math.round(performance.now() - started);
  return stats;
}
