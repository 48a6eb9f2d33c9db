import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { TestHub } from './test-app.js';

/*
 * The server as `npm start` runs it (bundled by scripts/build.mjs, on plain Node) in a child process,
 * for tests that need a real process: restarts, signals, a second process on the same database.
 */

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface ServerBundle {
  serverJs: string;
  nodeFlags: string[];
  /** The environment npm start gives the server (scripts/build.mjs serverEnv). */
  nodeEnv: Record<string, string>;
  /** Removes the bundle's folder. */
  remove(): void;
}

/** Bundles the server into a fresh folder under var/ (inside the project: the bundle imports packages from node_modules). */
export async function buildServerBundle(): Promise<ServerBundle> {
  mkdirSync(path.join(projectRoot, 'var'), { recursive: true });
  const dir = mkdtempSync(path.join(projectRoot, 'var', 'build-'));
  // @ts-expect-error: a JavaScript module without type declarations
  const { buildServer, serverNodeFlags, serverEnv } = await import('../../scripts/build.mjs');
  const serverJs: string = await buildServer(path.join(dir, 'dist'));
  return { serverJs, nodeFlags: serverNodeFlags, nodeEnv: serverEnv, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServerProcess {
  child: ChildProcess;
  /** Every line printed so far, parsed as JSON where it is JSON ({ text } otherwise). */
  lines(): any[];
  exited: Promise<number | null>;
}

/** Starts the bundled server as npm start does, on 127.0.0.1 and a free port; only PATH is inherited from this process's environment. */
export function startServerProcess(bundle: ServerBundle, env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [...bundle.nodeFlags, bundle.serverJs], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...bundle.nodeEnv, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
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

/** Polls `find` every 50 ms until it returns something. */
export async function waitFor<T>(find: () => T | undefined, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

/** The base URL once the server says it is listening; fails with its output if it exits first. */
export async function listeningUrl(server: ServerProcess, ms = 30_000): Promise<string> {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const line = await waitFor(() => {
    if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}):\n${server.lines().map((l) => l.text ?? JSON.stringify(l)).join('\n')}`);
    return server.lines().find((l) => l.msg === 'E4D Hub is listening');
  }, ms);
  return line.url as string;
}

/** SIGTERM, and the exit code once it has stopped. */
export async function stopServerProcess(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  return server.exited;
}

/**
 * What a Visitor (tests/helpers/visitor.ts) needs to talk to a server process over real HTTP. Each
 * request comes from the loopback address `from()` gives (all of 127.0.0.0/8 is local on Linux), as
 * many visitors would: the hub's abuse limits count per address.
 */
export function httpHub(base: string, from: () => string | undefined = () => undefined): Pick<TestHub, 'app'> {
  const request = (target: string, init: RequestInit = {}) => httpRequest(new URL(target, base), init, from());
  return { app: { request } } as unknown as Pick<TestHub, 'app'>;
}

function httpRequest(url: URL, init: RequestInit, localAddress: string | undefined): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const req = http.request(url, { method: init.method ?? 'GET', headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const received = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) received.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        const status = res.statusCode!;
        resolve(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: received }));
      });
    });
    req.on('error', reject);
    req.end(init.body === undefined || init.body === null ? undefined : String(init.body));
  });
}
