import pino from 'pino';
import { loadDemoContent, loadReferenceData } from '../../data/loader.js';
import { createApp } from '../../src/app.js';
import { type TestDb, createTestDb } from './test-db.js';

export interface TestHub {
  app: ReturnType<typeof createApp>;
  db: TestDb;
  /** GET a path with optional headers. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The whole app on a fresh database with reference data and, unless told otherwise, the demo content. */
export async function createTestHub(options: { demo?: boolean } = {}): Promise<TestHub> {
  const db = await createTestDb();
  await loadReferenceData(db.db);
  if (options.demo ?? true) await loadDemoContent(db.db);
  const app = createApp({ db: db.db, dialect: db.dialect, logger: pino({ level: 'silent' }) });
  return {
    app,
    db,
    get: (path, headers = {}) => Promise.resolve(app.request(path, { headers })),
    close: () => db.destroy(),
  };
}
