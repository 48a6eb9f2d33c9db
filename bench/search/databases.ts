// Fresh databases for bench/search.ts, and their removal: SQLite files in a temporary directory,
// PostgreSQL databases created beside BENCH_DATABASE_URL and dropped again. Everything created is
// registered here so that the end of the run, an error or Ctrl-C removes it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const tempDirs = new Set<string>();
const pgDatabases = new Map<string, string>(); // name → admin URL

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** The URL without its password, for printing. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function checkPostgres(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('select version() as version');
    return rows[0]!.version;
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database beside adminUrl (as tests/helpers/test-db.ts does). */
export async function createPostgresDatabase(adminUrl: string, label: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `e4d_bench_${label}_${process.pid}_${randomBytes(3).toString('hex')}`.replace(/[^a-z0-9_]/g, '_');
  pgDatabases.set(name, adminUrl);
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropPostgresDatabase(name) };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  const adminUrl = pgDatabases.get(name);
  if (!adminUrl) return;
  // WITH (FORCE) ends the connections still open (an interrupted load or worker).
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  pgDatabases.delete(name);
}

/** Drop every database and remove every directory this run created; safe to call twice. */
export async function removeEverything(): Promise<void> {
  for (const name of [...pgDatabases.keys()]) {
    try {
      await dropPostgresDatabase(name);
    } catch (error) {
      console.error(`could not drop PostgreSQL database ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

/** Synchronous last resort (process 'exit'): directories only; databases need the async path. */
export function removeTempDirsSync(): string[] {
  for (const dir of [...tempDirs]) removeTempDir(dir);
  return [...pgDatabases.keys()];
}
