import type SQLite from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, PostgresDialect, PostgresDriver, type PostgresPool, SqliteDialect, SqliteDriver } from 'kysely';
import type pg from 'pg';
import { asConnectFailure } from './unavailable.js';

/**
 * SQLite: every transaction takes the write lock when it begins (BEGIN IMMEDIATE). A deferred
 * transaction that read first and then writes fails at once with SQLITE_BUSY_SNAPSHOT when another
 * process (a second server, the CLI) wrote in between; an immediate one waits on busy_timeout.
 */
class HubSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // A full disk or an I/O error (SQLITE_FULL, SQLITE_IOERR) ends the transaction by itself; a
    // ROLLBACK then fails with "no transaction is active", and that error would hide the real one.
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class HubSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): SqliteDriver {
    return new HubSqliteDriver(this.sqlite);
  }
}

class HubPostgresDriver extends PostgresDriver {
  override async rollbackTransaction(connection: Parameters<PostgresDriver['rollbackTransaction']>[0]): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch {
      // The connection is gone (the server rolls back what it held) and kysely discards it; the
      // error that ended the transaction is the one to report, not "Client ... is not queryable".
    }
  }
}

export class HubPostgresDialect extends PostgresDialect {
  readonly #pool: PostgresPool;

  constructor(pool: pg.Pool) {
    // Any failure to get a connection means the database is out of reach, whatever its code
    // (refused, unknown database, not accepting connections, timeout).
    const wrapped: PostgresPool = {
      connect: () => pool.connect().catch((error: unknown) => Promise.reject(asConnectFailure(error))),
      end: () => pool.end(),
    };
    super({ pool: wrapped });
    this.#pool = wrapped;
  }

  override createDriver(): PostgresDriver {
    return new HubPostgresDriver({ pool: this.#pool });
  }
}
