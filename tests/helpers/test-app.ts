import pino from 'pino';
import { loadDemoContent, loadOfficialFigures, loadReferenceData } from '../../data/loader.js';
import { createApp } from '../../src/app.js';
import { createDeps } from '../../src/deps.js';
import type { AppDeps } from '../../src/web/context.js';
import type { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { type TestDb, createTestDb } from './test-db.js';

export interface TestHub {
  app: ReturnType<typeof createApp>;
  db: TestDb;
  responseCache: ResponseCache;
  /** GET a path with optional headers. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The app's dependencies for a test database (emails stay in the outbox table). */
export function testDeps(db: TestDb, options: { publicUrl?: string } = {}): AppDeps {
  return createDeps({
    db: db.db,
    dialect: db.dialect,
    logger: pino({ level: 'silent' }),
    publicUrl: options.publicUrl,
    fallbackUrl: 'http://localhost',
    secret: 'test-secret-for-e4d-hub-tests-only-0123456789',
    pageCacheSeconds: 60,
    mail: { from: 'E4D Hub <test@localhost>' },
  });
}

/**
 * createApp for a test. With PUBLIC_URL set the hub answers its host only (web/middleware/host.ts), so
 * a request by path goes to that address, as a browser following the hub's links would.
 */
export function createTestApp(deps: AppDeps): ReturnType<typeof createApp> {
  const app = createApp(deps);
  if (!deps.publicUrl) return app;
  const origin = new URL(deps.publicUrl).origin;
  const request = app.request;
  app.request = (input, init, env, executionCtx) => request(typeof input === 'string' && input.startsWith('/') ? `${origin}${input}` : input, init, env, executionCtx);
  return app;
}

/** The whole app on a fresh database with reference data and, unless told otherwise, the demo content. */
export async function createTestHub(options: { demo?: boolean; officialFigures?: boolean } = {}): Promise<TestHub> {
  const db = await createTestDb();
  await loadReferenceData(db.db);
  // The figures of data/reference, as a first start loads them (off by default: most tests need none, and they cost a second).
  if (options.officialFigures) await loadOfficialFigures(db.db);
  if (options.demo ?? true) await loadDemoContent(db.db);
  const deps = testDeps(db);
  const { responseCache } = deps;
  const app = createApp(deps);
  return {
    app,
    db,
    responseCache,
    get: (path, headers = {}) => Promise.resolve(app.request(path, { headers })),
    close: () => db.destroy(),
  };
}
