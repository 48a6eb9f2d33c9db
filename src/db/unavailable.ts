/**
 * Errors that mean the database cannot serve a request right now, as opposed to a fault in the
 * request or in the hub: the connection went (restart, failover, network), or nothing can be written
 * (full disk, read-only file or standby). Both are answered with 503 and a Retry-After.
 */
export type DatabaseFault = 'unavailable' | 'cannot_save';

export interface FaultInfo {
  fault: DatabaseFault;
  /** SQLSTATE, SQLite result code or errno; a name of our own for pg's errors that have none. */
  code: string;
}

/** Seconds a client should wait: a failover takes seconds, freeing a disk takes a person. */
export const retryAfterSeconds: Record<DatabaseFault, number> = { unavailable: 10, cannot_save: 60 };

const connectFailures = new WeakSet<object>();

/** Marks an error raised while opening a connection: whatever its code, the database was out of reach. */
export function asConnectFailure(error: unknown): unknown {
  if (error && typeof error === 'object') connectFailures.add(error);
  return error;
}

/** Node's socket errors: the database server is down, restarting or cut off. */
const unreachableErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** pg's own errors carry no code; their messages are stable across 8.x. */
const connectionMessages: [RegExp, string][] = [
  [/Connection terminated/i, 'CONNECTION_TERMINATED'],
  [/not queryable|Client was closed/i, 'CONNECTION_CLOSED'],
  [/timeout exceeded when trying to connect/i, 'CONNECT_TIMEOUT'],
];

function classify(e: { code?: unknown; message?: unknown }): FaultInfo | undefined {
  const code = typeof e.code === 'string' ? e.code : '';
  if (connectFailures.has(e)) return { fault: 'unavailable', code: code || 'CONNECT_FAILED' };
  if (/^SQLITE_(FULL|IOERR|READONLY)/.test(code)) return { fault: 'cannot_save', code };
  if (/^SQLITE_(BUSY|CANTOPEN)/.test(code)) return { fault: 'unavailable', code };
  if (code === 'ENOSPC' || code === 'EROFS' || code === 'EDQUOT') return { fault: 'cannot_save', code };
  if (unreachableErrnos.has(code)) return { fault: 'unavailable', code };
  // SQLSTATE: 53100 disk full, 25006 read-only transaction (a standby after failover); class 08
  // connection exceptions, 57P01-57P03 shutdown and start-up, the rest of 53 (memory, connections).
  if (code === '53100' || code === '25006') return { fault: 'cannot_save', code };
  if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || /^53[0-9A-Z]{3}$/.test(code)) return { fault: 'unavailable', code };
  const message = typeof e.message === 'string' ? e.message : '';
  for (const [pattern, name] of connectionMessages) if (pattern.test(message)) return { fault: 'unavailable', code: name };
  return undefined;
}

/**
 * The database fault behind an error, looking through `cause` (better-auth and others wrap what the
 * driver threw) and AggregateError (Node tries each address of a host); undefined for anything else.
 */
export function databaseFault(error: unknown, depth = 0): FaultInfo | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const found = classify(error as { code?: unknown; message?: unknown });
  if (found) return found;
  if (error instanceof AggregateError) for (const inner of error.errors) {
    const innerFound = databaseFault(inner, depth + 1);
    if (innerFound) return innerFound;
  }
  return databaseFault((error as { cause?: unknown }).cause, depth + 1);
}
