/** RSS items for @astrojs/rss: the site's feed and each topic's share one shape. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Registries } from '../lib/registries.ts';
import type { Indexable } from './indexes.ts';
import { findSource, findTopic } from './registry.ts';
import { absoluteUrl, articleUrl } from './urls.ts';
import { dayToDate } from './format.ts';

/** How many of the newest articles a feed carries. */
export const FEED_LENGTH = 50;

export function feedItems(articles: readonly Indexable[], registries: Registries): RSSFeedItem[] {
  return articles.slice(0, FEED_LENGTH).map(({ data }) => ({
    title: data.title,
    link: absoluteUrl(articleUrl(data.slug)),
    pubDate: data.date === undefined ? undefined : dayToDate(data.date),
    categories: data.topics.map((id) => findTopic(registries, id).label),
    // RSS 2.0 wants an e-mail address in <author>; the outlet goes in the description instead.
    description: data.source ? `${findSource(registries, data.source).name}: ${data.summary}` : data.summary,
  }));
}
