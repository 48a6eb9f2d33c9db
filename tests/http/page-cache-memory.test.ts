import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mb = 1024 * 1024;

/*
 * Issue 12, problem 12: 900 requests to /sitemap.xml?c=N took the process from 213 to 673 MB, and it
 * stayed. Measured in a child process (node --expose-gc), where nothing else shares the heap.
 */
describe('memory under cache-busting requests', () => {
  it("1,000 distinct addresses and languages leave the process's memory within the cache's byte limit", async () => {
    const limit = 2 * mb;
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/helpers/page-cache-memory.ts', String(limit), '1000'], {
      cwd: root,
      env: process.env,
      timeout: 170_000,
      maxBuffer: 4 * mb,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { before: number; after: number; cacheBytes: number; cacheEntries: number; maxBytes: number };
    expect(result.maxBytes).toBe(limit);
    expect(result.cacheBytes).toBeLessThanOrEqual(limit);
    expect(result.cacheEntries).toBeGreaterThan(0);
    // The page cache's limit, the compressed-body cache's (8 MB, web/middleware/compression.ts), and room
    // for what V8 keeps besides (code, inline caches): about 20 MB. The old cache grew by hundreds.
    expect(result.after - result.before).toBeLessThan(limit + 8 * mb + 12 * mb);
  }, 180_000);
});
