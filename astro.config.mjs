// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { presortedSitemap } from './src/build/presorted-sitemap.ts';
import { SITE, PATHS } from './src/config.ts';
import { astroCacheDir } from './src/build/astro-cache-dir.ts';
import { markdownProcessor } from './src/site/markdown-processor.ts';

export default defineConfig({
  site: SITE.site,
  base: SITE.base,
  outDir: PATHS.outDir,
  // One cache per articles folder unless DIGEST_CACHE says otherwise (see the module).
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages rendered at once. Rendering is one thread either way, but with one page at a time
    // the thread waited on each page's write: at 10,000 articles Astro took 41 s with 1, 38 s
    // with 2, 35 s with 4, 32 s with 8 or 16 (same pages).
    concurrency: 8,
    // The CSP (src/site/csp.ts) allows only same-origin stylesheets: no <style> in pages.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: markdownProcessor(),
  },
  experimental: {
    // Pages whose getStaticPaths entry carries an unchanged `cacheKey` (src/site/cache-keys.ts) are
    // not rendered again: at 10,000 articles a rebuild renders the few pages a change touches.
    incrementalBuild: true,
  },
  integrations: [mdx(), presortedSitemap()],
  vite: {
    build: {
      // scripts/build.ts updates dist/ in place and removes what is stale itself: emptying it
      // first would delete and rewrite every page of the site on each build.
      emptyOutDir: process.env.DIGEST_DIST_IN_PLACE !== '1',
      // Astro inlines a page script smaller than this limit (4 KB by default) into a <script>
      // element, which the CSP (src/site/csp.ts) blocks: the anchor script (src/scripts/anchor-redirect.ts)
      // is that small. Every script is served as a file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output starts with "use astro:head-inject", which Rolldown
          // reports once per file; harmless, and 10,000 articles would print 10,000.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
