import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeContents } from '../db/backup/contents.js';
import { formatBytes } from '../db/backup/files.js';
import { checkPostgresArchive, installedVersion, pgRestoreCommand, restorePostgres, versionRule, withoutPassword } from '../db/backup/postgres.js';
import { restoreSqlite } from '../db/backup/sqlite.js';
import { sqliteFileIn } from '../db/database.js';
import { readEnv } from '../env.js';
import { type CliCommand, UsageError } from './command.js';

const usage = `  npm run cli -- restore FILE [--no-keep]

    Replaces the database with a backup made by \`backup\`; stop the hub first (a database in use is
    refused). SQLite: the backup is checked, the replaced database is kept as
    e4d-hub.sqlite.before-restore-TIME (not with --no-keep). PostgreSQL: pg_restore --clean in one
    transaction, refused while other sessions are connected; the replaced data is not kept.`;

const next = 'Start the hub: it brings the schema of an older backup up to date as it starts.';

export const restoreCommand: CliCommand = {
  usage,
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'no-keep': { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('Expected: restore FILE.');
    const file = path.resolve(positionals[0]!);
    const env = readEnv();
    const started = performance.now();
    const took = () => `${Math.round(performance.now() - started)} ms`;

    if (!env.DATABASE_URL) {
      const target = sqliteFileIn(env.DATA_DIR);
      const report = restoreSqlite(file, target, { keep: !values['no-keep'] });
      console.log(`Restored ${file} into ${target}: ${formatBytes(report.bytes)}, ${describeContents(report.contents)}; integrity check ok.`);
      if (report.kept) console.log(`The replaced database is kept as ${report.kept}.`);
      console.log(`${next} (${took()})`);
      return 0;
    }

    if (values['no-keep']) throw new UsageError('--no-keep is for SQLite: on PostgreSQL nothing of the replaced data is kept (back it up first).');
    checkPostgresArchive(file);
    const command = pgRestoreCommand(env.DATABASE_URL, file);
    const version = installedVersion('pg_restore');
    if (!version) {
      console.error(`pg_restore is not installed (or not on PATH). Stop every app server, then restore with (${versionRule}; the password, if any, in PGPASSWORD):`);
      console.error(`  ${command.display}`);
      return 2;
    }
    const report = await restorePostgres(env.DATABASE_URL, file, { version, onRun: (shown) => console.log(`Running: ${shown}`) });
    console.log(`pg_restore ${report.versions.tool}, server ${report.versions.server}: ${versionRule}.`);
    console.log(`Restored ${file} into ${withoutPassword(env.DATABASE_URL)}: ${describeContents(report.contents)}.`);
    console.log(`${next} (${took()})`);
    return 0;
  },
};
