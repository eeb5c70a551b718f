/**
 * Prepares seeds while the run is still reading them, on worker threads. Seeds
 * queue up as the run hands them over; once enough are waiting, a thread per
 * core starts and takes them in batches, so the threads load their extractors
 * and prepare while the run reads, hashes and publishes. A small run gets one
 * thread, started when the run has handed over every seed.
 *
 * No seed may stall the run. A thread that has worked on one batch for longer
 * than the batch's deadline (a minute, and more for a large seed) is stopped
 * and replaced; its batch's seeds are prepared again one at a time, and the one
 * that runs out its deadline alone is rejected with the reason, the others
 * published. Nothing in the seeds that built before is known to take so long
 * (a line of 2,000 dates took 15 minutes until stop 42): this is for the shape
 * of text nobody has seen yet.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { PreparedSeed } from './index.ts';
import type { RawSeed } from './types.ts';
import { packSeeds } from './seed-batch.ts';
import { startThread } from '../lib/thread.ts';

/** Below this many seeds, one thread is about as fast as several (each takes 0.1–0.2 s of CPU to load the extractors). */
const PARALLEL_FROM = 400;
const BATCH = 64;
/** Batches sent to a thread at once: it starts the next while the run takes in the last. */
const BATCHES_IN_FLIGHT = 2;

/** How long a thread may work on one batch: a base, and more per megabyte (a 5 MB page takes a few seconds). */
export interface Deadline {
  seconds: number;
  secondsPerMegabyte: number;
}

export const DEADLINE: Deadline = { seconds: 60, secondsPerMegabyte: 20 };

export interface PreparerOptions {
  /** The thread's module: it answers each batch it is sent (prepare-worker.ts; a test gives a stand-in). */
  worker?: URL;
  deadline?: Deadline;
  /** How often the threads' batches are checked against their deadline, in ms. */
  checkEvery?: number;
}

export interface Preparer {
  /** Queues a seed; its result comes back through the promise. */
  prepare(seed: RawSeed): Promise<PreparedSeed>;
  /** Every seed is queued: prepares the rest. */
  finish(): Promise<void>;
  /** Stops the threads, whether or not their work is done. */
  close(): Promise<void>;
}

interface Job {
  seed: RawSeed;
  resolve: (result: PreparedSeed) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  jobs: Job[];
  /** When the thread began on it: when it was sent, or when the batch before it was answered. */
  since: number;
}

interface PoolWorker {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first. */
  batches: Batch[];
}

export function createPreparer(registriesDir: string, options: PreparerOptions = {}): Preparer {
  const { worker: module = new URL('./prepare-worker.ts', import.meta.url), deadline = DEADLINE, checkEvery = 1000 } = options;
  const threads = availableParallelism();
  const waiting: Job[] = [];
  /** Seeds of a batch that ran out its deadline, each to be prepared alone. */
  const suspects: Job[] = [];
  let workers: PoolWorker[] | undefined;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let finished = false;
  let failure: unknown;

  function startWorker(): PoolWorker {
    const entry: PoolWorker = { worker: startThread(module, { workerData: { registriesDir } }), batches: [] };
    entry.worker.on('message', (results: PreparedSeed[]) => {
      const batch = entry.batches.shift()!;
      batch.jobs.forEach((job, index) => job.resolve(results[index]));
      if (entry.batches[0]) entry.batches[0].since = Date.now();
      dispatch();
    });
    entry.worker.on('error', fail);
    // A thread that stops with work in hand (its 'error' came first, or it never told): fail, never hang.
    entry.worker.on('exit', (code) => {
      if (entry.batches.length > 0 && workers?.includes(entry)) fail(new Error(`a preparing thread stopped (exit code ${code}) with seeds in hand`));
    });
    return entry;
  }

  function startWorkers(count: number): void {
    workers = Array.from({ length: count }, startWorker);
    watchdog = setInterval(stopStuckWorkers, checkEvery);
    watchdog.unref();
  }

  function send(entry: PoolWorker, jobs: Job[]): void {
    entry.batches.push({ jobs, since: Date.now() });
    const packed = packSeeds(jobs.map((job) => job.seed));
    entry.worker.postMessage(packed, [packed.bytes.buffer]);
  }

  function dispatch(): void {
    if (!workers) return;
    for (const entry of workers) {
      // A suspect goes alone to a thread with nothing else in hand, so its deadline is its own.
      if (suspects.length > 0) {
        if (entry.batches.length === 0) send(entry, [suspects.shift()!]);
        continue;
      }
      while (entry.batches.length < BATCHES_IN_FLIGHT && (waiting.length >= BATCH || (finished && waiting.length > 0))) send(entry, waiting.splice(0, BATCH));
    }
  }

  function secondsAllowed(jobs: Job[]): number {
    const megabytes = jobs.reduce((sum, job) => sum + job.seed.bytes.length, 0) / 2 ** 20;
    return deadline.seconds + deadline.secondsPerMegabyte * megabytes;
  }

  function stopStuckWorkers(): void {
    if (!workers || failure) return;
    const now = Date.now();
    workers = workers.map((entry) => {
      const [working, ...queued] = entry.batches;
      if (!working || now - working.since <= secondsAllowed(working.jobs) * 1000) return entry;
      // An answer already on its way is no longer wanted: the batch is seen to below.
      entry.worker.removeAllListeners('message');
      void entry.worker.terminate();
      if (working.jobs.length === 1) {
        const { seed, resolve } = working.jobs[0];
        const seconds = Math.round(secondsAllowed(working.jobs));
        resolve({ name: seed.name, ok: false, reason: `not read within ${seconds} s: the ingest gave up on it (a rule or an extractor does not finish on this text)`, warnings: [] });
      } else {
        suspects.push(...working.jobs);
      }
      waiting.unshift(...queued.flatMap((batch) => batch.jobs));
      return startWorker();
    });
    dispatch();
  }

  function fail(error: unknown): void {
    failure ??= error;
    for (const job of [...waiting, ...suspects, ...(workers ?? []).flatMap((entry) => entry.batches.flatMap((batch) => batch.jobs))]) job.reject(error);
    waiting.length = 0;
    suspects.length = 0;
    for (const entry of workers ?? []) entry.batches.length = 0;
  }

  return {
    prepare(seed) {
      if (failure) return Promise.reject(failure);
      const result = new Promise<PreparedSeed>((resolve, reject) => waiting.push({ seed, resolve, reject }));
      // The run awaits results in order and stops at the first failure: the later ones are not unhandled.
      result.catch(() => {});
      if (!workers && threads >= 2 && waiting.length >= PARALLEL_FROM) startWorkers(threads);
      dispatch();
      return result;
    },
    async finish() {
      finished = true;
      if (!workers && waiting.length > 0) startWorkers(1);
      dispatch();
    },
    async close() {
      clearInterval(watchdog);
      await Promise.all((workers ?? []).map((entry) => entry.worker.terminate()));
    },
  };
}
