/** Test helper: the articles ingest made of the five seeds (content/articles), as the site reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { articleSchema, type ArticleInput } from '../../../src/schema/article.ts';
import type { Groupable } from '../../../src/site/stories.ts';

const ARTICLES = new URL('../../../content/articles/', import.meta.url).pathname;

export function seedArticles(): Groupable[] {
  return readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ data: articleSchema.parse(matter(readFileSync(ARTICLES + name, 'utf8')).data) }));
}

let counter = 0;

/** An article from literal fields, with the rest filled in. */
export function article(input: Partial<ArticleInput> & { slug: string; date: string }): Groupable {
  counter++;
  return {
    data: articleSchema.parse({
      title: input.slug.replace(/-/g, ' '),
      summary: `${input.slug.replace(/-/g, ' ')}.`,
      seed: `${input.slug}.txt`,
      seedHash: counter.toString(16).padStart(64, '0'),
      ...input,
    }),
  };
}

export const slugsOf = (list: readonly Groupable[]) => list.map(({ data }) => data.slug);
