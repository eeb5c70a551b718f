/**
 * No seed stalls the ingest: a preparing thread that works past its batch's deadline is stopped and
 * replaced, its seeds are prepared again one at a time, and only the one that runs out its deadline
 * alone is rejected, with the reason. A stand-in thread (tests/support/stalling-worker.ts) plays the
 * seed no rule finishes on, as no real seed is known to any more.
 */
import { describe, expect, it } from 'vitest';
import { createPreparer } from '../../src/ingest/prepare-all.ts';
import type { RawSeed } from '../../src/ingest/types.ts';

const STALLING_WORKER = new URL('../support/stalling-worker.ts', import.meta.url);

function seed(name: string): RawSeed {
  return { name, bytes: new TextEncoder().encode(`The text of ${name}.`), hash: name };
}

async function prepareAll(names: string[]) {
  const preparer = createPreparer('content', { worker: STALLING_WORKER, deadline: { seconds: 3, secondsPerMegabyte: 0 }, checkEvery: 50 });
  try {
    const results = names.map((name) => preparer.prepare(seed(name)));
    await preparer.finish();
    return await Promise.all(results);
  } finally {
    await preparer.close();
  }
}

describe('a seed that is never finished', () => {
  it('is rejected with the reason after its deadline, and the seeds of its batch are prepared', async () => {
    const results = await prepareAll(['a.txt', 'b.txt', 'stalls.txt', 'c.txt']);
    expect(results.map(({ name }) => name)).toEqual(['a.txt', 'b.txt', 'stalls.txt', 'c.txt']);
    expect(results[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/^not read within 3 s: the ingest gave up on it/) });
    for (const index of [0, 1, 3]) expect(results[index]).toMatchObject({ ok: false, reason: expect.stringMatching(/^read \d+ bytes$/) });
  }, 30_000);

  it('costs only itself in a run large enough for a thread per core, however many batches stall', async () => {
    const names = Array.from({ length: 600 }, (_, index) => (index === 70 || index === 400 ? `stalls-${index}.txt` : `seed-${index}.txt`));
    const results = await prepareAll(names);
    const gaveUp = results.filter((result) => !result.ok && result.reason.startsWith('not read within'));
    expect(gaveUp.map(({ name }) => name)).toEqual(['stalls-70.txt', 'stalls-400.txt']);
    expect(results.filter((result) => !result.ok && /^read \d+ bytes$/.test(result.reason))).toHaveLength(598);
  }, 60_000);
});
