/**
 * A batch of seeds as one message to a worker: every seed's bytes copied into
 * one buffer, which is transferred rather than cloned. Node reads small files
 * into slices of a shared 8 KB pool, which a clone would copy whole for each seed.
 */
import type { RawSeed } from './types.ts';

export interface SeedBatch {
  names: string[];
  hashes: string[];
  /** Each seed's end in `bytes`. */
  ends: number[];
  bytes: Uint8Array<ArrayBuffer>;
}

export function packSeeds(seeds: RawSeed[]): SeedBatch {
  const bytes = new Uint8Array(seeds.reduce((sum, seed) => sum + seed.bytes.length, 0));
  const ends: number[] = [];
  let end = 0;
  for (const seed of seeds) {
    bytes.set(seed.bytes, end);
    end += seed.bytes.length;
    ends.push(end);
  }
  return { names: seeds.map((seed) => seed.name), hashes: seeds.map((seed) => seed.hash), ends, bytes };
}

export function unpackSeeds(batch: SeedBatch): RawSeed[] {
  return batch.names.map((name, index) => ({
    name,
    hash: batch.hashes[index],
    bytes: batch.bytes.subarray(index === 0 ? 0 : batch.ends[index - 1], batch.ends[index]),
  }));
}
