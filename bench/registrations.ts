// Event registrations per second through the hub on a file-backed SQLite database, with
// SQLITE_SYNCHRONOUS=full (the default) against normal: what syncing every commit costs (decision 012).
// Run: npm run bench:registrations   (environment variables: see bench/README.md)
//
// Each run starts the hub as `npm start` does (bench/hub.ts) on a fresh DATA_DIR without demo content,
// then adds one event with built-in registration and no capacity. Each registration is a POST of the
// form, as a browser without JavaScript sends it, with its own email address and from its own client
// address (127.x.y.z, all loopback), so the abuse limits per address and per recipient never refuse one.
// The outbox writes each confirmation email as a file, as it does without SMTP. Modes take turns; the
// median run of each counts.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, sqliteFileIn } from '../src/db/database.js';
import { eventCreator } from '../src/features/events/commands.js';
import { buildEvent } from '../src/features/events/factory.js';
import { organisationCreator } from '../src/features/organisations/commands.js';
import { buildOrganisation } from '../src/features/organisations/factory.js';
import { intEnv } from './env.js';
import { BenchFailure, type HubProcess, describeMachine, get, median, repoRoot, request, round, startHub, stopChild, trackDir, runBench } from './hub.js';

type Mode = 'full' | 'normal';

const config = (() => {
  try {
    return {
      registrations: intEnv('BENCH_REGISTRATIONS', 400, 10, 100_000),
      warmup: intEnv('BENCH_WARMUP', 40, 0, 10_000),
      concurrency: intEnv('BENCH_CONCURRENCY', 8, 1, 256),
      runs: intEnv('BENCH_RUNS', 5, 1, 50),
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

/** One open event, written into the hub's database beside it (the hub has served nothing yet). */
async function addEvent(dataDir: string): Promise<string> {
  const { db } = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
  try {
    const organiser = buildOrganisation({ slug: 'bench-organiser' });
    const seed = buildEvent({ slug: 'bench-registrations', registration: 'built-in', organisers: [organiser.slug], startDate: '2030-04-24', endDate: '2030-04-25' });
    await db.transaction().execute(async (trx) => {
      await organisationCreator(trx, organiser);
      await eventCreator(trx, seed);
    });
    return seed.slug;
  } finally {
    await db.destroy();
  }
}

/** The n-th client address: 127.1.1.1, 127.1.1.2, … (all of 127/8 is loopback on Linux). */
const clientAddress = (n: number) => `127.${1 + Math.floor(n / 65_025)}.${1 + (Math.floor(n / 255) % 255)}.${1 + (n % 255)}`;

async function registrationRun(hub: HubProcess, slug: string, count: number, offset: number): Promise<{ perSecond: number; latenciesMs: number[] }> {
  const form = await get(`${hub.base}/events/${slug}/register`);
  const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body.toString('utf8'))?.[1];
  if (form.status !== 200 || !token) throw new BenchFailure(`the registration form did not load (status ${form.status})`);
  const latenciesMs: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = offset + next++;
      const body = new URLSearchParams({ name: `Participant ${n}`, email: `participant-${n}@example.org`, country: 'SEN', organisationType: 'government', gender: '', consent: 'yes', _csrf: token }).toString();
      const started = performance.now();
      const res = await request(`${hub.base}/events/${slug}/register`, {
        method: 'POST',
        localAddress: clientAddress(n),
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) },
        body,
        timeoutMs: 30_000,
      });
      latenciesMs.push(performance.now() - started);
      if (res.status !== 303) throw new BenchFailure(`registration ${n} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: config.concurrency }, worker));
  return { perSecond: count / ((performance.now() - started) / 1000), latenciesMs };
}

async function main() {
  const machine = describeMachine();
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.availableParallelism} available parallelism (${machine.logicalCpus} logical CPUs), ` +
      `${machine.totalMemoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}, ${machine.date}`,
  );
  console.log(
    `Each run: the hub on a fresh SQLite DATA_DIR in ${os.tmpdir()}, ${config.warmup} warm-up then ${config.registrations} measured registrations, ` +
      `${config.concurrency} at a time; ${config.runs} runs per mode, modes taking turns. The hub and this process share the machine.`,
  );

  const results: Record<Mode, { perSecond: number; p50Ms: number; p99Ms: number }[]> = { full: [], normal: [] };
  for (let run = 0; run < config.runs; run++) {
    // Alternate which mode goes first, so that drift on the machine affects both alike.
    for (const mode of run % 2 === 0 ? (['full', 'normal'] as const) : (['normal', 'full'] as const)) {
      const work = trackDir(mkdtempSync(path.join(os.tmpdir(), 'e4d-bench-registrations-')));
      const hub = await startHub({ work, env: { DEMO_CONTENT: 'false', SQLITE_SYNCHRONOUS: mode } });
      try {
        const slug = await addEvent(path.join(work, 'hub-data'));
        if (config.warmup) await registrationRun(hub, slug, config.warmup, 0);
        const { perSecond, latenciesMs } = await registrationRun(hub, slug, config.registrations, config.warmup);
        const row = { perSecond: round(perSecond, 1), p50Ms: round(percentile(latenciesMs, 50), 1), p99Ms: round(percentile(latenciesMs, 99), 1) };
        results[mode].push(row);
        console.log(`run ${run + 1} ${mode.padEnd(6)} ${row.perSecond} registrations/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms`);
      } finally {
        await stopChild(hub.child, 15_000);
      }
    }
  }

  const summary = Object.fromEntries(
    (['full', 'normal'] as const).map((mode) => [
      mode,
      { perSecond: median(results[mode].map((r) => r.perSecond)), p50Ms: median(results[mode].map((r) => r.p50Ms)), p99Ms: median(results[mode].map((r) => r.p99Ms)) },
    ]),
  ) as Record<Mode, { perSecond: number; p50Ms: number; p99Ms: number }>;
  console.log('\nMedian of the runs:');
  for (const mode of ['full', 'normal'] as const) {
    console.log(`  synchronous=${mode.toUpperCase().padEnd(6)} ${round(summary[mode].perSecond, 1)} registrations/s, p50 ${summary[mode].p50Ms} ms, p99 ${summary[mode].p99Ms} ms`);
  }
  console.log(`  FULL/NORMAL: ${round(summary.full.perSecond / summary.normal.perSecond, 2)} of the throughput`);
  mkdirSync(path.join(repoRoot, 'bench', 'out'), { recursive: true });
  const file = path.join(repoRoot, 'bench', 'out', `registrations-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, config, results, summary }, null, 2));
  console.log(`\nWritten to ${path.relative(repoRoot, file)}`);
}

runBench(main);
