// What the HTTP benchmarks share: the hub as a child process (bundled and run as `npm start` runs it),
// requests to 127.0.0.1 only, the machine's description, and removing every child process and
// temporary directory at the end, on error and on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HOST = '127.0.0.1';

// ---------------------------------------------------------------- cleanup

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const stoppers: (() => void)[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

export function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Children and directories removed by cleanup(). */
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  return child;
}
export function trackDir(dir: string): string {
  tempDirs.add(dir);
  return dir;
}
/** Called first by cleanup(), e.g. to stop a load in progress. */
export function onCleanup(stop: () => void): void {
  stoppers.push(stop);
}
/** Whether Ctrl-C (or SIGTERM, SIGHUP) was received: the run stops and cleans up. */
export const wasInterrupted = () => interrupted;

export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (alive(child)) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const force = setTimeout(() => {
      if (alive(child)) child.kill('SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(force);
  }
  children.delete(child);
}

/** A failure the benchmark reports as such (a page missing, a tool that printed nothing), not a crash. */
export class BenchFailure extends Error {}

/** Run a benchmark's main: clean up after it, and on an error say whether the benchmark failed or crashed (exit 1). */
export function runBench(main: () => Promise<void>): void {
  main()
    .then(cleanup)
    .catch(async (error: unknown) => {
      console.error(error instanceof BenchFailure ? `Benchmark failed: ${error.message}` : error);
      process.exitCode = 1;
      await cleanup();
    });
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const stop of stoppers) stop();
    await Promise.all([...children].map((child) => stopChild(child, 12_000)));
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    tempDirs.clear();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      // Second signal: do not wait any longer.
      process.exit(130);
    }
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and removing temporary files…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// Last resort (uncaught error, process.exit elsewhere): synchronous kill and removal.
process.on('exit', () => {
  for (const child of children) if (alive(child)) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** The client address to send from (any 127.x.y.z is the loopback interface). */
  localAddress?: string;
}

/** One request to 127.0.0.1, raw bytes (no decompression), no headers but the given ones. */
export function request(url: string, options: RequestOptions = {}): Promise<Fetched> {
  const target = new URL(url);
  if (target.hostname !== HOST) throw new Error(`refusing to request ${url}: only ${HOST} is allowed`);
  const timeoutMs = options.timeoutMs ?? 5000;
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false, timeout: timeoutMs, localAddress: options.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** One GET to 127.0.0.1. */
export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 5000): Promise<Fetched> {
  return request(url, { headers, timeoutMs });
}

export async function waitFor(url: string, child: ChildProcess, what: string, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!alive(child)) throw new Error(`${what} exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready:\n${log()}`);
    try {
      const res = await get(url, {}, 1000);
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(100);
  }
  throw new Error(`${what} not ready at ${url} after ${timeoutMs / 1000} s (${last}):\n${log()}`);
}

/** Keeps the last lines a child printed, and passes them on with a prefix. */
export function captureOutput(child: ChildProcess, prefix: string): () => string {
  const lines: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 50) lines.shift();
      console.error(`${prefix} ${line}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return () => lines.join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export { describeMachine, round } from './machine.js';
export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// ---------------------------------------------------------------- the hub

export interface HubProcess {
  base: string;
  child: ChildProcess;
}

export interface HubOptions {
  /** A fresh directory for the hub's DATA_DIR (SQLite, demo content). */
  work: string;
  /** The source tree to bundle the server from (default: this one), e.g. a copy of an older commit. */
  root?: string;
  /** Extra environment for the hub, e.g. PAGE_CACHE_SECONDS. */
  env?: Record<string, string>;
  /** Node flags besides the server's own, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/**
 * The hub as `npm start` runs it: bundled (scripts/build.mjs of `root`) into `root`/bench/out/http-server,
 * on plain Node, NODE_ENV=production, LOG_LEVEL=warn, a fresh DATA_DIR (SQLite, demo content), a free
 * port on 127.0.0.1; ready once /readyz answers 200.
 */
export async function startHub(options: HubOptions): Promise<HubProcess> {
  const root = path.resolve(options.root ?? repoRoot);
  const port = await freePort();
  const dataDir = path.join(options.work, 'hub-data');
  mkdirSync(dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_CONTENT: 'true',
    ...options.env,
  };
  delete env.DATABASE_URL; // always the embedded SQLite database in the fresh DATA_DIR
  delete env.PUBLIC_URL;
  // As npm start runs it: its Node flags and environment (a baseline tree may predate serverEnv).
  const build = (await import(path.join(root, 'scripts/build.mjs'))) as { buildServer(dir: string): Promise<string>; serverNodeFlags: string[]; serverEnv?: Record<string, string> };
  const serverJs = await build.buildServer(path.join(root, 'bench', 'out', 'http-server'));
  const child = track(
    spawn(process.execPath, [...build.serverNodeFlags, ...(options.nodeArgs ?? []), serverJs], { cwd: root, env: { ...build.serverEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const log = captureOutput(child, '[hub]');
  const base = `http://${HOST}:${port}`;
  await waitFor(`${base}/readyz`, child, 'the hub', log, 60_000);
  return { base, child };
}
