import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b2cReferenceFiles } from '../../../tests/helpers/b2c-reference.js';
import { createEmptyPostgresDatabase, testDialect } from '../../../tests/helpers/test-db.js';

const run = promisify(execFile);
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
    expect(first.stdout).toMatch(/^Imported the 2019 edition: 152 economies from .*b2c_index_2019_unctad_tn14_table5\.csv \(batch 1\); .+, \d+ ms\.\n$/);
    expect(first.status).toBe(0);
    const again = await cli('import', 'b2c', b2cReferenceFiles[2019], '--edition', '2019');
    expect(again.stdout).toMatch(/is already the 2019 edition \(batch 1\): nothing changed/);
  });

  it('prints the report and exits with status 1 when a file is refused', async () => {
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'iso3,indicator,year,value\nKEN,internet-users,2019,120\nXXX,internet-users,2019,1\n');
    const refused = await cli('import', 'indicators', bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        'The import was refused (2 problems); nothing was imported.',
        'line 2: value: 120 is outside 0–100 for internet-users',
        'line 3: iso3: "XXX" is not an ISO 3166-1 alpha-3 code the hub knows',
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
