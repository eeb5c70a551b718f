/** A worker thread of the preparer (prepare-all.ts): prepares each batch of seeds it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractors, prepareSeeds } from './index.ts';
import { loadRegistries } from '../lib/registries.ts';
import { unpackSeeds, type SeedBatch } from './seed-batch.ts';

const extractors = createExtractors(loadRegistries((workerData as { registriesDir: string }).registriesDir));
parentPort!.on('message', (batch: SeedBatch) => {
  parentPort!.postMessage(prepareSeeds(unpackSeeds(batch), extractors));
});
