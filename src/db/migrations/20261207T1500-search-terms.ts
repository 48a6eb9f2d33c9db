import type { Kysely } from 'kysely';

/**
 * The words the search index knows, for typo tolerance and "did you mean" (decision 021): each stem
 * of a title or summary, with a word it was made from (shown in a suggestion). Rows are only added; a
 * stem no text uses any more can be suggested, and then matches nothing, which the search checks.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('word', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_terms').execute();
}
