/**
 * Site settings, in one place. Each can be overridden from the environment
 * so the same code builds the hosted digest, a preview under a sub-path, or a
 * test site from another folder of seeds without editing code.
 */
const env = process.env;

export const SITE = {
  title: env.DIGEST_TITLE ?? 'Digest',
  description: env.DIGEST_DESCRIPTION ?? 'A searchable digest of news coverage, by topic, people, organizations and places.',
  /** Absolute origin of the hosted site, used for canonical URLs, feeds and the sitemap. */
  site: env.DIGEST_SITE ?? 'https://digest.example.org',
  /** Sub-path the site is served under, e.g. "/digest". "/" when hosted at the root. */
  base: normalizeBase(env.DIGEST_BASE ?? '/'),
  lang: 'en',
} as const;

/** Folders the build reads and writes; tests and the bench point them elsewhere. */
export const PATHS = {
  seeds: env.DIGEST_SEEDS ?? 'seeds',
  articles: env.DIGEST_CONTENT ?? 'content/articles',
  registries: env.DIGEST_REGISTRIES ?? 'content',
  outDir: env.DIGEST_OUT ?? 'dist',
  /** Astro's cache (content store, Vite deps): one per articles folder unless set. */
  cache: env.DIGEST_CACHE,
} as const;

/**
 * Most articles in one search index shard (src/build/search-shards.ts). Pagefind needs ~210 MB
 * per 1,000 articles while it writes an index, and re-indexes a changed shard whole; the search
 * page fetches a little more per shard (README, Performance). Tests set it low to get several.
 */
export const SEARCH_SHARD_ARTICLES = Number(env.DIGEST_SEARCH_SHARD_ARTICLES ?? 2500);

/**
 * Pages the content loader renders on Astro's thread before it moves Markdown rendering to a
 * thread of its own (src/lib/markdown-threads.ts). Tests set it low to render in the thread.
 */
export const RENDER_THREAD_FROM = Number(env.DIGEST_RENDER_THREAD_FROM ?? 200);

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}
