/**
 * Every briefing pack the site publishes, as the pack routes need them (each
 * route, page or Markdown, only maps these to paths): one per story, and one
 * per month for each topic and each entity (./briefing-pack.ts packMonths, articlesAbout).
 */
import type { Article } from './articles.ts';
import { getIndexes, getStories } from './articles.ts';
import { articlesAbout, packItems, packMarkdown, packMonths, periodLabel, type Pack } from './briefing-pack.ts';
import { packKey } from './cache-keys.ts';
import type { EntityEntry, Indexes, MonthGroup } from './indexes.ts';
import { KIND_LABELS } from './entity-kinds.ts';
import { getRegistries, listTopics, type TopicInfo } from './registry.ts';
import type { Story } from './story-index.ts';
import { absoluteUrl, entityPageUrl, monthPageUrl, storyUrl, topicUrl } from './urls.ts';

/** At most this many sentences per article in a story's pack: those naming the people, bodies and places it shares. */
const STORY_EVIDENCE = 3;

export interface PackPage {
  /** The page the pack packs (story, topic or entity page); the pack lives under it or its month. */
  pageUrl: string;
  /** Where the pack lives: pageUrl, or its month under it. */
  baseUrl: string;
  backLabel: string;
  pack: Pack;
  articles: readonly Article[];
  /** What the pack's subject is, for its cache key. */
  subject: unknown;
}

type Index = Indexes<Article>;

export async function storyPacks(): Promise<(PackPage & { params: { id: string } })[]> {
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
    pack: { subject: story.title, period: periodLabel(story.first, story.last), source: absoluteUrl(pageUrl), items: packItems(story.articles, evidenceOf, getRegistries()) },
    articles: story.articles,
    subject: ['story', story.id, story.title, story.names.map((name) => name.key)],
  };
}

export async function topicPacks(): Promise<(PackPage & { params: { id: string; year: string; month: string } })[]> {
  const index = await getIndexes();
  return listTopics(getRegistries(), index.topicIds()).flatMap((topic) =>
    packMonths(index.topic(topic.id)).map((group) => ({ params: { id: topic.id, ...monthParams(group) }, ...topicPack(topic, group) })),
  );
}

function topicPack(topic: TopicInfo, group: MonthGroup<Article>): PackPage {
  const pageUrl = topicUrl(topic.id);
  return monthPack(pageUrl, `Topic: ${topic.label}`, topic.label, group, (article) => article.data.evidence[topic.id] ?? [], ['topic', topic]);
}

export async function entityPacks(): Promise<(PackPage & { params: { kind: string; slug: string; year: string; month: string } })[]> {
  const index = await getIndexes();
  return index.entities().flatMap((entity) =>
    packMonths(articlesAbout(entity, entity.articles)).map((group) => ({ params: { kind: entity.kind, slug: entity.slug, ...monthParams(group) }, ...entityPack(index, entity, group) })),
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
  const baseUrl = monthPageUrl(pageUrl, group.month);
  return {
    pageUrl,
    baseUrl,
    backLabel,
    pack: { subject, period: periodLabel(group.month), source: absoluteUrl(pageUrl), items: packItems(group.articles, evidenceOf, getRegistries()) },
    articles: group.articles,
    subject: [...key, group.month],
  };
}

function monthParams(group: MonthGroup<unknown>): { year: string; month: string } {
  return { year: group.month.slice(0, 4), month: group.month.slice(5, 7) };
}

const PACKS = { story: storyPacks, topic: topicPacks, entity: entityPacks };

/** getStaticPaths of a pack route: its packs, each with its page (props.page) and cache key. */
export async function packPaths(kind: keyof typeof PACKS, format: 'html' | 'md') {
  return (await PACKS[kind]()).map(({ params, ...page }) => ({
    params,
    props: { page: page as PackPage },
    cacheKey: packKey(format, page.subject, page.pack.period, page.articles),
  }));
}

/** The Markdown file of a pack. */
export function markdownResponse(pack: Pack): Response {
  return new Response(packMarkdown(pack), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
