import type { Env } from '../env.js';
import { type Db, openDatabase, sqliteFileIn } from './database.js';
import { migrateToLatest } from './migrate.js';
import { reindexIfStale } from '../features/search/reindex.js';
import { loadDemoContent, loadReferenceData, isEmpty, type LoadReport } from '../../data/loader.js';

export interface PreparedDb extends Db {
  migrations: string[];
  demo: LoadReport | undefined;
}

/** Open the configured database, migrate it, bring reference data up to date and, if empty, load the demo. */
export async function prepareDatabase(env: Env, options: { demo: boolean }): Promise<PreparedDb> {
  const opened = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: sqliteFileIn(env.DATA_DIR) });
  try {
    const migrations = await migrateToLatest(opened.db);
    await reindexIfStale(opened.db);
    await loadReferenceData(opened.db);
    const demo = options.demo && (await isEmpty(opened.db)) ? await loadDemoContent(opened.db) : undefined;
    return { ...opened, migrations, demo };
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
}
