/**
 * Prepares many seeds at once, on every core: a worker thread per core runs
 * `prepareSeed` on batches of seeds. Small runs stay on the calling thread,
 * where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createExtractors, prepareSeed, type PreparedSeed } from './index.ts';
import { loadRegistries } from '../lib/registries.ts';
import type { RawSeed } from './types.ts';

/** Below this many seeds, one thread is faster than starting workers (each loads the extractors, ~0.5 s). */
const PARALLEL_FROM = 400;
const BATCH = 64;

export async function prepareAll(seeds: RawSeed[], registriesDir: string, onPrepared?: () => void): Promise<PreparedSeed[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(seeds.length / BATCH));
  if (seeds.length < PARALLEL_FROM || threads < 2) {
    const extractors = createExtractors(loadRegistries(registriesDir));
    return seeds.map((seed) => {
      const prepared = prepareSeed(seed, extractors);
      onPrepared?.();
      return prepared;
    });
  }
  const results: PreparedSeed[] = new Array(seeds.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: { registriesDir } });
      let batchStart = 0;
      const sendBatch = () => {
        if (next >= seeds.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        batchStart = next;
        const batch = seeds.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (prepared: PreparedSeed[]) => {
        for (const [offset, result] of prepared.entries()) {
          results[batchStart + offset] = result;
          onPrepared?.();
        }
        sendBatch();
      });
      worker.on('error', reject);
      sendBatch();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
