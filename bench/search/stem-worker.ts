// Worker thread of the stem pool (bench/search/load.ts): generates a batch of items itself (the
// generator is deterministic) and returns their texts as the search index stores them, made by the
// app's own indexText. Stemming is most of a load's CPU time; it runs beside the writes.
import { parentPort, workerData } from 'node:worker_threads';
import type { ItemType } from '../../src/features/catalogue/types.js';
import { type BenchOrganisation, itemGenerator } from './generator.js';
import { stem } from './stem.js';

const { seed, organisations } = workerData as { seed: number; organisations: BenchOrganisation[] };
const generate = itemGenerator(seed, organisations);

parentPort!.on('message', (job: { id: number; type: ItemType; from: number; to: number }) => {
  try {
    parentPort!.postMessage({ id: job.id, stemmed: stem(generate(job.type, job.from, job.to)) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack : String(error) });
  }
});
