import type { Kysely } from 'kysely';

/**
 * Events and sessions whose days are known but not their hours (a report that lists sessions by day):
 * `all_day` = 1. Their `starts_at`/`ends_at` then bound whole local days (midnight to the midnight after
 * the last day, in the event's zone) so that ordering and filters keep working; pages, the API and
 * calendars show dates only. Nothing stored before is all-day.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'event_sessions']) {
    await db.schema
      .alterTable(table)
      .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'event_sessions']) await db.schema.alterTable(table).dropColumn('all_day').execute();
}
