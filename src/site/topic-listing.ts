/**
 * A topic page's two lists: the articles about the topic, and below them the
 * articles that only mention it ("Also mentioned in"), each with the sentences
 * that put it there. Pages take a listing for whatever slice of a topic they
 * show (all of it, the latest, a month), so the two tiers read the same
 * everywhere.
 */
import type { Indexable } from './indexes.ts';

/** An article and the sentences that put it on the page (ArticleList's items). */
export interface ListedArticle {
  article: Indexable;
  quotes: string[];
}

export interface TopicListing {
  about: ListedArticle[];
  mentioned: ListedArticle[];
}

export function topicListing(topicId: string, about: readonly Indexable[], mentioned: readonly Indexable[]): TopicListing {
  const withEvidence = (article: Indexable): ListedArticle => ({ article, quotes: article.data.evidence[topicId] ?? [] });
  return { about: about.map(withEvidence), mentioned: mentioned.map(withEvidence) };
}
