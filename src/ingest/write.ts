/**
 * Safe writes: a file is written beside its target and renamed over it, so a
 * killed ingest never leaves half a file; a lock keeps two ingests from writing
 * the same folder at once.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { sha256 } from './read.ts';
import { startThread } from '../lib/thread.ts';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = temporaryPath(path);
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * Atomic writes on a thread of their own. Creating a file costs 0.1–1 ms on
 * this machine's disk, and far more while other processes write to it: on the
 * run's thread, writes stalled publishing (11.7 s of writeFileSync in one
 * 10,000-seed run); through libuv's pool, each file took four round trips and
 * their promises (~2 s of CPU per 10,000 files). A writer thread takes them in
 * batches, and hashes what it writes, which the run records in its manifest.
 * The first few are written in place: a small run needs no thread.
 */
export interface WriteQueue {
  /** Writes `text` to `path`; `written` is given its sha256 once it is on disk. */
  write(path: string, text: string, written: (hash: string) => void): void;
  /** Waits for every write; throws the first that failed. */
  drain(): Promise<void>;
  /** Stops the writer thread. */
  close(): Promise<void>;
}

/** What the writer thread answers for a batch: each file's hash ('' if it failed) and the first error. */
export interface WriterAnswer {
  hashes: string[];
  failure: unknown;
}

const WRITTEN_IN_PLACE = 64;
const BATCH = 32;

export function createWriteQueue(): WriteQueue {
  let batch: Array<[string, string]> = [];
  let callbacks: Array<(hash: string) => void> = [];
  /** Callbacks of the batches sent and not answered yet, oldest first. */
  const sent: Array<Array<(hash: string) => void>> = [];
  let writer: Worker | undefined;
  let writtenInPlace = 0;
  let failure: unknown;
  let settled: (() => void) | undefined;

  function startWriter(): Worker {
    const thread = startThread(new URL('./write-worker.ts', import.meta.url));
    thread.on('message', (answer: WriterAnswer) => {
      const written = sent.shift()!;
      answer.hashes.forEach((hash, index) => hash && written[index](hash));
      failure ??= answer.failure ?? undefined;
      if (sent.length === 0) settled?.();
    });
    thread.on('error', (error) => {
      failure ??= error;
      sent.length = 0;
      settled?.();
    });
    thread.on('exit', (code) => {
      if (sent.length === 0) return;
      failure ??= new Error(`the writer thread stopped (exit code ${code}) with pages unwritten`);
      sent.length = 0;
      settled?.();
    });
    return thread;
  }

  function flush(): void {
    if (batch.length === 0) return;
    writer ??= startWriter();
    sent.push(callbacks);
    writer.postMessage(batch);
    batch = [];
    callbacks = [];
  }

  return {
    write(path, text, written) {
      if (!writer && writtenInPlace < WRITTEN_IN_PLACE) {
        writtenInPlace++;
        writeFileAtomic(path, text);
        written(sha256(text));
        return;
      }
      batch.push([path, text]);
      callbacks.push(written);
      if (batch.length >= BATCH) flush();
    },
    async drain() {
      flush();
      if (sent.length > 0) await new Promise<void>((resolve) => (settled = resolve));
      if (failure) throw failure;
    },
    async close() {
      await writer?.terminate();
    },
  };
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

const LOCK_NAME = '.ingest.lock';

/**
 * Takes the folder's lock, waiting up to `waitMs` for another ingest to finish.
 * A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(dir: string, waitMs = 30_000): Promise<() => void> {
  const path = join(dir, LOCK_NAME);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSafely(path));
    if (!holder || !isRunning(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another ingest (pid ${holder}) is writing ${dir}; try again when it ends`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function readFileSafely(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
