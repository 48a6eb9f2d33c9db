import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { eventCreator } from '../../src/features/events/commands.js';
import { buildEvent } from '../../src/features/events/factory.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';
import { type ServerBundle, type ServerProcess, buildServerBundle, listeningUrl, startServerProcess, stopServerProcess } from '../helpers/server-process.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * The database goes away or fills up while the hub runs: the requests it affects get a 503 with
 * Retry-After (never a 500, never a crash), /readyz says not ready, and the hub recovers by itself.
 */

const form = (email: string) => ({ name: `Name of ${email}`, email, country: 'SEN', organisationType: 'government', gender: '', consent: 'yes' });

if (testDialect() === 'sqlite') {
  describe('a full disk on SQLite', () => {
    let hub: TestHub;
    let slug: string;
    beforeAll(async () => {
      hub = await createTestHub();
      const seed = buildEvent({ registration: 'built-in', organisers: ['unctad'] });
      await hub.db.db.transaction().execute((trx) => eventCreator(trx, seed));
      slug = seed.slug;
    });
    afterAll(() => hub.close());

    const registrations = () => hub.db.db.selectFrom('registrations').select('email').execute();

    it('answers a write with 503 "cannot save" in the reader’s language and Retry-After, says not ready, and recovers once there is room', async () => {
      const db = hub.db.db;
      const visitor = new Visitor(hub);
      visitor.cookies.set('lang', 'fr');
      const token = await visitor.token(`/events/${slug}/register`);
      // PRAGMA max_page_count stops the file from growing: SQLite answers SQLITE_FULL, as on a full disk.
      await sql`vacuum`.execute(db);
      const pages = (await sql<{ pageCount: number }>`pragma page_count`.execute(db)).rows[0]!.pageCount;
      await sql.raw(`pragma max_page_count = ${pages}`).execute(db);

      // Registrations fill the pages the file already has; the first that needs a new page is refused.
      let refused: Response | undefined;
      let saved = 0;
      for (let i = 0; i < 2000 && !refused; i++) {
        const res = await visitor.post(`/events/${slug}/register`, form(`person-${i}@example.org`), { token });
        if (res.status === 303) saved += 1;
        else refused = res;
      }
      expect(refused?.status).toBe(503);
      expect(refused!.headers.get('Retry-After')).toBe('60');
      const page = await refused!.text();
      expect(page).toContain('La plateforme ne peut rien enregistrer pour le moment');
      expect(page).not.toContain('SQLITE');
      expect((await registrations()).length).toBe(saved);

      const notReady = await hub.get('/readyz');
      expect(notReady.status).toBe(503);
      expect(notReady.headers.get('Retry-After')).toBe('60');
      expect((await notReady.json()).error.id).toBe('cannot_save');

      await sql.raw(`pragma max_page_count = ${pages + 100_000}`).execute(db);
      expect((await hub.get('/readyz')).status).toBe(200);
      const accepted = await visitor.post(`/events/${slug}/register`, form(`person-${saved}@example.org`), { token });
      expect(accepted.status).toBe(303);
      expect((await registrations()).length).toBe(saved + 1);
    });
  });
}

if (testDialect() === 'postgres') {
  describe('PostgreSQL ends the hub’s connections (the server process)', { timeout: 40_000 }, () => {
    let bundle: ServerBundle;
    let server: ServerProcess;
    let base: string;
    let dataDir: string;
    let database: { url: string; name: string; drop(): Promise<void> };
    let slug: string;

    /** A connection of the test's own to the hub's database (excluded from what it terminates). */
    const connect = async (url = database.url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    };

    beforeAll(async () => {
      bundle = await buildServerBundle();
      dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-pg-faults-'));
      const empty = await createEmptyPostgresDatabase();
      database = { ...empty, name: new URL(empty.url).pathname.slice(1) };
      server = startServerProcess(bundle, { DATA_DIR: dataDir, DATABASE_URL: database.url, PAGE_CACHE_SECONDS: '0' });
      base = await listeningUrl(server);
      const opened = openDatabase({ databaseUrl: database.url, poolSize: 1 });
      const seed = buildEvent({ registration: 'built-in', organisers: ['unctad'] });
      await opened.db.transaction().execute((trx) => eventCreator(trx, seed));
      await opened.db.destroy();
      slug = seed.slug;
    });
    afterAll(async () => {
      if (server) await stopServerProcess(server);
      await database?.drop();
      bundle?.remove();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    const alive = () => server.child.exitCode === null && server.child.signalCode === null;

    /**
     * Starts `request` while the test holds a lock on `table`, waits until a statement of the hub
     * waits for it in `waits` mode (on a connection the request holds), terminates every other
     * backend of the database, and returns the response.
     */
    async function terminatedDuring(lock: { table: string; mode: string; waits: string }, request: () => Promise<Response>): Promise<Response> {
      const locker = await connect();
      try {
        await locker.query('begin');
        await locker.query(`lock table ${lock.table} in ${lock.mode} mode`);
        const pending = request();
        const until = Date.now() + 15_000;
        for (;;) {
          const { rows } = await locker.query(`select count(*)::int as n from pg_locks where relation = $1::regclass and mode = $2 and not granted`, [lock.table, lock.waits]);
          if (rows[0].n > 0) break;
          if (Date.now() > until) throw new Error(`no statement of the hub waited on ${lock.table}`);
          await new Promise((r) => setTimeout(r, 20));
        }
        await locker.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
        await locker.query('commit');
        return await pending;
      } finally {
        await locker.end();
      }
    }

    it('fails a read in progress with 503 and Retry-After, stays up, and serves the next requests', async () => {
      const res = await terminatedDuring({ table: 'organisations', mode: 'access exclusive', waits: 'AccessShareLock' }, () => fetch(`${base}/organisations/unctad`));
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('10');
      expect(await res.text()).toContain('The hub cannot reach its database at the moment');
      expect(alive()).toBe(true);
      for (let i = 0; i < 5; i++) expect((await fetch(`${base}/organisations/unctad`)).status).toBe(200);
      const logged = server.lines().find((l) => l.msg === 'database unavailable');
      expect(logged).toMatchObject({ level: 40, path: '/organisations/unctad' });
      expect(['57P01', 'CONNECTION_TERMINATED']).toContain(logged.code);
      expect(server.lines().some((l) => l.msg === 'unhandled error')).toBe(false);
    });

    it('fails a write in progress with 503, saves nothing half-way, and takes the same form again', async () => {
      const page = await fetch(`${base}/events/${slug}/register`);
      const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      const register = () =>
        fetch(`${base}/events/${slug}/register`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...form('write@example.org'), _csrf: token }).toString(),
        });
      // Reads pass; the insert, inside the registration's transaction, waits: its connection stays
      // checked out while the transaction is rolled back.
      const res = await terminatedDuring({ table: 'registrations', mode: 'exclusive', waits: 'RowExclusiveLock' }, register);
      expect(res.status).toBe(503);
      expect(res.headers.get('Retry-After')).toBe('10');
      expect(alive()).toBe(true);
      const again = await register();
      expect(again.status).toBe(303);
      const client = await connect();
      try {
        const { rows } = await client.query(`select email from registrations`);
        expect(rows).toEqual([{ email: 'write@example.org' }]);
      } finally {
        await client.end();
      }
    });

    it('says not ready while the database refuses connections, and ready once it takes them again', async () => {
      const admin = await connect(process.env.TEST_DATABASE_URL);
      try {
        await admin.query(`alter database ${database.name} allow_connections false`);
        await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [database.name]);
        for (let i = 0; i < 3; i++) {
          const notReady = await fetch(`${base}/readyz`);
          expect(notReady.status).toBe(503);
          expect(notReady.headers.get('Retry-After')).toBe('10');
          expect((await notReady.json()).error.id).toBe('unavailable');
        }
        const api = await fetch(`${base}/api/v1/organisations/unctad`);
        expect(api.status).toBe(503);
        expect((await api.json()).error.id).toBe('unavailable');
      } finally {
        await admin.query(`alter database ${database.name} allow_connections true`);
        await admin.end();
      }
      expect(alive()).toBe(true);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });
      expect((await fetch(`${base}/organisations/unctad`)).status).toBe(200);
    });
  });
}
