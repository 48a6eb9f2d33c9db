import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { type Contents, mainTables, migrationTable, refuseUnknownMigrations } from './contents.js';
import { BackupRefused, archiveKind, checkBackupSource, fileSize, placeAtomically, removeQuietly, tempPathBeside } from './files.js';

/*
 * PostgreSQL is backed up and restored by its own tools: pg_dump reads one snapshot (every transaction
 * committed before it started, nothing after) into the custom format that pg_restore reads back.
 * They must be of the server's major version: an older pg_dump refuses a newer server, and an archive
 * made by a newer pg_dump cannot be read by an older pg_restore.
 */

export const versionRule = "pg_dump and pg_restore must be of the PostgreSQL server's major version";

export interface PgCommand {
  program: 'pg_dump' | 'pg_restore';
  /** The database URL in them has no password: it goes in PGPASSWORD, out of the process list and the output. */
  args: string[];
  display: string;
}

export function pgDumpCommand(databaseUrl: string, file: string, snapshot?: string): PgCommand {
  return command('pg_dump', ['--format=custom', ...(snapshot ? [`--snapshot=${snapshot}`] : []), '--file', file, withoutPassword(databaseUrl)]);
}

/** --single-transaction: a restore that fails half-way leaves the database as it was. */
export function pgRestoreCommand(databaseUrl: string, file: string): PgCommand {
  return command('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', withoutPassword(databaseUrl), file]);
}

/** The version of an installed client tool (e.g. "15.20"), or undefined when it is not on PATH. */
export function installedVersion(program: PgCommand['program']): string | undefined {
  const result = runTool(program, ['--version']);
  return result.status === 0 ? /\d+(\.\d+)*/.exec(result.stdout)?.[0] : undefined;
}

/** The installed tool's version, and who to tell the command just before it runs. */
export interface ToolRun {
  version: string;
  onRun(command: string): void;
}

export interface PostgresReport {
  file: string;
  bytes: number;
  contents: Contents;
  began: Date;
  command: string;
  versions: { tool: string; server: string };
}

/** Runs pg_dump into a temporary file beside FILE, checks that pg_restore reads it, and renames it. */
export async function backupPostgres(databaseUrl: string, file: string, tool: ToolRun): Promise<PostgresReport> {
  const temp = tempPathBeside(file);
  try {
    const { server, began, rows, command } = await withClient(databaseUrl, async (client) => {
      const server = await serverVersion(client);
      refuseOtherMajor('pg_dump', tool.version, server);
      // pg_dump reads this transaction's snapshot (--snapshot), so the rows counted here are the backup's.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const began = new Date();
      const { rows: exported } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
      const snapshot = exported[0]!.snapshot;
      const rows = await countRows(client);
      const command = pgDumpCommand(databaseUrl, file, snapshot).display;
      tool.onRun(command);
      run(pgDumpCommand(databaseUrl, temp, snapshot), databaseUrl);
      await client.query('COMMIT');
      return { server, began, rows, command };
    });
    const contents = { ...archiveContents(temp, file), rows };
    placeAtomically(temp, file);
    return { file, bytes: fileSize(file), contents, began, command, versions: { tool: tool.version, server } };
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** A file pg_restore can be asked to read: a custom-format archive. */
export function checkPostgresArchive(file: string): void {
  checkBackupSource(file);
  const kind = archiveKind(file);
  if (kind === 'sqlite') throw new BackupRefused(`${file} is a SQLite backup: unset DATABASE_URL to restore it into the SQLite database of DATA_DIR.`);
  if (kind !== 'pg_dump') throw new BackupRefused(`${file} is not a pg_dump archive in the custom format, so not an E4D Hub backup.`);
}

/** Restores an archive with pg_restore when it is a hub backup this version knows and no other session is connected. */
export async function restorePostgres(databaseUrl: string, file: string, tool: ToolRun): Promise<PostgresReport> {
  const contents = archiveContents(file, file);
  refuseUnknownMigrations(contents.migrations, file);
  const server = await withClient(databaseUrl, async (client) => {
    await refuseOtherSessions(client, databaseUrl);
    return serverVersion(client);
  });
  refuseOtherMajor('pg_restore', tool.version, server);
  const began = new Date();
  const restore = pgRestoreCommand(databaseUrl, file);
  tool.onRun(restore.display);
  run(restore, databaseUrl);
  const rows = await withClient(databaseUrl, countRows);
  return { file, bytes: fileSize(file), contents: { ...contents, rows }, began, command: restore.display, versions: { tool: tool.version, server } };
}

/**
 * pg_stat_activity lists every session of the database; the hub's app servers keep theirs open while
 * they run. A server that has just stopped may be listed for a moment while its sessions end, so the
 * count is read again for up to two seconds. (A server that connects after this check and before
 * pg_restore takes its locks is not seen.)
 */
async function refuseOtherSessions(client: pg.Client, databaseUrl: string): Promise<void> {
  let others = await otherSessions(client);
  for (let wait = 0; others.sessions > 0 && wait < 2000; wait += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    others = await otherSessions(client);
  }
  const { sessions, who } = others;
  if (sessions === 0) return;
  throw new BackupRefused(
    `${sessions} other session${sessions > 1 ? 's are' : ' is'} connected to ${withoutPassword(databaseUrl)} (from ${who}): stop every app server of the hub, then restore again. Nothing was changed.`,
  );
}

async function otherSessions(client: pg.Client): Promise<{ sessions: number; who: string | null }> {
  const { rows } = await client.query<{ sessions: number; who: string | null }>(
    `SELECT count(*)::int AS sessions,
            string_agg(DISTINCT coalesce(nullif(application_name, ''), host(client_addr), 'local socket'), ', ') AS who
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  return rows[0]!;
}

/** The tables in an archive and the migrations its kysely_migration table had run. */
function archiveContents(archive: string, named: string): Contents {
  const list = runTool('pg_restore', ['--list', archive]);
  if (list.status !== 0) throw new BackupRefused(`${named} cannot be read by pg_restore: ${firstLines(list.stderr)}`);
  const tables = list.stdout.split('\n').filter((line) => /^\d+; \d+ \d+ TABLE (?!DATA )/.test(line));
  if (!tables.some((line) => line.includes(` ${migrationTable} `))) throw new BackupRefused(`${named} is not an E4D Hub backup (it has no ${migrationTable} table).`);
  const data = runTool('pg_restore', ['--data-only', `--table=${migrationTable}`, '--file=-', archive]);
  if (data.status !== 0) throw new BackupRefused(`${named} cannot be read by pg_restore: ${firstLines(data.stderr)}`);
  return { tables: tables.length, rows: {}, migrations: copyRows(data.stdout).map((row) => row[0]!).sort() };
}

/** The rows of the first COPY … FROM stdin block of a plain SQL script. */
function copyRows(script: string): string[][] {
  const lines = script.split('\n');
  const start = lines.findIndex((line) => line.startsWith('COPY ') && line.endsWith('FROM stdin;'));
  if (start < 0) return [];
  const end = lines.indexOf('\\.', start);
  return lines.slice(start + 1, end < 0 ? undefined : end).map((line) => line.split('\t'));
}

function refuseOtherMajor(program: PgCommand['program'], toolVersion: string, server: string): void {
  if (major(toolVersion) === major(server)) return;
  throw new BackupRefused(
    `${program} is version ${toolVersion} and the server ${server}: ${versionRule}. Put that version's client tools first in PATH (on Debian: /usr/lib/postgresql/${major(server)}/bin).`,
    2,
  );
}

const major = (version: string) => version.split(/[.\s]/)[0];

function command(program: PgCommand['program'], args: string[]): PgCommand {
  return { program, args, display: [program, ...args.map(shellQuoted)].join(' ') };
}

function run(command: PgCommand, databaseUrl: string): void {
  const result = runTool(command.program, command.args, passwordEnv(databaseUrl));
  if (result.status === 0) return;
  const unchanged = command.program === 'pg_restore' ? ' (it ran in one transaction: the database is as it was)' : '';
  throw new BackupRefused(`${command.program} failed${unchanged}: ${firstLines(result.stderr)}`);
}

function runTool(program: string, args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(program, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { status: -1, stdout: '', stderr: result.error.message };
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

async function countRows(client: pg.Client): Promise<Contents['rows']> {
  const { rows: present } = await client.query<{ name: (typeof mainTables)[number] }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)`,
    [mainTables],
  );
  const rows: Contents['rows'] = {};
  for (const table of mainTables) {
    if (!present.some((p) => p.name === table)) continue;
    const { rows: counted } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
    rows[table] = counted[0]!.count;
  }
  return rows;
}

async function serverVersion(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
  return rows[0]!.version.split(' ')[0]!;
}

async function withClient<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new BackupRefused(`Cannot connect to ${withoutPassword(databaseUrl)}: ${error instanceof Error ? error.message : error}`);
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL as the tools get it and the output shows it: the password goes in PGPASSWORD. */
export function withoutPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.password = '';
  return url.toString();
}

function passwordEnv(databaseUrl: string): Record<string, string> {
  const { password } = new URL(databaseUrl);
  return password ? { PGPASSWORD: decodeURIComponent(password) } : {};
}

function shellQuoted(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 5).join(' / ') || 'no message';
}
