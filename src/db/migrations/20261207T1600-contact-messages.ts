import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Messages sent through the contact form (/contact): kept whether or not anyone could be emailed, so
 * that a message is never lost when the hub has no contact address and no secretariat account yet.
 * Nothing deletes them automatically.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('contact_messages')
    .addColumn('id', 'integer', (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    // general | partner | data | problem
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    // The page's language when it was sent.
    .addColumn('locale', 'text', (c) => c.notNull())
    // The signed-in member who sent it, if any (an account deleted later leaves the message).
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // How many emails were queued for it (0: nobody to write to when it was sent).
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('contact_messages_topic_check', sql`topic in ('general', 'partner', 'data', 'problem')`)
    .execute();
  await db.schema.createIndex('contact_messages_created_idx').on('contact_messages').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_messages').execute();
}
