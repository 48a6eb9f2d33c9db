import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/migrations/dialect.js';
import type { Database } from '../../db/schema.js';
import { type DocType, type SearchText, searchIndexOf, searchIndexVersion } from '../../db/search/index.js';
import type { Locale } from '../../web/i18n/locales.js';
import { itemSearchText } from '../catalogue/commands.js';
import { organisationSearchText } from '../organisations/commands.js';
import { eventDocuments, requestDocuments } from './documents.js';
import { searchChanged } from './version.js';

const versionKey = 'search_index_version';

/**
 * Rebuild the search index from the texts when it was made by another version of the hub (other
 * stemming, another layout), in one transaction; returns the number of documents indexed, or
 * undefined when the index was current. Run at start, before the hub serves requests.
 */
export async function reindexIfStale(db: Kysely<Database>): Promise<number | undefined> {
  // The version is read inside the transaction that rebuilds, so a second server starting at the
  // same time finds the index current instead of rebuilding it again.
  return db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('hubMeta').select('value').where('key', '=', versionKey).executeTakeFirst();
    if (stored?.value === searchIndexVersion) return undefined;
    const index = searchIndexOf(trx);
    await trx.deleteFrom('searchDocuments').execute();
    if (!isPostgres(trx)) await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(trx);
    await trx.deleteFrom('searchTerms').execute();
    const documents = [...(await searchDocuments(trx)), ...(await eventDocuments(trx)), ...(await requestDocuments(trx))];
    await index.replaceMany(trx, documents);
    if (stored) await trx.updateTable('hubMeta').set({ value: searchIndexVersion }).where('key', '=', versionKey).execute();
    else await trx.insertInto('hubMeta').values({ key: versionKey, value: searchIndexVersion }).execute();
    await searchChanged(trx);
    return documents.length;
  });
}

/** Every searchable document with its texts, read back from the tables that hold them. */
/** Catalogue items and partners (events and requests: documents.ts). */
async function searchDocuments(db: Kysely<Database>): Promise<{ docType: DocType; docId: number; texts: SearchText[] }[]> {
  const documents = new Map<string, { docType: DocType; docId: number; texts: SearchText[] }>();
  const add = (docType: DocType, docId: number, text: SearchText) => {
    const key = `${docType}:${docId}`;
    const found = documents.get(key) ?? { docType, docId, texts: [] };
    found.texts.push(text);
    documents.set(key, found);
  };
  const items = await db
    .selectFrom('itemTexts as t')
    .innerJoin('items as i', 'i.id', 't.itemId')
    .select(['i.type', 't.itemId', 't.locale', 't.title', 't.summary', 't.description'])
    .orderBy('t.itemId')
    .execute();
  for (const t of items) add(t.type as DocType, t.itemId, itemSearchText(t.locale as Locale, t));
  const organisations = await db
    .selectFrom('organisationTexts as t')
    .innerJoin('organisations as o', 'o.id', 't.organisationId')
    .select(['t.organisationId', 't.locale', 't.name', 't.acronym', 't.description', 'o.acronym as organisationAcronym'])
    .orderBy('t.organisationId')
    .execute();
  for (const t of organisations) add('organisation', t.organisationId, organisationSearchText(t, t.organisationAcronym));
  return [...documents.values()];
}
