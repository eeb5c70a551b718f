import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { PATHS } from './config.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: PATHS.articles }),
  schema: articleSchema,
});

export const collections = { articles };
