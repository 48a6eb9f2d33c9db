import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { Database } from './schema.js';

/** Below this much room for the SQLite database to grow, the hub reports that it cannot save. */
export const minimumRoomBytes = 1024 * 1024;

/**
 * Whether the database answers and can write, for /readyz: an upsert of a heartbeat row (hub_meta
 * 'readyz', which nothing reads: no cache, facet index or audit entry depends on it) and, on SQLite,
 * the room left for the database to grow. A small upsert rewrites a page that already exists, so it
 * still succeeds on a full disk; the writes of a request need new pages. Throws what went wrong.
 */
export async function probeDatabase(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('hubMeta')
    .values({ key: 'readyz', value: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: now }))
    .execute();
  if (dialect === 'sqlite') await checkSqliteRoom(db);
}

/** Free pages inside the file, plus what it may still grow: up to max_page_count and the disk's free space. */
async function checkSqliteRoom(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ pageSize: number; pageCount: number; maxPageCount: number; freelistCount: number; file: string }>`
    select page_size, page_count, max_page_count, freelist_count, (select file from pragma_database_list where name = 'main') as file
    from pragma_page_size(), pragma_page_count(), pragma_max_page_count(), pragma_freelist_count()`.execute(db);
  const { pageSize, pageCount, maxPageCount, freelistCount, file } = rows[0]!;
  let growth = (maxPageCount - pageCount) * pageSize;
  if (file) {
    const disk = await statfs(path.dirname(file));
    growth = Math.min(growth, disk.bavail * disk.bsize);
  }
  const room = freelistCount * pageSize + growth;
  if (room < minimumRoomBytes) {
    throw Object.assign(new Error(`only ${Math.floor(room / 1024)} KiB left for the database`), { code: 'SQLITE_FULL' });
  }
}
