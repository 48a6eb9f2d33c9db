import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase, sqliteFileIn } from '../../src/db/database.js';
import { type ServerBundle, type ServerProcess, buildServerBundle, httpHub, listeningUrl, startServerProcess } from '../helpers/server-process.js';
import { createEmptyPostgresDatabase, testDialect } from '../helpers/test-db.js';
import { Visitor } from '../helpers/visitor.js';

/*
 * Nothing half-done: the server is killed (SIGKILL) at a random moment while anonymous visitors
 * register for an event and sign up, ten times over on the same database. After each crash: every
 * write that was acknowledged is there, no user lacks its password, and no email (row or .eml file)
 * exists for a registration or a user that was not committed.
 */

const trials = 10;
const password = 'Crash-proof passphrase 2026';

let bundle: ServerBundle;
let dataDir: string;
let databaseEnv: Record<string, string> = {};
let drop: () => Promise<void> = async () => {};
let db: Db;
let eventSlug: string;

beforeAll(async () => {
  bundle = await buildServerBundle();
  dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-crash-'));
  if (testDialect() === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    databaseEnv = { DATABASE_URL: empty.url };
    drop = empty.drop;
  }
}, 60_000);
afterAll(async () => {
  await db?.db.destroy();
  await drop();
  rmSync(dataDir, { recursive: true, force: true });
  bundle?.remove();
});

function start(): ServerProcess {
  // The page cache plays no part here; the sender delivers emails to DATA_DIR/outbox.
  return startServerProcess(bundle, { DATA_DIR: dataDir, PAGE_CACHE_SECONDS: '0', ...databaseEnv });
}

let addresses = 0;
/** A new loopback address for each visitor: the abuse limits count per address, as they would for real visitors. */
const nextAddress = () => {
  addresses += 1;
  return `127.${1 + Math.floor(addresses / 65536)}.${Math.floor(addresses / 256) % 256}.${addresses % 256}`;
};

interface Acknowledged {
  registrations: string[];
  signUps: string[];
  tried: string[];
}

/** Visitors registering and signing up until the server dies; what the server acknowledged. */
async function writeUntilKilled(base: string, trial: number, killAfterMs: number, server: ServerProcess): Promise<Acknowledged> {
  const done: Acknowledged = { registrations: [], signUps: [], tried: [] };
  const killed = new Promise<void>((resolve) =>
    setTimeout(() => {
      server.child.kill('SIGKILL');
      resolve();
    }, killAfterMs),
  );
  let alive = true;
  void killed.then(() => (alive = false));
  const worker = async (w: number) => {
    for (let n = 0; alive; n++) {
      const email = `t${trial}-w${w}-${n}@crash.example`;
      const visitor = new Visitor(httpHub(base, nextAddress));
      try {
        // Three visitors register, one signs up (a sign-up hashes its password: it costs the server much more).
        if (w < 3) {
          const from = `/events/${eventSlug}/register`;
          done.tried.push(email);
          const res = await visitor.post(from, { name: `Person ${n}`, email, country: 'KEN', organisationType: 'government', gender: '', consent: 'yes' }, { from });
          if (res.status === 303) done.registrations.push(email);
        } else {
          done.tried.push(email);
          const res = await visitor.post('/sign-up', { name: `Member ${n}`, email, password }, { from: '/sign-up' });
          if (res.status === 200 && visitor.lastPage.includes('Check your email')) done.signUps.push(email);
        }
      } catch {
        // The connection died with the server: that request was not acknowledged.
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(worker));
  await killed;
  await server.exited;
  return done;
}

async function checkNothingHalfDone(done: Acknowledged): Promise<void> {
  const registered = new Set((await db.db.selectFrom('registrations').select('email').execute()).map((r) => r.email));
  for (const email of done.registrations) expect(registered.has(email), `acknowledged registration ${email}`).toBe(true);

  const users = await db.db.selectFrom('users').select(['id', 'email']).where('email', 'like', '%@crash.example').execute();
  const byEmail = new Set(users.map((u) => u.email));
  for (const email of done.signUps) expect(byEmail.has(email), `acknowledged sign-up ${email}`).toBe(true);
  const withPassword = new Set((await db.db.selectFrom('accounts').select('userId').where('providerId', '=', 'credential').execute()).map((a) => a.userId));
  expect(users.filter((u) => !withPassword.has(u.id)).map((u) => u.email), 'users without a password').toEqual([]);

  const outbox = await db.db.selectFrom('outbox').select(['id', 'toAddress', 'kind']).where('toAddress', 'like', '%@crash.example').execute();
  for (const mail of outbox) {
    const exists = mail.kind.startsWith('registration') ? registered.has(mail.toAddress) : byEmail.has(mail.toAddress);
    expect(exists, `email ${mail.id} (${mail.kind}) to ${mail.toAddress}`).toBe(true);
  }
  // Every .eml file the sender wrote belongs to a committed row, with that row's recipient.
  const rows = new Map(outbox.map((m) => [m.id, m.toAddress]));
  const outboxDir = path.join(dataDir, 'outbox');
  const files = (() => {
    try {
      return readdirSync(outboxDir);
    } catch {
      return [];
    }
  })();
  for (const file of files) {
    const to = /^To: (.+)$/m.exec(readFileSync(path.join(outboxDir, file), 'utf8'))?.[1]?.trim();
    if (!to?.endsWith('@crash.example')) continue;
    const id = Number(file.split('-')[0]);
    expect(rows.get(id), `file ${file}`).toBe(to);
  }
}

describe('a crash in the middle of writes', () => {
  it(`leaves nothing half-done, ${trials} times`, async () => {
    // First start: migrations and the demo content.
    let server = start();
    const base = await listeningUrl(server, 60_000);
    db = testDialect() === 'postgres' ? openDatabase({ databaseUrl: databaseEnv.DATABASE_URL!, poolSize: 2 }) : openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    const event = await db.db.selectFrom('events').select('slug').where('registration', '=', 'built-in').where('status', '<>', 'cancelled').orderBy('startDate').executeTakeFirstOrThrow();
    eventSlug = event.slug;
    const totals = { registrations: 0, signUps: 0 };
    for (let trial = 0; trial < trials; trial++) {
      const url = trial === 0 ? base : await listeningUrl((server = start()), 60_000);
      const done = await writeUntilKilled(url, trial, 1000 + Math.floor(Math.random() * 2000), server);
      totals.registrations += done.registrations.length;
      totals.signUps += done.signUps.length;
      await checkNothingHalfDone(done);
    }
    // Writes did happen and were acknowledged (the test would prove nothing otherwise).
    expect(totals.registrations).toBeGreaterThan(trials);
    expect(totals.signUps).toBeGreaterThan(0);

    // And the hub comes back: ready, and it delivers what was queued before the last crash.
    server = start();
    const again = await listeningUrl(server, 60_000);
    expect((await fetch(`${again}/readyz`)).status).toBe(200);
    const pending = async () =>
      (await db.db.selectFrom('outbox').select('id').where('toAddress', 'like', '%@crash.example').where('status', 'in', ['queued', 'retry']).execute()).length;
    for (let i = 0; i < 100 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await pending()).toBe(0);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 240_000);
});
