/** The writer thread of createWriteQueue: writes each batch atomically, answering with each file's hash. */
import { parentPort } from 'node:worker_threads';
import { sha256 } from './read.ts';
import { writeFileAtomic, type WriterAnswer } from './write.ts';

parentPort!.on('message', (batch: Array<[string, string]>) => {
  const answer: WriterAnswer = { hashes: [], failure: null };
  for (const [path, text] of batch) {
    try {
      // Encoded once, for the hash and the file.
      const bytes = Buffer.from(text);
      writeFileAtomic(path, bytes);
      answer.hashes.push(sha256(bytes));
    } catch (error) {
      answer.failure ??= error;
      answer.hashes.push('');
    }
  }
  parentPort!.postMessage(answer);
});
