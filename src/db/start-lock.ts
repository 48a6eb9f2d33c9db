import SQLite from 'better-sqlite3';
import pg from 'pg';
import { asConnectFailure } from './unavailable.js';

/** The key of the PostgreSQL session advisory lock that app servers take while they prepare the database. */
export const startLockKey = 4_834_200_012;

/** How long a server waits for another one to finish preparing the database before giving up. */
const waitSeconds = 600;

/**
 * Runs `prepare` (migrations, reference data, demo content, search reindex) while holding a lock
 * that every app server of this database takes at start, so that servers started at once take
 * turns: the second finds the work done and starts cleanly. PostgreSQL: a session advisory lock on a
 * connection of its own. SQLite: an exclusive lock on a small file beside the database, taken through
 * SQLite itself (the database's own write lock would block this process's writes). Either lock goes
 * with the process that held it, even on kill -9.
 */
export async function withStartLock<T>(target: { databaseUrl?: string | undefined; sqliteFile: string }, prepare: () => Promise<T>): Promise<T> {
  if (target.databaseUrl) return withAdvisoryLock(target.databaseUrl, prepare);
  if (target.sqliteFile === ':memory:') return prepare();
  return withFileLock(`${target.sqliteFile}.start-lock`, prepare);
}

async function withAdvisoryLock<T>(databaseUrl: string, prepare: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  // Losing this connection only releases the lock early; each step still checks inside its transaction.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw asConnectFailure(error);
  }
  try {
    await client.query(`set lock_timeout = '${waitSeconds}s'`);
    await client.query('select pg_advisory_lock($1)', [startLockKey]);
    return await prepare();
  } finally {
    await client.end().catch(() => {});
  }
}

async function withFileLock<T>(file: string, prepare: () => Promise<T>): Promise<T> {
  const lock = new SQLite(file);
  try {
    // Blocks this thread while another server prepares: nothing else runs during start-up.
    lock.pragma(`busy_timeout = ${waitSeconds * 1000}`);
    lock.exec('begin exclusive');
    try {
      return await prepare();
    } finally {
      lock.exec('rollback');
    }
  } finally {
    lock.close();
  }
}
