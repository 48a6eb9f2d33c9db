// Proof that the bulk loader writes what itemCreator writes: the same sample catalogue loaded both
// ways into two fresh databases of one dialect, then every table compared row by row (ids included,
// created_at/updated_at and catalogue_version left out), the search index compared token by token
// (PostgreSQL: tsv::text; SQLite: the FTS5 index read back through fts5vocab), and
// SearchIndex.match compared for every benchmark query.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';
import { searchIndexOf } from '../../src/db/search/index.js';
import { queryClauses } from '../../src/features/search/text.js';
import { createPostgresDatabase } from './databases.js';
import { type BenchOrganisation, queryTexts } from './generator.js';
import { loadCatalogue } from './load.js';

type Dump = Record<string, unknown[]>;

async function dump(db: Kysely<Database>, dialect: Dialect): Promise<Dump> {
  const rows = async (query: string) => (await sql.raw<Record<string, unknown>>(query).execute(db)).rows;
  const out: Dump = {
    items: await rows(
      'select id, type, slug, kind, cost, link, document_url, starts_on, ends_on, published_on, source_locale, source from items order by id',
    ),
    item_texts: await rows('select * from item_texts order by item_id, locale'),
    item_organisations: await rows('select * from item_organisations order by item_id, organisation_id'),
    item_policy_areas: await rows('select * from item_policy_areas order by item_id, policy_area'),
    item_beneficiaries: await rows('select * from item_beneficiaries order by item_id, beneficiary'),
    item_coverage: await rows('select * from item_coverage order by item_id, area'),
    item_languages: await rows('select * from item_languages order by item_id, language'),
    organisations: await rows('select id, slug from organisations order by id'),
    search_documents: await rows('select id, doc_type, doc_id, locale, head from search_documents order by id'),
  };
  if (dialect === 'postgres') {
    out.tokens = await rows('select id, tsv::text as tsv from search_documents order by id');
  } else {
    // Contentless FTS5 keeps only the index; fts5vocab reads every (term, row, column, offset) back.
    await sql`create virtual table temp.bench_vocab using fts5vocab(main, search_fts, instance)`.execute(db);
    const instances = (await sql<{ term: string; doc: number; col: string; offset: number }>`select term, doc, col, "offset" from temp.bench_vocab`.execute(db)).rows;
    const byDoc = new Map<string, string[]>();
    for (const r of instances) {
      const key = `${r.doc}:${r.col}`;
      const list = byDoc.get(key) ?? [];
      list[r.offset] = r.term;
      byDoc.set(key, list);
    }
    out.tokens = [...byDoc.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, terms]) => `${key} ${terms.join(' ')}`);
    await sql`drop table temp.bench_vocab`.execute(db);
  }
  const index = searchIndexOf(db);
  out.matches = [];
  for (const { q } of queryTexts) {
    const keys = [...new Set(await index.matchKeys(db, queryClauses(q)))].sort((a, b) => a - b);
    out.matches.push({ q, hits: keys.map(String) });
  }
  return out;
}

function firstDifference(a: unknown[], b: unknown[]): string | undefined {
  if (a.length !== b.length) return `${a.length} rows with itemCreator, ${b.length} with the bulk loader`;
  for (let i = 0; i < a.length; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) return `row ${i}: itemCreator ${x.slice(0, 300)} ≠ bulk ${y.slice(0, 300)}`;
  }
  return undefined;
}

export interface VerifyResult {
  dialect: Dialect;
  solutions: number;
  resources: number;
  ok: boolean;
  /** table → rows compared */
  compared: Record<string, number>;
  differences: string[];
  ms: number;
}

export async function verifyBulkLoader(
  dialect: Dialect,
  options: { adminUrl: string; seed: number; organisations: BenchOrganisation[]; solutions: number; resources: number; stemCacheDir: string },
): Promise<VerifyResult> {
  const started = performance.now();
  const dumps: Dump[] = [];
  for (const loader of ['creator', 'bulk'] as const) {
    const pgDb = dialect === 'postgres' ? await createPostgresDatabase(options.adminUrl, `verify_${loader}`) : undefined;
    const opened = openDatabase(pgDb ? { databaseUrl: pgDb.url, poolSize: 2 } : { sqliteFile: ':memory:' });
    try {
      // Small batches, so that several bulk batches and transactions are exercised.
      await loadCatalogue(opened.db, opened.dialect, { ...options, loader, batch: 97, stemCacheDir: `${options.stemCacheDir}/verify` });
      dumps.push(await dump(opened.db, opened.dialect));
    } finally {
      await opened.db.destroy();
      await pgDb?.drop();
    }
  }
  const [creator, bulk] = dumps as [Dump, Dump];
  const differences: string[] = [];
  const compared: Record<string, number> = {};
  for (const table of Object.keys(creator)) {
    compared[table] = creator[table]!.length;
    const diff = firstDifference(creator[table]!, bulk[table]!);
    if (diff) differences.push(`${table}: ${diff}`);
  }
  return { dialect, solutions: options.solutions, resources: options.resources, ok: differences.length === 0, compared, differences, ms: performance.now() - started };
}
