/** A thread of the eval's ingest pool (run-ingest.ts): runs the ingest on each seed it is sent. */
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../lib/thread.ts';
import { createIngest, type SeedToIngest } from './run-ingest.ts';

const ingest = createIngest((workerData as { registriesDir: string }).registriesDir);
answerRequests((seed: SeedToIngest) => ingest.run(seed.name, seed.bytes));
