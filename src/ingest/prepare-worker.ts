/** A worker thread of `prepareAll`: prepares each batch of seeds it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractors, prepareSeed } from './index.ts';
import { loadRegistries } from '../lib/registries.ts';
import type { RawSeed } from './types.ts';

const extractors = createExtractors(loadRegistries((workerData as { registriesDir: string }).registriesDir));
parentPort!.on('message', (batch: RawSeed[]) => {
  parentPort!.postMessage(batch.map((seed) => prepareSeed(seed, extractors)));
});
