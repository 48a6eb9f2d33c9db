// Child process of tests/http/page-cache-memory.test.ts, run with `node --expose-gc --import tsx`:
// the whole app on a test database, 1,000 cache-busting requests, and the process's memory
// (V8 heap and array buffers, after full collections) before and after. Prints one JSON line.
import { loadDemoContent, loadReferenceData } from '../../data/loader.js';
import { createApp } from '../../src/app.js';
import { ResponseCache } from '../../src/web/middleware/response-cache.js';
import { testDeps } from './test-app.js';
import { createTestDb } from './test-db.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const maxBytes = Number(process.argv[2]);
const requests = Number(process.argv[3]);

/** Heap in use plus array buffers (response bodies live there), after collections settle. */
async function memory(): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 10; i++) {
    gc!();
    await new Promise((resolve) => setImmediate(resolve));
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    const now = heapUsed + arrayBuffers;
    if (now >= last - 64 * 1024) return Math.min(now, last);
    last = now;
  }
  return last;
}

const db = await createTestDb();
try {
  await loadReferenceData(db.db);
  await loadDemoContent(db.db);
  const cache = new ResponseCache({ ttlSeconds: 600, maxBytes });
  const app = createApp({ ...testDeps(db), responseCache: cache });
  const tongues = ['fr', 'es', 'en', 'de', 'pt-BR', 'zh-Hans', 'ar', 'sw'];
  const address = (i: number) => (i % 3 === 0 ? `/sitemap.xml?c=${i}` : i % 3 === 1 ? `/organisations?page=${i}&x=${i}` : `/?q=${i}`);
  const headers = (i: number): Record<string, string> => ({
    'Accept-Language': `${tongues[i % tongues.length]}-${i.toString(36)};q=0.9, ${tongues[(i * 7) % tongues.length]};q=0.${(i % 9) + 1}`,
    ...(i % 2 ? { 'Accept-Encoding': 'br, gzip' } : {}),
  });
  const fetch = async (i: number) => {
    const res = await app.request(address(i), { headers: headers(i) });
    if (res.status !== 200) throw new Error(`${address(i)}: ${res.status}`);
    await res.arrayBuffer();
  };
  // Every kind of page first, so that code, translations and the data caches are loaded before measuring.
  for (let i = 0; i < 60; i++) await fetch(1_000_000 + i);
  const before = await memory();
  for (let i = 0; i < requests; i++) await fetch(i);
  const after = await memory();
  console.log(JSON.stringify({ before, after, cacheBytes: cache.bytes, cacheEntries: cache.size, maxBytes }));
} finally {
  await db.destroy();
}
