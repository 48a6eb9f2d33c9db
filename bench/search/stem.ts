// Stemming items' texts for the bulk loader, with the app's own indexText (src/features/search/text.ts),
// on worker thread(s), so that stemming the next batches overlaps the database writes of this one.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ItemSeed, ItemText, ItemType } from '../../src/features/catalogue/types.js';
import { type IndexedText, indexedText } from '../../src/db/search/index.js';
import type { Locale } from '../../src/web/i18n/locales.js';
import type { BenchOrganisation } from './generator.js';

export type { IndexedText };

/** Texts in the order itemCreator takes them: Object.entries(seed.text). */
export function textsOf(seed: ItemSeed): [Locale, ItemText][] {
  return Object.entries(seed.text) as [Locale, ItemText][];
}

export function stem(items: ItemSeed[]): IndexedText[][] {
  return items.map((seed) =>
    textsOf(seed).map(([locale, t]) => indexedText({ locale, title: t.title, summary: t.summary, body: t.description })),
  );
}

/** Worker threads do not inherit tsx's loader hooks: each registers tsx, then loads stem-worker.ts. */
function startWorker(data: unknown): Worker {
  const require = createRequire(import.meta.url);
  const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./stem-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`, { eval: true, workerData: data });
}

export class StemPool {
  private readonly workers: { worker: Worker; pending: number }[];
  private readonly waiting = new Map<number, { resolve: (v: IndexedText[][]) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(seed: number, organisations: BenchOrganisation[], size = os.availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const entry = { worker: startWorker({ seed, organisations }), pending: 0 };
      entry.worker.on('message', (m: { id: number; stemmed?: IndexedText[][]; error?: string }) => {
        entry.pending -= 1;
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.error) w?.reject(new Error(`stem worker: ${m.error}`));
        else w?.resolve(m.stemmed!);
      });
      entry.worker.on('error', (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      return entry;
    });
  }

  /** The stemmed texts of items from..to-1 of one type, made by the least busy worker. */
  stem(type: ItemType, from: number, to: number): Promise<IndexedText[][]> {
    const id = this.next++;
    const entry = this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    entry.pending += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      entry.worker.postMessage({ id, type, from, to });
    });
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
