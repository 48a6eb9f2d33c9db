import pino from 'pino';
import { loadDemoContent, loadReferenceData } from '../../data/loader.js';
import { createApp } from '../../src/app.js';
import { FacetIndexCache } from '../../src/features/catalogue/facet-index.js';
import { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { type TestDb, createTestDb } from './test-db.js';

export interface TestHub {
  app: ReturnType<typeof createApp>;
  db: TestDb;
  responseCache: ResponseCache;
  /** GET a path with optional headers. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The whole app on a fresh database with reference data and, unless told otherwise, the demo content. */
export async function createTestHub(options: { demo?: boolean } = {}): Promise<TestHub> {
  const db = await createTestDb();
  await loadReferenceData(db.db);
  if (options.demo ?? true) await loadDemoContent(db.db);
  const responseCache = new ResponseCache({ ttlSeconds: 60 });
  const app = createApp({ db: db.db, dialect: db.dialect, logger: pino({ level: 'silent' }), responseCache, facets: new FacetIndexCache() });
  return {
    app,
    db,
    responseCache,
    get: (path, headers = {}) => Promise.resolve(app.request(path, { headers })),
    close: () => db.destroy(),
  };
}
