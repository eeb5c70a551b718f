/**
 * A stand-in for the preparing thread (src/ingest/prepare-worker.ts), speaking its protocol: it
 * answers each batch at once, but never finishes a seed whose name starts with "stalls", as a rule
 * that backtracks without end would not.
 */
import { parentPort } from 'node:worker_threads';
import { unpackSeeds, type SeedBatch } from '../../src/ingest/seed-batch.ts';
import type { PreparedSeed } from '../../src/ingest/index.ts';

parentPort!.on('message', (batch: SeedBatch) => {
  const seeds = unpackSeeds(batch);
  if (seeds.some((seed) => seed.name.startsWith('stalls'))) for (;;);
  parentPort!.postMessage(seeds.map((seed): PreparedSeed => ({ name: seed.name, ok: false, reason: `read ${seed.bytes.length} bytes`, warnings: [] })));
});
