/**
 * The build's articles and their indexes, loaded once and shared by every page
 * (AstroPaper's getSortedPosts, memoized: a build renders thousands of pages
 * from one module instance).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndexes, newestFirst, type Indexes } from './indexes.ts';
import { getRegistries } from './registry.ts';

export type Article = CollectionEntry<'articles'>;

let articles: Promise<Article[]> | undefined;
let indexes: Promise<Indexes<Article>> | undefined;

/** Every published (non-draft) article, newest first. */
export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles', (entry) => !entry.data.draft).then((list) => list.sort(newestFirst));
  return articles;
}

export function getIndexes(): Promise<Indexes<Article>> {
  indexes ??= getArticles().then((list) => buildIndexes(list, getRegistries().entities));
  return indexes;
}
