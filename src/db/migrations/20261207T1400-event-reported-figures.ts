import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Figures an event's organisers (or the secretariat) report, with their source: "more than 1,000
 * participants", "one third women among the speakers". They stand beside the figures the hub computes
 * from its own records and never replace them. A count or a share is `value` (a share in per cent) and,
 * for a share stated as a fraction, `fraction` ('1/3'); a text figure (the media that covered it) is
 * `text_value`. The note and the text are in `locale`, the event's source language.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('event_reported_figures')
    .addColumn('id', 'integer', (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text', (c) => c.notNull().defaultTo('exact'))
    // participants | speakers: the group a share is of; null for counts and texts.
    .addColumn('share_of', 'text')
    .addColumn('value', 'double precision')
    .addColumn('fraction', 'text')
    .addColumn('text_value', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source_title', 'text', (c) => c.notNull())
    .addColumn('source_publisher', 'text', (c) => c.notNull())
    .addColumn('source_year', 'integer', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('event_reported_figures_unit_check', sql`unit in ('count', 'share', 'text')`)
    .addCheckConstraint('event_reported_figures_qualifier_check', sql`qualifier in ('exact', 'more-than', 'about')`)
    .addCheckConstraint(
      'event_reported_figures_value_check',
      sql`(unit = 'text' and text_value is not null and value is null) or (unit <> 'text' and value is not null and value >= 0 and (unit = 'count' or value <= 100))`,
    )
    .execute();
  // One figure per measure (and group, for a share) and event: recording it again replaces it.
  await sql`create unique index event_reported_figures_measure_idx on event_reported_figures (event_id, measure, coalesce(share_of, ''))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_reported_figures').execute();
}
