/**
 * The last build stage: Pagefind indexes the built article pages into dist/pagefind/, one
 * index per shard (src/build/search-shards.ts), each in a folder named for its first month:
 *
 *   pagefind/shards.json    {"shards": ["2024-01", "2024-07"]}, oldest first
 *   pagefind/2024-01/       a Pagefind bundle: its code, worker and wasm, and the shard's index
 *
 * The search page loads Pagefind's code from the first shard and merges the others' indexes.
 *
 * Only article pages carry data-pagefind-body, so only they are read. Pagefind is given each one's
 * searched part alone (searchedPart), kept as a small page of its own in `searchedPagesDir` at the
 * same path as in dist/, so the URLs are the same: the index is byte for byte the one the whole pages
 * give, and Pagefind reads 2,421 articles in ~0.9 s instead of 1.8–3.1 s. A shard whose pages read
 * the same to Pagefind as in the last build (its key, kept in `stampFile`) is not indexed again;
 * a shard that changed is indexed again over its old folder (src/build/pagefind-shard.ts), two
 * at a time. A page the last build read and Astro has not written since is not read again either.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../config.ts';
import { startRequestThread } from '../lib/thread.ts';
import { isContentNamed } from './pagefind-bundle.ts';
import type { ShardRequest } from './pagefind-worker.ts';
import { planSearchShards, type SearchShard, type ShardedPage } from './search-shards.ts';

export interface SearchIndexSummary {
  /** Pages Pagefind indexed: articles only. */
  pages: number;
  shards: number;
  /** Shards indexed by this build; the others were unchanged. */
  indexedShards: number;
  /** Whether a path inside pagefind/ belongs to the index this build left. */
  isLive(pathInBundle: string): boolean;
}

export interface IndexOptions {
  /** Where the shards' keys are remembered between builds (outside dist/). */
  stampFile: string;
  /** Where the article pages' searched parts are kept between builds, for Pagefind to read (outside dist/). */
  searchedPagesDir: string;
  /** At most this many articles per shard: ~210 MB of Pagefind's memory per 1,000. */
  maxArticlesPerShard: number;
  /** Called as each shard is done with (indexed or found unchanged), for a progress line. */
  onShard?: (done: number, total: number) => void;
  /**
   * Whether an article page in dist/ is this build's (given its path and modification time): the
   * others are stale pages the build script removes while Pagefind runs, and are not indexed. All are by default.
   */
  isLivePage?: (path: string, mtimeMs: number) => boolean;
}

/** An article page as the search stage knows it: what it is sorted and keyed by, and its file's stat when read. */
interface SearchedPage extends ShardedPage {
  /** Hash of the part Pagefind reads (searchedPart). */
  hash: string;
  size: number;
  mtimeMs: number;
}

/** What a run leaves in `stampFile` for the next: each shard's key, and each page as read. */
interface SearchStamp {
  shards: Record<string, string>;
  pages: Record<string, SearchedPage>;
  /** The stamp file's modification time, on the clock the pages' times come from. */
  writtenAt: number;
}

const SHARD_LIST = 'shards.json';
/**
 * Shards indexed at once, each by a Pagefind process of its own: indexing 10,000 articles from
 * scratch (five shards) took 18.8 s one at a time, 15.2 s two at a time, 14.7 s three at a time.
 * Two, as each Pagefind holds ~0.6 GB (Astro's stage, over by then, peaks at ~1.4 GB).
 */
const PARALLEL_SHARDS = 2;
/** Part of each shard's key: another Pagefind writes another index. (Its package exports no package.json.) */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

export async function indexSite(distDir: string, options: IndexOptions): Promise<SearchIndexSummary> {
  const bundleDir = join(distDir, 'pagefind');
  const previous = readStamp(options.stampFile);
  // Read before the first await: once this function yields, the caller may remove stale pages from dist/.
  const pages = readArticlePages(distDir, options.searchedPagesDir, previous, options.isLivePage ?? (() => true));
  const shards = planSearchShards(pages, options.maxArticlesPerShard);
  const contentHash = new Map(pages.map((page) => [page.path, page.hash]));
  const keys: Record<string, string> = {};
  const changed: SearchShard[] = [];
  let done = 0;
  for (const shard of shards) {
    keys[shard.id] = shardKey(shard, contentHash);
    const unchanged = previous.shards[shard.id] === keys[shard.id] && existsSync(join(bundleDir, shard.id, 'pagefind-entry.json'));
    if (unchanged) options.onShard?.(++done, shards.length);
    else changed.push(shard);
  }
  /** Shards indexed by this build → the content-named files their new index uses. */
  const indexed = await indexShards(options.searchedPagesDir, bundleDir, changed, () => options.onShard?.(++done, shards.length));
  mkdirSync(bundleDir, { recursive: true });
  writeIfChanged(join(bundleDir, SHARD_LIST), `${JSON.stringify({ shards: shards.map((shard) => shard.id) })}\n`);
  const stamp: Omit<SearchStamp, 'writtenAt'> = { shards: keys, pages: Object.fromEntries(pages.map((page) => [page.path, page])) };
  writeFileSync(options.stampFile, JSON.stringify(stamp));
  const liveShards = new Set(shards.map((shard) => shard.id));
  return {
    pages: pages.length,
    shards: shards.length,
    indexedShards: indexed.size,
    isLive(path) {
      if (path === SHARD_LIST) return true;
      const [shard, ...rest] = path.split('/');
      const inShard = rest.join('/');
      if (!liveShards.has(shard)) return false;
      // A shard kept whole is live whole; one indexed again keeps only what its new index uses.
      return !isContentNamed(inShard) || (indexed.get(shard)?.has(inShard) ?? true);
    },
  };
}

/**
 * Indexes `shards`, PARALLEL_SHARDS at a time, each in a worker thread with a Pagefind of its own
 * (src/build/pagefind-worker.ts); the first failure stops the rest.
 */
async function indexShards(pagesDir: string, bundleDir: string, shards: SearchShard[], onIndexed: () => void): Promise<Map<string, Set<string>>> {
  const indexed = new Map<string, Set<string>>();
  let next = 0;
  let failed = false;
  const indexer = async () => {
    const thread = startRequestThread<ShardRequest, string[]>(new URL('./pagefind-worker.ts', import.meta.url));
    try {
      while (next < shards.length && !failed) {
        const shard = shards[next++];
        indexed.set(shard.id, new Set(await thread.ask({ pagesDir, bundleDir, shard })));
        onIndexed();
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await thread.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SHARDS, shards.length) }, indexer));
  return indexed;
}

/**
 * Each article page with its search date (the value Pagefind sorts on) and a hash of what Pagefind
 * reads of it, its searched part kept in `pagesDir` for Pagefind. A page whose size and time are
 * those recorded by the last run, and whose searched part is still kept, is not read again (at
 * 10,000 articles, reading and hashing every page cost ~1 s of each build): unless its time is
 * not older than that record, as a file rewritten within the same tick of the file system's clock
 * could keep its size and time (git's "racily clean" entries). The parts of pages gone are removed.
 */
function readArticlePages(distDir: string, pagesDir: string, known: SearchStamp, isLive: (path: string, mtimeMs: number) => boolean): SearchedPage[] {
  const articles = join(distDir, 'articles');
  const pages: SearchedPage[] = [];
  const slugs = new Set<string>();
  for (const slug of existsSync(articles) ? readdirSync(articles).sort() : []) {
    const path = `articles/${slug}/index.html`;
    const stats = statSync(join(distDir, path), { throwIfNoEntry: false });
    if (!stats?.isFile() || !isLive(path, stats.mtimeMs)) continue;
    slugs.add(slug);
    const last = known.pages[path];
    if (last && last.size === stats.size && last.mtimeMs === stats.mtimeMs && stats.mtimeMs < known.writtenAt && existsSync(join(pagesDir, path))) {
      pages.push(last);
      continue;
    }
    const html = readFileSync(join(distDir, path), 'utf8');
    const date = /data-pagefind-sort="date">([^<]*)</.exec(html)?.[1] ?? '';
    const part = searchedPart(html);
    mkdirSync(join(pagesDir, 'articles', slug), { recursive: true });
    writeFileSync(join(pagesDir, path), part === html ? html : `<!DOCTYPE html><html lang="${SITE.lang}"><body>${part}</body></html>`);
    pages.push({ path, date, hash: createHash('sha256').update(part).digest('hex'), size: stats.size, mtimeMs: stats.mtimeMs });
  }
  removeGoneParts(join(pagesDir, 'articles'), slugs);
  return pages;
}

function removeGoneParts(folder: string, slugs: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const slug of readdirSync(folder)) if (!slugs.has(slug)) rmSync(join(folder, slug), { recursive: true, force: true });
}

/**
 * The part of a page Pagefind indexes: its data-pagefind-body element. A new article changes the
 * related coverage and the older/newer links of articles across the archive, but those sit
 * outside it, so their shards need not be indexed again. The whole page when anything outside
 * the element speaks to Pagefind (a data-pagefind-* attribute) or no such element is found.
 */
export function searchedPart(html: string): string {
  const start = html.search(/<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>])/i);
  if (start < 0) return html;
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))![1];
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth > 0) continue;
    const end = tags.lastIndex;
    const outside = html.slice(0, start) + html.slice(end);
    return outside.includes('data-pagefind-') ? html : html.slice(start, end);
  }
  return html;
}

function shardKey(shard: SearchShard, contentHash: Map<string, string>): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${SITE.lang}\n`);
  for (const path of shard.paths) hash.update(`${path} ${contentHash.get(path)}\n`);
  return hash.digest('hex');
}

/** What the last run recorded, and when (the time of its file); nothing when it cannot be read. */
function readStamp(stampFile: string): SearchStamp {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Partial<SearchStamp>;
    if (stamp.shards && stamp.pages) return { shards: stamp.shards, pages: stamp.pages, writtenAt: statSync(stampFile).mtimeMs };
  } catch {
    // No stamp, or an unreadable one: every page is read and every shard indexed.
  }
  return { shards: {}, pages: {}, writtenAt: 0 };
}

/** An unchanged file keeps its time, so a build that changed no shard leaves pagefind/ untouched. */
function writeIfChanged(file: string, text: string): void {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
