/**
 * Serves one of the test sites (tests/support/sites.ts, built by the global
 * setup) on 127.0.0.1 under its base path, for the browser tests. One server
 * per test file; the server itself is src/build/static-server.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type ServeOptions, type StaticServer } from '../../src/build/static-server.ts';
import type { BuiltSite, SiteName } from './sites.ts';

export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
  /**
   * Absolute URL of a page: relative to the base, at('search/?q=oil') → "http://127.0.0.1:4321/digest/search/?q=oil";
   * or a path that already has the base, at('/digest/articles/x/').
   */
  at(path?: string): string;
  /** Path (with base) of the article a seed became: articlePath('004_7f849e531bd3e15a.txt') → "/articles/…/". */
  articlePath(seed: string): string;
}

/** Registers hooks that serve a test site for the current test file; read `served()` inside tests. */
export function useSite(name: SiteName, options: Omit<ServeOptions, 'base'> = {}): () => ServedSite {
  let served: ServedSite | undefined;
  beforeAll(async () => {
    const site = inject('sites')[name];
    const server = await serveStatic(site.distDir, { ...options, base: site.base });
    const articles = articlesBySeed(site.contentDir);
    served = {
      site,
      server,
      at: (path = '') => new URL(path, server.url).href,
      articlePath: (seed) => {
        const slug = articles.get(seed);
        if (!slug) throw new Error(`no published article for seed ${seed} in ${site.contentDir}`);
        return `${new URL(server.url).pathname}articles/${slug}/`;
      },
    };
  });
  afterAll(() => served?.server.close());
  return () => {
    if (!served) throw new Error('useSite(): the site is served from beforeAll on');
    return served;
  };
}

/** Seed file name → slug, for every published (non-draft) article ingest wrote. */
function articlesBySeed(contentDir: string): Map<string, string> {
  const bySeed = new Map<string, string>();
  for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const { data } = matter(readFileSync(join(contentDir, file), 'utf8'));
    if (!data.draft && typeof data.seed === 'string' && typeof data.slug === 'string') bySeed.set(data.seed, data.slug);
  }
  return bySeed;
}
