import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

const key = 'search_version';

/**
 * Say, in the transaction of a write, that a document the site-wide search shows outside the
 * catalogue (an event, a session, an outcome, a request, a partner) changed: every app server
 * reloads what it keeps of them at its next search (features/search/documents.ts).
 */
export async function searchChanged(trx: Kysely<Database>): Promise<void> {
  const updated = await trx
    .updateTable('hubMeta')
    .set({ value: sql<string>`cast(cast(value as integer) + 1 as text)` })
    .where('key', '=', key)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('hubMeta').values({ key, value: '1' }).onConflict((oc) => oc.column('key').doNothing()).execute();
}

/** The current version (one primary-key read per search). */
export async function searchVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('hubMeta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? '0';
}

/**
 * The version of everything the search index holds, as one string: the catalogue's
 * (catalogue_version, bumped by catalogue/commands.ts) and the other documents' (search_version).
 * What the app keeps of the index (term-index.ts) is current while it does not change.
 */
export const indexVersion = (catalogue: string, search: string) => `${catalogue}/${search}`;

/** indexVersion read from the database, both versions in one statement. */
export async function indexVersions(db: Kysely<Database>): Promise<string> {
  const rows = await db.selectFrom('hubMeta').select(['key', 'value']).where('key', 'in', ['catalogue_version', key]).execute();
  const value = (name: string) => rows.find((r) => r.key === name)?.value ?? '0';
  return indexVersion(value('catalogue_version'), value(key));
}
