import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Changes partners propose to their published events (decision 013). The published event stays as it
 * is until the secretariat approves the change; `data` holds the proposal form's values (JSON) as they
 * will be applied. Closed changes stay, so that the event's history can be read next to the audit log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('event_changes')
    .addColumn('id', 'integer', (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    // The organisation that proposes it (the event's owner): its editors may see, revise and withdraw it.
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // submitted | returned (open); approved | replaced | withdrawn (closed)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addCheckConstraint('event_changes_status_check', sql`status in ('submitted', 'returned', 'approved', 'replaced', 'withdrawn')`)
    .execute();
  // One open change per event, whatever two requests race to do.
  await db.schema
    .createIndex('event_changes_open_idx')
    .on('event_changes')
    .column('event_id')
    .unique()
    .where(sql.ref('status'), 'in', ['submitted', 'returned'])
    .execute();
  await db.schema.createIndex('event_changes_status_idx').on('event_changes').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_changes').execute();
}
