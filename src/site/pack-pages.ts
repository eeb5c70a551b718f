/**
 * Every briefing pack the site publishes, as the pack routes need them (each
 * route, page or Markdown, only maps these to paths): one per story, and one
 * per month for each topic and each entity (./briefing-pack.ts packMonths, articlesAbout).
 * A pack's page is one page per part (./briefing-pack.ts packParts); its Markdown one file.
 */
import type { Article } from './articles.ts';
import { getIndexes, getStories } from './articles.ts';
import { articlesAbout, packItems, packMarkdown, packMonths, packParts, periodLabel, type Pack, type PackHead, type PackItem, type PackPart } from './briefing-pack.ts';
import { packKey, packPartKey } from './cache-keys.ts';
import type { EntityEntry, Indexes, MonthGroup } from './indexes.ts';
import { KIND_LABELS } from './entity-kinds.ts';
import { oldestFirst } from './stories.ts';
import { getRegistries, listTopics, type TopicInfo } from './registry.ts';
import type { Story } from './story-index.ts';
import { absoluteUrl, entityPageUrl, monthPageUrl, storyUrl, topicUrl } from './urls.ts';

/** At most this many sentences per article in a story's pack: those naming the people, bodies and places it shares. */
const STORY_EVIDENCE = 3;

/**
 * A pack as its routes hold it from getStaticPaths to the end of the build: its heading, its
 * articles and how to find each one's sentences, not its items. The items (citation, URL and
 * sentences of every article) are made again when a page or the Markdown is rendered
 * (`packOf`, `partItems`): held for every pack of the site until the build ends, they were the
 * largest part of Astro's heap after the content store (~55 MB at 10,000 articles, built twice).
 */
export interface PackPage {
  /** The page the pack packs (story, topic or entity page); the pack lives under it or its month. */
  pageUrl: string;
  /** Where the pack lives: pageUrl, or its month under it. */
  baseUrl: string;
  backLabel: string;
  head: PackHead;
  /** Its pages: the pack's items cut to the page budget, oldest first; one part when they fit. */
  parts: PackPart[];
  /** Its articles in the pack's order, oldest first, as its items and parts index them. */
  articles: readonly Article[];
  /** The sentences that put an article in the pack. */
  evidenceOf: (article: Article) => readonly string[];
  /** What the pack's subject is, for its cache key. */
  subject: unknown;
}

/** The whole pack, items and all (its Markdown). */
export function packOf(page: PackPage): Pack {
  return { ...page.head, items: packItems(page.articles, page.evidenceOf, getRegistries()) };
}

/** The items of one part of the pack, numbered as in the whole pack. */
export function partItems(page: PackPage, part: PackPart): PackItem[] {
  return packItems(page.articles.slice(part.start, part.end), page.evidenceOf, getRegistries(), part.start + 1);
}

type Index = Indexes<Article>;

type Paged<P> = PackPage & { params: P };

/**
 * Each kind's packs, made once per build: the Markdown route and the page route of a kind hold the
 * same objects.
 */
const made = new Map<string, Promise<unknown>>();
function once<T>(kind: string, make: () => Promise<T>): Promise<T> {
  let packs = made.get(kind) as Promise<T> | undefined;
  if (!packs) made.set(kind, (packs = make()));
  return packs;
}

export function storyPacks(): Promise<Paged<{ id: string }>[]> {
  return once('story', makeStoryPacks);
}

async function makeStoryPacks(): Promise<Paged<{ id: string }>[]> {
  const [stories, index] = await Promise.all([getStories(), getIndexes()]);
  return stories.list.map((story) => ({ params: { id: story.id }, ...storyPack(index, story) }));
}

function storyPack(index: Index, story: Story<Article>): PackPage {
  const pageUrl = storyUrl(story.id);
  const evidenceOf = (article: Article) =>
    story.names
      .map((name) => index.sentenceFor(name.key, article))
      .filter((sentence) => sentence !== undefined)
      .slice(0, STORY_EVIDENCE);
  return {
    pageUrl,
    baseUrl: pageUrl,
    backLabel: `Story: ${story.title}`,
    ...packed(pageUrl, story.title, periodLabel(story.first, story.last), story.articles, evidenceOf),
    subject: ['story', story.id, story.title, story.names.map((name) => name.key)],
  };
}

export function topicPacks(): Promise<Paged<{ id: string; year: string; month: string }>[]> {
  return once('topic', makeTopicPacks);
}

async function makeTopicPacks(): Promise<Paged<{ id: string; year: string; month: string }>[]> {
  const index = await getIndexes();
  return listTopics(getRegistries(), index.topicIds()).flatMap((topic) =>
    packMonths(index.topic(topic.id)).map((group) => ({ params: { id: topic.id, ...monthParams(group) }, ...topicPack(topic, group) })),
  );
}

function topicPack(topic: TopicInfo, group: MonthGroup<Article>): PackPage {
  const pageUrl = topicUrl(topic.id);
  return monthPack(pageUrl, `Topic: ${topic.label}`, topic.label, group, (article) => article.data.evidence[topic.id] ?? [], ['topic', topic]);
}

export function entityPacks(): Promise<Paged<{ kind: string; slug: string; year: string; month: string }>[]> {
  return once('entity', makeEntityPacks);
}

async function makeEntityPacks(): Promise<Paged<{ kind: string; slug: string; year: string; month: string }>[]> {
  const index = await getIndexes();
  return index.entities().flatMap((entity) =>
    packMonths(articlesAbout(entity)).map((group) => ({ params: { kind: entity.kind, slug: entity.slug, ...monthParams(group) }, ...entityPack(index, entity, group) })),
  );
}

function entityPack(index: Index, entity: EntityEntry<Article>, group: MonthGroup<Article>): PackPage {
  const sentenceOf = (article: Article) => {
    const sentence = index.sentenceFor(entity.key, article);
    return sentence ? [sentence] : [];
  };
  return monthPack(entityPageUrl(entity), `${KIND_LABELS[entity.kind].singular}: ${entity.name}`, entity.name, group, sentenceOf, ['entity', entity.key, entity.name]);
}

function monthPack(pageUrl: string, backLabel: string, subject: string, group: MonthGroup<Article>, evidenceOf: (article: Article) => readonly string[], key: unknown[]): PackPage {
  return {
    pageUrl,
    baseUrl: monthPageUrl(pageUrl, group.month),
    backLabel,
    ...packed(pageUrl, subject, periodLabel(group.month), group.articles, evidenceOf),
    subject: [...key, group.month],
  };
}

/**
 * A pack of `articles` drawn from `pageUrl`: its heading, its articles oldest first, and its parts
 * (cut by its items' sizes: the items are made for that and let go).
 */
function packed(pageUrl: string, subject: string, period: string, articles: readonly Article[], evidenceOf: (article: Article) => readonly string[]): Pick<PackPage, 'head' | 'parts' | 'articles' | 'evidenceOf'> {
  const ordered = [...articles].sort(oldestFirst);
  return { head: { subject, period, source: absoluteUrl(pageUrl) }, parts: packParts(packItems(ordered, evidenceOf, getRegistries())), articles: ordered, evidenceOf };
}

function monthParams(group: MonthGroup<unknown>): { year: string; month: string } {
  return { year: group.month.slice(0, 4), month: group.month.slice(5, 7) };
}

const PACKS = { story: storyPacks, topic: topicPacks, entity: entityPacks };

/** getStaticPaths of a pack's Markdown route: each pack whole, with its page (props.page) and cache key. */
export async function packMarkdownPaths(kind: keyof typeof PACKS) {
  return (await PACKS[kind]()).map(({ params, ...page }) => ({
    params,
    props: { page: page as PackPage },
    cacheKey: packKey(page.subject, page.head.period, page.articles),
  }));
}

/**
 * getStaticPaths of a pack's page route (…/pack/[...part]): a path per part of each pack, part 1
 * at the pack's own address, with its page and part (props) and cache key.
 */
export async function packPagePaths(kind: keyof typeof PACKS) {
  return (await PACKS[kind]()).flatMap(({ params, ...page }) =>
    page.parts.map((part) => ({
      params: { ...params, part: part.part > 1 ? String(part.part) : undefined },
      props: { page: page as PackPage, part },
      cacheKey: packPartKey(page, part),
    })),
  );
}

/** The Markdown file of a pack. */
export function markdownResponse(page: PackPage): Response {
  return new Response(packMarkdown(packOf(page)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
