// One measurement process of bench/search.ts: one dialect, one catalogue size. It is a server without
// its socket: it loads the app's code (createApp; bundled by bench/search.ts as scripts/build.mjs
// bundles the server for npm start), opens the database as the server does, builds the facet index,
// then times the cases in-process. Running alone, its resident memory is the
// server's. Run by bench/search.ts as: node --expose-gc bench/out/search-worker.js <config.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { createApp } from '../../src/app.js';
import { type Dialect, openDatabase } from '../../src/db/database.js';
import { searchIndexOf } from '../../src/db/search/index.js';
import { FacetIndex } from '../../src/features/catalogue/facet-index.js';
import { type CatalogueQuery, searchCatalogue } from '../../src/features/catalogue/search.js';
import { TermIndexCache } from '../../src/features/search/term-index.js';
import { queryClauses } from '../../src/features/search/text.js';
import { createLogger } from '../../src/logger.js';
import { createDeps } from '../../src/deps.js';
import { type FacetValues, browseQueries, queryTexts, textQueries } from './generator.js';
import { type Latency, latency, median, round } from './stats.js';

export interface WorkerConfig {
  dialect: Dialect;
  sqliteFile?: string;
  databaseUrl?: string;
  seed: number;
  queries: number;
  warmup: number;
  facetValues: FacetValues;
  outFile: string;
  label: string;
}

export interface Memory {
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  arrayBuffersMB: number;
}

export interface CaseResult {
  latency: Latency;
  /** Per query text (cases a and c): latency and the number of matches. */
  byQuery?: Record<string, { n: number; p50: number; max: number; matches: number }>;
  /** Matching items (a, b: the result total; c: hits). */
  matches: Latency;
}

export interface WorkerResult {
  label: string;
  dialect: Dialect;
  items: number;
  searchDocuments: number;
  facetIndex: { firstBuildMs: number; rebuildMedianMs: number; rebuildsMs: number[]; size: number };
  /** The term index (features/search/term-index.ts): which texts hold each token. */
  termIndex: { firstBuildMs: number; rebuildMedianMs: number; rebuildsMs: number[]; texts: number };
  memory: {
    /** the app's code loaded (createApp), the database opened, nothing read yet; settled */
    baseline: Memory;
    /** right after the first facet index build (what the process holds at that moment) */
    afterFacetIndex: Memory;
    /** the same once settled: a few full GCs a second apart, as V8's memory reducer does on an idle server */
    afterFacetIndexSettled: Memory;
    /** right after the last measured query (the garbage of a busy server included) */
    afterQueries: Memory;
    /** the same once settled */
    afterQueriesSettled: Memory;
    /** the largest resident set seen after any query of (a), (a) cold and (b) (a busy server, index builds and (c) excluded) */
    maxDuringQueriesMB: number;
    /** the process's peak resident set (VmHWM) over the first build and the queries */
    peakRssMB: number;
    /** the same once the facet index and the term index were rebuilt 3 more times (each catalogue write makes every server rebuild both) */
    peakWithRebuildsMB: number;
  };
  cases: { text: CaseResult; textCold: CaseResult; site: CaseResult; siteCold: CaseResult; bad: CaseResult; browse: CaseResult; match: CaseResult };
  ratio: { p50: number; p95: number; p99: number };
  elapsedMs: number;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * V8 keeps freed heap pages for a while and gives them back step by step when the process is idle
 * (its memory reducer, over some seconds). Full GCs a second apart, until the resident set stops
 * shrinking (at most 12 s), reach the same level without waiting for it.
 */
async function settled(): Promise<Memory> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 12; i++) {
    gc();
    await sleep(1000);
    const rss = process.memoryUsage.rss();
    if (last - rss < 1024 * 1024) break;
    last = rss;
  }
  return memory();
}

/**
 * The process's peak resident set in MB: VmHWM of /proc/self/status, the high-water mark of this
 * program's memory. getrusage's maxrss is no use here: Linux carries it over from the parent through
 * fork and exec, so it gave the benchmark's own peak (its stems cache: 0.9–1.2 GB), not this process's.
 */
function peakRss(): number {
  const kB = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kB ? round(Number(kB) / 1024, 1) : Number.NaN;
}

function memory(): Memory {
  const m = process.memoryUsage();
  const mb = (n: number) => round(n / 1024 / 1024, 1);
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external), arrayBuffersMB: mb(m.arrayBuffers) };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

function summarise(samples: { ms: number; q?: string; matches: number }[]): CaseResult {
  const result: CaseResult = { latency: latency(samples.map((s) => s.ms)), matches: latency(samples.map((s) => s.matches)) };
  if (samples.some((s) => s.q !== undefined)) {
    const groups = new Map<string, { ms: number[]; matches: number }>();
    for (const s of samples) {
      const g = groups.get(s.q!) ?? { ms: [], matches: 0 };
      g.ms.push(s.ms);
      g.matches = Math.max(g.matches, s.matches);
      groups.set(s.q!, g);
    }
    result.byQuery = Object.fromEntries(
      [...groups].map(([q, g]) => [q, { n: g.ms.length, p50: round(median(g.ms), 3), max: round(Math.max(...g.ms), 3), matches: g.matches }]),
    );
  }
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as WorkerConfig;
  const log = (message: string) => console.log(`  [${config.label}] ${message}`);

  // As src/server.ts: the app's code loaded, the database opened with the default pool.
  const opened = openDatabase(config.dialect === 'postgres' ? { databaseUrl: config.databaseUrl } : { sqliteFile: config.sqliteFile! });
  const { db } = opened;
  const deps = createDeps({
    db,
    dialect: opened.dialect,
    logger: createLogger('warn'),
    fallbackUrl: 'http://localhost',
    secret: 'bench-secret-bench-secret-bench-secret',
    pageCacheSeconds: 60,
    mail: { from: 'E4D Hub <bench@localhost>' },
  });
  const { facets } = deps;
  createApp(deps);
  const baseline = await settled();

  // What a server builds before its first search, and again after each catalogue write: the facet
  // index and the term index.
  const [firstBuildMs, index] = await timed(() => facets.get(db));
  const [termBuildMs, terms] = await timed(() => facets.terms.get(db));
  const afterFacetIndex = memory();
  const afterFacetIndexSettled = await settled();
  const searchDocuments = Number((await db.selectFrom('searchDocuments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  log(
    `facet index of ${index.size} items built in ${Math.round(firstBuildMs)} ms, term index of ${terms.size} texts in ${Math.round(termBuildMs)} ms; ` +
      `RSS ${baseline.rssMB} MB before, ${afterFacetIndex.rssMB} MB right after, ${afterFacetIndexSettled.rssMB} MB settled`,
  );

  // The term index must find what the database finds, at this size too (a unit test holds it on the demo content).
  for (const { q } of queryTexts) {
    const distinct = (keys: Int32Array) => [...new Set(keys)].sort((a, b) => a - b).join(',');
    const clauses = queryClauses(q);
    if (distinct(terms.matchKeys(clauses)) !== distinct(await searchIndexOf(db).matchKeys(db, clauses))) {
      throw new Error(`the term index and the database find different documents for ${JSON.stringify(q)}`);
    }
  }
  log(`the term index finds what the database finds for the ${queryTexts.length} query texts`);

  const texts = textQueries(config.seed, config.warmup + config.queries, config.facetValues);
  const browses = browseQueries(config.seed, config.warmup + config.queries, config.facetValues);
  const matchIndex = searchIndexOf(db);

  const runText = async (c: { q: string; query: CatalogueQuery }) => {
    const [ms, result] = await timed(() => searchCatalogue(db, facets, c.query));
    return { ms, q: c.q, matches: result.page.total };
  };
  // (a) cold: the same, with no match or score cached (as for the first query of each text after a
  // catalogue write, once the indexes are rebuilt).
  const runTextCold = async (c: { q: string; query: CatalogueQuery }) => {
    (await facets.get(db)).forgetMatches();
    return runText(c);
  };
  const runBrowse = async (query: CatalogueQuery) => {
    const [ms, result] = await timed(() => searchCatalogue(db, facets, query));
    return { ms, matches: result.page.total };
  };
  // (c): the same texts as (a), through SearchIndex.matchKeys only (clauses made beforehand): the
  // database's full-text match, every type at once (the server matches with its term index instead).
  const runMatch = async (c: { q: string; query: CatalogueQuery }) => {
    const clauses = queryClauses(c.q);
    const [ms, keys] = await timed(() => matchIndex.matchKeys(db, clauses));
    return { ms, q: c.q, matches: keys.length };
  };

  let maxDuringQueries = 0;
  const measure = async <C, R>(name: string, cases: C[], run: (c: C) => Promise<R>): Promise<R[]> => {
    for (const c of cases.slice(0, config.warmup)) await run(c);
    gc();
    const out: R[] = [];
    for (const c of cases.slice(config.warmup)) {
      out.push(await run(c));
      maxDuringQueries = Math.max(maxDuringQueries, process.memoryUsage.rss());
    }
    log(`${name}: ${out.length} queries done`);
    return out;
  };
  // (d): the site-wide search of /search and /api/v1/search, every type in one list, with the
  // filters that apply to every type (policy area, country) and the catalogue's for the rest.
  const runSite = async (c: { q: string; query: CatalogueQuery }) => {
    const filters = c.query.types.length === 2 ? c.query.filters : { ...c.query.filters, type: c.query.types[0] };
    const [ms, result] = await timed(() => deps.siteSearch.search(db, { q: c.q, filters, page: c.query.page, pageSize: 20, locale: c.query.locale }));
    return { ms, q: c.q, matches: result.page.total };
  };
  const runSiteCold = async (c: { q: string; query: CatalogueQuery }) => {
    (await facets.get(db)).forgetMatches();
    deps.siteSearch.forgetMatches();
    return runSite(c);
  };
  const text = summarise(await measure('(a) text + facets', texts, runText));
  const textCold = summarise(await measure('(a) cold, nothing cached', texts, runTextCold));
  const site = summarise(await measure('(d) site-wide search', texts, runSite));
  const siteCold = summarise(await measure('(d) cold, nothing cached', texts, runSiteCold));
  // (e): what issue 14 calls bad input, through the site-wide search with nothing cached: stopwords only,
  // punctuation only, 200 letters of one kind, mixed scripts, a long typo.
  const badTexts = ['the of and', '!!! ??? ... ---', 'a'.repeat(200), 'payments платежи 支付 مدفوعات', 'mobilemoneyinteroperabilty'];
  const bad = summarise(await measure('(e) bad input, cold', texts.map((c, i) => ({ ...c, q: badTexts[i % badTexts.length]!, query: { ...c.query, q: badTexts[i % badTexts.length]! } })), runSiteCold));
  const browse = summarise(await measure('(b) browse + facets', browses, runBrowse));
  // The server's own work ends here: (c) is not what it runs (it would keep a row per match).
  const maxDuringServerQueries = maxDuringQueries;
  const match = summarise(await measure('(c) SearchIndex.matchKeys', texts, runMatch));

  const afterQueries = memory();
  const afterQueriesSettled = await settled();
  const peakRssMB = peakRss();

  // Rebuilds last, so that their garbage does not weigh on the figures above. A server rebuilds
  // while the previous index is still in use, as here.
  const rebuildsMs: number[] = [];
  const termRebuildsMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    rebuildsMs.push((await timed(() => FacetIndex.load(db)))[0]);
    termRebuildsMs.push((await timed(() => new TermIndexCache().get(db)))[0]);
  }
  const peakWithRebuildsMB = peakRss();
  const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  log(`3 rebuilds of the facet index: ${list(rebuildsMs)} ms, of the term index: ${list(termRebuildsMs)} ms; peak RSS ${peakRssMB} MB, with the rebuilds ${peakWithRebuildsMB} MB`);

  const result: WorkerResult = {
    label: config.label,
    dialect: config.dialect,
    items: index.size,
    searchDocuments,
    facetIndex: { firstBuildMs: round(firstBuildMs, 1), rebuildMedianMs: round(median(rebuildsMs), 1), rebuildsMs: rebuildsMs.map((x) => round(x, 1)), size: index.size },
    termIndex: { firstBuildMs: round(termBuildMs, 1), rebuildMedianMs: round(median(termRebuildsMs), 1), rebuildsMs: termRebuildsMs.map((x) => round(x, 1)), texts: terms.size },
    memory: { baseline, afterFacetIndex, afterFacetIndexSettled, afterQueries, afterQueriesSettled, maxDuringQueriesMB: round(maxDuringServerQueries / 1024 / 1024, 1), peakRssMB, peakWithRebuildsMB },
    cases: { text, textCold, site, siteCold, bad, browse, match },
    ratio: {
      p50: round(text.latency.p50 / match.latency.p50, 2),
      p95: round(text.latency.p95 / match.latency.p95, 2),
      p99: round(text.latency.p99 / match.latency.p99, 2),
    },
    elapsedMs: round(performance.now() - started),
  };
  writeFileSync(config.outFile, JSON.stringify(result, null, 2));
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
