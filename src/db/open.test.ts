import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDialect } from '../../tests/helpers/test-db.js';
import { readEnv } from '../env.js';
import { migrations } from './migrations/index.js';
import { prepareDatabase } from './open.js';

let dataDir: string;
let cleanup: () => Promise<void>;
let env: ReturnType<typeof readEnv>;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'e4d-open-'));
  if (testDialect() === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    env = readEnv({ DATA_DIR: dataDir, DATABASE_URL: empty.url });
    cleanup = empty.drop;
  } else {
    env = readEnv({ DATA_DIR: dataDir });
    cleanup = async () => {};
  }
});
afterEach(async () => {
  await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('starting on an empty database', () => {
  it('migrates, loads reference data and the demo on first start only', async () => {
    const first = await prepareDatabase(env, { demo: true });
    expect(first.dialect).toBe(testDialect());
    expect(first.migrations).toEqual(Object.keys(migrations));
    expect(first.migrations[0]).toBe('20261128T0800-foundation');
    expect(first.demo?.added.organisations).toBeGreaterThan(30);
    await first.db.destroy();

    const second = await prepareDatabase(env, { demo: true });
    expect(second.migrations).toEqual([]);
    expect(second.demo).toBeUndefined();
    const partners = await second.db.selectFrom('organisations').select('slug').execute();
    expect(partners.length).toBe(first.demo?.added.organisations);
    await second.db.destroy();
  });

  it('starts empty when the demo is switched off', async () => {
    const prepared = await prepareDatabase(env, { demo: false });
    expect(prepared.demo).toBeUndefined();
    expect(await prepared.db.selectFrom('organisations').select('id').execute()).toEqual([]);
    expect((await prepared.db.selectFrom('countries').select('iso3').execute()).length).toBe(249);
    await prepared.db.destroy();
  });

  if (testDialect() === 'sqlite') {
    it('keeps the SQLite file in DATA_DIR', async () => {
      const prepared = await prepareDatabase(env, { demo: false });
      expect(prepared.location).toBe(path.join(dataDir, 'e4d-hub.sqlite'));
      await prepared.db.destroy();
    });
  }
});
