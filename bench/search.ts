// Catalogue search at scale: latency of searchCatalogue and of the bare full-text query, on SQLite and
// PostgreSQL, over synthetic catalogues of 10 000 and 100 000 solutions.
// Run: npm run bench:search   (environment variables: see bench/README.md)
//
// For each size and dialect: a fresh database (SQLite: a file in a temporary directory; PostgreSQL: a
// new database beside BENCH_DATABASE_URL), loaded by bench/search/load.ts (the rows itemCreator
// writes, in batches). Then a separate process (bench/search/worker.ts: the app's code, the database
// opened as the server opens it, bundled like the server, so its resident memory is the server's) builds the facet index and
// times (a) a text query with all facet counts, (b) browsing with filters and facets, (c)
// SearchIndex.matchKeys alone. Before that, bench/search/verify.ts checks on each dialect that the bulk
// loader writes exactly what itemCreator writes. Databases and files are removed at the end, on error
// and on Ctrl-C.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { type Dialect, openDatabase } from '../src/db/database.js';
import { printProfileSummary, summariseProfile, type ProfileSummary } from './cpuprofile.js';
import { checkPostgres, createPostgresDatabase, removeEverything, removeTempDir, removeTempDirsSync, safeUrl, tempDir } from './search/databases.js';
import { type BenchOrganisation, facetValues, organisations, queryTexts } from './search/generator.js';
import { type LoadStats, type Loader, loadCatalogue } from './search/load.js';
import { loadOtherDocuments } from './search/others.js';
import { mb, ms, round, table, thousands } from './search/stats.js';
import { type VerifyResult, verifyBulkLoader } from './search/verify.js';
import type { WorkerConfig, WorkerResult } from './search/worker.js';
import { intEnv, listEnv, numberEnv } from './env.js';
import { describeMachine as machineBasics } from './machine.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- configuration

function readConfig() {
  const sizes = listEnv('BENCH_SIZES', ['10000', '100000']).map((v) => {
    const n = Number(v.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 10 || n > 5_000_000) throw new Error(`BENCH_SIZES: "${v}" is not a number of solutions from 10 to 5 000 000`);
    return n;
  });
  const dialects = listEnv('BENCH_DIALECTS', ['sqlite', 'postgres']).map((v) => {
    if (v !== 'sqlite' && v !== 'postgres') throw new Error(`BENCH_DIALECTS: "${v}" is not sqlite or postgres`);
    return v as Dialect;
  });
  const loader = process.env.BENCH_LOADER ?? 'bulk';
  if (loader !== 'bulk' && loader !== 'creator') throw new Error(`BENCH_LOADER must be bulk or creator (got "${loader}")`);
  return {
    /** numbers of solutions, smallest first */
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    dialects: [...new Set(dialects)],
    /** resources added per solution (0.1: 10 000 resources beside 100 000 solutions) */
    resourceRatio: numberEnv('BENCH_RESOURCE_RATIO', 0.1, 0, 10),
    /** documents of the site-wide search outside the catalogue (events, sessions, recommendations, requests) per solution */
    otherRatio: numberEnv('BENCH_OTHER_RATIO', 0.2, 0, 10),
    queries: intEnv('BENCH_QUERIES', 300, 10, 100_000),
    warmup: intEnv('BENCH_WARMUP', 50, 0, 10_000),
    seed: intEnv('BENCH_SEED', 20261128, 0, 2 ** 31 - 1),
    organisations: intEnv('BENCH_ORGANISATIONS', 200, 1, 10_000),
    batch: intEnv('BENCH_BATCH', 1000, 10, 100_000),
    /** worker threads running indexText ahead of the writes */
    stemThreads: intEnv('BENCH_STEM_THREADS', 1, 1, 64),
    loader: loader as Loader,
    databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    verify: process.env.BENCH_VERIFY !== '0',
    /** the size (solutions) the targets apply to */
    targetSize: intEnv('BENCH_TARGET_SIZE', 100_000, 1, 5_000_000),
    cpuProfile: process.env.BENCH_CPU_PROF === '1',
    enforceTarget: process.env.BENCH_ENFORCE_TARGET === '1',
  };
}

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();

const targets = {
  textP95Ms: { sqlite: 15, postgres: 30 } as Record<Dialect, number>,
  ratio: 3,
  rssMB: 200,
};

// ---------------------------------------------------------------- cleanup

const children = new Set<ChildProcess>();
let interrupted = false;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await removeEverything();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // second signal: do not wait
    interrupted = true;
    console.error(`\n${signal}: stopping, dropping the benchmark databases and removing temporary files…`);
    void cleanup().finally(() => process.exit(130));
  });
}

process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  const left = removeTempDirsSync();
  if (left.length) console.error(`PostgreSQL databases left behind (drop them by hand): ${left.join(', ')}`);
});

class Interrupted extends Error {}

// ---------------------------------------------------------------- machine

/** Resident memory of an empty Node process, and of one with tsx's loader (the server ran under tsx before decision 008). */
function runtimeBaseline(): { nodeMB: number; nodeWithTsxMB: number } {
  const rss = (args: string[]) => {
    const out = spawnSync(process.execPath, [...args, '-e', 'console.log(process.memoryUsage().rss)'], { cwd: repoRoot, encoding: 'utf8' });
    return mb(Number(out.stdout.trim()) || 0);
  };
  return { nodeMB: rss([]), nodeWithTsxMB: rss(['--import', 'tsx']) };
}

function describeMachine(postgresVersion: string | undefined) {
  return { ...machineBasics(), postgres: postgresVersion, runtimeBaseline: runtimeBaseline() };
}

// ---------------------------------------------------------------- one size on one dialect

interface Run {
  dialect: Dialect;
  solutions: number;
  resources: number;
  load: LoadStats;
  /** database size on disk after the load (SQLite file; pg_database_size) */
  databaseMB: number;
  worker: WorkerResult;
  profile?: ProfileSummary;
}

function label(dialect: Dialect, solutions: number) {
  return `${dialect} ${solutions >= 1_000_000 ? `${solutions / 1_000_000}M` : solutions >= 1000 ? `${solutions / 1000}k` : solutions}`;
}

/** The measurement process's code, bundled as scripts/build.mjs bundles the server for npm start, run with the server's Node flags and environment. */
const workerJs = path.join(repoRoot, 'bench/out/search-worker.js');
let serverNodeFlags: string[] = [];
let serverEnv: Record<string, string> = {};

function runWorker(workerConfig: WorkerConfig, work: string, profileDir: string | undefined): Promise<WorkerResult> {
  const configFile = path.join(work, `worker-${workerConfig.label.replace(/\W+/g, '-')}.json`);
  writeFileSync(configFile, JSON.stringify(workerConfig));
  const args = ['--expose-gc', ...serverNodeFlags, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), workerJs, configFile];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...serverEnv, NODE_ENV: 'production' } });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (interrupted) return reject(new Interrupted());
      if (code !== 0) return reject(new Error(`measurement process for ${workerConfig.label} failed (exit code ${code}, signal ${signal})`));
      resolve(JSON.parse(readFileSync(workerConfig.outFile, 'utf8')) as WorkerResult);
    });
  });
}

async function runOne(dialect: Dialect, solutions: number, orgs: BenchOrganisation[], work: string, stemCacheDir: string, profileRoot: string | undefined): Promise<Run> {
  const resources = Math.round(solutions * config.resourceRatio);
  const name = label(dialect, solutions);
  const total = solutions + resources;
  console.log(`\n${name}: loading ${thousands(solutions)} solutions and ${thousands(resources)} resources (${config.loader} loader, batches of ${config.batch})…`);
  const dir = dialect === 'sqlite' ? tempDir('e4d-bench-search-') : undefined;
  const pgDb = dialect === 'postgres' ? await createPostgresDatabase(config.databaseUrl, `${solutions}`) : undefined;
  const sqliteFile = dir ? path.join(dir, 'e4d-hub.sqlite') : undefined;
  try {
    const opened = openDatabase(pgDb ? { databaseUrl: pgDb.url, poolSize: 4 } : { sqliteFile: sqliteFile! });
    let load: LoadStats;
    let databaseMB: number;
    try {
      let lastPrint = Date.now();
      load = await loadCatalogue(opened.db, dialect, {
        seed: config.seed,
        solutions,
        resources,
        organisations: orgs,
        loader: config.loader,
        batch: config.batch,
        stemThreads: config.stemThreads,
        stemCacheDir,
        progress: (done) => {
          if (interrupted) throw new Interrupted();
          if (Date.now() - lastPrint > 10_000 || done === total) {
            lastPrint = Date.now();
            console.log(`  ${thousands(done)} / ${thousands(total)} items`);
          }
        },
      });
      // The site-wide search's other documents: one for every five catalogue solutions (20 000 beside 100 000).
      const others = await loadOtherDocuments(opened.db, config.seed, Math.round(solutions * config.otherRatio), orgs, config.batch);
      console.log(`  + ${thousands(others.events)} events, ${thousands(others.sessions)} sessions, ${thousands(others.recommendations)} recommendations, ${thousands(others.requests)} requests in ${thousands(others.ms)} ms`);
      databaseMB =
        dialect === 'postgres'
          ? mb(Number((await sql<{ size: number }>`select pg_database_size(current_database()) as size`.execute(opened.db)).rows[0]!.size))
          : mb(readdirSync(dir!).reduce((sum, f) => sum + statSync(path.join(dir!, f)).size, 0));
    } finally {
      await opened.db.destroy();
    }
    console.log(
      `  loaded in ${(load.totalMs / 1000).toFixed(1)} s (${thousands(load.itemsPerSecond)} items/s; waiting for stems ${(load.stemMs / 1000).toFixed(1)} s` +
        `${load.stemCachedBatches ? ` (${load.stemCachedBatches} batches from the stem cache)` : ''}, writes ${(load.writeMs / 1000).toFixed(1)} s, ` +
        `${dialect === 'postgres' ? 'VACUUM ANALYZE' : 'checkpoint'} ${(load.maintenanceMs / 1000).toFixed(1)} s); database ${databaseMB} MB`,
    );
    const profileDir = profileRoot ? path.join(profileRoot, name.replace(/\W+/g, '-')) : undefined;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    console.log(`  measuring in a separate process: ${config.warmup} warm-up then ${config.queries} queries per case…`);
    const worker = await runWorker(
      {
        dialect,
        sqliteFile,
        databaseUrl: pgDb?.url,
        seed: config.seed,
        queries: config.queries,
        warmup: config.warmup,
        facetValues: facetValues(orgs),
        outFile: path.join(work, `result-${name.replace(/\W+/g, '-')}.json`),
        label: name,
      },
      work,
      profileDir,
    );
    let profile: ProfileSummary | undefined;
    if (profileDir) {
      const file = readdirSync(profileDir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
      if (file) profile = summariseProfile(path.join(profileDir, file), repoRoot);
    }
    return { dialect, solutions, resources, load, databaseMB, worker, profile };
  } finally {
    if (dir) removeTempDir(dir);
    await pgDb?.drop();
  }
}

// ---------------------------------------------------------------- report

const caseNames = {
  text: '(a) text query + all facets',
  textCold: '(a) cold: nothing cached',
  site: '(d) site-wide search, all types',
  siteCold: '(d) cold: nothing cached',
  bad: '(e) bad input (site-wide, cold)',
  browse: '(b) browse, filters + facets',
  match: '(c) SearchIndex.matchKeys alone',
} as const;

function printResults(runs: Run[]) {
  console.log(`\nLatency in ms, in-process (${config.queries} queries per case after ${config.warmup} warm-up; one query at a time)`);
  const rows: string[][] = [];
  for (const r of runs) {
    for (const key of ['text', 'textCold', 'site', 'siteCold', 'bad', 'browse', 'match'] as const) {
      const c = r.worker.cases[key];
      rows.push([
        r.dialect,
        thousands(r.solutions),
        thousands(r.worker.items),
        caseNames[key],
        ms(c.latency.p50),
        ms(c.latency.p95),
        ms(c.latency.p99),
        ms(c.latency.mean),
        ms(c.latency.max),
        thousands(c.matches.p50),
      ]);
    }
    rows.push([r.dialect, thousands(r.solutions), thousands(r.worker.items), '(a)/(c) ratio', r.worker.ratio.p50.toFixed(2), r.worker.ratio.p95.toFixed(2), r.worker.ratio.p99.toFixed(2), '', '', '']);
  }
  console.log(table(['dialect', 'solutions', 'items', 'case', 'p50', 'p95', 'p99', 'mean', 'max', 'matches p50'], rows));

  console.log('\nMemory of the measurement process in MB (a server without its socket: the app bundled and run on plain Node as npm start does, database open)');
  console.log(
    table(
      ['dialect', 'solutions', 'RSS baseline', 'RSS after index build', 'settled', 'max RSS during queries', 'RSS after queries', 'settled', 'heapUsed busy/settled', 'arrayBuffers', 'peak RSS', 'with rebuilds', 'facet index build / rebuild ms', 'term index build / rebuild ms'],
      runs.map((r) => {
        const m = r.worker.memory;
        return [
          r.dialect,
          thousands(r.solutions),
          m.baseline.rssMB.toFixed(1),
          m.afterFacetIndex.rssMB.toFixed(1),
          m.afterFacetIndexSettled.rssMB.toFixed(1),
          m.maxDuringQueriesMB.toFixed(1),
          m.afterQueries.rssMB.toFixed(1),
          m.afterQueriesSettled.rssMB.toFixed(1),
          `${m.afterQueries.heapUsedMB.toFixed(1)} / ${m.afterQueriesSettled.heapUsedMB.toFixed(1)}`,
          m.afterQueriesSettled.arrayBuffersMB.toFixed(1),
          m.peakRssMB.toFixed(1),
          m.peakWithRebuildsMB.toFixed(1),
          `${ms(r.worker.facetIndex.firstBuildMs)} / ${ms(r.worker.facetIndex.rebuildMedianMs)}`,
          `${ms(r.worker.termIndex.firstBuildMs)} / ${ms(r.worker.termIndex.rebuildMedianMs)}`,
        ];
      }),
    ),
  );
  console.log(
    '  settled: after full GCs a second apart until the resident set stops shrinking (what V8 returns to on an idle server, some seconds\n' +
      '  later); max during queries: the largest resident set after any measured query (a busy server); peak: its high-water mark (VmHWM)\n' +
      '  over the first build and the queries; with rebuilds: after 3 more timed builds of both indexes, run last (every app server\n' +
      '  rebuilds them after every catalogue write).',
  );

  console.log('\nLoad (s)');
  console.log(
    table(
      ['dialect', 'solutions', 'items', 'texts', 'loader', 'total', 'items/s', 'migrate', 'countries + orgs', 'generate', 'stem wait', 'writes', 'vacuum/ckpt', 'DB MB'],
      runs.map((r) => [
        r.dialect,
        thousands(r.solutions),
        thousands(r.solutions + r.resources),
        thousands(r.load.texts),
        r.load.loader,
        (r.load.totalMs / 1000).toFixed(1),
        thousands(r.load.itemsPerSecond),
        (r.load.migrateMs / 1000).toFixed(2),
        (r.load.referenceAndOrganisationsMs / 1000).toFixed(2),
        (r.load.generateMs / 1000).toFixed(1),
        `${(r.load.stemMs / 1000).toFixed(1)}${r.load.stemCachedBatches ? ` (${r.load.stemCachedBatches} cached)` : ''}`,
        (r.load.writeMs / 1000).toFixed(1),
        (r.load.maintenanceMs / 1000).toFixed(1),
        r.databaseMB.toFixed(0),
      ]),
    ),
  );
  console.log(
    '  "stem wait": time the writes waited for indexText, which runs on worker thread(s) ahead of the writes; a later dialect\n' +
      '  or size reads the stems of the same items from a cache (batches cached).',
  );

  console.log('\nSlowest query texts at the largest size, (a) cold, (a) and (c), median ms (matches)');
  const largest = Math.max(...runs.map((r) => r.solutions));
  for (const r of runs.filter((x) => x.solutions === largest)) {
    const cold = r.worker.cases.textCold.byQuery ?? {};
    const a = r.worker.cases.text.byQuery ?? {};
    const c = r.worker.cases.match.byQuery ?? {};
    const list = Object.entries(cold)
      .sort(([, x], [, y]) => y.p50 - x.p50)
      .slice(0, 8)
      .map(([q, s]) => `"${q}" ${ms(s.p50)} / ${ms(a[q]?.p50 ?? Number.NaN)} / ${ms(c[q]?.p50 ?? Number.NaN)} (${thousands(c[q]?.matches ?? 0)})`);
    console.log(`  ${label(r.dialect, r.solutions)}: ${list.join(', ')}`);
  }
  for (const r of runs) if (r.profile) printProfileSummary(r.profile);
}

interface TargetCheck {
  target: string;
  value: string;
  met: boolean | undefined;
}

function checkTargets(runs: Run[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const size = thousands(config.targetSize);
  for (const dialect of config.dialects) {
    const r = runs.find((x) => x.dialect === dialect && x.solutions === config.targetSize);
    const name = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const add = (target: string, value: number | undefined, limit: number, unit: string) =>
      checks.push({
        target: `${target}, ${name}, ${size} solutions`,
        value: value === undefined ? 'not measured' : `${unit === '' ? value.toFixed(2) : value.toFixed(1)}${unit}`,
        met: value === undefined ? undefined : value <= limit,
      });
    add(`(a) p95 ≤ ${targets.textP95Ms[dialect]} ms`, r?.worker.cases.text.latency.p95, targets.textP95Ms[dialect], ' ms');
    add(`(a) cold p95 ≤ ${targets.textP95Ms[dialect]} ms`, r?.worker.cases.textCold.latency.p95, targets.textP95Ms[dialect], ' ms');
    add(`(d) site-wide p95 ≤ ${targets.textP95Ms[dialect]} ms`, r?.worker.cases.site.latency.p95, targets.textP95Ms[dialect], ' ms');
    add(`(d) site-wide cold p95 ≤ ${targets.textP95Ms[dialect]} ms`, r?.worker.cases.siteCold.latency.p95, targets.textP95Ms[dialect], ' ms');
    add(`(a)/(c) p95 ratio ≤ ${targets.ratio}`, r?.worker.ratio.p95, targets.ratio, '');
    add(`(a)/(c) p50 ratio ≤ ${targets.ratio}`, r?.worker.ratio.p50, targets.ratio, '');
    add(`resident memory (settled, after the queries) ≤ ${targets.rssMB} MB`, r?.worker.memory.afterQueriesSettled.rssMB, targets.rssMB, ' MB');
    add(`resident memory (largest during the queries) ≤ ${targets.rssMB} MB`, r?.worker.memory.maxDuringQueriesMB, targets.rssMB, ' MB');
  }
  return checks;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = Date.now();
  let postgresVersion: string | undefined;
  if (config.dialects.includes('postgres')) {
    try {
      postgresVersion = await checkPostgres(config.databaseUrl);
    } catch (error) {
      throw new Error(`PostgreSQL not reachable at ${safeUrl(config.databaseUrl)} (${error instanceof Error ? error.message : error}); set BENCH_DATABASE_URL or BENCH_DIALECTS=sqlite`);
    }
  }
  const machine = describeMachine(postgresVersion);
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.availableParallelism} available parallelism (${machine.logicalCpus} logical CPUs), ${machine.totalMemoryGiB} GiB RAM, ` +
      `${machine.os}, Node ${machine.node}${postgresVersion ? `, ${postgresVersion.split(' on ')[0]} (same machine)` : ''}, ${machine.date}`,
  );
  console.log(
    `Resident memory of an empty Node process: ${machine.runtimeBaseline.nodeMB} MB; with tsx's loader: ${machine.runtimeBaseline.nodeWithTsxMB} MB (npm start runs the bundled server on plain Node, as the measurement processes here).`,
  );
  console.log(
    `Catalogues: ${config.sizes.map(thousands).join(' and ')} solutions (+ ${config.resourceRatio} resources per solution), ${config.organisations} organisations, seed ${config.seed}; ` +
      `dialects ${config.dialects.join(', ')}${config.dialects.includes('postgres') ? ` (fresh databases beside ${safeUrl(config.databaseUrl)})` : ''}.`,
  );
  console.log(`Queries: ${queryTexts.length} query texts; (a) 0–2 filters, the same again with nothing cached, (b) 0–3 filters without text, (c) the texts of (a). ${config.cpuProfile ? 'CPU profiling of the measurement processes is ON (slows them down).' : ''}`);

  const work = tempDir('e4d-bench-search-work-');
  const stemCacheDir = path.join(work, 'stems');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(repoRoot, 'bench', 'out');
  const profileRoot = config.cpuProfile ? path.join(outDir, `search-cpuprof-${stamp}`) : undefined;
  const orgs = organisations(config.seed, config.organisations);
  mkdirSync(outDir, { recursive: true });
  // @ts-expect-error: a JavaScript module without type declarations
  const build = (await import('../scripts/build.mjs')) as { bundle(entry: string, outfile: string): Promise<void>; serverNodeFlags: string[]; serverEnv: Record<string, string> };
  serverNodeFlags = build.serverNodeFlags;
  serverEnv = build.serverEnv;
  await build.bundle('bench/search/worker.ts', workerJs);

  const verification: VerifyResult[] = [];
  if (config.verify && config.loader === 'bulk') {
    for (const dialect of config.dialects) {
      const result = await verifyBulkLoader(dialect, { adminUrl: config.databaseUrl, seed: config.seed, organisations: orgs, solutions: 300, resources: 60, stemCacheDir });
      verification.push(result);
      const rows = Object.entries(result.compared)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      console.log(`Bulk loader = itemCreator on ${dialect} (300 solutions + 60 resources): ${result.ok ? 'identical' : 'DIFFERENT'} (${rows}; ${(result.ms / 1000).toFixed(1)} s)`);
      if (!result.ok) throw new Error(`the bulk loader does not write what itemCreator writes on ${dialect}:\n  ${result.differences.join('\n  ')}`);
    }
  }

  const runs: Run[] = [];
  for (const solutions of config.sizes) {
    for (const dialect of config.dialects) {
      if (interrupted) throw new Interrupted();
      runs.push(await runOne(dialect, solutions, orgs, work, stemCacheDir, profileRoot));
    }
  }

  printResults(runs);
  const checks = checkTargets(runs);
  console.log(`\nTargets (at ${thousands(config.targetSize)} solutions; this machine: ${machine.availableParallelism} cores, Node ${machine.node})`);
  console.log(table(['target', 'measured', 'status'], checks.map((c) => [c.target, c.value, c.met === undefined ? 'not measured' : c.met ? 'met' : 'NOT MET'])));

  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `search-${stamp}.json`);
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        benchmark: 'search',
        machine,
        config: { ...config, databaseUrl: safeUrl(config.databaseUrl) },
        targets,
        queryTexts,
        verification,
        runs: runs.map((r) => ({ ...r, profile: r.profile ? { ...r.profile, file: path.relative(repoRoot, r.profile.file) } : undefined })),
        checks,
        elapsedSeconds: Math.round((Date.now() - started) / 1000),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten ${path.relative(repoRoot, outFile)}; took ${Math.round((Date.now() - started) / 1000)} s.`);
  const missed = checks.filter((c) => c.met === false);
  if (missed.length) console.log(`Targets not met: ${missed.length} of ${checks.length}.`);
  return missed.length && config.enforceTarget ? 3 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    if (interrupted) return; // the signal handler cleans up and exits
    console.error(`\nbenchmark error: ${error instanceof Error ? error.stack : error}`);
    await cleanup();
    process.exitCode = 1;
  });
