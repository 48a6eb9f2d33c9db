import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';
import { type ServerBundle, buildServerBundle, listeningUrl, projectRoot, startServerProcess, stopServerProcess, waitFor } from '../helpers/server-process.js';

// The server as `npm start` runs it: bundled by scripts/build.mjs, on plain Node.
let bundle: ServerBundle;
beforeAll(async () => {
  bundle = await buildServerBundle();
});
afterAll(() => bundle?.remove());

/** A fresh DATA_DIR and, on PostgreSQL, a fresh empty database; dropped after the test. */
async function emptyHub(): Promise<{ env: Record<string, string>; remove(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-server-'));
  const empty = testDialect() === 'postgres' ? await createEmptyPostgresDatabase() : undefined;
  return {
    env: { DATA_DIR: dataDir, ...(empty ? { DATABASE_URL: empty.url } : {}) },
    async remove() {
      await empty?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the process printed that is not a JSON log line. */
const text = (lines: any[]) => lines.map((l) => l.text ?? '').join('\n');

describe('the server process', () => {
  it('starts with demo content, logs JSON with request ids, and stops cleanly on SIGTERM', async () => {
    const hub = await emptyHub();
    try {
      const server = startServerProcess(bundle, hub.env);
      const base = await listeningUrl(server);
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
      expect(server.lines().find((l) => l.msg === 'stopped')).toMatchObject({ signal: 'SIGTERM', cut: 0 });
    } finally {
      await hub.remove();
    }
  });

  it('starts twice at once on an empty database: both become ready, the demo is loaded once', { timeout: 90_000 }, async () => {
    const hub = await emptyHub();
    try {
      const env = { ...hub.env, AUTH_SECRET: 'a shared secret of the two app servers, 48 chars' };
      const servers = [startServerProcess(bundle, env), startServerProcess(bundle, env)];
      const bases = await Promise.all(servers.map((s) => listeningUrl(s, 60_000)));
      for (const base of bases) {
        const ready = await fetch(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect((await fetch(`${base}/organisations`)).status).toBe(200);
      }
      const reports = servers.map((s) => s.lines().find((l) => l.msg === 'database ready'));
      const loaded = reports.filter((r) => r.demo !== undefined);
      expect(loaded).toHaveLength(1);
      expect(reports.map((r) => r.migrations.length).sort((a, b) => a - b)[0]).toBe(0);
      const partners = (await (await fetch(`${bases[0]}/api/v1/organisations?pageSize=100`)).json()).page.total;
      expect(partners).toBe(loaded[0].demo.added.organisations);
      for (const s of servers) expect(await stopServerProcess(s)).toBe(0);
    } finally {
      await hub.remove();
    }
  });

  it('is started by npm start with the Node flags and environment the benchmarks measured', () => {
    const start = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts.start as string;
    expect(start).toMatch(/^node scripts\/build\.mjs && (\w+=\S+ )*node .*dist\/server\.js$/);
    for (const flag of bundle.nodeFlags) expect(start).toContain(` ${flag} `);
    expect(Object.keys(bundle.nodeEnv).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(bundle.nodeEnv)) expect(start).toContain(` ${name}=${value} node `);
  });

  it('refuses to start on bad configuration, naming the variable', async () => {
    const server = startServerProcess(bundle, { DATA_DIR: tmpdir(), PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(await server.exited).toBe(1);
    const printed = text(server.lines());
    expect(printed).toContain('Invalid configuration');
    expect(printed).toContain('PORT');
    expect(printed).toContain('LOG_LEVEL');
  });

  if (testDialect() === 'sqlite') {
    it('says so in one line when DATA_DIR is not a directory', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'e4d-server-'));
      try {
        const file = path.join(dir, 'not-a-directory');
        writeFileSync(file, 'a file\n');
        const server = startServerProcess(bundle, { DATA_DIR: file });
        expect(await server.exited).toBe(1);
        expect(text(server.lines())).toBe(`E4D Hub could not start: DATA_DIR ${file} is not a directory (EEXIST)`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  if (testDialect() === 'postgres') {
    it('says so in one line when the database cannot be reached', async () => {
      // A port nobody listens on: bound, then released.
      const port = await new Promise<number>((resolve) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as net.AddressInfo;
          probe.close(() => resolve(port));
        });
      });
      const server = startServerProcess(bundle, { DATA_DIR: tmpdir(), DATABASE_URL: `postgres://hub:secret@127.0.0.1:${port}/e4d` });
      expect(await server.exited).toBe(1);
      const printed = text(server.lines());
      expect(printed).toBe(`E4D Hub could not start: cannot reach the database postgres://127.0.0.1:${port}/e4d: connect ECONNREFUSED 127.0.0.1:${port} (ECONNREFUSED)`);
      expect(printed).not.toContain('secret');
    });
  }
});
