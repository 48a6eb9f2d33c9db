// HTTP throughput of the hub's pages against nginx serving the same bytes as static files.
// Run: npm run bench:http   (environment variables: see bench/README.md)
//
// The hub runs as a child process (bundled as npm start does, node dist/server.js, NODE_ENV=production, LOG_LEVEL=warn,
// fresh SQLite database in a temporary DATA_DIR with the demo content). The pages it serves are saved
// and served by Debian's nginx from a generated config. autocannon (in this process) then loads each
// page on each server, uncompressed and with Accept-Encoding: gzip. Everything listens on 127.0.0.1
// only, every load run is bounded by its duration, and both servers and the temporary directories are
// removed at the end, on error and on Ctrl-C.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import autocannon, { type Instance, type Result } from 'autocannon';
import { printProfileSummary, summariseProfile, type ProfileSummary } from './cpuprofile.js';
import { intEnv, listEnv, numberEnv } from './env.js';
import {
  BenchFailure,
  HOST,
  alive,
  captureOutput,
  cleanup,
  describeMachine as machineBasics,
  fmt,
  freePort,
  get,
  median,
  onCleanup,
  repoRoot,
  round,
  startHub as startHubProcess,
  stopChild,
  track,
  trackDir,
  waitFor,
  wasInterrupted,
} from './hub.js';

const NGINX = process.env.BENCH_NGINX ?? '/usr/sbin/nginx';

// ---------------------------------------------------------------- configuration

type Encoding = 'identity' | 'gzip';

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();

function readConfig() {
  return {
    /** seconds of each measured run */
    duration: intEnv('BENCH_DURATION', 8, 1, 300),
    /** seconds of the discarded warm-up run per server, page and encoding */
    warmup: intEnv('BENCH_WARMUP', 3, 0, 60),
    connections: intEnv('BENCH_CONNECTIONS', 50, 1, 1000),
    runs: intEnv('BENCH_RUNS', 3, 1, 20),
    /** hub req/s must be at least this fraction of nginx req/s */
    target: numberEnv('BENCH_TARGET', 0.4, 0, 10),
    pages: listEnv('BENCH_PAGES', ['/', '/organisations'], (v): v is string => /^\/[A-Za-z0-9._~\-/]*$/.test(v) && !v.includes('..')),
    encodings: listEnv<Encoding>('BENCH_ENCODINGS', ['identity', 'gzip'], (v): v is Encoding => v === 'identity' || v === 'gzip'),
    /** write a V8 CPU profile of the hub into bench/out and summarise it (slows the hub down) */
    cpuProfile: process.env.BENCH_CPU_PROF === '1',
    /** exit with status 3 when a page misses the target */
    enforceTarget: process.env.BENCH_ENFORCE_TARGET === '1',
  };
}

/** Sent like a browser would; a French-speaking visitor by default (BENCH_ACCEPT_LANGUAGE). */
const acceptLanguage = process.env.BENCH_ACCEPT_LANGUAGE ?? 'fr-FR,fr;q=0.9,en;q=0.8';
const requestHeaders: Record<Encoding, Record<string, string>> = {
  identity: { 'accept-language': acceptLanguage },
  gzip: { 'accept-encoding': 'gzip', 'accept-language': acceptLanguage },
};

// ---------------------------------------------------------------- cleanup

let currentLoad: Instance | undefined;
onCleanup(() => currentLoad?.stop());

// ---------------------------------------------------------------- helpers

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc; 0 when unreadable. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks; // fields 14 and 15 of stat(5)
  } catch {
    return 0;
  }
}

function childPids(parent: number): number[] {
  const pids: number[] = [];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === parent) pids.push(Number(entry));
      } catch {
        // process gone
      }
    }
  } catch {
    // no /proc
  }
  return pids;
}

// ---------------------------------------------------------------- machine

function describeMachine() {
  const nginxVersion = (() => {
    const out = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
    return (out.stderr || out.stdout || '').trim().replace(/^nginx version:\s*/, '') || 'unknown';
  })();
  const { date, ...basics } = machineBasics();
  return { ...basics, nginx: nginxVersion, date };
}

// ---------------------------------------------------------------- the hub

interface Server {
  name: 'hub' | 'nginx';
  base: string;
  child: ChildProcess;
  /** processes whose CPU time counts as the server's */
  pids: () => number[];
}

async function startHub(work: string, profileDir: string | undefined): Promise<Server> {
  const { base, child } = await startHubProcess({ work, nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] });
  return { name: 'hub', base, child, pids: () => (child.pid ? [child.pid] : []) };
}

interface Page {
  path: string;
  file: string;
  raw: Buffer;
  gzip: Buffer;
  /** the hub served the same bytes twice in a row */
  stable: boolean;
}

/** The exact bytes the hub serves for each page, plain and gzip-encoded. */
async function snapshotPages(hub: Server): Promise<Page[]> {
  const pages: Page[] = [];
  for (const [i, pagePath] of config.pages.entries()) {
    const url = `${hub.base}${pagePath}`;
    const first = await get(url, requestHeaders.identity);
    const second = await get(url, requestHeaders.identity);
    for (const res of [first, second]) {
      if (res.status !== 200) throw new Error(`hub ${pagePath}: status ${res.status}`);
      if (res.headers['content-encoding']) throw new Error(`hub ${pagePath}: compressed without Accept-Encoding`);
      if (!/^text\/html/i.test(res.headers['content-type'] ?? '')) throw new Error(`hub ${pagePath}: content-type ${res.headers['content-type']}`);
    }
    const gz = await get(url, requestHeaders.gzip);
    if (gz.status !== 200 || gz.headers['content-encoding'] !== 'gzip') {
      throw new Error(`hub ${pagePath} with Accept-Encoding: gzip: status ${gz.status}, content-encoding ${gz.headers['content-encoding']}`);
    }
    const stable = first.body.equals(second.body);
    if (!gunzipSync(gz.body).equals(second.body) && stable) throw new Error(`hub ${pagePath}: gzip body does not decode to the plain body`);
    pages.push({ path: pagePath, file: `page-${i}.html`, raw: first.body, gzip: gz.body, stable });
  }
  return pages;
}

// ---------------------------------------------------------------- nginx

async function startNginx(work: string, pages: Page[]): Promise<Server> {
  const prefix = path.join(work, 'nginx');
  const www = path.join(prefix, 'www');
  mkdirSync(www, { recursive: true });
  for (const page of pages) {
    writeFileSync(path.join(www, page.file), page.raw);
    writeFileSync(path.join(www, `${page.file}.gz`), page.gzip);
  }
  const port = await freePort();
  const locations = pages.map((p) => `    location = ${p.path} { try_files /${p.file} =404; }`).join('\n');
  // As root, nginx would switch its workers to "nobody", who cannot read the private temp dir.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  const conf = `# generated by bench/http.ts
${user}worker_processes auto;
daemon off;
master_process on;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;

events {
  worker_connections 4096;
}

http {
  access_log off;
  server_tokens off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;

  types { }
  default_type text/html;
  charset utf-8;

  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65s;
  keepalive_requests 100000000;

  gzip off;
  gzip_static on;
  gzip_vary on;

  server {
    listen ${HOST}:${port};
    root ${www};
${locations}
    location / { return 404; }
  }
}
`;
  const confPath = path.join(prefix, 'nginx.conf');
  writeFileSync(confPath, conf);
  const test = spawnSync(NGINX, ['-t', '-q', '-p', `${prefix}/`, '-c', confPath, '-e', path.join(prefix, 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}${test.stdout}`);
  const child = track(spawn(NGINX, ['-p', `${prefix}/`, '-c', confPath, '-e', path.join(prefix, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] }));
  const log = captureOutput(child, '[nginx]');
  const base = `http://${HOST}:${port}`;
  const errorLog = () => {
    const file = path.join(prefix, 'error.log');
    return `${log()}\n${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  await waitFor(`${base}${pages[0]!.path}`, child, 'nginx', errorLog, 15_000);
  let workers: number[] = [];
  return {
    name: 'nginx',
    base,
    child,
    pids: () => {
      if (!child.pid) return [];
      if (workers.length === 0) workers = childPids(child.pid);
      return [child.pid, ...workers];
    },
  };
}

/** nginx must serve byte for byte what the hub served, with the expected headers. */
async function checkNginx(nginx: Server, pages: Page[]): Promise<void> {
  for (const page of pages) {
    const plain = await get(`${nginx.base}${page.path}`);
    if (plain.status !== 200 || !plain.body.equals(page.raw) || plain.headers['content-encoding']) {
      throw new Error(`nginx ${page.path}: status ${plain.status}, ${plain.body.length} bytes, content-encoding ${plain.headers['content-encoding']}`);
    }
    if (plain.headers['content-type'] !== 'text/html; charset=utf-8') throw new Error(`nginx ${page.path}: content-type ${plain.headers['content-type']}`);
    const gz = await get(`${nginx.base}${page.path}`, requestHeaders.gzip);
    if (gz.status !== 200 || gz.headers['content-encoding'] !== 'gzip' || !gz.body.equals(page.gzip)) {
      throw new Error(`nginx ${page.path} gzip: status ${gz.status}, content-encoding ${gz.headers['content-encoding']}, ${gz.body.length} bytes`);
    }
  }
}

// ---------------------------------------------------------------- load

interface Run {
  server: 'hub' | 'nginx';
  page: string;
  encoding: Encoding;
  warmup: boolean;
  seconds: number;
  requests: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** CPU used by the server processes, in cores (1 = one core fully busy) */
  serverCores: number;
  /** CPU used by this process (autocannon), in cores */
  clientCores: number;
  /** server CPU time per request, microseconds */
  serverCpuUsPerRequest: number;
}

class Interrupted extends Error {}

async function load(server: Server, page: string, encoding: Encoding, seconds: number, warmup: boolean): Promise<Run> {
  const url = `${server.base}${page}`;
  if (new URL(url).hostname !== HOST) throw new Error(`refusing to load ${url}`);
  if (!alive(server.child)) throw new BenchFailure(`${server.name} is no longer running`);
  const pids = server.pids();
  const cpu0 = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  const instance = autocannon({
    url,
    connections: config.connections,
    duration: seconds,
    timeout: 10,
    headers: { ...requestHeaders[encoding] },
  });
  currentLoad = instance;
  let result: Result;
  try {
    result = await instance;
  } finally {
    currentLoad = undefined;
  }
  if (wasInterrupted()) throw new Interrupted();
  const wall = (performance.now() - t0) / 1000;
  const self = process.cpuUsage(self0);
  const serverCpu = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpu0;
  const requests = result.requests.total;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, v]) => [code, v.count]));
  const run: Run = {
    server: server.name,
    page,
    encoding,
    warmup,
    seconds: result.duration,
    requests,
    rps: requests / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.average, 2) },
    bytesPerResponse: requests ? Math.round(result.throughput.total / requests) : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    serverCores: round(serverCpu / wall, 2),
    clientCores: round((self.user + self.system) / 1e6 / wall, 2),
    serverCpuUsPerRequest: requests ? round((serverCpu / requests) * 1e6, 1) : 0,
  };
  const tag = warmup ? 'warm-up ' : 'measured';
  console.log(
    `  ${tag} ${server.name.padEnd(5)} ${fmt(run.rps).padStart(7)} req/s  p50 ${run.latencyMs.p50} ms  p99 ${run.latencyMs.p99} ms  ` +
      `${run.bytesPerResponse} B/resp  server ${run.serverCores} cores (${run.serverCpuUsPerRequest} µs CPU/req)  autocannon ${run.clientCores} cores`,
  );
  if (run.non2xx > 0 || run.errors > 0 || run.timeouts > 0 || requests === 0) {
    throw new BenchFailure(
      `${server.name} ${page} (${encoding}): ${run.non2xx} non-2xx responses, ${run.errors} errors, ${run.timeouts} timeouts, ` +
        `${requests} requests; status codes ${JSON.stringify(statusCodes)}`,
    );
  }
  return run;
}

interface Comparison {
  page: string;
  encoding: Encoding;
  hub: Summary;
  nginx: Summary;
  ratio: number;
  target: number;
  met: boolean;
}

interface Summary {
  medianRps: number;
  runsRps: number[];
  medianP50Ms: number;
  medianP99Ms: number;
  non2xx: number;
  bytesPerResponse: number;
  medianServerCores: number;
  medianClientCores: number;
  medianServerCpuUsPerRequest: number;
}

function summarise(runs: Run[]): Summary {
  const measured = runs.filter((r) => !r.warmup);
  return {
    medianRps: Math.round(median(measured.map((r) => r.rps))),
    runsRps: measured.map((r) => Math.round(r.rps)),
    medianP50Ms: median(measured.map((r) => r.latencyMs.p50)),
    medianP99Ms: median(measured.map((r) => r.latencyMs.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    bytesPerResponse: Math.round(median(measured.map((r) => r.bytesPerResponse))),
    medianServerCores: median(measured.map((r) => r.serverCores)),
    medianClientCores: median(measured.map((r) => r.clientCores)),
    medianServerCpuUsPerRequest: median(measured.map((r) => r.serverCpuUsPerRequest)),
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = Date.now();
  const machine = describeMachine();
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.availableParallelism} available parallelism (${machine.logicalCpus} logical CPUs), ` +
      `${machine.totalMemoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}, nginx ${machine.nginx}, ${machine.date}`,
  );
  console.log(
    `Note: the hub (one Node process), nginx (worker_processes auto = ${machine.availableParallelism} workers) and autocannon ` +
      `(one thread, in this process) all run on this same machine and share its ${machine.availableParallelism} CPUs; ` +
      'figures are for comparison on this machine, not capacity numbers.',
  );
  const perCombo = 2 * config.warmup + 2 * config.runs * config.duration;
  const estimate = config.pages.length * config.encodings.length * perCombo;
  console.log(
    `Load: ${config.connections} connections, keep-alive, ${config.warmup} s warm-up (discarded) then ${config.runs} × ${config.duration} s ` +
      `per server, page and encoding, hub and nginx alternating; about ${Math.ceil(estimate / 60)} min of load.` +
      (config.cpuProfile ? ' CPU profiling of the hub is ON: its figures are slowed down by the profiler.' : ''),
  );

  const work = trackDir(mkdtempSync(path.join(os.tmpdir(), 'e4d-bench-http-')));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(repoRoot, 'bench', 'out');
  const profileDir = config.cpuProfile ? path.join(outDir, `cpuprof-${stamp}`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  const hub = await startHub(work, profileDir);
  console.log(`Hub: ${hub.base} (pid ${hub.child.pid}; NODE_ENV=production, LOG_LEVEL=warn, SQLite in a fresh DATA_DIR with demo content)`);
  const pages = await snapshotPages(hub);
  for (const page of pages) {
    console.log(
      `  ${page.path}: ${page.raw.length} B plain, ${page.gzip.length} B gzip` +
        (page.stable ? '' : ' (WARNING: two requests gave different bytes; nginx serves the first)'),
    );
  }
  const nginx = await startNginx(work, pages);
  await checkNginx(nginx, pages);
  console.log(`nginx: ${nginx.base} (pid ${nginx.child.pid}, workers ${nginx.pids().slice(1).join(', ')}); serves the same bytes, gzip_static for gzip`);

  const runs: Run[] = [];
  const comparisons: Comparison[] = [];
  for (const page of config.pages) {
    for (const encoding of config.encodings) {
      console.log(`\n${page}  ${encoding === 'gzip' ? 'Accept-Encoding: gzip' : 'no Accept-Encoding (uncompressed)'}`);
      const mine: Run[] = [];
      if (config.warmup > 0) {
        for (const server of [hub, nginx]) mine.push(await load(server, page, encoding, config.warmup, true));
      }
      for (let i = 0; i < config.runs; i++) {
        // Alternate the servers so that drift on the machine affects both alike.
        const order = i % 2 === 0 ? [hub, nginx] : [nginx, hub];
        for (const server of order) mine.push(await load(server, page, encoding, config.duration, false));
      }
      runs.push(...mine);
      const h = summarise(mine.filter((r) => r.server === 'hub'));
      const n = summarise(mine.filter((r) => r.server === 'nginx'));
      const ratio = h.medianRps / n.medianRps;
      comparisons.push({ page, encoding, hub: h, nginx: n, ratio: round(ratio, 3), target: config.target, met: ratio >= config.target });
    }
  }

  // Stop the hub first: with BENCH_CPU_PROF=1 it writes its profile as it exits.
  await stopChild(hub.child, 15_000);
  let profile: ProfileSummary | undefined;
  if (profileDir) {
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (a loader thread may write one too).
    const file = readdirSync(profileDir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (file) profile = summariseProfile(path.join(profileDir, file), repoRoot);
    else console.error(`no main-thread .cpuprofile was written in ${profileDir}`);
  }

  console.log(`\nResults (median of ${config.runs} measured runs of ${config.duration} s, ${config.connections} connections; target: hub ≥ ${config.target} × nginx)`);
  const header = ['page', 'encoding', 'hub req/s', 'nginx req/s', 'hub/nginx', 'target', 'hub p50/p99 ms', 'nginx p50/p99 ms', 'non-2xx', 'hub µs CPU/req', 'nginx µs CPU/req'];
  const rows = comparisons.map((c) => [
    c.page,
    c.encoding,
    fmt(c.hub.medianRps),
    fmt(c.nginx.medianRps),
    c.ratio.toFixed(2),
    c.met ? 'met' : 'NOT MET',
    `${c.hub.medianP50Ms} / ${c.hub.medianP99Ms}`,
    `${c.nginx.medianP50Ms} / ${c.nginx.medianP99Ms}`,
    String(c.hub.non2xx + c.nginx.non2xx),
    c.hub.medianServerCpuUsPerRequest.toFixed(1),
    c.nginx.medianServerCpuUsPerRequest.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const maxClient = Math.max(...runs.filter((r) => r.server === 'nginx' && !r.warmup).map((r) => r.clientCores));
  if (maxClient >= 0.9) {
    console.log(
      `Note: autocannon used up to ${maxClient} cores during the nginx runs, so nginx's figures are partly limited by the load generator ` +
        'sharing the machine; the true gap to nginx is likely larger than shown.',
    );
  }
  if (profile) printProfileSummary(profile);

  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `http-${stamp}.json`);
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        benchmark: 'http',
        machine,
        config: { ...config, hub: 'the bundled server (scripts/build.mjs) on plain Node, NODE_ENV=production, LOG_LEVEL=warn, SQLite (fresh DATA_DIR, demo content)', nginx: 'worker_processes auto, access_log off, keep-alive, gzip_static' },
        pages: pages.map((p) => ({ path: p.path, plainBytes: p.raw.length, gzipBytes: p.gzip.length, stable: p.stable })),
        comparisons,
        runs,
        profile,
        elapsedSeconds: Math.round((Date.now() - started) / 1000),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten ${path.relative(repoRoot, outFile)}; took ${Math.round((Date.now() - started) / 1000)} s.`);

  const missed = comparisons.filter((c) => !c.met);
  if (missed.length) console.log(`Target missed for: ${missed.map((c) => `${c.page} (${c.encoding})`).join(', ')}`);
  return missed.length && config.enforceTarget ? 3 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    if (wasInterrupted()) return; // the signal handler cleans up and exits
    const failure = error instanceof BenchFailure;
    console.error(`\n${failure ? 'BENCHMARK FAILED' : 'benchmark error'}: ${error instanceof Error ? (failure ? error.message : error.stack) : error}`);
    await cleanup();
    process.exitCode = 1;
  });
