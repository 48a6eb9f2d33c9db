import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SourceFile } from './source-file.js';

export interface ImportResult {
  /** The batch that holds the file's rows: a new one, or the earlier import of the same content. */
  batchId: number;
  /** Rows in the file. */
  rows: number;
  /** True when the same content was already imported: nothing was written. */
  unchanged: boolean;
}

/** Where an import is, for a progress bar: checking the rows, then writing them. */
export type ImportProgress = (progress: { phase: 'checking' | 'writing'; done: number; total: number }) => void;

export type ImportKind = 'b2c' | 'indicators';

export async function batchCreator(trx: Kysely<Database>, kind: ImportKind, file: SourceFile, rows: number, by: string): Promise<number> {
  const { id } = await trx
    .insertInto('importBatches')
    .values({ kind, fileName: file.name, sha256: file.sha256, rows, importedAt: new Date().toISOString(), importedBy: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Insert rows in slices, so that no statement passes the databases' limits on bound parameters. */
export async function insertInSlices<T>(
  rows: readonly T[],
  size: number,
  insert: (slice: T[]) => Promise<unknown>,
  onSlice?: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
    onSlice?.(Math.min(i + size, rows.length));
  }
}
