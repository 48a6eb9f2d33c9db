import type { Env } from '../env.js';
import { type Db, type DbOptions, openDatabase, sqliteFileIn } from './database.js';
import { migrateToLatest } from './migrate.js';
import { explainStartError } from './start-error.js';
import { withStartLock } from './start-lock.js';
import { reindexIfStale } from '../features/search/reindex.js';
import { loadDemoContentIfEmpty, loadOfficialFigures, loadReferenceData, type LoadReport } from '../../data/loader.js';

export interface PreparedDb extends Db {
  migrations: string[];
  demo: LoadReport | undefined;
}

type DbEnv = Pick<Env, 'DATA_DIR' | 'DATABASE_URL' | 'SQLITE_SYNCHRONOUS'>;

/**
 * Open the configured database, migrate it, bring reference data and the search index up to date,
 * load the official figures the hub ships (data/reference) that it does not hold yet and, if empty, load the demo: all under the start lock, so several servers may start at once.
 * Failures are StartErrors that name the cause (start-error.ts).
 */
export async function prepareDatabase(env: DbEnv, options: { demo: boolean; logger?: DbOptions['logger'] }): Promise<PreparedDb> {
  const sqliteFile = sqliteFileIn(env.DATA_DIR);
  const where = { dataDir: env.DATA_DIR, location: env.DATABASE_URL ? 'DATABASE_URL' : sqliteFile, dialect: env.DATABASE_URL ? 'postgres' : 'sqlite' } as const;
  let opened: Db;
  try {
    opened = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile, sqliteSynchronous: env.SQLITE_SYNCHRONOUS, logger: options.logger });
  } catch (error) {
    throw explainStartError(error, where);
  }
  try {
    return await withStartLock({ databaseUrl: env.DATABASE_URL, sqliteFile }, async () => {
      const migrations = await migrateToLatest(opened.db);
      await reindexIfStale(opened.db);
      await loadReferenceData(opened.db);
      await loadOfficialFigures(opened.db);
      const demo = options.demo ? await loadDemoContentIfEmpty(opened.db) : undefined;
      return { ...opened, migrations, demo };
    });
  } catch (error) {
    await opened.db.destroy().catch(() => {});
    throw explainStartError(error, { ...where, location: opened.location });
  }
}
