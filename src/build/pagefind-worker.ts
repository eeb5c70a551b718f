/**
 * A worker thread of the search stage (src/build/pagefind.ts): indexes each shard it is sent with
 * its own Pagefind process (the pagefind package keeps one per module instance, so one per thread).
 */
import { parentPort } from 'node:worker_threads';
import { indexShard } from './pagefind-shard.ts';
import type { SearchShard } from './search-shards.ts';

export interface ShardRequest {
  distDir: string;
  bundleDir: string;
  shard: SearchShard;
}

/** The content-named files the shard's new index uses, or why it could not be indexed. */
export type ShardAnswer = { live: string[] } | { failure: string };

parentPort!.on('message', async ({ distDir, bundleDir, shard }: ShardRequest) => {
  let answer: ShardAnswer;
  try {
    answer = { live: [...(await indexShard(distDir, bundleDir, shard))] };
  } catch (error) {
    answer = { failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
