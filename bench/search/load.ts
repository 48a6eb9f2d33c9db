// Loading a synthetic catalogue fast: the same rows itemCreator writes (src/features/catalogue/commands.ts),
// but many items per statement and one transaction per batch. The search texts are stemmed with the
// app's own indexText and written with the same SQL as the app's SearchIndex.replace (FTS5 rows, or
// setweight(to_tsvector('simple', …)) on PostgreSQL). catalogue_version is bumped once per load.
// bench/search/verify.ts checks, on both databases, that this gives exactly what itemCreator gives.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { loadReferenceData } from '../../data/loader.js';
import type { Dialect } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { fts5RowId } from '../../src/db/search/fts5.js';
import { headOf } from '../../src/db/search/index.js';
import { reindexIfStale } from '../../src/features/search/reindex.js';
import type { Database } from '../../src/db/schema.js';
import { catalogueVersionBumper, itemCreator, itemRow } from '../../src/features/catalogue/commands.js';
import type { ItemSeed, ItemType } from '../../src/features/catalogue/types.js';
import { organisationCreator } from '../../src/features/organisations/commands.js';
import { type BenchOrganisation, itemGenerator } from './generator.js';
import { type IndexedText, StemPool, textsOf } from './stem.js';

const distinct = <T>(values: T[]) => [...new Set(values)];

/** Rows of many items at once; `chunk` keeps each statement under the parameter limits (SQLite 32 766, PostgreSQL 65 535). */
async function insertChunked<T>(rows: T[], perRow: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  const size = Math.max(1, Math.floor(30_000 / perRow));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Insert a batch of items in one transaction: items, texts, taxonomy links, search documents. */
export async function bulkInsert(db: Kysely<Database>, dialect: Dialect, items: ItemSeed[], stemmed: IndexedText[][], organisationIds: Map<string, number>): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    for (const seed of items) {
      if (!seed.text[seed.sourceLocale]) throw new Error(`Item ${seed.slug} has no text in its source language ${seed.sourceLocale}.`);
      const missing = seed.organisations.filter((slug) => !organisationIds.has(slug));
      if (missing.length) throw new Error(`Item ${seed.slug}: unknown organisation(s) ${missing.join(', ')}`);
    }
    const now = new Date().toISOString();
    const idOf = new Map<string, number>();
    await insertChunked(items, 16, async (chunk) => {
      const rows = await trx
        .insertInto('items')
        .values(
          chunk.map((seed) => itemRow(seed, now)),
        )
        .returning(['id', 'type', 'slug'])
        .execute();
      for (const r of rows) idOf.set(`${r.type}:${r.slug}`, r.id);
    });
    const ids = items.map((seed) => idOf.get(`${seed.type}:${seed.slug}`)!);

    const texts = items.flatMap((seed, i) => textsOf(seed).map(([locale, t]) => ({ itemId: ids[i]!, locale, title: t.title, summary: t.summary, description: t.description, eligibility: t.eligibility })));
    await insertChunked(texts, 6, (chunk) => trx.insertInto('itemTexts').values(chunk).execute());
    // Each list without repeats, positions as itemCreator numbers them.
    const organisations = items.flatMap((seed, i) => distinct(seed.organisations).map((slug, position) => ({ itemId: ids[i]!, organisationId: organisationIds.get(slug)!, position })));
    await insertChunked(organisations, 3, (chunk) => trx.insertInto('itemOrganisations').values(chunk).execute());
    const policyAreas = items.flatMap((seed, i) => distinct(seed.policyAreas).map((policyArea) => ({ itemId: ids[i]!, policyArea })));
    await insertChunked(policyAreas, 2, (chunk) => trx.insertInto('itemPolicyAreas').values(chunk).execute());
    const beneficiaries = items.flatMap((seed, i) => distinct(seed.beneficiaries).map((beneficiary) => ({ itemId: ids[i]!, beneficiary })));
    await insertChunked(beneficiaries, 2, (chunk) => trx.insertInto('itemBeneficiaries').values(chunk).execute());
    const coverage = items.flatMap((seed, i) => distinct(seed.coverage).map((area) => ({ itemId: ids[i]!, area })));
    await insertChunked(coverage, 2, (chunk) => trx.insertInto('itemCoverage').values(chunk).execute());
    const languages = items.flatMap((seed, i) => distinct(seed.languages).map((language) => ({ itemId: ids[i]!, language })));
    await insertChunked(languages, 2, (chunk) => trx.insertInto('itemLanguages').values(chunk).execute());

    const docs = items.flatMap((seed, i) => stemmed[i]!.map((t) => ({ docType: seed.type as ItemType, docId: ids[i]!, ...t })));
    await writeSearchDocuments(trx, dialect, docs);
    return ids;
  });
}

type Doc = IndexedText & { docType: ItemType; docId: number };

/** What SearchIndex.replace writes for a new document (its remove() finds nothing to delete for a new item). */
async function writeSearchDocuments(trx: Kysely<Database>, dialect: Dialect, docs: Doc[]): Promise<void> {
  if (dialect === 'postgres') {
    // The expression of postgresIndex.replace (src/db/search/postgres.ts), many rows per statement.
    await insertChunked(docs, 6, (chunk) =>
      sql`insert into search_documents (doc_type, doc_id, locale, head, tsv) values ${sql.join(
        chunk.map((d) => sql`(${d.docType}, ${d.docId}, ${d.locale}, ${headOf(d)}, strip(to_tsvector('simple', ${`${d.title} ${d.summary} ${d.body}`})))`),
      )}`.execute(trx),
    );
    return;
  }
  // fts5Index.replace (src/db/search/fts5.ts): a search_documents row, then the FTS row, both with the text's fts5RowId.
  await insertChunked(docs, 4, async (chunk) => {
    const rows = chunk.map((d) => ({ id: fts5RowId(d.docType, d.docId, d.locale), ...d }));
    await trx
      .insertInto('searchDocuments')
      .values(rows.map((d) => ({ id: d.id, docType: d.docType, docId: d.docId, locale: d.locale, head: headOf(d) })))
      .execute();
    await sql`insert into search_fts (rowid, title, summary, body) values ${sql.join(rows.map((d) => sql`(${d.id}, ${d.title}, ${d.summary}, ${d.body})`))}`.execute(trx);
  });
}

// ---------------------------------------------------------------- a whole catalogue

export type Loader = 'bulk' | 'creator';

export interface LoadStats {
  loader: Loader;
  solutions: number;
  resources: number;
  texts: number;
  /** Wall time of the whole load, and its parts (ms). */
  totalMs: number;
  migrateMs: number;
  referenceAndOrganisationsMs: number;
  generateMs: number;
  /** Waiting for the stemmed texts: indexText on worker threads (overlapping the writes), or reading them from the cache. */
  stemMs: number;
  stemCachedBatches: number;
  /** Database writes (for the creator loader: itemCreator, stemming included). */
  writeMs: number;
  /** PostgreSQL: VACUUM (ANALYZE) after the load, as autovacuum would do; SQLite: WAL checkpoint. */
  maintenanceMs: number;
  itemsPerSecond: number;
}

export interface LoadOptions {
  seed: number;
  solutions: number;
  resources: number;
  organisations: BenchOrganisation[];
  loader: Loader;
  batch: number;
  /** Worker threads stemming ahead of the writes (default 1: on the 2-core benchmark machine a second one gave nothing, stemming is memory-bound). */
  stemThreads?: number;
  /** Stemmed texts of each batch are kept here and reused by the next dialect or size. */
  stemCacheDir: string;
  progress?: (done: number, total: number) => void;
}

/** Migrate an empty database and fill it with the catalogue; the caller owns `db`. */
export async function loadCatalogue(db: Kysely<Database>, dialect: Dialect, options: LoadOptions): Promise<LoadStats> {
  const started = performance.now();
  const stats: LoadStats = {
    loader: options.loader,
    solutions: options.solutions,
    resources: options.resources,
    texts: 0,
    totalMs: 0,
    migrateMs: 0,
    referenceAndOrganisationsMs: 0,
    generateMs: 0,
    stemMs: 0,
    stemCachedBatches: 0,
    writeMs: 0,
    maintenanceMs: 0,
    itemsPerSecond: 0,
  };
  let t = performance.now();
  await migrateToLatest(db);
  await reindexIfStale(db); // an empty index: marks it current, as the server's start would
  stats.migrateMs = performance.now() - t;

  t = performance.now();
  await loadReferenceData(db);
  await db.transaction().execute(async (trx) => {
    for (const o of options.organisations) await organisationCreator(trx, o.seed);
  });
  const organisationIds = new Map((await db.selectFrom('organisations').select(['id', 'slug']).execute()).map((r) => [r.slug, r.id]));
  stats.referenceAndOrganisationsMs = performance.now() - t;

  const generate = itemGenerator(options.seed, options.organisations);
  mkdirSync(options.stemCacheDir, { recursive: true });
  const total = options.solutions + options.resources;
  const batches: { type: ItemType; from: number; to: number }[] = [];
  for (const [type, count] of [['solution', options.solutions], ['resource', options.resources]] as const) {
    for (let from = 0; from < count; from += options.batch) batches.push({ type, from, to: Math.min(count, from + options.batch) });
  }
  const cacheFile = (b: (typeof batches)[number]) => path.join(options.stemCacheDir, `${options.seed}-${b.type}-${b.from}-${b.to}.json`);
  // Stemming runs ahead on the worker threads while this thread writes the batch before.
  const uncached = options.loader === 'bulk' ? batches.filter((b) => !existsSync(cacheFile(b))).length : 0;
  const pool = uncached > 0 ? new StemPool(options.seed, options.organisations, Math.min(options.stemThreads ?? 1, uncached)) : undefined;
  const ahead = new Map<number, Promise<IndexedText[][]>>();
  const request = (k: number) => {
    const b = batches[k];
    if (!b || ahead.has(k) || options.loader !== 'bulk') return;
    const file = cacheFile(b);
    if (existsSync(file)) stats.stemCachedBatches += 1;
    const stemmed = existsSync(file)
      ? Promise.resolve(JSON.parse(readFileSync(file, 'utf8')) as IndexedText[][])
      : pool!.stem(b.type, b.from, b.to).then((result) => {
          writeFileSync(file, JSON.stringify(result));
          return result;
        });
    stemmed.catch(() => {}); // awaited in its turn; not an unhandled rejection meanwhile
    ahead.set(k, stemmed);
  };
  let done = 0;
  try {
    for (let k = 0; k < batches.length; k++) {
      const b = batches[k]!;
      for (let j = k; j <= k + (pool?.size ?? 0); j++) request(j);
      t = performance.now();
      const items = generate(b.type, b.from, b.to);
      stats.generateMs += performance.now() - t;
      stats.texts += items.reduce((n, seed) => n + Object.keys(seed.text).length, 0);
      t = performance.now();
      if (options.loader === 'creator') {
        await db.transaction().execute(async (trx) => {
          for (const seed of items) await itemCreator(trx, seed);
        });
        stats.writeMs += performance.now() - t;
      } else {
        const stemmed = await ahead.get(k)!;
        ahead.delete(k);
        // Time waited for the stems (the stemming itself overlaps the writes).
        stats.stemMs += performance.now() - t;
        t = performance.now();
        await bulkInsert(db, dialect, items, stemmed, organisationIds);
        stats.writeMs += performance.now() - t;
      }
      done += items.length;
      options.progress?.(done, total);
    }
  } finally {
    await pool?.close();
  }
  t = performance.now();
  if (options.loader === 'bulk') await db.transaction().execute((trx) => catalogueVersionBumper(trx));
  if (dialect === 'postgres') await sql`vacuum (analyze)`.execute(db);
  else await sql`pragma wal_checkpoint(truncate)`.execute(db);
  stats.maintenanceMs = performance.now() - t;
  stats.totalMs = performance.now() - started;
  stats.itemsPerSecond = total / (stats.totalMs / 1000);
  return stats;
}
