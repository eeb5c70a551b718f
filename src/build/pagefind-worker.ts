/**
 * A worker thread of the search stage (src/build/pagefind.ts): indexes each shard it is sent with
 * its own Pagefind process (the pagefind package keeps one per module instance, so one per thread),
 * answering with the content-named files the shard's new index uses.
 */
import { answerRequests } from '../lib/thread.ts';
import { indexShard } from './pagefind-shard.ts';
import type { SearchShard } from './search-shards.ts';

export interface ShardRequest {
  /** The searched parts of the pages, at their paths in dist/. */
  pagesDir: string;
  bundleDir: string;
  shard: SearchShard;
}

answerRequests(async ({ pagesDir, bundleDir, shard }: ShardRequest): Promise<string[]> => [...(await indexShard(pagesDir, bundleDir, shard))]);
