import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b2cReferenceFiles } from '../../../tests/helpers/b2c-reference.js';
import { createEmptyPostgresDatabase, testDialect } from '../../../tests/helpers/test-db.js';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/indicators/${name}`, import.meta.url));
let dir: string;
let env: NodeJS.ProcessEnv;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'e4d-cli-'));
  env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  if (testDialect() === 'postgres') {
    const database = await createEmptyPostgresDatabase();
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabase?.();
});

/** `npm run cli -- ARGS`, as a person types it; stdout is a pipe here, so no progress bar is drawn. */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env, cwd: process.cwd() });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run cli -- import', () => {
  it('imports an edition, then finds it unchanged', async () => {
    const first = await cli('import', 'b2c', b2cReferenceFiles[2019], '--edition', '2019');
    expect(first.stderr).toBe('');
    // The start loaded the shipped edition with its own source; imported by hand, it takes the default one.
    const batch = /^Imported the 2019 edition: 152 economies from .*b2c-index-2019\.csv \(batch (\d+)\); .+, \d+ ms\.\n$/.exec(first.stdout);
    expect(batch, first.stdout).not.toBeNull();
    expect(first.status).toBe(0);
    const again = await cli('import', 'b2c', b2cReferenceFiles[2019], '--edition', '2019');
    expect(again.stdout).toContain(`is already the 2019 edition (batch ${batch![1]}): nothing changed`);
  });

  it('imports the publishers’ indicator files, told by their columns or names, or named with --indicator', async () => {
    const tracker = await cli('import', 'indicators', fixture('unctad_cyberlaw_tracker.csv'));
    expect(tracker.stderr).toBe('');
    expect(tracker.stdout).toMatch(/^Imported 11 observations from .*unctad_cyberlaw_tracker\.csv \(batch \d+\)/);
    const renamed = path.join(dir, 'gci.csv');
    writeFileSync(renamed, readFileSync(fixture('itu_gci_2020_score.csv')));
    const unnamed = await cli('import', 'indicators', renamed);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain('name its indicator (--indicator CODE on the command line');
    const named = await cli('import', 'indicators', renamed, '--indicator', 'cybersecurity-index');
    expect(named.stdout).toMatch(/^Imported 4 observations from /);
    expect(named.status).toBe(0);
  });

  it('prints the report and exits with status 1 when a file is refused', async () => {
    const bad = path.join(dir, 'bad.csv');
    const nextYear = new Date().getUTCFullYear() + 1;
    writeFileSync(
      bad,
      `iso3,indicator,year,value,sex\nKEN,internet-users,2019,120,total\nXXX,internet-users,2019,1,total\nKEN,internet-users,${nextYear},30,total\nKEN,account-ownership,2017,80,women\nRWA,internet-users,2019,20,total\nRWA,internet-users,2019,21,total\n`,
    );
    const refused = await cli('import', 'indicators', bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        'The import was refused (5 problems); nothing was imported.',
        'line 2: value: 120 is outside 0–100 for internet-users',
        'line 3: iso3: "XXX" is not an ISO 3166-1 alpha-3 code the hub knows',
        `line 4: year: ${nextYear} is in the future`,
        'line 5: sex: "women" must be total, female or male',
        'line 7: RWA internet-users 2019 (total) appears twice (also on line 6)',
        '',
      ].join('\n'),
    );
  });

  it('explains its usage', async () => {
    const wrong = await cli('import', 'b2c', b2cReferenceFiles[2019]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('import b2c needs --edition YEAR.');
    expect(wrong.stderr).toContain('npm run cli -- import indicators FILE');
  });
});
