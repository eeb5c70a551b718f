/** RSS items for @astrojs/rss: the site's feed and each topic's share one shape. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Registries } from '../lib/registries.ts';
import type { Indexable } from './indexes.ts';
import { findSource } from './registry.ts';
import { absoluteUrl, articleUrl } from './urls.ts';
import { dayToDate } from './format.ts';

/** How many of the newest articles a feed carries. */
export const FEED_LENGTH = 50;

export function feedItems(articles: readonly Indexable[], registries: Registries): RSSFeedItem[] {
  return articles.slice(0, FEED_LENGTH).map(({ data }) => ({
    title: data.title,
    link: absoluteUrl(articleUrl(data.slug)),
    pubDate: dayToDate(data.date),
    description: data.summary,
    categories: data.topics,
    ...(data.source && { author: findSource(registries, data.source).name }),
  }));
}
