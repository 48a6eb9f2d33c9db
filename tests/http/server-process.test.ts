import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Started {
  child: ChildProcess;
  lines: () => any[];
  exited: Promise<number | null>;
}

// The server as `npm start` runs it: bundled by scripts/build.mjs, on plain Node.
let serverJs: string;
let nodeFlags: string[];
// Inside the project (var/ is ignored by git): the bundle imports packages from node_modules.
mkdirSync(path.join(root, 'var'), { recursive: true });
const buildDir = mkdtempSync(path.join(root, 'var', 'build-'));
beforeAll(async () => {
  // @ts-expect-error: a JavaScript module without type declarations
  const { buildServer, serverNodeFlags } = await import('../../scripts/build.mjs');
  serverJs = await buildServer(path.join(buildDir, 'dist'));
  nodeFlags = serverNodeFlags;
});
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [...nodeFlags, serverJs], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        try {
          return JSON.parse(l);
        } catch {
          return { text: l };
        }
      });
  return { child, lines, exited };
}

async function waitFor<T>(find: () => T | undefined, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

describe('the server process', () => {
  let dataDir: string;
  let databaseEnv: Record<string, string> = {};
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-server-'));
    if (testDialect() === 'postgres') {
      const empty = await createEmptyPostgresDatabase();
      databaseEnv = { DATABASE_URL: empty.url };
      drop = empty.drop;
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with demo content, logs JSON with request ids, and stops cleanly on SIGTERM', async () => {
    const server = startServer({ DATA_DIR: dataDir, ...databaseEnv });
    const listening = await waitFor(() => server.lines().find((l) => l.msg === 'E4D Hub is listening'));
    const base = listening.url as string;
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: testDialect() });
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    const id = home.headers.get('X-Request-Id');
    const logged = await waitFor(() => server.lines().find((l) => l.msg === 'request' && l.path === '/'));
    expect(logged).toMatchObject({ requestId: id, method: 'GET', status: 200, level: 30 });
    expect(server.lines().find((l) => l.msg === 'database ready').demo.added.organisations).toBeGreaterThan(30);

    // A request in flight when SIGTERM arrives still gets its answer.
    const inFlight = fetch(`${base}/countries`);
    await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.lines().some((l) => l.msg === 'stopped')).toBe(true);
  });

  it('is started by npm start with the Node flags the benchmarks measured', () => {
    const start = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start as string;
    expect(start).toMatch(/node scripts\/build\.mjs && node .*dist\/server\.js$/);
    for (const flag of nodeFlags) expect(start).toContain(flag);
  });

  it('refuses to start on bad configuration, naming the variable', async () => {
    const server = startServer({ DATA_DIR: dataDir, PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(await server.exited).toBe(1);
    const text = server.lines().map((l) => l.text ?? '').join('\n');
    expect(text).toContain('Invalid configuration');
    expect(text).toContain('PORT');
    expect(text).toContain('LOG_LEVEL');
  });
});
