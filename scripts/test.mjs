#!/usr/bin/env node
// npm test: the unit and HTTP suite on SQLite and on PostgreSQL, then the browser stories (and the
// XSS corpus again on PostgreSQL).
// Prints which suites ran; with CI=true a suite that could not run is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const defaultPgUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const outDir = mkdtempSync(path.join(tmpdir(), 'e4d-test-'));
const started = Date.now();

async function postgresUrl() {
  const url = process.env.TEST_DATABASE_URL ?? defaultPgUrl;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (error) {
    return { reason: `PostgreSQL not reachable at ${url.replace(/:[^:@/]*@/, ':***@')} (${error.message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

function runVitest(name, args, env) {
  const report = path.join(outDir, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests;
  }
  const ok = result.status === 0 && passed > 0;
  if (!ok && failed === 0) failed = 1; // a file that failed to load, or no test at all
  return { name, ran: true, ok, passed, failed };
}

const suites = [];
suites.push(runVitest('SQLite', [], { TEST_DB: 'sqlite' }));

const postgres = await postgresUrl();
if (postgres.url) suites.push(runVitest('PostgreSQL', [], { TEST_DB: 'postgres', TEST_DATABASE_URL: postgres.url }));
else suites.push({ name: 'PostgreSQL', ran: false, reason: postgres.reason });

if (existsSync(chromium)) {
  suites.push(runVitest('browser', ['--config', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium, TEST_DB: 'sqlite' }));
  // The XSS corpus renders what each database gives back: it runs on PostgreSQL as well.
  if (postgres.url) {
    const env = { CHROMIUM_PATH: chromium, TEST_DB: 'postgres', TEST_DATABASE_URL: postgres.url };
    suites.push(runVitest('browser XSS on PostgreSQL', ['--config', 'vitest.e2e.config.ts', 'tests/e2e/xss.test.ts'], env));
  }
} else suites.push({ name: 'browser', ran: false, reason: `no Chromium at ${chromium} (apt-get install -y chromium)` });

rmSync(outDir, { recursive: true, force: true });

console.log('\n=== Suites ===');
let passed = 0;
let failed = 0;
for (const s of suites) {
  if (s.ran) {
    passed += s.passed;
    failed += s.failed;
    console.log(`${s.ok ? 'ran   ' : 'FAILED'}  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
  } else {
    console.log(`SKIPPED ${s.name}: ${s.reason}${ci ? ' — not allowed in CI' : ''}`);
  }
}
const skipped = suites.filter((s) => !s.ran);
if (ci && skipped.length) failed += skipped.length;
console.log(`Time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || suites.some((s) => s.ran && !s.ok) ? 1 : 0);
