import type { Kysely } from 'kysely';

/**
 * Each search text keeps its title and summary as the index holds them (stemmed), so that relevance
 * is computed in the app for the few documents a page ranks, the same way on both databases, instead
 * of the database running the whole query again to score them (decision 026). Filled by the reindex
 * the new index version triggers at start.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('head', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('search_documents').dropColumn('head').execute();
}
