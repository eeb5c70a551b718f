/**
 * How the search index is split. Pagefind 1.6 holds a whole index in memory while it writes it
 * (~210 MB per 1,000 articles) and cannot update one: a single index of 10,000 articles peaks
 * at ~2.2 GB and is rebuilt whole after every new article. The search page merges several
 * indexes (Pagefind's mergeIndex), so the articles are indexed in shards of at most
 * `maxArticles` each, and a build re-indexes only the shards whose pages changed.
 *
 * Shards are runs of whole calendar months, oldest first, so that:
 *  - a day's new articles land in the newest shard and leave the others as they were;
 *  - newest first across shards is the shards newest first, each sorted by Pagefind
 *    (the search page relies on it to sort by date: src/scripts/pagefind-client.ts).
 * A month with more articles than the limit is a shard on its own. Undated articles carry the
 * oldest sort key there is (search-record.ts, UNDATED_SORT_KEY), so they are month "0000-00",
 * in the oldest shard, and come last when results are sorted newest first.
 */

export interface ShardedPage {
  /** Path of the page's HTML inside dist/, e.g. "articles/some-slug/index.html". */
  path: string;
  /** ISO day, the page's search sort key. */
  date: string;
}

export interface SearchShard {
  /** The shard's first month, "2025-05": its folder name under pagefind/. */
  id: string;
  /** Paths of its pages, sorted. */
  paths: string[];
}

/** Shards of at most `maxArticles` pages (unless one month alone has more), oldest first. */
export function planSearchShards(pages: readonly ShardedPage[], maxArticles: number): SearchShard[] {
  const byMonth = new Map<string, string[]>();
  for (const page of pages) {
    const month = page.date.slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`${page.path}: no date to file it under for search (got "${page.date}")`);
    const paths = byMonth.get(month);
    if (paths) paths.push(page.path);
    else byMonth.set(month, [page.path]);
  }
  const shards: SearchShard[] = [];
  let current: SearchShard | undefined;
  for (const month of [...byMonth.keys()].sort()) {
    const paths = byMonth.get(month)!;
    if (!current || current.paths.length + paths.length > maxArticles) {
      current = { id: month, paths: [] };
      shards.push(current);
    }
    current.paths.push(...paths);
  }
  for (const shard of shards) shard.paths.sort();
  return shards;
}
