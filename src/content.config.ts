import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { PATHS } from './config.ts';
import { plainMdxGlob } from './lib/plain-mdx-loader.ts';

const articles = defineCollection({
  // Generated pages are plain Markdown in MDX clothing: they are rendered to HTML once and cached
  // in the content store, instead of each becoming a module for Vite to compile and bundle (the
  // cost that dominated a 10,000-article build). A page an editor gave components goes through
  // @astrojs/mdx as before.
  loader: plainMdxGlob({
    pattern: '**/*.mdx',
    base: PATHS.articles,
    // Astro re-validates stored entries only when this file's own text changes: fold in the
    // schema and the loader so that a change to either re-reads every page.
    invalidateOn: ['src/schema/article.ts', 'src/lib/plain-mdx-loader.ts'],
  }),
  schema: articleSchema,
});

export const collections = { articles };
