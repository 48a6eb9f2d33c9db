import { MigrationError } from './migrate.js';
import { databaseFault } from './unavailable.js';

/** Why the database could not be prepared at start, in words an operator can act on, with the code behind it. */
export class StartError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
  }

  /** "E4D Hub could not start: <cause> (<code>)" */
  get line(): string {
    return `E4D Hub could not start: ${this.message}${this.code ? ` (${this.code})` : ''}`;
  }
}

/** The first code found on the error or its causes (errno, SQLite result code, SQLSTATE). */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && code) return code;
  if (error instanceof AggregateError) for (const inner of error.errors) if (codeOf(inner, depth + 1)) return codeOf(inner, depth + 1);
  return codeOf(cause, depth + 1);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Names the cause of a failed start: a missing or unwritable DATA_DIR, a full disk, a read-only
 * database, an unreachable database, a failed migration. Never a secondary error (a ROLLBACK that
 * failed after the real one: the drivers in dialects.ts keep the first).
 */
export function explainStartError(error: unknown, where: { dataDir: string; location: string; dialect: 'sqlite' | 'postgres' }): StartError {
  const code = codeOf(error);
  const message = messageOf(error);
  const explain = (text: string) => new StartError(text, code, { cause: error });
  if (error instanceof MigrationError) return explain(message);
  if (code === 'ENOTDIR' || code === 'EEXIST') return explain(`DATA_DIR ${where.dataDir} is not a directory`);
  if (code === 'EACCES' || code === 'EPERM') return explain(`no permission to write in DATA_DIR ${where.dataDir}: ${message}`);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === '53100') return explain(`the disk is full (database ${where.location})`);
  if (code === 'EROFS' || code?.startsWith('SQLITE_READONLY')) return explain(`the database ${where.location} is read-only`);
  if (code === 'SQLITE_CANTOPEN') return explain(`cannot open the database ${where.location}: its directory is missing or not writable`);
  if (code?.startsWith('SQLITE_IOERR')) return explain(`disk I/O error on the database ${where.location}`);
  if (where.dialect === 'postgres' && databaseFault(error)?.fault === 'unavailable') {
    return explain(`cannot reach the database ${where.location}: ${message || 'the connection failed'}`);
  }
  return explain(message);
}
