/**
 * Prepares seeds while the run is still reading them, on every core. Seeds
 * queue up as the run hands them over; once enough are waiting, a worker
 * thread per core starts and takes them in batches, so the workers load their
 * extractors and prepare while the run reads, hashes and publishes. Small runs
 * stay on the calling thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { PreparedSeed } from './index.ts';
import type { RawSeed } from './types.ts';
import { packSeeds } from './seed-batch.ts';
import { startThread } from '../lib/thread.ts';

/** Below this many seeds, one thread is about as fast as starting workers (each takes 0.1–0.2 s of CPU to load the extractors). */
const PARALLEL_FROM = 400;
const BATCH = 64;
/** Batches sent to a worker at once: it starts the next while the run takes in the last. */
const BATCHES_IN_FLIGHT = 2;

export interface Preparer {
  /** Queues a seed; its result comes back through the promise. */
  prepare(seed: RawSeed): Promise<PreparedSeed>;
  /** Every seed is queued: prepares the rest. */
  finish(): Promise<void>;
  /** Stops the workers, whether or not their work is done. */
  close(): Promise<void>;
}

interface Job {
  seed: RawSeed;
  resolve: (result: PreparedSeed) => void;
  reject: (error: unknown) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first. */
  batches: Job[][];
}

export function createPreparer(registriesDir: string): Preparer {
  const waiting: Job[] = [];
  const threads = availableParallelism();
  let workers: PoolWorker[] | undefined;
  let finished = false;
  let failure: unknown;

  function startWorkers(): PoolWorker[] {
    return Array.from({ length: threads }, () => {
      const entry: PoolWorker = { worker: startThread(new URL('./prepare-worker.ts', import.meta.url), { workerData: { registriesDir } }), batches: [] };
      entry.worker.on('message', (results: PreparedSeed[]) => {
        const batch = entry.batches.shift()!;
        batch.forEach((job, index) => job.resolve(results[index]));
        dispatch();
      });
      entry.worker.on('error', fail);
      // A thread that stops with work in hand (its 'error' came first, or it never told): fail, never hang.
      entry.worker.on('exit', (code) => {
        if (entry.batches.length > 0) fail(new Error(`a preparing thread stopped (exit code ${code}) with seeds in hand`));
      });
      return entry;
    });
  }

  function dispatch(): void {
    if (!workers) return;
    for (const entry of workers) {
      while (entry.batches.length < BATCHES_IN_FLIGHT && (waiting.length >= BATCH || (finished && waiting.length > 0))) {
        const batch = waiting.splice(0, BATCH);
        entry.batches.push(batch);
        const packed = packSeeds(batch.map((job) => job.seed));
        entry.worker.postMessage(packed, [packed.bytes.buffer]);
      }
    }
  }

  function fail(error: unknown): void {
    failure ??= error;
    for (const job of [...waiting, ...(workers ?? []).flatMap((entry) => entry.batches.flat())]) job.reject(error);
    waiting.length = 0;
    for (const entry of workers ?? []) entry.batches.length = 0;
  }

  return {
    prepare(seed) {
      if (failure) return Promise.reject(failure);
      const result = new Promise<PreparedSeed>((resolve, reject) => waiting.push({ seed, resolve, reject }));
      // The run awaits results in order and stops at the first failure: the later ones are not unhandled.
      result.catch(() => {});
      if (!workers && threads >= 2 && waiting.length >= PARALLEL_FROM) workers = startWorkers();
      dispatch();
      return result;
    },
    async finish() {
      finished = true;
      if (workers) return dispatch();
      if (waiting.length === 0) return;
      const [{ createExtractors, prepareSeeds }, { loadRegistries }] = await Promise.all([import('./index.ts'), import('../lib/registries.ts')]);
      const extractors = createExtractors(loadRegistries(registriesDir));
      const jobs = waiting.splice(0);
      prepareSeeds(jobs.map((job) => job.seed), extractors).forEach((prepared, index) => jobs[index].resolve(prepared));
    },
    async close() {
      await Promise.all((workers ?? []).map((entry) => entry.worker.terminate()));
    },
  };
}
