/**
 * The build's stories, as pages need them: the groups of ./stories.ts with the
 * ids of ./story-ids.ts, each story's outlets, its wire copies (./wire-copies.ts)
 * and the names it involves, and a lookup from an article to its story.
 *
 * Pure: ./articles.ts reads the registry, calls buildStories once per build and
 * writes the registry back.
 */
import { entityKinds, type EntityKind } from '../schema/article.ts';
import { countLabel } from './format.ts';
import { entityKey } from './indexes.ts';
import { findStoryGroups, type Groupable, type StoryLink } from './stories.ts';
import { assignStoryIds, type IdRule, type StoryRegistry } from './story-ids.ts';
import { groupCopies, type CopyGroup } from './wire-copies.ts';

export interface Story<A> {
  /** The founder's slug: /stories/<id>/. */
  id: string;
  /** Which rule of ./story-ids.ts gave the id. */
  rule: IdRule;
  /** The founder's headline (the earliest article's, when the founder has left the story). */
  title: string;
  /** Oldest first. */
  articles: A[];
  /** The texts it carries, oldest first: each wire text once, with the other outlets publishing it. */
  texts: CopyGroup<A>[];
  /** Distinct outlets, in the order they first reported (an unknown outlet counts per article). */
  outlets: string[];
  first: string;
  last: string;
  /** Names given by at least two of its articles (all of them in a story of two), most given first. */
  names: StoryName[];
  /** How each article after the first joined (./stories.ts). */
  links: StoryLink<A>[];
}

/** A person, organization or place a story involves; `key` is its entity key (./indexes.ts). */
export interface StoryName {
  key: string;
  kind: EntityKind;
  name: string;
  count: number;
}

export interface Stories<A> {
  /** Newest first (by last article, then id). */
  list: Story<A>[];
  byId(id: string): Story<A> | undefined;
  /** The story an article belongs to, if any. */
  of(article: A): Story<A> | undefined;
  /** Ids of stories no longer shown → the story holding their articles now, when there is one. */
  former: Map<string, string | undefined>;
  /** The registry to keep for the next build. */
  registry: StoryRegistry;
}

export interface StoryOptions<A> {
  /** The article's text as words, for finding wire copies (its HTML is fine). */
  wordsOf: (article: A) => readonly string[];
}

/** The outlet an article counts for: its source id, else its address's host, else itself. */
export function outletKey({ data }: Groupable): string {
  if (data.source) return data.source;
  if (data.url) {
    try {
      return new URL(data.url).hostname;
    } catch {
      // A malformed address names no outlet.
    }
  }
  return `article:${data.slug}`;
}

/** What lists show of an article's story: "3 outlets", or "2 articles" when one outlet followed it up. */
export function storyBadge(story: Story<unknown>): string {
  return story.outlets.length > 1 ? countLabel(story.outlets.length, 'outlet') : countLabel(story.articles.length, 'article');
}

const builtStories = new WeakMap<object, Story<Groupable> | null>();

/**
 * The story of an article of the latest build, for code handed an article alone (lists, cache keys).
 * Throws for an article the build did not group: a page must never pass a story-less article as one.
 */
export function storyOfArticle<A extends Groupable>(article: A): Story<A> | undefined {
  const story = builtStories.get(article);
  if (story === undefined) throw new Error(`article ${article.data.slug} was not grouped into stories: build them first (getStories)`);
  return (story ?? undefined) as Story<A> | undefined;
}

export function buildStories<A extends Groupable>(articles: readonly A[], registry: StoryRegistry, options: StoryOptions<A>): Stories<A> {
  const groups = findStoryGroups(articles);
  const assigned = assignStoryIds(
    groups.map((group) => group.articles.map((article) => article.data.slug)),
    registry,
  );
  const list = groups.map((group, index): Story<A> => {
    const { id, rule } = assigned.ids[index];
    const founder = group.articles.find((article) => article.data.slug === id) ?? group.articles[0];
    return {
      id,
      rule,
      title: founder.data.title,
      articles: group.articles,
      texts: groupCopies(group.articles, options.wordsOf),
      outlets: [...new Set(group.articles.map(outletKey))],
      // findStoryGroups groups dated articles only.
      first: group.articles[0].data.date!,
      last: group.articles.at(-1)!.data.date!,
      names: sharedNames(group.articles),
      links: group.links,
    };
  });
  list.sort((a, b) => (a.last !== b.last ? (a.last < b.last ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(list.map((story) => [story.id, story]));
  const byArticle = new Map<A, Story<A>>();
  for (const story of list) for (const article of story.articles) byArticle.set(article, story);
  for (const article of articles) builtStories.set(article, (byArticle.get(article) ?? null) as Story<Groupable> | null);
  return {
    list,
    byId: (id) => byId.get(id),
    of: (article) => byArticle.get(article),
    former: assigned.former,
    registry: assigned.registry,
  };
}

/** The names a story involves: those at least two of its articles give, by how many give them, then by name. */
function sharedNames(articles: readonly Groupable[]): StoryName[] {
  const counts = new Map<string, StoryName>();
  for (const { data } of articles) {
    const keys = new Set<string>();
    for (const kind of entityKinds) {
      for (const name of data.entities[kind]) {
        const key = entityKey(kind, name);
        if (keys.has(key)) continue;
        keys.add(key);
        const entry = counts.get(key) ?? { key, kind, name, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
  }
  const least = Math.min(2, articles.length);
  return [...counts.values()]
    .filter((entry) => entry.count >= least)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}
