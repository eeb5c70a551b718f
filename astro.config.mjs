// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE, PATHS } from './src/config.ts';
import { entityUrl } from './src/site/urls.ts';
import { linkFirstMentions } from './src/site/link-first-mentions.ts';

export default defineConfig({
  site: SITE.site,
  base: SITE.base,
  outDir: PATHS.outDir,
  // One content cache per articles folder. Astro's content store keys entries by id, and two
  // folders holding the same slugs (the bench's corpora, the test sites) otherwise mix: a build
  // then imports another folder's files, or files deleted since.
  cacheDir: PATHS.cache ?? `./node_modules/.astro/content-${createHash('sha256').update(resolve(PATHS.articles)).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP (src/site/csp.ts) allows only same-origin stylesheets: no <style> in pages.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Sätteri, Astro 7's default processor, runs hast plugins (not rehype's); MDX inherits it.
    processor: satteri({ hastPlugins: [linkFirstMentions({ entityUrl, className: 'entity' })] }),
  },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
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
