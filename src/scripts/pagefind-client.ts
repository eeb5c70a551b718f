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

export interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page the filters allow. */
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
}

export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  // Pagefind searches in a web worker (pagefind-worker.js, 12 KB more): at 10,000 articles a
  // search takes 40-250 ms of CPU, which on the main thread would stall typing on a phone.
  await pagefind.options({ excerptLength: 32 });
  await pagefind.init();
  return pagefind;
}
