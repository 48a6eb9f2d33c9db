import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';
import { type ServerBundle, type ServerProcess, buildServerBundle, listeningUrl, startServerProcess, waitFor } from '../helpers/server-process.js';

/*
 * A deploy sends SIGTERM to a server that keep-alive clients are busy with: every request that gets
 * an answer gets it whole, connections close after their answer (Connection: close) instead of
 * serving on, and the process exits 0 once the work is done.
 */

interface Outcome {
  /** Sent after this test saw the server log that it is shutting down. */
  afterSignal: boolean;
  /** Its response began (status line and headers received). */
  began: boolean;
  whole: boolean;
  connection: string | undefined;
  error?: string;
}

/** One request; resolves (never rejects) with what became of it. */
function request(options: http.RequestOptions, afterSignal: boolean, body?: string): { outcome: Promise<Outcome>; req: http.ClientRequest } {
  const outcome: Outcome = { afterSignal, began: false, whole: false, connection: undefined };
  let req!: http.ClientRequest;
  const done = new Promise<Outcome>((resolve) => {
    req = http.request(options, (res) => {
      outcome.began = true;
      outcome.connection = res.headers.connection;
      let length = 0;
      res.on('data', (chunk: Buffer) => (length += chunk.length));
      res.on('end', () => {
        const declared = res.headers['content-length'];
        // res.complete: the whole message arrived (for a chunked body, its last chunk too).
        outcome.whole = res.complete && (declared === undefined || Number(declared) === length);
        resolve(outcome);
      });
      res.on('error', (error: NodeJS.ErrnoException) => {
        outcome.error = error.code ?? error.message;
        resolve(outcome);
      });
      res.on('close', () => {
        if (!res.complete) outcome.error ??= 'closed before the end';
        resolve(outcome);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      outcome.error = error.code ?? error.message;
      resolve(outcome);
    });
    if (body === undefined) req.end();
  });
  return { outcome: done, req };
}

describe('SIGTERM with keep-alive clients mid-request', () => {
  let bundle: ServerBundle;
  let dataDir: string;
  let databaseEnv: Record<string, string> = {};
  let drop: () => Promise<void> = async () => {};
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    bundle = await buildServerBundle();
    dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-shutdown-'));
    if (testDialect() === 'postgres') {
      const empty = await createEmptyPostgresDatabase();
      databaseEnv = { DATABASE_URL: empty.url };
      drop = empty.drop;
    }
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await drop();
    bundle?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request in flight whole with Connection: close, resets none it answers, and exits 0', { timeout: 90_000 }, async () => {
    // Pages rendered for each request (no page cache), so that requests are in flight when the signal comes.
    server = startServerProcess(bundle, { DATA_DIR: dataDir, PAGE_CACHE_SECONDS: '0', ...databaseEnv });
    const { hostname, port } = new URL(await listeningUrl(server));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const pages = ['/', '/organisations', '/events', '/countries', '/solutions'];
    let signalSeen = false;
    const outcomes: Outcome[] = [];

    const client = async (n: number) => {
      for (let i = n; ; i++) {
        const { outcome } = request({ host: hostname, port, path: pages[i % pages.length], agent }, signalSeen);
        const o = await outcome;
        outcomes.push(o);
        if (o.error) return; // the server is gone: refused, or closed an idle connection
      }
    };
    const clients = Array.from({ length: 20 }, (_, n) => client(n));

    const slowAgent = new http.Agent({ keepAlive: true });
    // A form whose body is not sent yet: the server has its headers (100 Continue), so it is in flight for sure.
    const body = new URLSearchParams({ email: 'someone@example.org', password: 'not the password' }).toString();
    const slow = request(
      {
        host: hostname,
        port,
        path: '/sign-in',
        method: 'POST',
        agent: slowAgent,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Expect: '100-continue' },
      },
      false,
      body,
    );
    const continued = new Promise<void>((resolve) => slow.req.once('continue', () => resolve()));
    slow.req.flushHeaders();
    await continued;

    await waitFor(() => (outcomes.length >= 200 ? true : undefined), 60_000);
    server.child.kill('SIGTERM');
    await waitFor(() => server!.lines().find((l) => l.msg === 'shutting down: finishing requests in flight'));
    signalSeen = true;
    slow.req.end(body);

    const slowOutcome = await slow.outcome;
    await Promise.all(clients);
    const exitCode = await server.exited;
    agent.destroy();
    slowAgent.destroy();

    expect(slowOutcome).toMatchObject({ began: true, whole: true, connection: 'close' });
    const answered = outcomes.filter((o) => o.began);
    expect(answered.length).toBeGreaterThanOrEqual(200);
    // No response that began was cut: each arrived whole, without a reset.
    expect(answered.filter((o) => !o.whole || o.error)).toEqual([]);
    // Once the server shut down, no connection stayed open for more: every later answer closed its connection.
    expect(answered.filter((o) => o.afterSignal && o.connection !== 'close')).toEqual([]);
    expect(exitCode).toBe(0);
    const stopped = server.lines().find((l) => l.msg === 'stopped');
    expect(stopped).toMatchObject({ signal: 'SIGTERM', cut: 0, level: 30 });
    expect(stopped.drained).toBeGreaterThanOrEqual(1);
  });
});
