import { migrations } from '../migrations/index.js';
import { BackupRefused } from './files.js';

/** The tables whose row counts a backup or restore prints, so the operator sees what it holds. */
export const mainTables = ['organisations', 'items', 'events', 'registrations', 'users'] as const;

/** Kysely's record of the migrations a database has run: its presence marks an E4D Hub database. */
export const migrationTable = 'kysely_migration';

export interface Contents {
  tables: number;
  rows: Partial<Record<(typeof mainTables)[number], number>>;
  /** Names of the migrations the database has run, in order. */
  migrations: string[];
}

/**
 * A backup whose schema is newer than this version of the hub cannot be restored by it: this version's
 * code would run on tables it does not know (and its migrator refuses to start on unknown migrations).
 */
export function refuseUnknownMigrations(names: string[], file: string): void {
  const unknown = names.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length === 0) return;
  throw new BackupRefused(
    `${file} comes from a newer version of E4D Hub (migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} unknown to this one): restore it with that version or a later one.`,
  );
}

export function describeContents(contents: Contents): string {
  const rows = Object.entries(contents.rows).map(([table, count]) => `${table} ${count}`);
  const latest = contents.migrations.at(-1) ?? 'none';
  return `${contents.tables} tables${rows.length ? ` (${rows.join(', ')})` : ''}, schema ${latest}`;
}
