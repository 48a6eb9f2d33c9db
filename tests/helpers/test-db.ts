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
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `e4d_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    async destroy() {
      await opened.db.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
