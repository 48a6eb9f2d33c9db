import { constants, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Contents, mainTables, migrationTable, refuseUnknownMigrations } from './contents.js';
import {
  BackupRefused,
  archiveKind,
  checkBackupSource,
  checkBackupTarget,
  fileSize,
  fileStamp,
  fsyncFile,
  placeAtomically,
  removeQuietly,
  tempPathBeside,
} from './files.js';

export interface SqliteBackupReport {
  file: string;
  bytes: number;
  contents: Contents;
  /** When the snapshot was taken: every write committed before this time is in the backup. */
  began: Date;
}

/**
 * Backs up the hub's SQLite database while servers keep serving and writing. `VACUUM INTO` copies one
 * snapshot, read inside a single read transaction: every write committed before it began is in the
 * copy, including the ones still in the WAL file (which a copy of the .sqlite file misses), and writers
 * are not blocked meanwhile. The copy goes to a temporary file beside FILE, is checked, and is renamed.
 */
export function backupSqlite(source: string, file: string, options: { force: boolean }): SqliteBackupReport {
  checkBackupTarget(file, options.force);
  if (!existsSync(source)) throw new BackupRefused(`There is no database at ${source}: nothing to back up (is DATA_DIR set as for the hub?).`);
  const temp = tempPathBeside(file);
  try {
    let began: Date;
    const live = openChecked(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      if (!hasTable(live, migrationTable)) throw new BackupRefused(`${source} is not an E4D Hub database (it has no ${migrationTable} table).`);
      began = new Date();
      live.prepare('VACUUM INTO ?').run(temp);
    } catch (error) {
      throw sqliteProblem(error, source);
    } finally {
      live.close();
    }
    const contents = checkedContents(temp, file);
    placeAtomically(temp, file);
    return { file, bytes: fileSize(file), contents, began };
  } catch (error) {
    removeQuietly(temp, `${temp}-journal`);
    throw error;
  }
}

export interface SqliteRestoreReport {
  file: string;
  bytes: number;
  contents: Contents;
  /** Where the replaced database was kept; undefined when there was none or --no-keep was given. */
  kept: string | undefined;
}

/**
 * Replaces the hub's SQLite database with a backup, when no process has it open. The backup is copied
 * beside the database and checked there (integrity, an E4D Hub schema this version knows) before
 * anything of the live database is touched; the old database is then kept under another name, stale
 * `-wal` and `-shm` files are removed (SQLite would replay an old WAL onto the restored file, and the
 * hub would refuse to start with "malformed database schema"), and the copy is renamed into place.
 */
export function restoreSqlite(backup: string, file: string, options: { keep: boolean }): SqliteRestoreReport {
  checkBackupSource(backup);
  const kind = archiveKind(backup);
  if (kind === 'pg_dump') throw new BackupRefused(`${backup} is a PostgreSQL archive (pg_dump): set DATABASE_URL to restore it into PostgreSQL.`);
  if (kind !== 'sqlite') throw new BackupRefused(`${backup} is not a SQLite database, so not an E4D Hub backup.`);
  const dir = path.dirname(file);
  const createdDir = mkdirSync(dir, { recursive: true });
  const temp = tempPathBeside(file);
  try {
    copyFileSync(backup, temp, constants.COPYFILE_EXCL);
    const contents = checkedContents(temp, backup);
    refuseUnknownMigrations(contents.migrations, backup);
    fsyncFile(temp);
    const kept = takeOver(file, options.keep);
    placeAtomically(temp, file);
    return { file, bytes: fileSize(file), contents, kept };
  } catch (error) {
    removeQuietly(temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`);
    if (createdDir) removeEmptyFolders(dir, createdDir);
    throw error;
  }
}

/**
 * Makes sure no process has the live database open, folds its WAL into it, and moves it (and what is
 * left of its journal files) out of the way.
 *
 * How a running server is detected: every connection to a WAL database holds a shared lock on the
 * database file for as long as it is open, even when idle, so an exclusive lock (exclusive locking mode,
 * then BEGIN EXCLUSIVE, with no busy timeout) fails at once with SQLITE_BUSY while a hub, a backup or
 * any other process has it open. Checked with two processes (an idle holder of the database, then this
 * probe: SQLITE_BUSY; after the holder exited: the lock is granted), also on a database whose schema is
 * malformed, which SQLite cannot otherwise read. Switching the database out of WAL mode would detect
 * it too, but fails on a malformed schema: the case a restore is often for. While the lock is held the
 * WAL is folded in, so the kept file stands alone. A server that starts during the restore itself
 * (milliseconds) is not detected: the hub must be stopped, as the README says.
 */
function takeOver(file: string, keep: boolean): string | undefined {
  let kept: string | undefined;
  if (existsSync(file)) {
    let live: SQLite.Database | undefined;
    try {
      live = new SQLite(file, { fileMustExist: true, timeout: 0 });
      live.pragma('locking_mode = EXCLUSIVE');
      live.exec('BEGIN EXCLUSIVE');
      live.exec('COMMIT');
      live.pragma('journal_mode = DELETE');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) {
        throw new BackupRefused(`${file} is in use by another process (a running hub?): stop every server that uses it, then restore again. Nothing was changed.`);
      }
      // A damaged file or one that is not a database: no server can be using it; it is replaced as it is.
      if (typeof code !== 'string' || !/^SQLITE_(CORRUPT|NOTADB)/.test(code)) throw sqliteProblem(error, file);
    } finally {
      live?.close();
    }
    if (keep) {
      kept = freeName(`${file}.before-restore-${fileStamp(new Date())}`);
      keepCopy(file, kept);
      // What could not be folded in (a damaged database) stays with the kept copy.
      for (const suffix of ['-wal', '-journal']) if (existsSync(file + suffix)) renameSync(file + suffix, kept + suffix);
    }
  }
  removeQuietly(`${file}-wal`, `${file}-shm`, `${file}-journal`);
  return kept;
}

/** Integrity, the hub's migration table, and what the copy holds. */
function checkedContents(copy: string, named: string): Contents {
  const db = openChecked(copy, { fileMustExist: true, timeout: 10_000 }, named);
  try {
    // A backup made by other tools may say WAL: as one file it must be in rollback mode.
    db.pragma('journal_mode = DELETE');
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') {
      throw new BackupRefused(`${named} is damaged: ${problems.map((p) => p.integrity_check).slice(0, 3).join('; ')}`);
    }
    if (!hasTable(db, migrationTable)) throw new BackupRefused(`${named} is not an E4D Hub database (it has no ${migrationTable} table).`);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).pluck().all() as string[];
    const rows: Contents['rows'] = {};
    for (const table of mainTables) if (tables.includes(table)) rows[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    const migrations = db.prepare(`SELECT name FROM ${migrationTable} ORDER BY name`).pluck().all() as string[];
    return { tables: tables.length, rows, migrations };
  } catch (error) {
    throw sqliteProblem(error, named);
  } finally {
    db.close();
  }
}

function openChecked(file: string, options: SQLite.Options, named = file): SQLite.Database {
  try {
    return new SQLite(file, options);
  } catch (error) {
    throw sqliteProblem(error, named);
  }
}

function hasTable(db: SQLite.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** SQLite's error, said in terms of the file. */
function sqliteProblem(error: unknown, file: string): Error {
  if (error instanceof BackupRefused || !(error instanceof SQLite.SqliteError)) return error as Error;
  if (error.code === 'SQLITE_NOTADB') return new BackupRefused(`${file} is not a SQLite database.`);
  if (error.code.startsWith('SQLITE_CORRUPT')) return new BackupRefused(`${file} is damaged: ${error.message}.`);
  if (error.code === 'SQLITE_FULL') return new BackupRefused(`No space left to write beside ${file}: ${error.message}.`);
  return new BackupRefused(`${file}: ${error.message} (${error.code}).`);
}

/** A second name for the old database (the live name then moves to the restored file), or a copy where links are not supported. */
function keepCopy(file: string, kept: string): void {
  try {
    linkSync(file, kept);
  } catch {
    copyFileSync(file, kept, constants.COPYFILE_EXCL);
    fsyncFile(kept);
  }
}

function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name); n += 1) name = `${base}-${n}`;
  return name;
}

/** Removes the folders this restore created (from `dir` up to `created`), if they are still empty. */
function removeEmptyFolders(dir: string, created: string): void {
  for (let current = dir; current.length >= created.length; current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}
