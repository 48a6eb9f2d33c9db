import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export type TestDialect = 'sqlite' | 'postgres';

/** Which database this run of the suite uses: set by scripts/test.mjs (TEST_DB=sqlite|postgres). */
export function testDialect(): TestDialect {
  const dialect = process.env.TEST_DB ?? 'sqlite';
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`TEST_DB must be sqlite or postgres, not ${dialect}`);
  if (dialect === 'postgres' && !process.env.TEST_DATABASE_URL) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  return dialect;
}

export interface TestDb extends Db {
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database: an in-memory SQLite database, or a new PostgreSQL database
 * created next to TEST_DATABASE_URL and dropped again by destroy().
 */
export async function createTestDb(): Promise<TestDb> {
  if (testDialect() === 'sqlite') {
    const opened = openDatabase({ sqliteFile: ':memory:' });
    await migrateToLatest(opened.db);
    return { ...opened, destroy: () => opened.db.destroy() };
  }
  const empty = await createEmptyPostgresDatabase();
  const opened = openDatabase({ databaseUrl: empty.url, poolSize: 4 });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    async destroy() {
      await opened.db.destroy();
      await empty.drop();
    },
  };
}

/** A new, empty PostgreSQL database beside TEST_DATABASE_URL, and a way to drop it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `e4d_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
