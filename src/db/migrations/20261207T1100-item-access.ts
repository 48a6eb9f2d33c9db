import { type Kysely, sql } from 'kysely';

/**
 * How to get an item (issue 13): where to apply or ask (its own page, a published contact address, or
 * a request for assistance through the hub) and, per language, who may apply or use it and on what
 * terms. Items written before have no way to ask recorded and an empty eligibility: the item page
 * leaves out what it does not know, and a partner's next change to such an item has to give both.
 * Cost gains 'varies' (terms agreed case by case); the column has never had a check, so no change there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').addColumn('apply_url', 'text').execute();
  await db.schema.alterTable('items').addColumn('contact_email', 'text').execute();
  // A flag as 0/1 on both databases, like the countries' flags.
  await db.schema
    .alterTable('items')
    .addColumn('via_hub', 'integer', (c) => c.notNull().defaultTo(0).check(sql`via_hub in (0, 1)`))
    .execute();
  await db.schema
    .alterTable('item_texts')
    .addColumn('eligibility', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('item_texts').dropColumn('eligibility').execute();
  for (const column of ['via_hub', 'contact_email', 'apply_url']) await db.schema.alterTable('items').dropColumn(column).execute();
}
