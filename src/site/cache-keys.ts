/**
 * Cache keys for Astro's incremental build (astro.config.mjs, experimental.incrementalBuild):
 * each page's getStaticPaths entry carries a hash of everything the page shows, and Astro
 * renders a page again only when its key, or the code of its route, changed.
 *
 * A key must change whenever the page's bytes would, so each one hashes the page's data as
 * the page reads it, at the same granularity or coarser:
 *  - an article it shows is its content digest (frontmatter and body, from the content
 *    loader), even where the page prints only the title: an edit anywhere re-renders;
 *  - an entity is its key, name, other spellings and description, as the indexes merge
 *    them across the whole digest (a new spelling elsewhere changes them);
 *  - counts and rankings (co-occurring entities, related articles, top entities) are
 *    hashed as computed, with the limits the pages use (SHOWN, imported by the pages);
 *  - the site settings (title, URLs, base) and the registries go into every key.
 * Template code is not in the keys: Astro folds the page's module graph into its own
 * check, so a change to a component re-renders every page using it.
 *
 * tests/site/cache.test.ts builds a site, changes seeds and registries, rebuilds
 * incrementally and checks the result byte for byte against a build from scratch.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../config.ts';
import { entityKinds, type EntityKind } from '../schema/article.ts';
import { searchRecord, spellingDictionary } from '../build/search-record.ts';
import type { Article } from './articles.ts';
import type { Counted, EntityEntry, Indexes, MonthGroup, YearGroup } from './indexes.ts';
import type { ListingMonth, MonthPart } from './listings.ts';
import type { PackPart } from './briefing-pack.ts';
import { entityListing, entryUrl, sourceListing, topicListing, type SiteListing } from './site-listings.ts';
import type { SourceInfo, TopicInfo } from './registry.ts';
import { findTopic, getRegistries } from './registry.ts';
import { FEED_LENGTH } from './feeds.ts';
import { storyBadge, storyOfArticle, type Stories, type Story } from './story-index.ts';

/** How much of a ranking or list the pages show; the pages import these so keys and pages agree. */
export const SHOWN = {
  /** Related coverage beside an article. */
  related: 5,
  /** Entities appearing most with one, on its page. */
  together: 12,
  /** Entities of each kind most present on a topic page. */
  topEntities: 8,
  /** Articles per month on a year's archive page. */
  perMonth: 5,
} as const;

/** Bump when a key below stops covering what its page shows. */
const KEY_VERSION = 1;

type Index = Indexes<Article>;

let salt: string | undefined;

/**
 * The part every page shows or depends on: site settings and the editors' registries (~11 KB of
 * JSON), hashed once; each key starts from the hash rather than hashing the text once per page.
 */
function siteSalt(): string {
  salt ??= createHash('sha256').update(JSON.stringify([KEY_VERSION, SITE, getRegistries()])).digest('base64url');
  return salt;
}

function cacheKey(route: string, shown: unknown): string {
  return createHash('sha256').update(siteSalt()).update(`\0${route}\0`).update(JSON.stringify(shown)).digest('base64url');
}

/**
 * An article wherever it is shown: the content loader's digest of its file, and the badge lists
 * show for its story ("Story: 3 outlets", linked to the story). Only what the badge prints: an
 * article joining a story changes the lists of its other articles only when it adds an outlet.
 */
function articleRef(article: Article): string {
  let ref = articleRefs.get(article);
  if (ref === undefined) {
    if (article.digest === undefined) throw new Error(`article ${article.id} has no digest: cannot key the pages that show it`);
    const story = storyOfArticle(article);
    articleRefs.set(article, (ref = story ? `${article.digest} ${story.id} ${storyBadge(story)}` : String(article.digest)));
  }
  return ref;
}

/** Each article's ref, made once per build: every listing, month part and pack that shows the article asks for it. */
const articleRefs = new WeakMap<Article, string>();

/** What a story's page shows of it besides its articles, and what an article's page shows of its story. */
function storyBadgeRef(story: Story<Article>): unknown[] {
  return [story.id, story.title, story.outlets.length, story.articles.length, story.first, story.last];
}

function entityRef(entity: EntityEntry<Article>): unknown[] {
  return [entity.key, entity.name, entity.forms, entity.description ?? null];
}

function countedRef({ item, count }: Counted<EntityEntry<Article>>): unknown[] {
  return [...entityRef(item), count];
}

const relatedMemo = new WeakMap<Article, ReturnType<Index['related']>>();

/**
 * The related coverage an article page shows, worked out once per build: its cache key needs it
 * for every article, and the page again when it is rendered.
 */
export function relatedCoverage(index: Index, article: Article): ReturnType<Index['related']> {
  let related = relatedMemo.get(article);
  if (!related) relatedMemo.set(article, (related = index.related(article, SHOWN.related)));
  return related;
}

/** articles/[slug]: the article, its entities as merged site-wide, related and adjacent articles, its search record. */
export function articlePageKey(index: Index, article: Article): string {
  const { older, newer } = index.adjacent(article);
  const story = storyOfArticle(article);
  return cacheKey('article', [
    articleRef(article),
    story ? storyBadgeRef(story) : null,
    index.entitiesOf(article).map((ref) => entityRef(index.entity(ref.key)!)),
    relatedCoverage(index, article).map(({ article: other }) => articleRef(other)),
    older ? articleRef(older) : null,
    newer ? articleRef(newer) : null,
    // The part of a month page each topic it only mentions lists it on (linked from "Also mentions").
    article.data.topicMentions.filter((id) => !article.data.topics.includes(id)).map((id) => [id, entryUrl(topicListing(index, findTopic(getRegistries(), id)), article).part]),
    // The search metadata draws spellings from entities across the digest (src/build/search-record.ts).
    searchRecord(article.data, getRegistries(), spellingDictionary(index.entities())),
  ]);
}

/**
 * A listing's head page: its size and months (the month links, the timeline), its latest
 * articles, and whether it links on past them.
 */
function headRef(listing: SiteListing): unknown[] {
  return [listing.articles.length, listing.months.map(({ month, start, end }) => [month, end - start]), listing.head.map((article) => tieredRef(listing, article)), listing.packMonths.size > 0];
}

/** An article in a listing: itself, and the tier it is listed in. */
function tieredRef(listing: SiteListing, article: Article): string {
  return listing.lowerTier?.(article) ? `${articleRef(article)} lower` : articleRef(article);
}

/** [kind]/[slug]: the entity, its head page's share of its articles, and the entities named with it. */
export function entityPageKey(index: Index, entity: EntityEntry<Article>): string {
  return cacheKey('entity', [entityRef(entity), headRef(entityListing(index, entity)), index.coOccurring(entity.key, SHOWN.together).map(countedRef)]);
}

/** [kind]/index: every entity of the kind with its count. */
export function entityIndexKey(index: Index, kind: EntityKind): string {
  return cacheKey('entities', [kind, index.entities(kind).map((entity) => [entity.key, entity.name, entity.articles.length])]);
}

/**
 * topics/[id]: the topic, its head page's share of its articles in both tiers, the days of the
 * articles about it (the count, the timeline), how many mention it, and the entities most present
 * in those about it.
 */
export function topicPageKey(index: Index, topic: TopicInfo): string {
  const listing = topicListing(index, topic);
  const about = index.topic(topic.id);
  return cacheKey('topic', [topic, headRef(listing), about.map((article) => article.data.date), index.topicMentions(topic.id).length, topEntitiesRef(index, about)]);
}

function topEntitiesRef(index: Index, articles: readonly Article[]): unknown[] {
  return entityKinds.map((kind) => index.topEntities(articles, kind, SHOWN.topEntities).map(countedRef));
}

/** topics/[id]/rss.xml: the topic's newest articles. */
export function topicFeedKey(index: Index, topic: TopicInfo): string {
  return cacheKey('topic-feed', [topic, index.topic(topic.id).slice(0, FEED_LENGTH).map(articleRef)]);
}

/** sources/[id]: the outlet, its head page's share of its articles, and the entities most present in them. */
export function sourcePageKey(index: Index, source: SourceInfo): string {
  const listing = sourceListing(index, source);
  return cacheKey('source', [source, headRef(listing), topEntitiesRef(index, listing.articles)]);
}

/**
 * A month page of any listing: which listing and month, the parts the month is cut into (each
 * part links the others by their days), the months either side, whether it has a pack, and the
 * part's articles with their tiers.
 */
export function monthPageKey(listing: SiteListing, month: ListingMonth, part: MonthPart): string {
  const position = listing.months.indexOf(month);
  return cacheKey('month', [
    listing.kind,
    listing.key,
    listing.name,
    month.month,
    part.part,
    month.end - month.start,
    month.parts.length > 1 ? month.parts.map(({ from, to }) => [from, to]) : [],
    listing.months[position + 1]?.month ?? null,
    listing.months[position - 1]?.month ?? null,
    listing.packMonths.has(month.month),
    listing.articles.slice(part.start, part.end).map((article) => tieredRef(listing, article)),
  ]);
}

/** article-dates/[shard].json: the dates of the articles whose slugs hash to it. */
export function articleDatesKey(dates: Record<string, string>): string {
  return cacheKey('article-dates', dates);
}

/** archive/[year]: each month's count and first articles. */
export function yearPageKey(group: YearGroup<Article>): string {
  return cacheKey('year', [
    group.year,
    group.count,
    group.months.map(({ month, articles }) => [month, articles.length, articles.slice(0, SHOWN.perMonth).map(articleRef)]),
  ]);
}

/** stories/[id]: the story, its articles and texts, and the names it involves as merged site-wide. */
export function storyPageKey(index: Index, story: Story<Article>): string {
  return cacheKey('story', [
    storyBadgeRef(story),
    story.articles.map(articleRef),
    story.texts.map(({ article, copies }) => [article.data.slug, copies.map((copy) => copy.data.slug)]),
    story.names.map(({ key, count }) => [index.entity(key) ? entityRef(index.entity(key)!) : key, count]),
  ]);
}

/** stories/[id] of an id no story holds now: where it sends the reader. */
export function formerStoryKey(stories: Stories<Article>, index: Index, id: string): string {
  const successor = stories.former.get(id);
  const story = successor === undefined ? undefined : stories.byId(successor);
  const founder = index.article(id);
  return cacheKey('former-story', [id, story ? storyBadgeRef(story) : null, founder ? articleRef(founder) : null]);
}

/** A briefing pack's Markdown: what it packs, the period, and its articles. */
export function packKey(subject: unknown, period: string, articles: readonly Article[]): string {
  return cacheKey('pack-md', [subject, period, articles.map(articleRef)]);
}

/**
 * A part of a briefing pack's page: what it packs, the period, how many articles in all, where the
 * parts are cut (each part links the others by their days, and numbers its items on from the parts
 * before it), and the part's own articles. `articles` are in the pack's order, as the parts index them.
 */
export function packPartKey(page: { subject: unknown; head: { period: string }; parts: readonly PackPart[]; articles: readonly Article[] }, part: PackPart): string {
  return cacheKey('pack-html', [
    page.subject,
    page.head.period,
    page.articles.length,
    part.part,
    page.parts.map(({ start, end, from, to }) => [start, end, from, to]),
    page.articles.slice(part.start, part.end).map(articleRef),
  ]);
}

/** A topic's or entity's list of month packs: each month and its count. */
export function packListKey(subject: unknown, months: readonly MonthGroup<Article>[]): string {
  return cacheKey('packs', [subject, months.map(({ month, articles }) => [month, articles.length])]);
}
