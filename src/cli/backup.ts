import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeContents } from '../db/backup/contents.js';
import { checkBackupTarget, formatBytes } from '../db/backup/files.js';
import { backupPostgres, installedVersion, pgDumpCommand, versionRule, withoutPassword } from '../db/backup/postgres.js';
import { backupSqlite } from '../db/backup/sqlite.js';
import { sqliteFileIn } from '../db/database.js';
import { readEnv } from '../env.js';
import { type CliCommand, UsageError } from './command.js';

const usage = `  npm run cli -- backup FILE [--force]

    Writes a consistent copy of the database to FILE while the hub keeps serving: SQLite (DATA_DIR)
    with VACUUM INTO, PostgreSQL (DATABASE_URL) with pg_dump --format=custom. An existing FILE is
    replaced only with --force.`;

export const backupCommand: CliCommand = {
  usage,
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('Expected: backup FILE.');
    const file = path.resolve(positionals[0]!);
    const env = readEnv();
    const started = performance.now();
    const took = () => `${Math.round(performance.now() - started)} ms`;

    if (!env.DATABASE_URL) {
      const source = sqliteFileIn(env.DATA_DIR);
      const report = backupSqlite(source, file, { force: values.force });
      console.log(`Backed up ${source} to ${file}: ${formatBytes(report.bytes)}, ${describeContents(report.contents)}.`);
      console.log(`Every write committed before ${report.began.toISOString()} is in it; integrity check ok; ${took()}.`);
      return 0;
    }

    checkBackupTarget(file, values.force);
    const command = pgDumpCommand(env.DATABASE_URL, file);
    const version = installedVersion('pg_dump');
    if (!version) {
      console.error(`pg_dump is not installed (or not on PATH). Back up with (${versionRule}; the password, if any, in PGPASSWORD):`);
      console.error(`  ${command.display}`);
      return 2;
    }
    const report = await backupPostgres(env.DATABASE_URL, file, { version, onRun: (shown) => console.log(`Running: ${shown}`) });
    console.log(`pg_dump ${report.versions.tool}, server ${report.versions.server}: ${versionRule}.`);
    console.log(`Backed up ${withoutPassword(env.DATABASE_URL)} to ${file}: ${formatBytes(report.bytes)}, ${describeContents(report.contents)}.`);
    console.log(`Every transaction committed before ${report.began.toISOString()} is in it; pg_restore reads it; ${took()}.`);
    return 0;
  },
};
