/**
 * One search shard indexed by Pagefind (src/build/pagefind.ts plans them), in the Pagefind
 * process this module's thread started: src/build/pagefind-worker.ts runs it in worker threads,
 * so that two shards are indexed by two processes at once.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { SITE } from '../config.ts';
import { liveBundleFiles } from './pagefind-bundle.ts';
import type { SearchShard } from './search-shards.ts';

const PATHS_PER_GLOB = 1000;
/**
 * Pagefind also writes its ready-made UIs, and wasm for pages without a language; Digest's
 * search page talks to pagefind.js directly, and every page has one language.
 */
const UNUSED_FILES = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

/**
 * Indexes the shard's pages, as kept in pagesDir (their searched parts, at their paths in dist/),
 * into bundleDir/<shard id>/; returns the content-named files its index uses.
 */
export async function indexShard(pagesDir: string, bundleDir: string, shard: SearchShard): Promise<Set<string>> {
  const folder = join(bundleDir, shard.id);
  // One language for every page: a page missing its lang attribute must not end up in a separate index.
  const { index, errors } = await createIndex({ forceLanguage: SITE.lang });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Brace globs name exactly the shard's pages (slugs are lowercase words and hyphens:
  // src/schema/article.ts). Reading the files itself, Pagefind is ~25% faster than when their HTML
  // is passed over its pipe; a glob of ~5,000 paths no longer reaches it intact, hence batches.
  let read = 0;
  for (let start = 0; start < shard.paths.length; start += PATHS_PER_GLOB) {
    const paths = shard.paths.slice(start, start + PATHS_PER_GLOB);
    const added = await index.addDirectory({ path: pagesDir, glob: `{${paths.join(',')}}` });
    failOn(shard, 'indexing', added.errors);
    read += added.page_count;
  }
  if (read !== shard.paths.length) throw new Error(`pagefind: shard ${shard.id} read ${read} of its ${shard.paths.length} pages`);
  // Over the shard's old folder: Pagefind skips the content-named files that exist, so a shard
  // with one new article writes little (2,443 articles: 1.1 s instead of 2.3–3.0 s). What the new
  // index no longer uses is removed by the build's cleanup (isLive). A build stopped halfway
  // leaves the folder mixed, and the next build starts from an empty dist/ (scripts/build.ts).
  failOn(shard, 'writing', (await index.writeFiles({ outputPath: folder })).errors);
  // Pagefind's memory goes back to the system only when its process ends.
  await index.deleteIndex();
  await close();
  for (const name of readdirSync(folder)) if (UNUSED_FILES.test(name)) rmSync(join(folder, name));
  const live = liveBundleFiles(folder);
  if (!live) throw new Error(`pagefind: shard ${shard.id} has no entry file after writing`);
  return live;
}

function failOn(shard: SearchShard, step: string, errors: string[]): void {
  if (errors.length) throw new Error(`pagefind ${step} failed for shard ${shard.id}: ${errors.join('; ')}`);
}
