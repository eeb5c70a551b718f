/**
 * The site's listings (a topic's, an entity's, an outlet's articles, the archive) as pages lay
 * them out (./listings.ts), planned once per build and shared by the head page and the month
 * pages of each: the routes' getStaticPaths ask here.
 */
import type { Article } from './articles.ts';
import type { EntityEntry, Indexes } from './indexes.ts';
import { planListing, type Listing, type ListingSource } from './listings.ts';
import type { SourceInfo, TopicInfo } from './registry.ts';
import { archiveUrl, entityPageUrl, sourceUrl, topicUrl } from './urls.ts';

export interface SiteListing extends Listing<Article> {
  /** The head page's URL ("/topics/energy/"); the archive's index for the archive. */
  url: string;
  /** What the listing is of, as its pages title it: "Energy", "Tô Lâm", "VNA", "Archive". */
  name: string;
}

type Index = Indexes<Article>;
const planned = new Map<string, SiteListing>();

function plan(source: ListingSource<Article>, url: string, name: string): SiteListing {
  let listing = planned.get(source.key);
  if (!listing) planned.set(source.key, (listing = { ...planListing(source), url, name }));
  return listing;
}

export function topicListing(index: Index, topic: TopicInfo): SiteListing {
  const quotes = (article: Article) => article.data.evidence[topic.id] ?? [];
  return plan({ kind: 'topic', key: `topic:${topic.id}`, articles: index.topic(topic.id), quotes, summaries: true }, topicUrl(topic.id), topic.label);
}

export function entityListing(index: Index, entity: EntityEntry<Article>): SiteListing {
  const quotes = (article: Article) => {
    const sentence = index.sentenceFor(entity.key, article);
    return sentence ? [sentence] : [];
  };
  return plan({ kind: 'entity', key: entity.key, articles: entity.articles, quotes, summaries: false }, entityPageUrl(entity), entity.name);
}

export function sourceListing(index: Index, source: SourceInfo): SiteListing {
  return plan({ kind: 'source', key: `source:${source.id}`, articles: index.source(source.id), quotes: () => [], summaries: true }, sourceUrl(source.id), source.name);
}

export function archiveListing(index: Index): SiteListing {
  return plan({ kind: 'archive', key: 'archive', articles: index.articles, quotes: () => [], summaries: true }, archiveUrl(), 'Archive');
}

/** The entries of a run of a listing's articles, [start, end), as ArticleList shows them. */
export function entriesOf(listing: SiteListing, start: number, end: number): { article: Article; quotes: string[] }[] {
  return listing.articles.slice(start, end).map((article) => ({ article, quotes: listing.quotes(article) }));
}
