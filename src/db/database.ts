import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely } from 'kysely';
import pg from 'pg';
import { HubPostgresDialect, HubSqliteDialect } from './dialects.js';
import type { Database } from './schema.js';
import { databaseFault } from './unavailable.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location, without credentials. */
  location: string;
}

export interface DbOptions {
  databaseUrl?: string | undefined;
  /** SQLite file; ':memory:' for a throwaway database. */
  sqliteFile?: string;
  /** SQLite: FULL (the default) syncs the WAL at every commit; NORMAL may lose the last commits on power loss (decision 012). */
  sqliteSynchronous?: 'full' | 'normal' | undefined;
  poolSize?: number;
  /** Where lost connections are reported (the server's logger); the console otherwise. */
  logger?: { warn(details: object, message: string): void } | undefined;
}

// COUNT(*) and BIGINT come back from pg as strings; parse them as numbers in one place.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

const consoleLogger = { warn: (details: object, message: string) => console.warn(message, JSON.stringify(details)) };

export function openDatabase(options: DbOptions): Db {
  const plugins = [new CamelCasePlugin()];
  const logger = options.logger ?? consoleLogger;
  if (options.databaseUrl) {
    // random_page_cost 1.1, as for data on SSD or in memory: otherwise the planner reads the whole
    // search table rather than its GIN index for common words (60 against 30 ms at 100 000 items).
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      options: '-c random_page_cost=1.1',
      // A database host that does not answer fails the request (503) instead of holding it for minutes.
      connectionTimeoutMillis: 5000,
    });
    // pg-pool listens for errors only while a client is idle: a connection the server ends while a
    // request holds it (restart, failover, pg_terminate_backend) would emit 'error' with no listener
    // and end the process. This listener stays for the client's life; the query in progress fails on
    // its own (503), and the pool drops the dead client when it comes back.
    pool.on('connect', (client) => {
      client.on('error', (error) => logger.warn({ code: databaseFault(error)?.code ?? (error as { code?: string }).code, error: error.message }, 'PostgreSQL connection lost'));
    });
    // pg-pool re-emits idle clients' errors on the pool: already reported above.
    pool.on('error', () => {});
    const url = new URL(options.databaseUrl);
    return {
      db: new Kysely<Database>({ dialect: new HubPostgresDialect(pool), plugins }),
      dialect: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
    };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.sqliteSynchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return {
    db: new Kysely<Database>({ dialect: new HubSqliteDialect(sqlite), plugins }),
    dialect: 'sqlite',
    location: file,
  };
}

export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, 'e4d-hub.sqlite');
}
