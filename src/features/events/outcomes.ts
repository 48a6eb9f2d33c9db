import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { OutcomeSeed } from './types.js';

/** The reference of a session's outcome or recommendation; stable as long as the session keeps its key and the list its order. */
export function outcomeRef(eventSlug: string, sessionKey: string, kind: 'outcome' | 'recommendation', number: number): string {
  return `${eventSlug}/${sessionKey}/${kind === 'recommendation' ? 'r' : 'o'}${number}`;
}

/**
 * Replace one session's outcomes and recommendations. Numbers follow the order given, and
 * references are made from them (`<event>/<session>/r3`): keep the order to keep the references.
 * Translations come with each item; an item given without them keeps those of the stored item with
 * the same text (so editing one recommendation leaves the translations of the others in place).
 */
export async function sessionOutcomesWriter(trx: Kysely<Database>, eventSlug: string, session: { id: number; key: string }, lists: { outcomes: OutcomeSeed[]; recommendations: OutcomeSeed[] }): Promise<void> {
  const kept = await trx
    .selectFrom('sessionOutcomeTexts as t')
    .innerJoin('sessionOutcomes as o', 'o.id', 't.outcomeId')
    .select(['o.kind', 'o.text as source', 't.locale', 't.text'])
    .where('o.sessionId', '=', session.id)
    .execute();
  const keptFor = (kind: string, text: string) =>
    Object.fromEntries(kept.filter((k) => k.kind === kind && k.source === text).map((k) => [k.locale, k.text])) as Partial<Record<Locale, string>>;
  await trx.deleteFrom('sessionOutcomes').where('sessionId', '=', session.id).execute();
  for (const kind of ['outcome', 'recommendation'] as const) {
    for (const [index, item] of (kind === 'outcome' ? lists.outcomes : lists.recommendations).entries()) {
      const number = index + 1;
      const text = item.text.trim();
      const { id } = await trx
        .insertInto('sessionOutcomes')
        .values({ sessionId: session.id, kind, number, ref: outcomeRef(eventSlug, session.key, kind, number), text })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (item.policyAreas.length) await trx.insertInto('outcomePolicyAreas').values([...new Set(item.policyAreas)].map((policyArea) => ({ outcomeId: id, policyArea }))).execute();
      const translations = Object.entries(item.translations ?? keptFor(kind, text)).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
      if (translations.length) await trx.insertInto('sessionOutcomeTexts').values(translations.map(([locale, t]) => ({ outcomeId: id, locale, text: t.trim() }))).execute();
    }
  }
}
