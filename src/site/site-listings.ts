/**
 * The site's listings (a topic's, an entity's, an outlet's articles, the archive) as pages lay
 * them out (./listings.ts), planned once per build and shared by the head page and the month
 * pages of each: the routes' getStaticPaths ask here.
 */
import type { Article } from './articles.ts';
import type { EntityEntry, Indexes } from './indexes.ts';
import { articlesAbout, packMonths } from './briefing-pack.ts';
import { planListing, type Listing, type ListingSource } from './listings.ts';
import type { SourceInfo, TopicInfo } from './registry.ts';
import { archiveUrl, entityPageUrl, monthPageUrl, sourceUrl, topicUrl } from './urls.ts';
import { monthOf } from './calendar.ts';

export interface SiteListing extends Listing<Article> {
  /** The head page's URL ("/topics/energy/"); the archive's index for the archive. */
  url: string;
  /** What the listing is of, as its pages title it: "Energy", "Tô Lâm", "VNA", "Archive". */
  name: string;
  /** The months with a briefing pack (./briefing-pack.ts): a topic's or an entity's. */
  packMonths: ReadonlySet<string>;
}

type Index = Indexes<Article>;
const planned = new Map<string, SiteListing>();

function plan(source: ListingSource<Article>, url: string, name: string, packed: readonly Article[] = []): SiteListing {
  let listing = planned.get(source.key);
  if (!listing) planned.set(source.key, (listing = { ...planListing(source), url, name, packMonths: new Set(packMonths(packed).map(({ month }) => month)) }));
  return listing;
}

/** A topic's articles in two tiers: those about it, and below them those that only mention it. */
export function topicListing(index: Index, topic: TopicInfo): SiteListing {
  const key = `topic:${topic.id}`;
  const known = planned.get(key);
  if (known) return known;
  const quotes = (article: Article) => article.data.evidence[topic.id] ?? [];
  const mentioning = new Set(index.topicMentions(topic.id));
  const about = new Set(index.topic(topic.id));
  // Both tiers in the digest's order (newest first), so that a month holds both.
  const articles = mentioning.size === 0 ? index.topic(topic.id) : index.articles.filter((article) => about.has(article) || mentioning.has(article));
  const lowerTier = (article: Article) => mentioning.has(article);
  return plan({ kind: 'topic', key, articles, quotes, summaries: true, lowerTier }, topicUrl(topic.id), topic.label, index.topic(topic.id));
}

export function entityListing(index: Index, entity: EntityEntry<Article>): SiteListing {
  const quotes = (article: Article) => {
    const sentence = index.sentenceFor(entity.key, article);
    return sentence ? [sentence] : [];
  };
  return plan({ kind: 'entity', key: entity.key, articles: entity.articles, quotes, summaries: false }, entityPageUrl(entity), entity.name, articlesAbout(entity));
}

export function sourceListing(index: Index, source: SourceInfo): SiteListing {
  return plan({ kind: 'source', key: `source:${source.id}`, articles: index.source(source.id), quotes: () => [], summaries: true }, sourceUrl(source.id), source.name);
}

export function archiveListing(index: Index): SiteListing {
  return plan({ kind: 'archive', key: 'archive', articles: index.articles, quotes: () => [], summaries: true }, archiveUrl(), 'Archive');
}

export interface Entry {
  article: Article;
  quotes: string[];
}

/**
 * Some of a listing's articles as ArticleList shows them, in its two tiers: `upper` (a topic's
 * articles about it, every other listing's articles) and `lower` (a topic's mere mentions).
 */
export function entriesOf(listing: SiteListing, articles: readonly Article[]): { upper: Entry[]; lower: Entry[] } {
  const entries = { upper: [] as Entry[], lower: [] as Entry[] };
  for (const article of articles) entries[listing.lowerTier?.(article) ? 'lower' : 'upper'].push({ article, quotes: listing.quotes(article) });
  return entries;
}

/** A month part's articles. */
export const partArticles = (listing: SiteListing, part: { start: number; end: number }) => listing.articles.slice(part.start, part.end);

/** Whether the head page holds every article of its listing (else it carries the anchor script). */
export const headHoldsAll = (listing: SiteListing) => listing.head.length === listing.articles.length;

const partsByArticle = new WeakMap<SiteListing, Map<Article, number>>();

/**
 * An article's place in a listing: the month page, or the part of it, holding its entry, with
 * its anchor ("/topics/energy/2025/05/2/#<slug>"). A month's parts are cut afresh as it fills, so
 * pages linking here are keyed by the part (cache-keys.ts).
 */
export function entryUrl(listing: SiteListing, article: Article): { url: string; part: number } {
  let parts = partsByArticle.get(listing);
  if (!parts) {
    parts = new Map();
    for (const month of listing.months) for (const part of month.parts) for (let at = part.start; at < part.end; at++) parts.set(listing.articles[at], part.part);
    partsByArticle.set(listing, parts);
  }
  const part = parts.get(article) ?? 1;
  return { url: `${monthPageUrl(listing.url, monthOf(article.data.date), part)}#${article.data.slug}`, part };
}
