import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDb, createTestDb, testDialect } from '../../tests/helpers/test-db.js';
import { openDatabase } from './database.js';
import { databaseFault } from './unavailable.js';

/* What the hub's drivers add to kysely's: the error that ended a transaction is the one reported. */

if (testDialect() === 'sqlite') {
  describe('SQLite transactions', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'e4d-dialects-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fail with SQLITE_FULL when the disk fills, not with a ROLLBACK that found no transaction', async () => {
      const { db } = openDatabase({ sqliteFile: ':memory:' });
      try {
        await sql`create table filler (body text not null)`.execute(db);
        const pages = (await sql<{ pageCount: number }>`pragma page_count`.execute(db)).rows[0]!.pageCount;
        await sql.raw(`pragma max_page_count = ${pages + 2}`).execute(db);
        const filling = db.transaction().execute(async (trx) => {
          const k = trx as unknown as Kysely<{ filler: { body: string } }>;
          for (let i = 0; i < 10; i++) await k.insertInto('filler').values({ body: 'x'.repeat(4000) }).execute();
        });
        await expect(filling).rejects.toMatchObject({ code: 'SQLITE_FULL' });
        expect(databaseFault(await filling.catch((e: unknown) => e))).toEqual({ fault: 'cannot_save', code: 'SQLITE_FULL' });
        // Nothing half-done, and the connection takes the next transaction.
        expect((await sql<{ n: number }>`select count(*) as n from filler`.execute(db)).rows[0]!.n).toBe(0);
        await db.transaction().execute((trx) => sql`insert into filler values ('small')`.execute(trx));
      } finally {
        await db.destroy();
      }
    });

    it('take the write lock as they begin, so another process waits instead of slipping a write in between', async () => {
      const file = path.join(dir, 'lock.sqlite');
      const { db } = openDatabase({ sqliteFile: file });
      const other = new SQLite(file);
      other.pragma('busy_timeout = 0');
      try {
        await sql`create table counter (n integer not null)`.execute(db);
        await sql`insert into counter values (0)`.execute(db);
        let otherWrite: unknown;
        await db.transaction().execute(async (trx) => {
          const { n } = (await sql<{ n: number }>`select n from counter`.execute(trx)).rows[0]!;
          try {
            other.exec('update counter set n = 100');
          } catch (error) {
            otherWrite = error;
          }
          await sql`update counter set n = ${n + 1}`.execute(trx);
        });
        // With a deferred BEGIN the other write would pass and this transaction fail (SQLITE_BUSY_SNAPSHOT).
        expect(otherWrite).toMatchObject({ code: 'SQLITE_BUSY' });
        expect((await sql<{ n: number }>`select n from counter`.execute(db)).rows[0]!.n).toBe(1);
      } finally {
        other.close();
        await db.destroy();
      }
    });
  });
}

if (testDialect() === 'postgres') {
  describe('PostgreSQL connections the server ends', () => {
    let test: TestDb;
    beforeAll(async () => {
      test = await createTestDb();
    });
    afterAll(() => test.destroy());

    it('fail the transaction with the server’s reason, do not end the process, and are replaced', async () => {
      const { db } = test;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const ended = db.transaction().execute(async (trx) => {
          const { pid } = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!;
          const sleeping = sql`select pg_sleep(10)`.execute(trx);
          await waitUntilActive(admin, pid);
          await admin.query('select pg_terminate_backend($1)', [pid]);
          await sleeping;
        });
        // 57P01 (admin_shutdown), not "Client has encountered a connection error" from the ROLLBACK after it.
        await expect(ended).rejects.toMatchObject({ code: '57P01' });
        // The client's 'error' event came while the transaction held it: had nobody listened, the process would have ended here.
        await new Promise((r) => setTimeout(r, 100));
        for (let i = 0; i < 5; i++) expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
      } finally {
        await admin.end();
      }
    });
  });
}

async function waitUntilActive(admin: pg.Client, pid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await admin.query(`select state from pg_stat_activity where pid = $1`, [pid]);
    if (rows[0]?.state === 'active') return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`backend ${pid} never ran the query`);
}
