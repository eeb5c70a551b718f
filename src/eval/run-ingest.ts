/**
 * Runs a page through the project's own ingest, exactly as a build prepares a
 * seed (`prepareSeed` with the extractors made from the editors' registries,
 * on worker threads), and reads back what the page would say: title, date,
 * source, dateline and body. A page on which the ingest runs out of memory or
 * time is reported as such; the other pages still run.
 */
import { availableParallelism } from 'node:os';
import { parseYaml } from '../lib/yaml.ts';
import { startRequestThread, type RequestThread } from '../lib/thread.ts';
import { createExtractors, prepareSeed, type PreparedSeed } from '../ingest/index.ts';
import type { Extractors } from '../ingest/extract/index.ts';
import { sha256 } from '../ingest/read.ts';
import { pageWithSlug } from '../ingest/page.ts';
import { loadRegistries, type Registries } from '../lib/registries.ts';

export const INGEST_PATHS = ['text', 'html'] as const;
export type IngestPath = (typeof INGEST_PATHS)[number];

export type IngestOutcome =
  | { ok: true; title: string; /** Absent when the seed was published undated. */ date?: string; source?: string; dateline?: string; body: string; warnings: string[]; textHash: string }
  | { ok: false; reason: string; warnings: string[] };

export interface SeedToIngest {
  name: string;
  bytes: Uint8Array;
}

export interface Ingest {
  registries: Registries;
  run(name: string, bytes: Uint8Array): IngestOutcome;
}

export function createIngest(registriesDir: string): Ingest {
  const registries = loadRegistries(registriesDir);
  const extractors: Extractors = createExtractors(registries);
  return {
    registries,
    run: (name, bytes) => outcomeOf(prepareSeed({ name, bytes, hash: sha256(bytes) }, extractors)),
  };
}

function outcomeOf(prepared: PreparedSeed): IngestOutcome {
  if (!prepared.ok) return { ok: false, reason: prepared.reason, warnings: prepared.warnings };
  const mdx = pageWithSlug(prepared.page, 'page');
  const end = mdx.indexOf('\n---\n', 4);
  const data = parseYaml(mdx.slice(4, end)) as { title: string; date?: string; source?: string; dateline?: string };
  return {
    ok: true,
    title: data.title,
    date: data.date === undefined ? undefined : String(data.date),
    source: data.source,
    dateline: data.dateline,
    body: unescapeMdx(mdx.slice(end + 5)),
    warnings: prepared.warnings,
    textHash: prepared.textHash,
  };
}

/** The page's body as plain text again: the inverse of the serializer's escapeMdx, paragraph by paragraph. */
export function unescapeMdx(body: string): string {
  return body
    .trim()
    .split('\n\n')
    .map((paragraph) => paragraph.replace(/^&#105;(?=mport\b)/, 'i').replace(/^&#101;(?=xport\b)/, 'e').replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .join('\n\n');
}

/** Memory a thread may take: ten times what a build's thread takes for a large seed. */
const THREAD_MEMORY_MB = 1024;
/** A seed takes milliseconds; one that takes this long is stuck. */
const SEED_TIMEOUT_MS = 30_000;
const TIMED_OUT = new Error('timed out');

export interface IngestPool {
  run(seed: SeedToIngest): Promise<IngestOutcome>;
  close(): Promise<void>;
}

/** Threads, one seed at a time each; a thread that fails a seed (out of memory, stuck) is replaced. */
export function createIngestPool(registriesDir: string, threads = availableParallelism()): IngestPool {
  const start = () =>
    startRequestThread<SeedToIngest, IngestOutcome>(new URL('./ingest-thread.ts', import.meta.url), {
      workerData: { registriesDir },
      resourceLimits: { maxOldGenerationSizeMb: THREAD_MEMORY_MB },
    });
  const idle: Array<RequestThread<SeedToIngest, IngestOutcome>> = [];
  const waiting: Array<() => void> = [];
  let started = 0;
  const all = new Set<RequestThread<SeedToIngest, IngestOutcome>>();

  async function take(): Promise<RequestThread<SeedToIngest, IngestOutcome>> {
    if (idle.length > 0) return idle.pop()!;
    if (started < threads) {
      started++;
      const thread = start();
      all.add(thread);
      return thread;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
    return take();
  }

  function give(thread: RequestThread<SeedToIngest, IngestOutcome>): void {
    idle.push(thread);
    waiting.shift()?.();
  }

  return {
    async run(seed) {
      const thread = await take();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(TIMED_OUT), SEED_TIMEOUT_MS);
      });
      try {
        const outcome = await Promise.race([thread.ask(seed), timeout]);
        give(thread);
        return outcome;
      } catch (error) {
        // The thread ran out of memory or is stuck: it goes, and a fresh one takes its place.
        all.delete(thread);
        void thread.close();
        started--;
        waiting.shift()?.();
        const outOfMemory = (error as Error & { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        // Anything else (a thread that cannot start, a bug in the harness) is no verdict on the seed.
        if (!outOfMemory && error !== TIMED_OUT) throw error;
        return { ok: false, reason: `the ingest failed on this seed: ${outOfMemory ? `ran out of memory (${THREAD_MEMORY_MB} MB)` : `took longer than ${SEED_TIMEOUT_MS / 1000} s`}`, warnings: [] };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await Promise.all([...all].map((thread) => thread.close()));
    },
  };
}
