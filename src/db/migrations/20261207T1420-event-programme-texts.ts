import type { Kysely } from 'kysely';

/**
 * A programme in other languages than the event's source language: days' themes, sessions' titles and
 * descriptions, outcomes' and recommendations' texts. The source-language text stays where it was
 * (event_days.title, event_sessions.title/description, session_outcomes.text); a missing translation
 * falls back to it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_day_texts')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_day_texts_pk', ['event_id', 'date', 'locale'])
    .execute();
  await db.schema
    .createTable('event_session_texts')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('event_session_texts_pk', ['session_id', 'locale'])
    .execute();
  await db.schema
    .createTable('session_outcome_texts')
    .addColumn('outcome_id', 'integer', (c) => c.notNull().references('session_outcomes.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_outcome_texts_pk', ['outcome_id', 'locale'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['session_outcome_texts', 'event_session_texts', 'event_day_texts']) await db.schema.dropTable(table).execute();
}
