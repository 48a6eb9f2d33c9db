import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cli, buildCli } from '../../tests/helpers/cli.js';
import { createEmptyPostgresDatabase, testDialect } from '../../tests/helpers/test-db.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/*
 * `npm run cli -- backup FILE` and `restore FILE` given bad input: a clear one-line message, status 1
 * (or 2 for usage and missing tools), and nothing changed. The runs under writes, with a server in
 * another process, are in tests/http/backup.test.ts.
 */

const dialect = testDialect();
const futureMigration = '20991231T0000-from-the-future';
let cli: Cli;
let dir: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'e4d-backup-cli-'));
  cleanups.push(() => cli.remove(), () => rmSync(dir, { recursive: true, force: true }));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A migrated hub database (no demo) with one marker organisation; its settings for the command line. */
async function hubDatabase(name: string, extraMigration?: string): Promise<{ env: Record<string, string>; dataDir: string; marker(): Promise<string[]> }> {
  const dataDir = path.join(dir, name);
  mkdirSync(dataDir);
  let databaseUrl: string | undefined;
  if (dialect === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    cleanups.push(() => empty.drop());
    databaseUrl = empty.url;
  }
  const open = () => openDatabase({ databaseUrl, sqliteFile: path.join(dataDir, 'e4d-hub.sqlite') });
  const opened = open();
  await migrateToLatest(opened.db);
  await sql`INSERT INTO organisations (slug, type, source_locale, source, created_at, updated_at)
            VALUES ('marker', 'un', 'en', 'backup test', '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z')`.execute(opened.db);
  if (extraMigration) await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${extraMigration}, '2099-12-31T00:00:00.000Z')`.execute(opened.db);
  await opened.db.destroy();
  return {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' },
    dataDir,
    async marker() {
      const db = open();
      try {
        return (await db.db.selectFrom('organisations').select('slug').execute()).map((o) => o.slug);
      } finally {
        await db.db.destroy();
      }
    },
  };
}

/** Slugs of the organisations in a SQLite file, after checking its integrity. */
function slugsIn(file: string): string[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT slug FROM organisations').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const kindOf = (file: string) => readFileSync(file).subarray(0, 5).toString('latin1');
const backupName = (name: string) => path.join(dir, `${name}.${dialect === 'sqlite' ? 'sqlite' : 'dump'}`);

describe('the command line', () => {
  it('explains an unknown command, missing arguments and unknown options (status 2)', async () => {
    const [unknown, noFile, twoFiles, badOption] = await Promise.all([
      cli.run({}, 'frob'),
      cli.run({}, 'backup'),
      cli.run({}, 'restore', 'a', 'b'),
      cli.run({}, 'backup', 'x', '--forse'),
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "frob": import, backup, restore\.\nUsage:\n/);
    expect(unknown.stderr).toContain('npm run cli -- backup FILE [--force]');
    expect(unknown.stderr).toContain('npm run cli -- restore FILE [--no-keep]');
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toMatch(/^Expected: backup FILE\.\nUsage:\n {2}npm run cli -- backup FILE \[--force\]\n/);
    expect(twoFiles.status).toBe(2);
    expect(twoFiles.stderr).toMatch(/^Expected: restore FILE\.\n/);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--forse'");
  });
});

describe(`backup on ${dialect}`, () => {
  it('refuses a folder that does not exist, and an existing file without --force', async () => {
    const hub = await hubDatabase('backup-target');
    const nowhere = path.join(dir, 'no-such-folder', 'backup');
    const missingFolder = await cli.run(hub.env, 'backup', nowhere);
    expect(missingFolder.status).toBe(1);
    expect(missingFolder.stderr).toBe(`The folder ${path.dirname(nowhere)} does not exist: create it or choose another place for the backup.\n`);
    expect(existsSync(path.dirname(nowhere))).toBe(false);

    const file = backupName('existing');
    writeFileSync(file, 'precious');
    const existing = await cli.run(hub.env, 'backup', file);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toBe(`${file} already exists: choose another name, or add --force to replace it.\n`);
    expect(readFileSync(file, 'utf8')).toBe('precious');

    const forced = await cli.run(hub.env, 'backup', file, '--force');
    expect(forced.stderr).toBe('');
    expect(forced.status).toBe(0);
    expect(kindOf(file)).toBe(dialect === 'sqlite' ? 'SQLit' : 'PGDMP');
    expect(readdirSync(dir).filter((f) => f.includes('existing'))).toEqual([path.basename(file)]);
  });

  if (dialect === 'sqlite') {
    it('refuses when DATA_DIR holds no database, or a database that is not the hub’s', async () => {
      const empty = path.join(dir, 'empty-data-dir');
      const none = await cli.run({ DATA_DIR: empty }, 'backup', backupName('none'));
      expect(none.status).toBe(1);
      expect(none.stderr).toBe(`There is no database at ${path.join(empty, 'e4d-hub.sqlite')}: nothing to back up (is DATA_DIR set as for the hub?).\n`);
      expect(existsSync(empty)).toBe(false);

      const other = path.join(dir, 'other-data-dir');
      mkdirSync(other);
      const db = new SQLite(path.join(other, 'e4d-hub.sqlite'));
      db.exec('CREATE TABLE notes (text TEXT)');
      db.close();
      const notHub = await cli.run({ DATA_DIR: other }, 'backup', backupName('not-hub'));
      expect(notHub.status).toBe(1);
      expect(notHub.stderr).toBe(`${path.join(other, 'e4d-hub.sqlite')} is not an E4D Hub database (it has no kysely_migration table).\n`);
      expect(existsSync(backupName('not-hub'))).toBe(false);
    });
  } else {
    it('prints the pg_dump command when pg_dump is not installed (status 2), without the password', async () => {
      const hub = await hubDatabase('no-pg-dump');
      const url = new URL(hub.env.DATABASE_URL!);
      url.password = 'secret-in-url';
      const emptyBin = path.join(dir, 'empty-bin');
      mkdirSync(emptyBin);
      const file = backupName('no-pg-dump');
      const missing = await cli.run({ ...hub.env, DATABASE_URL: url.toString(), PATH: emptyBin }, 'backup', file);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain("pg_dump is not installed (or not on PATH). Back up with (pg_dump and pg_restore must be of the PostgreSQL server's major version");
      expect(missing.stderr).toContain(`  pg_dump --format=custom --file ${file} postgres://postgres@127.0.0.1:5432/${url.pathname.slice(1)}\n`);
      expect(missing.stderr).not.toContain('secret-in-url');
      expect(existsSync(file)).toBe(false);
    });

    it('refuses a pg_dump of another major version than the server’s (status 2)', async () => {
      const hub = await hubDatabase('other-major');
      const fakeBin = path.join(dir, 'fake-bin');
      mkdirSync(fakeBin);
      writeFileSync(path.join(fakeBin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 99.1"\n');
      chmodSync(path.join(fakeBin, 'pg_dump'), 0o755);
      const file = backupName('other-major');
      const refused = await cli.run({ ...hub.env, PATH: `${fakeBin}:${process.env.PATH}` }, 'backup', file);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/^pg_dump is version 99\.1 and the server \d+\.\d+: pg_dump and pg_restore must be of the PostgreSQL server's major version\. /);
      expect(existsSync(file)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.includes('other-major.dump'))).toEqual([]);
    });
  }
});

describe(`restore on ${dialect}`, () => {
  let hub: Awaited<ReturnType<typeof hubDatabase>>;
  let filesBefore: string[];
  beforeAll(async () => {
    hub = await hubDatabase('restore-target');
    filesBefore = readdirSync(hub.dataDir).sort();
  });

  /** A refused restore leaves the database and DATA_DIR as they were. */
  async function expectUnchanged() {
    expect(await hub.marker()).toEqual(['marker']);
    expect(readdirSync(hub.dataDir).sort()).toEqual(filesBefore);
  }

  it('refuses a file that does not exist, a folder, and a file that is not a backup', async () => {
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'not a backup at all\n');
    const [missing, folder, notBackup] = await Promise.all([
      cli.run(hub.env, 'restore', path.join(dir, 'missing.sqlite')),
      cli.run(hub.env, 'restore', dir),
      cli.run(hub.env, 'restore', text),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`${path.join(dir, 'missing.sqlite')} does not exist.\n`);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe(`${dir} is a folder, not a backup file.\n`);
    expect(notBackup.status).toBe(1);
    expect(notBackup.stderr).toBe(
      dialect === 'sqlite'
        ? `${text} is not a SQLite database, so not an E4D Hub backup.\n`
        : `${text} is not a pg_dump archive in the custom format, so not an E4D Hub backup.\n`,
    );
    await expectUnchanged();
  });

  it('refuses a backup made for the other database', async () => {
    const other = path.join(dir, 'other-kind');
    if (dialect === 'sqlite') {
      writeFileSync(other, Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(100)]));
    } else {
      const db = new SQLite(other);
      db.exec('CREATE TABLE t (x)');
      db.close();
    }
    const refused = await cli.run(hub.env, 'restore', other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      dialect === 'sqlite'
        ? `${other} is a PostgreSQL archive (pg_dump): set DATABASE_URL to restore it into PostgreSQL.\n`
        : `${other} is a SQLite backup: unset DATABASE_URL to restore it into the SQLite database of DATA_DIR.\n`,
    );
    await expectUnchanged();
  });

  it('refuses a backup of a database that is not the hub’s', async () => {
    const file = backupName('not-hub');
    if (dialect === 'sqlite') {
      const db = new SQLite(file);
      db.exec('CREATE TABLE notes (text TEXT)');
      db.close();
    } else {
      const empty = await createEmptyPostgresDatabase();
      cleanups.push(() => empty.drop());
      execFileSync('pg_dump', ['--format=custom', '--file', file, empty.url]);
    }
    const refused = await cli.run(hub.env, 'restore', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      dialect === 'sqlite' ? `${file} is not an E4D Hub database (it has no kysely_migration table).\n` : `${file} is not an E4D Hub backup (it has no kysely_migration table).\n`,
    );
    await expectUnchanged();
  });

  it('refuses a backup from a newer version of the hub', async () => {
    const newer = await hubDatabase('newer', futureMigration);
    const file = backupName('newer');
    expect((await cli.run(newer.env, 'backup', file)).status).toBe(0);
    const refused = await cli.run(hub.env, 'restore', file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${file} comes from a newer version of E4D Hub (migration ${futureMigration} unknown to this one): restore it with that version or a later one.\n`);
    await expectUnchanged();
  });

  if (dialect === 'sqlite') {
    it('refuses a damaged backup', async () => {
      const file = backupName('damaged');
      expect((await cli.run(hub.env, 'backup', file)).status).toBe(0);
      const bytes = readFileSync(file);
      // Page 3 onwards overwritten: the header still says SQLite, the b-trees are garbage.
      bytes.fill(0x5a, 4096 * 2, 4096 * 6);
      writeFileSync(file, bytes);
      const refused = await cli.run(hub.env, 'restore', file);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: .+\\n$`));
      await expectUnchanged();
    });

    it('restores over a database SQLite cannot read, keeping it as it was, or not at all with --no-keep', async () => {
      const good = await hubDatabase('good');
      const file = backupName('good');
      expect((await cli.run(good.env, 'backup', file)).status).toBe(0);

      // What a copy beside a stale WAL ends as: "malformed database schema".
      const broken = path.join(dir, 'broken');
      mkdirSync(broken);
      const live = path.join(broken, 'e4d-hub.sqlite');
      // Every copy of the statement that creates `items`, in a live cell or not, made unreadable.
      const bytes = readFileSync(file);
      const statement = Buffer.from('CREATE TABLE "items"');
      for (let at = bytes.indexOf(statement); at >= 0; at = bytes.indexOf(statement, at + 1)) bytes.write('CREATE TABLX "items"', at);
      writeFileSync(live, bytes);
      writeFileSync(`${live}-wal`, 'stale');
      writeFileSync(`${live}-shm`, 'stale');
      expect(() => slugsIn(live)).toThrow(/malformed database schema/);
      const restored = await cli.run({ DATA_DIR: broken }, 'restore', file);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      const kept = /kept as (\S+)\.\n/.exec(restored.stdout)![1]!;
      expect(readFileSync(kept).equals(bytes)).toBe(true);
      expect(readdirSync(broken).sort()).toEqual([path.basename(live), path.basename(kept)]);
      expect(slugsIn(live)).toEqual(['marker']);

      // Not a database at all, and nothing kept.
      writeFileSync(live, 'garbage');
      writeFileSync(`${live}-wal`, 'stale');
      const replaced = await cli.run({ DATA_DIR: broken }, 'restore', file, '--no-keep');
      expect(replaced.stderr).toBe('');
      expect(replaced.status).toBe(0);
      expect(replaced.stdout).not.toContain('kept as');
      expect(readdirSync(broken).sort()).toEqual([path.basename(live), path.basename(kept)]);
      expect(slugsIn(live)).toEqual(['marker']);
    });
  }
});
