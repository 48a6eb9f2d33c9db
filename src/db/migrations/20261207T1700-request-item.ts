import type { Kysely } from 'kysely';

/**
 * "Ask for this" (issue 14): a request for assistance posted from a solution's or a resource's page
 * records that item, so that its page can name it and the matching engine can rank the item and the
 * partners offering it first. Requests posted before, or from the form alone, have none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('requests')
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('item_id').execute();
}
