import { csvText } from '../../lib/csv.js';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../../db/schema.js';

/** Who did something: the signed-in user (if any) and where from. */
export interface Actor {
  userId: string | null;
  email: string | null;
  ip: string | null;
}

export type Changes = Record<string, [unknown, unknown]>;

/** A row of the audit log (the table's fields, schema.ts), its changes read back from JSON. */
export interface AuditEntry extends Omit<Selectable<AuditLogTable>, 'changes'> {
  /** { field: [before, after] }; a field missing on one side is undefined there (null once read back). */
  changes: Changes;
}

export interface AuditInput {
  actor: Actor;
  /** What was done: 'create', 'update', 'publish', 'delete'… */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  /** The email the log recorded for who acted, in any case: still finds the actions of a deleted account. */
  email?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The fields that differ between two versions of a record (compared as JSON); fields on one side only count. */
export function changesBetween(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const changes: Changes = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    const was = before?.[field];
    const now = after?.[field];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[field] = [was, now];
  }
  return changes;
}

/** Appends one row to the audit log: call it with the transaction of the write it records, so both happen or neither. */
export async function recordAudit(db: Kysely<Database>, entry: AuditInput): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      at: new Date().toISOString(),
      userId: entry.actor.userId,
      userEmail: entry.actor.email,
      ipAddress: entry.actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      changes: JSON.stringify(changesBetween(entry.before ?? null, entry.after ?? null)),
    })
    .execute();
}

/** The entries a filter selects (limit and offset aside). */
function auditScope(db: Kysely<Database>, filter: AuditFilter) {
  let scope = db.selectFrom('auditLog');
  if (filter.entityType !== undefined) scope = scope.where('entityType', '=', filter.entityType);
  if (filter.entityId !== undefined) scope = scope.where('entityId', '=', filter.entityId);
  if (filter.userId !== undefined) scope = scope.where('userId', '=', filter.userId);
  const email = filter.email;
  if (email !== undefined) scope = scope.where((eb) => eb(eb.fn<string>('lower', ['userEmail']), '=', email.toLowerCase()));
  return scope;
}

/** Audit entries, newest first. */
export async function auditEntries(db: Kysely<Database>, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const rows = await auditScope(db, filter)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as Changes }));
}

/** How many audit entries the filter selects, for paging (limit and offset are ignored). */
export async function auditCount(db: Kysely<Database>, filter: AuditFilter = {}): Promise<number> {
  const { n } = await auditScope(db, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  // pg returns counts as strings.
  return Number(n);
}

const csvHeader = ['at', 'user_email', 'ip_address', 'action', 'entity_type', 'entity_id', 'field', 'before', 'after'];

/** A value as one CSV cell: text as is, anything else as JSON, nothing as empty. */
const cell = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The entries as CSV, one line per changed field (an entry with no changed field gets one line with an
 * empty field). Cells starting with = + - @ (or a tab or carriage return) get a leading apostrophe so that a
 * spreadsheet does not run them as formulas.
 */
export function auditCsv(entries: AuditEntry[]): string {
  const rows: string[][] = [];
  for (const entry of entries) {
    const common = [entry.at, cell(entry.userEmail), cell(entry.ipAddress), entry.action, entry.entityType, entry.entityId];
    const fields = Object.entries(entry.changes);
    if (fields.length === 0) rows.push([...common, '', '', '']);
    for (const [field, [before, after]] of fields) rows.push([...common, field, cell(before), cell(after)]);
  }
  return csvText(csvHeader, rows);
}
