// Registration under read load: warm-cache reads of a few public pages at full speed, alone and with
// one anonymous registration a second on an upcoming event (issue 12, problem 6). Prints throughput and
// latency for both, the median of several runs, with the machine.
// Run: npm run bench:read-load   (environment variables: see bench/README.md)
//
// The hub runs as a child process, bundled and run as `npm start` runs it, on a fresh SQLite DATA_DIR with
// the demo content (bench/hub.ts). autocannon (in this process) reads the pages over keep-alive
// connections, as a French-speaking browser accepting gzip. The writer registers as a browser without
// JavaScript does: it loads the form (for its CSRF cookie and token), then posts it, each time with a new
// email address and from a new client address (127.0.x.y, all loopback), so the abuse limits per address
// and per recipient never refuse one. BENCH_SERVER_ROOT bundles the server from another source tree
// instead; BENCH_BASELINE_ROOT runs a second hub from another tree (e.g. a `git archive` of an older
// commit) beside it, the two taking turns run by run, so that both see the same machine.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Instance, type Result } from 'autocannon';
import { intEnv, numberEnv } from './env.js';
import { type HubProcess, cleanup, describeMachine, fmt, get, median, onCleanup, repoRoot, request, round, startHub, stopChild, trackDir, wasInterrupted } from './hub.js';

const config = (() => {
  try {
    return {
      /** seconds of each measured run */
      duration: intEnv('BENCH_DURATION', 10, 2, 300),
      /** measured runs of each case (the median is reported) */
      runs: intEnv('BENCH_RUNS', 5, 1, 20),
      /** seconds of the discarded warm-up run */
      warmup: intEnv('BENCH_WARMUP', 3, 0, 60),
      connections: intEnv('BENCH_CONNECTIONS', 50, 1, 1000),
      writesPerSecond: numberEnv('BENCH_WRITES_PER_SECOND', 1, 0.1, 50),
      serverRoot: process.env.BENCH_SERVER_ROOT ? path.resolve(process.env.BENCH_SERVER_ROOT) : repoRoot,
      /** Another source tree (e.g. a `git archive` of an older commit) run beside it, the runs taking turns. */
      baselineRoot: process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : undefined,
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();

const readHeaders = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8', 'accept-encoding': 'gzip' };
/** The writer reads the form's HTML, so it asks for it uncompressed. */
const writeHeaders = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' };

let currentLoad: Instance | undefined;
onCleanup(() => currentLoad?.stop());

class BenchFailure extends Error {}

// ---------------------------------------------------------------- the writer

interface Writes {
  sent: number;
  /** answered 303 (registered or waitlisted) */
  done: number;
  failures: string[];
  /** milliseconds, the form's POST only */
  latencies: number[];
}

let registrationNumber = 0;

/** A client address of its own for each registration: 127.0.0.2, 127.0.0.3, … 127.0.255.254. */
function clientAddress(n: number): string {
  const host = 2 + (n % 64_000);
  return `127.0.${host >> 8}.${(host & 255) || 1}`;
}

async function register(hub: HubProcess, slug: string, writes: Writes): Promise<void> {
  const n = registrationNumber++;
  const localAddress = clientAddress(n);
  writes.sent++;
  try {
    const form = await request(`${hub.base}/events/${slug}/register`, { headers: writeHeaders, localAddress });
    const cookie = (form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const token = /name="_csrf" value="([^"]+)"/.exec(form.body.toString('utf8'))?.[1];
    if (form.status !== 200 || !token) throw new Error(`form: status ${form.status}${token ? '' : ', no CSRF token'}`);
    const body = new URLSearchParams({
      name: `Bench Person ${n}`,
      email: `bench-${process.pid}-${n}@example.org`,
      country: 'SEN',
      organisationType: 'government',
      gender: '',
      consent: 'yes',
      _csrf: token,
    }).toString();
    const t0 = performance.now();
    const res = await request(`${hub.base}/events/${slug}/register`, {
      method: 'POST',
      headers: { ...writeHeaders, cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) },
      body,
      localAddress,
      timeoutMs: 10_000,
    });
    writes.latencies.push(performance.now() - t0);
    if (res.status !== 303) throw new Error(`post: status ${res.status}`);
    writes.done++;
  } catch (error) {
    writes.failures.push(error instanceof Error ? error.message : String(error));
  }
}

/** Registrations at the configured rate until stopped; resolves once the last one has answered. */
function startWriter(hub: HubProcess, slug: string): { stop: () => Promise<Writes> } {
  const writes: Writes = { sent: 0, done: 0, failures: [], latencies: [] };
  const pending = new Set<Promise<void>>();
  const fire = () => {
    const p = register(hub, slug, writes).finally(() => pending.delete(p));
    pending.add(p);
  };
  fire();
  const timer = setInterval(fire, 1000 / config.writesPerSecond);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
      return writes;
    },
  };
}

// ---------------------------------------------------------------- load

type Case = 'reads' | 'reads + registrations';

interface Run {
  server: string;
  case: Case;
  warmup: boolean;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  writes?: { sent: number; done: number; failures: string[]; p50Ms: number; p99Ms: number };
}

const percentile = (values: number[], p: number) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]! : 0);

interface Hub extends HubProcess {
  label: string;
  root: string;
  slug: string;
  pages: string[];
}

async function load(hub: Hub, kind: Case, seconds: number, warmup: boolean): Promise<Run> {
  const { pages, slug } = hub;
  const writer = kind === 'reads + registrations' ? startWriter(hub, slug) : undefined;
  const instance = autocannon({
    url: hub.base,
    connections: config.connections,
    duration: seconds,
    timeout: 10,
    headers: readHeaders,
    requests: pages.map((p) => ({ path: p })),
  });
  currentLoad = instance;
  let result: Result;
  try {
    result = await instance;
  } finally {
    currentLoad = undefined;
  }
  const writes = await writer?.stop();
  if (wasInterrupted()) throw new BenchFailure('interrupted');
  const run: Run = {
    server: hub.label,
    case: kind,
    warmup,
    rps: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(writes
      ? { writes: { sent: writes.sent, done: writes.done, failures: writes.failures.slice(0, 5), p50Ms: round(percentile(writes.latencies, 50), 1), p99Ms: round(percentile(writes.latencies, 99), 1) } }
      : {}),
  };
  console.log(
    `  ${warmup ? 'warm-up ' : 'measured'} ${hub.label.padEnd(8)} ${kind.padEnd(21)} ${fmt(run.rps).padStart(7)} req/s  p50 ${run.latencyMs.p50} ms  p99 ${run.latencyMs.p99} ms` +
      (run.writes ? `  registrations ${run.writes.done}/${run.writes.sent} (POST p50 ${run.writes.p50Ms} ms, p99 ${run.writes.p99Ms} ms)` : ''),
  );
  if (run.non2xx || run.errors || run.timeouts) throw new BenchFailure(`${kind}: ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts`);
  if (run.writes?.failures.length) throw new BenchFailure(`${kind}: registrations failed: ${run.writes.failures.join('; ')}`);
  return run;
}

/** An upcoming event with the hub's own registration form, from the public API. */
async function registrationEvent(hub: HubProcess): Promise<string> {
  const res = await get(`${hub.base}/api/v1/events?when=upcoming&pageSize=200`);
  const events = (JSON.parse(res.body.toString('utf8')) as { data: { slug: string; registration: string }[] }).data;
  const event = events.find((e) => e.registration === 'built-in');
  if (!event) throw new BenchFailure('the demo content has no upcoming event with built-in registration');
  return event.slug;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now();
  const machine = describeMachine();
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.availableParallelism} available parallelism (${machine.logicalCpus} logical CPUs), ` +
      `${machine.totalMemoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}, ${machine.date}`,
  );
  console.log(
    `Load: ${config.connections} keep-alive connections for ${config.duration} s per run, ${config.runs} runs per case (cases alternating), ` +
      `${config.warmup} s warm-up; writer: ${config.writesPerSecond} registration(s) per second. The hub, autocannon and the writer share the machine.`,
  );
  const hubs: Hub[] = [];
  const trees = config.baselineRoot ? [{ label: 'before', root: config.baselineRoot }, { label: 'after', root: config.serverRoot }] : [{ label: 'hub', root: config.serverRoot }];
  for (const { label, root } of trees) {
    const work = trackDir(mkdtempSync(path.join(os.tmpdir(), 'e4d-bench-read-load-')));
    const server = await startHub({ work, root });
    const slug = await registrationEvent(server);
    const pages = ['/', `/events/${slug}`, '/events'];
    for (const page of pages) {
      const res = await get(`${server.base}${page}`, readHeaders);
      if (res.status !== 200) throw new BenchFailure(`${label} ${page}: status ${res.status}`);
    }
    hubs.push({ ...server, label, root, slug, pages });
    console.log(`Hub "${label}": ${server.base} (pid ${server.child.pid}), bundled from ${root}, SQLite in a fresh DATA_DIR with demo content`);
    console.log(`  pages read in turn: ${pages.join(', ')}; registrations on /events/${slug}`);
  }

  const runs: Run[] = [];
  if (config.warmup > 0) for (const hub of hubs) runs.push(await load(hub, 'reads', config.warmup, true));
  const cases: Case[] = ['reads', 'reads + registrations'];
  for (let i = 0; i < config.runs; i++) {
    // Take turns (cases, and hubs when there are two) so that drift on the machine affects all alike.
    const pairs = hubs.flatMap((hub) => cases.map((kind) => ({ hub, kind })));
    for (const { hub, kind } of i % 2 === 0 ? pairs : pairs.reverse()) runs.push(await load(hub, kind, config.duration, false));
  }
  for (const hub of hubs) await stopChild(hub.child, 15_000);

  const summary = (label: string, kind: Case) => {
    const mine = runs.filter((r) => r.server === label && r.case === kind && !r.warmup);
    return {
      medianRps: Math.round(median(mine.map((r) => r.rps))),
      runsRps: mine.map((r) => Math.round(r.rps)),
      medianP50Ms: median(mine.map((r) => r.latencyMs.p50)),
      medianP99Ms: median(mine.map((r) => r.latencyMs.p99)),
      registrations: mine.reduce((sum, r) => sum + (r.writes?.done ?? 0), 0),
      medianWriteP99Ms: mine[0]?.writes ? median(mine.map((r) => r.writes!.p99Ms)) : undefined,
    };
  };
  console.log(`\nResults (median of ${config.runs} runs of ${config.duration} s, ${config.connections} connections; ${config.writesPerSecond} registration/s)`);
  const results = hubs.map((hub) => {
    const reads = summary(hub.label, 'reads');
    const mixed = summary(hub.label, 'reads + registrations');
    console.log(`  ${hub.label}: reads alone ${fmt(reads.medianRps)} req/s (runs ${reads.runsRps.join(', ')}), p50 ${reads.medianP50Ms} ms, p99 ${reads.medianP99Ms} ms`);
    console.log(
      `  ${hub.label}: with registrations ${fmt(mixed.medianRps)} req/s (runs ${mixed.runsRps.join(', ')}), p50 ${mixed.medianP50Ms} ms, p99 ${mixed.medianP99Ms} ms; ` +
        `${mixed.registrations} registrations, POST p99 ${mixed.medianWriteP99Ms} ms`,
    );
    const share = round((mixed.medianRps / reads.medianRps) * 100, 1);
    const p99 = round(mixed.medianP99Ms / Math.max(reads.medianP99Ms, 1), 2);
    console.log(`  ${hub.label}: with registrations, throughput ${share} % of reads alone, p99 × ${p99}`);
    return { server: hub.label, root: hub.root, event: hub.slug, pages: hub.pages, reads, mixed, throughputShare: share, p99Factor: p99 };
  });

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(repoRoot, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `read-load-${stamp}.json`);
  writeFileSync(
    outFile,
    `${JSON.stringify({ benchmark: 'read-load', machine, config: { ...config, readHeaders }, results, runs, elapsedSeconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`,
  );
  console.log(`\nWritten ${path.relative(repoRoot, outFile)}; took ${Math.round((Date.now() - started) / 1000)} s.`);
}

main()
  .then(cleanup)
  .catch(async (error: unknown) => {
    if (wasInterrupted()) return; // the signal handler cleans up and exits
    const failure = error instanceof BenchFailure;
    console.error(`\n${failure ? 'BENCHMARK FAILED' : 'benchmark error'}: ${error instanceof Error ? (failure ? error.message : error.stack) : error}`);
    await cleanup();
    process.exitCode = 1;
  });
