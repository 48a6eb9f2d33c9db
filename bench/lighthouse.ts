// Lighthouse (mobile) on five pages of the hub: the home, a list, an item, a country and an event.
// Run: npm run bench:lighthouse   (environment variables: see bench/README.md)
//
// The hub runs as `npm start` runs it (bench/hub.ts: bundled, plain Node, a fresh SQLite DATA_DIR with
// the demo content and the official figures). Lighthouse 12 (13 needs Node 22) runs from its own CLI,
// one Chromium per page: Debian's /usr/bin/chromium (CHROME_PATH), never a downloaded browser, with the
// default mobile settings (a Moto G Power screen, simulated slow 4G and a 4× slower CPU).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listEnv } from './env.js';
import { BenchFailure, describeMachine, get, repoRoot, startHub, stopChild, track, trackDir, runBench } from './hub.js';

const categories = ['seo', 'accessibility', 'best-practices', 'performance'] as const;
type Category = (typeof categories)[number];

const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const defaultPages = ['/', '/solutions', '/solutions/gsma-mobile-money-programme', '/countries/KEN', '/events/unctad-e-commerce-week-2017'];

interface LighthouseReport {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: { items?: unknown[] } }>;
}

interface PageResult {
  path: string;
  scores: Record<Category, number | null>;
  /** Audits of a category that did not pass, with how many elements each flagged. */
  failing: Record<Category, string[]>;
}

/** One Lighthouse run: its CLI in a child process, the JSON report on stdout. */
function runLighthouse(url: string, outDir: string): Promise<LighthouseReport> {
  const cli = path.join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [cli, url, '--quiet', '--output=json', '--output-path=stdout', `--only-categories=${categories.join(',')}`, `--chrome-flags=${chromeFlags}`];
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, args, {
        cwd: outDir,
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', TMPDIR: outDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new BenchFailure(`lighthouse exited with ${code} for ${url}:\n${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(out) as LighthouseReport);
      } catch {
        reject(new BenchFailure(`lighthouse printed no JSON report for ${url}:\n${err.slice(-2000)}`));
      }
    });
  });
}

function summarise(pagePath: string, report: LighthouseReport): PageResult {
  const scores = {} as Record<Category, number | null>;
  const failing = {} as Record<Category, string[]>;
  for (const category of categories) {
    const c = report.categories[category];
    scores[category] = c.score === null ? null : Math.round(c.score * 100);
    failing[category] = c.auditRefs
      .map((ref) => report.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}${a.details?.items?.length ? ` [${a.details.items.length}]` : ''}`);
  }
  return { path: pagePath, scores, failing };
}

async function main() {
  const pages = listEnv('BENCH_PAGES', defaultPages);
  const machine = describeMachine();
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.availableParallelism} available parallelism (${machine.logicalCpus} logical CPUs), ` +
      `${machine.totalMemoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}, ${machine.date}`,
  );
  const work = trackDir(mkdtempSync(path.join(os.tmpdir(), 'e4d-bench-lighthouse-')));
  const hub = await startHub({ work });
  const results: PageResult[] = [];
  let version = '';
  try {
    for (const pagePath of pages) {
      const url = `${hub.base}${pagePath}`;
      const check = await get(url);
      if (check.status !== 200) throw new BenchFailure(`${pagePath} answered ${check.status}; set BENCH_PAGES to pages that exist`);
      const runDir = mkdtempSync(path.join(work, 'lh-'));
      const report = await runLighthouse(url, runDir);
      version = report.lighthouseVersion;
      const result = summarise(pagePath, report);
      results.push(result);
      console.log(`${pagePath}: ${categories.map((c) => `${c} ${result.scores[c] ?? 'n/a'}`).join(', ')}`);
    }
  } finally {
    await stopChild(hub.child, 15_000);
  }

  const width = Math.max(10, ...results.map((r) => r.path.length + 2));
  const head = ['SEO', 'access.', 'best pr.', 'perf.'];
  console.log(`\nLighthouse ${version}, mobile (default settings), Chromium ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}:`);
  console.log(`${'page'.padEnd(width)}${head.map((h) => h.padStart(9)).join('')}`);
  for (const r of results) console.log(`${r.path.padEnd(width)}${categories.map((c) => String(r.scores[c] ?? 'n/a').padStart(9)).join('')}`);
  const problems = results.flatMap((r) => categories.filter((c) => r.failing[c].length).map((c) => `  ${r.path} ${c}: ${r.failing[c].join(', ')}`));
  if (problems.length) console.log(`\nAudits that did not pass:\n${problems.join('\n')}`);

  mkdirSync(path.join(repoRoot, 'bench', 'out'), { recursive: true });
  const file = path.join(repoRoot, 'bench', 'out', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, lighthouse: version, chromeFlags, results }, null, 2));
  console.log(`\nWritten to ${path.relative(repoRoot, file)}`);
  // The issue's target: SEO 100 on every page audited.
  if (results.some((r) => r.scores.seo !== 100)) {
    console.error('SEO is below 100 on at least one page.');
    process.exitCode = 3;
  }
}

runBench(main);
