/**
 * True when a write failed on a unique constraint or index, on either database: PostgreSQL names the
 * constraint (`constraint`, SQLSTATE 23505); SQLite names the columns in its message
 * ("UNIQUE constraint failed: events.slug").
 */
export function isUniqueViolation(error: unknown, target: { constraint: string; columns: string }): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code === '23505') return e.constraint === target.constraint;
  return typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT') && typeof e.message === 'string' && e.message.includes(target.columns);
}
