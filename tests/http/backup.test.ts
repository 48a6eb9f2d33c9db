import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServerBundle,
  type ServerProcess,
  buildServerBundle,
  httpHub,
  listeningUrl,
  startServerProcess,
  stopServerProcess,
} from '../helpers/server-process.js';
import { type Cli, buildCli } from '../helpers/cli.js';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * Backup and restore as an operator runs them (`npm run cli -- backup FILE`, `restore FILE`) against
 * the bundled server in another process, under acknowledged writes: anonymous registrations for the
 * demo's upcoming event with registration on the hub.
 */

const dialect = testDialect();
const slug = 'sample-training-day-online-consumer-protection';
// Never printed: the tools get it through PGPASSWORD (PostgreSQL here trusts local connections).
const password = 'not-to-be-printed-7c1f';

let bundle: ServerBundle;
let commandLine: Cli;
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  [bundle, commandLine] = await Promise.all([buildServerBundle(), buildCli()]);
  cleanups.push(() => bundle.remove(), () => commandLine.remove());
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A DATA_DIR, and on PostgreSQL a new empty database: where a hub keeps its data. */
interface Place {
  env: Record<string, string>;
  dataDir: string;
  sqliteFile: string;
  /** Emails of the registrations in its database. */
  emails(): Promise<string[]>;
}

async function newPlace(): Promise<Place> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-backup-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const sqliteFile = path.join(dataDir, 'e4d-hub.sqlite');
  if (dialect === 'sqlite') {
    return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, dataDir, sqliteFile, emails: async () => sqliteEmails(sqliteFile) };
  }
  const empty = await createEmptyPostgresDatabase();
  cleanups.push(() => empty.drop());
  const url = new URL(empty.url);
  url.password = password;
  const emails = async () => {
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    try {
      return (await client.query<{ email: string }>('SELECT email FROM registrations')).rows.map((r) => r.email);
    } finally {
      await client.end();
    }
  };
  return { env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() }, dataDir, sqliteFile, emails };
}

function sqliteEmails(file: string): string[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT email FROM registrations').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function integrity(file: string): unknown {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

/** `npm run cli -- ARGS` with the place's settings. */
const cli = (place: Place, ...args: string[]) => commandLine.run({ PATH: process.env.PATH ?? '', ...place.env }, ...args);

async function startHub(place: Place): Promise<{ server: ServerProcess; base: string }> {
  const server = startServerProcess(bundle, place.env);
  cleanups.push(async () => void (await stopServerProcess(server)));
  return { server, base: await listeningUrl(server) };
}

const form = (email: string) => ({ name: `Name of ${email}`, email, country: 'NPL', organisationType: 'government', gender: '', consent: 'yes' });

// Each registration from its own loopback address: many visitors, as the per-address limit expects.
let requests = 0;
const nextAddress = () => {
  requests += 1;
  return `127.77.${Math.floor(requests / 250) % 250}.${(requests % 250) + 1}`;
};

/** Two visitors registering one after another until stopped; `acknowledged` holds each email the hub confirmed (303) and when. */
function startWriters(base: string, prefix: string) {
  const acknowledged: { email: string; at: number }[] = [];
  let stopping = false;
  const hub = httpHub(base, nextAddress);
  const loops = [0, 1].map(async (writer) => {
    const visitor = new Visitor(hub);
    const token = await visitor.token(`/events/${slug}/register`);
    for (let n = 0; !stopping; n += 1) {
      const email = `${prefix}-${writer}-${n}@example.org`;
      const res = await visitor.post(`/events/${slug}/register`, form(email), { token });
      if (res.status !== 303) throw new Error(`registration ${email} answered ${res.status}`);
      acknowledged.push({ email, at: Date.now() });
    }
  });
  return {
    acknowledged,
    emails: (before = Infinity) => new Set(acknowledged.filter((a) => a.at < before).map((a) => a.email)),
    async until(count: number) {
      while (acknowledged.length < count) {
        // A writer that failed fails the test here rather than at stop().
        await Promise.race([...loops, new Promise((r) => setTimeout(r, 20))]);
      }
    },
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

const writersOf = (emails: string[], prefix: string) => new Set(emails.filter((e) => e.startsWith(`${prefix}-`)));

describe(`backup and restore on ${dialect}`, () => {
  let live: Place;
  let server: ServerProcess;
  let base: string;
  let backupFile: string;
  let beforeBackup: Set<string>;
  let everyWrite: Set<string>;
  let inBackup: Set<string>;
  let fresh: Place;

  it('takes a backup during writes that restores every write acknowledged before it began', { timeout: 90_000 }, async () => {
    live = await newPlace();
    ({ server, base } = await startHub(live));
    backupFile = path.join(live.dataDir, '..', `${path.basename(live.dataDir)}-backup.${dialect === 'sqlite' ? 'sqlite' : 'dump'}`);
    cleanups.push(() => rmSync(backupFile, { force: true }));

    const writers = startWriters(base, 'writer');
    await writers.until(30);
    const beforeCommand = writers.acknowledged.length;
    const backup = await cli(live, 'backup', backupFile);
    const whileCommandRan = writers.acknowledged.length - beforeCommand;
    await writers.stop();
    everyWrite = writers.emails();

    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(whileCommandRan).toBeGreaterThan(0);
    // The command says when its snapshot began; the hub acknowledged these writes before that (same clock).
    const began = Date.parse(/committed before (\S+) is in it/.exec(backup.stdout)![1]!);
    beforeBackup = writers.emails(began);
    expect(beforeBackup.size).toBeGreaterThanOrEqual(30);
    if (dialect === 'sqlite') {
      expect(backup.stdout).toMatch(/^Backed up .*e4d-hub\.sqlite to .*-backup\.sqlite: [\d.]+ (KB|MB), \d+ tables \(organisations \d+, items \d+, events \d+, registrations \d+, users \d+\), schema \d{8}T\d{4}-[\w-]+\.\n/);
      expect(backup.stdout).toMatch(/Every write committed before \d{4}-\d\d-\d\dT[\d:.]+Z is in it; integrity check ok; \d+ ms\.\n$/);
    } else {
      expect(backup.stdout).toContain(`Running: pg_dump --format=custom --snapshot=`);
      expect(backup.stdout).toContain(` --file ${backupFile} postgres://postgres@127.0.0.1:5432/e4d_test_`);
      expect(backup.stdout).toMatch(/: [\d.]+ (KB|MB), \d+ tables \(organisations \d+, items \d+, events \d+, registrations \d+, users \d+\), schema \d{8}T\d{4}-[\w-]+\.\n/);
      expect(backup.stdout).toContain("pg_dump and pg_restore must be of the PostgreSQL server's major version");
      expect(backup.stdout).toMatch(/Every transaction committed before .* is in it; pg_restore reads it; \d+ ms\.\n$/);
      expect(backup.stdout).not.toContain(password);
    }
    // Only the finished backup is left beside it.
    expect(readdirSync(path.dirname(backupFile)).filter((f) => f.includes(path.basename(backupFile)))).toEqual([path.basename(backupFile)]);

    fresh = await newPlace();
    const restored = await cli(fresh, 'restore', backupFile);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('Start the hub');
    if (dialect === 'sqlite') expect(integrity(fresh.sqliteFile)).toBe('ok');
    inBackup = writersOf(await fresh.emails(), 'writer');
    for (const email of beforeBackup) expect(inBackup).toContain(email);
    // Nothing in it that the hub did not acknowledge.
    for (const email of inBackup) expect(everyWrite).toContain(email);

    // The hub starts on the restored data and takes registrations again.
    const restoredHub = await startHub(fresh);
    expect((await fetch(`${restoredHub.base}/readyz`)).status).toBe(200);
    const visitor = new Visitor(httpHub(restoredHub.base, nextAddress));
    const res = await visitor.post(`/events/${slug}/register`, form('after-restore@example.org'), { from: `/events/${slug}/register` });
    expect(res.status).toBe(303);
    expect(await stopServerProcess(restoredHub.server)).toBe(0);
  });

  it('refuses to restore while a server uses the database, changing nothing, and restores once it stopped', { timeout: 90_000 }, async () => {
    const filesBefore = readdirSync(live.dataDir).sort();
    const refused = await cli(live, 'restore', backupFile);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      dialect === 'sqlite'
        ? /^\/.*e4d-hub\.sqlite is in use by another process \(a running hub\?\): stop every server that uses it, then restore again\. Nothing was changed\.\n$/
        : /^\d+ other sessions? (is|are) connected to postgres:\/\/postgres@127\.0\.0\.1:5432\/e4d_test_\w+ \(from .+\): stop every app server of the hub, then restore again\. Nothing was changed\.\n$/,
    );
    expect(readdirSync(live.dataDir).sort()).toEqual(filesBefore);
    expect(writersOf(await live.emails(), 'writer')).toEqual(everyWrite);
    // The server did not notice.
    const visitor = new Visitor(httpHub(base, nextAddress));
    expect((await visitor.post(`/events/${slug}/register`, form('during-refusal@example.org'), { from: `/events/${slug}/register` })).status).toBe(303);

    expect(await stopServerProcess(server)).toBe(0);
    const restored = await cli(live, 'restore', backupFile);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const emails = await live.emails();
    expect(writersOf(emails, 'writer')).toEqual(inBackup);
    expect(emails).not.toContain('during-refusal@example.org');
    if (dialect === 'sqlite') {
      // The replaced database is kept whole, with what its WAL held.
      const kept = /kept as (\S+)\.\n/.exec(restored.stdout)![1]!;
      expect(path.dirname(kept)).toBe(live.dataDir);
      expect(path.basename(kept)).toMatch(/^e4d-hub\.sqlite\.before-restore-\d{8}T\d{6}Z$/);
      expect(integrity(kept)).toBe('ok');
      expect(writersOf(sqliteEmails(kept), 'writer')).toEqual(everyWrite);
      expect(sqliteEmails(kept)).toContain('during-refusal@example.org');
    } else {
      expect(restored.stdout).toContain(`Running: pg_restore --clean --if-exists --no-owner --single-transaction --dbname postgres://postgres@127.0.0.1:5432/e4d_test_`);
      expect(restored.stdout).not.toContain(password);
    }
    const again = await startHub(live);
    expect((await fetch(`${again.base}/readyz`)).status).toBe(200);
    expect(await stopServerProcess(again.server)).toBe(0);
  });

  if (dialect === 'sqlite') {
    it('restores next to the WAL of a server that was killed, and the hub starts on the backup alone', { timeout: 90_000 }, async () => {
      // The database restored by the first test, where a server ran and stopped cleanly.
      const place = fresh;
      const { server: doomed, base: doomedBase } = await startHub(place);
      const writers = startWriters(doomedBase, 'stale');
      await writers.until(10);
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      await writers.stop().catch(() => {});
      const wal = `${place.sqliteFile}-wal`;
      expect(statSync(wal).size).toBeGreaterThan(0);

      const restored = await cli(place, 'restore', backupFile);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(existsSync(wal)).toBe(false);
      expect(existsSync(`${place.sqliteFile}-shm`)).toBe(false);
      const kept = /kept as (\S+)\.\n/.exec(restored.stdout)![1]!;
      // What the killed server had acknowledged was in its WAL; it is in the kept copy, not in the restored database.
      for (const email of writers.emails()) expect(sqliteEmails(kept)).toContain(email);

      const { server: started, base: startedBase } = await startHub(place);
      expect((await fetch(`${startedBase}/readyz`)).status).toBe(200);
      expect(await stopServerProcess(started)).toBe(0);
      expect(integrity(place.sqliteFile)).toBe('ok');
      const emails = await place.emails();
      expect(writersOf(emails, 'stale').size).toBe(0);
      expect(writersOf(emails, 'writer')).toEqual(inBackup);
    });
  }
});
