/**
 * The slice of Pagefind's browser API (pagefind.js, 1.6) the search page uses,
 * and its loader. The bundle is fetched from the site's own /pagefind/ folder
 * at run time, never bundled by Vite: it is written after the Astro build.
 */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter expression: a key's values (all must match), or compound all/any/none/not of them. */
export type PagefindFilter = { [key: string]: string[] | { any: string[] } | PagefindFilter[] };

export interface PagefindFragment {
  url: string;
  /** The page's indexed text, plain (not HTML). */
  content: string;
  /** HTML: the text with "<" and ">" escaped and matches wrapped in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter value, how many results there would be with it added to the current filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: PagefindFilter;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What the search page asks of the index: Pagefind's search, over every shard. */
export interface SearchIndex {
  /** A null term lists every page the filters allow. */
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
}

/** The part of pagefind.js's module this file drives. */
interface PagefindModule extends SearchIndex {
  options(options: { excerptLength?: number; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
}

/**
 * The synthetic filter each shard's pages carry in the browser (Pagefind's mergeFilter), so a
 * search can be asked of one shard. Not one of the page's own filters: the results drop it.
 */
const SHARD_FILTER = 'shard';

/** The folders of the index shards under the bundle URL, oldest first (src/build/pagefind.ts). */
export async function readShardList(bundleUrl: string): Promise<string[]> {
  const response = await fetch(`${bundleUrl}shards.json`);
  if (!response.ok) throw new Error(`${bundleUrl}shards.json: HTTP ${response.status}`);
  return ((await response.json()) as { shards: string[] }).shards;
}

/**
 * Loads Pagefind from the first shard's bundle and merges the other shards' indexes into it:
 * they share its code, worker and wasm, and add only their own metadata and chunks.
 */
export async function loadPagefind(bundleUrl: string): Promise<SearchIndex> {
  const shards = await readShardList(bundleUrl);
  const [first, ...others] = shards;
  // A digest without articles has no index to load.
  if (first === undefined) return { search: async () => ({ results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} }) };
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}${first}/pagefind.js`)) as PagefindModule;
  // Pagefind searches in a web worker (pagefind-worker.js, 12 KB more): at 10,000 articles a
  // search takes 40-250 ms of CPU, which on the main thread would stall typing on a phone.
  await pagefind.options({ excerptLength: 32, mergeFilter: { [SHARD_FILTER]: first } });
  await pagefind.init();
  await Promise.all(others.map((shard) => pagefind.mergeIndex(`${bundleUrl}${shard}/`, { mergeFilter: { [SHARD_FILTER]: shard } })));
  const newestFirst = [...shards].reverse();
  return {
    search: (term, options = {}) => (options.sort && shards.length > 1 ? searchShardByShard(pagefind, newestFirst, term, options) : searchAll(pagefind, term, options)),
  };
}

async function searchAll(pagefind: SearchIndex, term: string | null, options: SearchOptions): Promise<PagefindResponse> {
  const response = await pagefind.search(term, options);
  return { ...response, filters: withoutShards(response.filters), totalFilters: withoutShards(response.totalFilters) };
}

/**
 * A sorted search across shards. Pagefind sorts each index by the sort key, then orders the
 * merged results by score, which for a sorted search is a page's rank inside its own shard:
 * the shards' results would interleave. Shards are runs of months (src/build/search-shards.ts),
 * so newest first overall is each shard's results in turn, newest shard first; filter counts
 * are the sums of the shards'.
 */
async function searchShardByShard(pagefind: SearchIndex, shards: string[], term: string | null, options: SearchOptions): Promise<PagefindResponse> {
  const responses = await Promise.all(shards.map((shard) => pagefind.search(term, { ...options, filters: { ...options.filters, [SHARD_FILTER]: [shard] } })));
  const [direction] = Object.values(options.sort ?? {});
  if (direction === 'asc') responses.reverse();
  return {
    results: responses.flatMap((response) => response.results),
    unfilteredResultCount: responses[0]?.unfilteredResultCount ?? 0,
    filters: withoutShards(sumCounts(responses.map((response) => response.filters))),
    totalFilters: withoutShards(responses[0]?.totalFilters ?? {}),
  };
}

function sumCounts(all: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

function withoutShards(counts: FilterCounts): FilterCounts {
  const { [SHARD_FILTER]: _shard, ...rest } = counts;
  return rest;
}
