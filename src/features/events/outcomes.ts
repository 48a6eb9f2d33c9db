import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { OutcomeSeed } from './types.js';

/** The reference of a session's outcome or recommendation; stable as long as the session keeps its key and the list its order. */
export function outcomeRef(eventSlug: string, sessionKey: string, kind: 'outcome' | 'recommendation', number: number): string {
  return `${eventSlug}/${sessionKey}/${kind === 'recommendation' ? 'r' : 'o'}${number}`;
}

/**
 * Replace one session's outcomes and recommendations. Numbers follow the order given, and
 * references are made from them (`<event>/<session>/r3`): keep the order to keep the references.
 */
export async function sessionOutcomesWriter(trx: Kysely<Database>, eventSlug: string, session: { id: number; key: string }, lists: { outcomes: OutcomeSeed[]; recommendations: OutcomeSeed[] }): Promise<void> {
  await trx.deleteFrom('sessionOutcomes').where('sessionId', '=', session.id).execute();
  for (const kind of ['outcome', 'recommendation'] as const) {
    for (const [index, item] of (kind === 'outcome' ? lists.outcomes : lists.recommendations).entries()) {
      const number = index + 1;
      const { id } = await trx
        .insertInto('sessionOutcomes')
        .values({ sessionId: session.id, kind, number, ref: outcomeRef(eventSlug, session.key, kind, number), text: item.text.trim() })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (item.policyAreas.length) await trx.insertInto('outcomePolicyAreas').values([...new Set(item.policyAreas)].map((policyArea) => ({ outcomeId: id, policyArea }))).execute();
    }
  }
}
