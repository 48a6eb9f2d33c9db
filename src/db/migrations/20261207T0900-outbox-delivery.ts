import { type Kysely, sql } from 'kysely';

/**
 * Emails leave after the transaction that queued them commits (a sender claims each row, delivers
 * it at most once and retries refusals with back-off), and abuse limits count in fixed windows.
 *
 * outbox.status: queued → sending → delivered | retry (→ sending…) | failed | unknown (a sender
 * stopped mid-delivery: never tried again, so that nothing is sent twice).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('status', 'text', (c) => c.notNull().defaultTo('queued')).execute();
  await db.schema.alterTable('outbox').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('claimed_at', 'text').execute();
  // Rows written before this version were delivered (or refused) at once, inside their request.
  await sql`update outbox set status = case when error is null then 'delivered' else 'failed' end`.execute(db);
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'next_attempt_at']).execute();

  // A fixed window per key: the count since window_start (ms since the epoch).
  await db.schema.alterTable('rate_limits').addColumn('window_start', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update rate_limits set window_start = last_request`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('rate_limits').dropColumn('window_start').execute();
  await db.schema.dropIndex('outbox_due_idx').execute();
  for (const column of ['claimed_at', 'next_attempt_at', 'attempts', 'status']) await db.schema.alterTable('outbox').dropColumn(column).execute();
}
