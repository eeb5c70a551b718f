/** The writer thread of createWriteQueue: writes each batch atomically, answers with the first error or null. */
import { parentPort } from 'node:worker_threads';
import { writeFileAtomic } from './write.ts';

parentPort!.on('message', (batch: Array<[string, string]>) => {
  let failure: unknown = null;
  for (const [path, text] of batch) {
    try {
      writeFileAtomic(path, text);
    } catch (error) {
      failure ??= error;
    }
  }
  parentPort!.postMessage(failure);
});
