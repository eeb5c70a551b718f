/**
 * The build's articles and their indexes, loaded once and shared by every page
 * (AstroPaper's getSortedPosts, memoized: a build renders thousands of pages
 * from one module instance).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { PATHS } from '../config.ts';
import { articleMentionsFolder, readArticleMentions } from '../lib/article-html.ts';
import { internStrings } from '../lib/plain-mdx-loader.ts';
import { buildIndexes, newestFirst, type Indexes } from './indexes.ts';
import { getRegistries } from './registry.ts';
import { buildStories, type Stories } from './story-index.ts';
import { readStoryRegistry, writeStoryRegistry } from './story-ids.ts';
import { textWords } from './wire-copies.ts';

export type Article = CollectionEntry<'articles'>;

let articles: Promise<Article[]> | undefined;
let indexes: Promise<Indexes<Article>> | undefined;
let stories: Promise<Stories<Article>> | undefined;

/** Every published (non-draft) article, newest first. */
export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles', (entry) => !entry.data.draft).then((list) => withMentions(list).sort(newestFirst));
  return articles;
}

/**
 * The entries with their `mentions`, which the content loader keeps beside the store rather than
 * in it (src/lib/article-html.ts). Spellings and sentences are shared: an article's sentence
 * naming three entities is one string, a name the whole digest spells alike is one string.
 */
function withMentions(list: Article[]): Article[] {
  const folder = articleMentionsFolder();
  const strings = new Map<string, string>();
  return list.map((entry) => {
    // A page with components went through Astro's glob(), which stores its frontmatter whole.
    if (entry.data.mentions !== undefined) return entry;
    const mentions = internStrings(readArticleMentions(entry.digest, entry.id, folder), strings) as Article['data']['mentions'];
    return { ...entry, data: { ...entry.data, mentions } };
  });
}

export function getIndexes(): Promise<Indexes<Article>> {
  // Stories first: lists and cache keys ask each article's story (storyOfArticle) once they have the indexes.
  indexes ??= Promise.all([getArticles(), getStories()]).then(([list]) => buildIndexes(list, getRegistries().entities));
  return indexes;
}

/**
 * The stories of this build (src/site/story-index.ts). Their ids are kept from build to build by
 * the registry beside the articles (src/site/story-ids.ts), which this writes back when it changed.
 */
export function getStories(): Promise<Stories<Article>> {
  stories ??= getArticles().then((list) => {
    const built = buildStories(list, readStoryRegistry(PATHS.articles), {
      wordsOf: (entry) => textWords(entry.rendered?.html ?? entry.body ?? entry.data.summary),
    });
    writeStoryRegistry(PATHS.articles, built.registry);
    return built;
  });
  return stories;
}
