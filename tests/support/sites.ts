/**
 * The sites the site, search and browser tests run against, built once per
 * test run by the global setup with the real `scripts/build.ts`:
 *  - `seeds`: the five seeds, hosted at "/";
 *  - `corpus`: the seeds plus the tests' own articles in other shapes and the
 *    hostile seeds of tests/fixtures/hostile, hosted under the sub-path "/digest",
 *    its search index split in several shards;
 *  - `large`: 600 articles the bench's generator (src/bench/synthetic-corpus.ts) writes over two
 *    months, hosted at "/": enough that the entity and topic pages of the old layout (every
 *    article on one page) passed 200 KB, and that head pages stop at their latest articles and
 *    long months are cut into parts.
 * A site is rebuilt only when something it is built from changed.
 */
export interface BuiltSite {
  name: string;
  /** The folder of seeds it was built from. */
  seedsDir: string;
  /** The MDX pages ingest wrote. */
  contentDir: string;
  distDir: string;
  /** "/" or "/digest". */
  base: string;
  /** The build's standard output, for tests of what a build prints. */
  log: string;
}

export const SITE_DEFINITIONS = [
  { name: 'seeds', seedDirs: ['seeds'], base: '/', searchShardArticles: 2500, renderThreadFrom: 200 },
  // Four articles per search shard: its 27 articles, from 1996 to 2025, make four shards, so the
  // browser tests search a merged index as the hosted digest's readers do. Its pages' Markdown is
  // rendered in the content loader's thread from the first page, the seeds site's on Astro's own.
  { name: 'corpus', seedDirs: ['seeds', 'tests/fixtures/articles', 'tests/fixtures/hostile'], base: '/digest', searchShardArticles: 4, renderThreadFrom: 1 },
  { name: 'large', seedDirs: [], synthetic: { articles: 600, days: 61 }, base: '/', searchShardArticles: 2500, renderThreadFrom: 200 },
] as const satisfies readonly SiteDefinition[];

interface SiteDefinition {
  name: string;
  /** Folders of seeds, copied together. */
  seedDirs: readonly string[];
  /** Seeds written by the bench's generator from the five seeds' paragraphs, besides. */
  synthetic?: { articles: number; days: number };
  base: string;
  searchShardArticles: number;
  renderThreadFrom: number;
}

export type SiteName = (typeof SITE_DEFINITIONS)[number]['name'];

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}
