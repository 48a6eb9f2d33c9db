import { type Kysely, PostgresAdapter } from 'kysely';

/** Migrations never import application code; this is their only helper. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
