import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { PATHS, RENDER_THREAD_FROM } from './config.ts';
import { plainMdxGlob } from './lib/plain-mdx-loader.ts';
import { loaderCacheFolder } from './lib/article-html.ts';

const articles = defineCollection({
  // Generated pages are plain Markdown in MDX clothing: they are rendered to HTML once and cached
  // beside the content store, instead of each becoming a module for Vite to compile and bundle (the
  // cost that dominated a 10,000-article build). A page an editor gave components goes through
  // Astro's glob() and @astrojs/mdx as before.
  loader: plainMdxGlob({
    pattern: '**/*.mdx',
    base: PATHS.articles,
    // Rendered bodies live beside the store, not in it (src/lib/article-html.ts).
    cacheFolder: loaderCacheFolder(),
    // Rendered in a thread of its own past the first pages: the processor astro.config.mjs configures.
    processorModule: 'src/site/markdown-processor.ts',
    renderThreadFrom: RENDER_THREAD_FROM,
    // Astro re-validates stored entries only when this file's own text (or the resolved config,
    // minus its functions) changes: fold in the schema, the loader and the Markdown pipeline (the
    // config and its hast plugin, the package versions) so that a change to any of them renders
    // every page again. The pages' cache keys (src/site/cache-keys.ts) carry the digest on.
    invalidateOn: [
      'src/schema/article.ts',
      'src/lib/plain-mdx-loader.ts',
      'src/lib/markdown-threads.ts',
      'src/lib/markdown-worker.ts',
      'src/lib/article-html.ts',
      'astro.config.mjs',
      'src/site/link-first-mentions.ts',
      'src/site/markdown-processor.ts',
      'src/site/urls.ts',
      'src/lib/slugify.ts',
      'package-lock.json',
    ],
  }),
  schema: articleSchema,
});

export const collections = { articles };
