/**
 * The site's lookups, built once per build from the article list: articles by
 * topic, entity, source and month, the entities themselves, and the derived
 * views pages need (related coverage, co-occurring entities, previous/next).
 *
 * AstroPaper filters every post for every tag page; at 10,000 articles and
 * thousands of entities that is quadratic. Here each article is visited once
 * to fill inverted indexes, and every page lookup reads them.
 *
 * This module is pure (no astro:content) so tests can build it from literal data;
 * `getIndexes()` in ./articles.ts builds it from the collection once per build.
 */
import { entityKinds, type ArticleData, type EntityKind } from '../schema/article.ts';
import type { RegistryEntity } from '../schema/registries.ts';
import { entitySlug } from './urls.ts';
import { monthOf, sortDay, UNDATED } from './calendar.ts';
import { partitionPoint } from '../lib/partition-point.ts';

/** Anything carrying article frontmatter: a collection entry, or a literal in tests. */
export interface Indexable {
  data: ArticleData;
}

/** One entity as one article names it. */
export interface EntityRef {
  /** "people/to-lam": kind and URL slug, the identity of an entity across articles. */
  key: string;
  kind: EntityKind;
  slug: string;
  /** The name exactly as this article's frontmatter spells it (the key into its `mentions`). */
  name: string;
}

export interface EntityEntry<A> {
  key: string;
  kind: EntityKind;
  slug: string;
  /** The registry's canonical name when it has one, else the spelling most articles use. */
  name: string;
  /** Other spellings: registry aliases, names and mention forms seen in articles. */
  forms: string[];
  description?: string;
  /** Articles naming it, newest first. */
  articles: A[];
}

export interface MonthGroup<A> {
  /** "2025-05" */
  month: string;
  articles: A[];
}

export interface YearGroup<A> {
  year: string;
  months: MonthGroup<A>[];
  count: number;
}

export interface Counted<T> {
  item: T;
  count: number;
}

export interface Related<A> {
  article: A;
  score: number;
}

/** How far either side of an article related coverage looks in one key's posting list. */
const RELATED_WINDOW = 50;
/** A shared topic says less than a shared entity: topics are few and broad. */
const TOPIC_WEIGHT = 0.5;

/** Newest first; same-day articles by slug so the order is stable between builds. */
export function newestFirst(a: Indexable, b: Indexable): number {
  const [dayA, dayB] = [sortDay(a.data.date), sortDay(b.data.date)];
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  return a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0;
}

export function entityKey(kind: EntityKind, name: string): string {
  return `${kind}/${entitySlug(name)}`;
}

/**
 * One object per kind and spelling, shared by every article naming it: a digest of 100,000 articles
 * names its few thousand entities some 1.5 million times.
 */
const refsByName = new Map<string, EntityRef>();

function entityRefOf(kind: EntityKind, name: string): EntityRef {
  const id = `${kind}\0${name}`;
  let ref = refsByName.get(id);
  if (!ref) {
    const slug = entitySlug(name);
    refsByName.set(id, (ref = Object.freeze({ key: `${kind}/${slug}`, kind, slug, name })));
  }
  return ref;
}

/**
 * Every entity an article names: its `entities` lists plus any `mentions` key
 * the lists lack, so a link the body carries always has a page to land on.
 */
export function entitiesNamedBy(data: ArticleData): EntityRef[] {
  const refs = new Map<string, EntityRef>();
  const add = (kind: EntityKind, name: string) => {
    const ref = entityRefOf(kind, name);
    if (!refs.has(ref.key)) refs.set(ref.key, ref);
  };
  for (const kind of entityKinds) for (const name of data.entities[kind]) add(kind, name);
  for (const [name, mention] of Object.entries(data.mentions)) add(mention.kind, name);
  return [...refs.values()];
}

export type Indexes<A extends Indexable> = ReturnType<typeof buildIndexes<A>>;

export function buildIndexes<A extends Indexable>(input: readonly A[], registry: readonly RegistryEntity[] = []) {
  const articles = [...input].sort(newestFirst);
  const rank = new Map<A, number>();
  const bySlug = new Map<string, A>();
  const refsOf = new Map<A, EntityRef[]>();
  const byTopic = new Map<string, A[]>();
  /** Topic → articles that only mention it (frontmatter `topicMentions`), newest first. */
  const byTopicMention = new Map<string, A[]>();
  const bySource = new Map<string, A[]>();
  const byMonth = new Map<string, A[]>();
  const byEntity = new Map<string, A[]>();
  /** Topic and entity keys → the ranks of their articles, newest first: the postings related coverage reads. */
  const postings = new Map<string, number[]>();
  /** Per entity, how often each spelling is used as its frontmatter name. */
  const spellings = new Map<string, Map<string, number>>();
  const formsSeen = new Map<string, Set<string>>();

  articles.forEach((article, index) => {
    const { data } = article;
    rank.set(article, index);
    bySlug.set(data.slug, article);
    push(byMonth, monthOf(data.date), article);
    if (data.source) push(bySource, data.source, article);
    for (const topic of new Set(data.topics)) {
      push(byTopic, topic, article);
      push(postings, topicKey(topic), index);
    }
    for (const topic of new Set(data.topicMentions)) if (!data.topics.includes(topic)) push(byTopicMention, topic, article);
    const refs = entitiesNamedBy(data);
    refsOf.set(article, refs);
    for (const ref of refs) {
      push(byEntity, ref.key, article);
      push(postings, ref.key, index);
      const counts = spellings.get(ref.key) ?? new Map<string, number>();
      counts.set(ref.name, (counts.get(ref.name) ?? 0) + 1);
      spellings.set(ref.key, counts);
      const forms = formsSeen.get(ref.key) ?? new Set<string>();
      for (const form of data.mentions[ref.name]?.forms ?? []) forms.add(form);
      formsSeen.set(ref.key, forms);
    }
  });

  const registered = new Map<string, RegistryEntity>();
  for (const entity of registry) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = entityKey(entity.kind, name);
      if (!registered.has(key)) registered.set(key, entity);
    }
  }

  const entities = new Map<string, EntityEntry<A>>();
  for (const [key, list] of byEntity) {
    const [kind, slug] = splitKey(key);
    const known = registered.get(key);
    const name = known?.name ?? mostUsed(spellings.get(key)!);
    const forms = new Set([...(known?.aliases ?? []), ...spellings.get(key)!.keys(), ...formsSeen.get(key)!]);
    forms.delete(name);
    entities.set(key, {
      key,
      kind,
      slug,
      name,
      forms: [...forms].sort(compareText),
      description: known?.description,
      articles: list,
    });
  }
  const entitiesByName = [...entities.values()].sort((a, b) => compareText(a.name, b.name));

  // The undated articles are no month of any year: the archive lists them apart.
  const months: MonthGroup<A>[] = [...byMonth].filter(([month]) => month !== UNDATED).map(([month, list]) => ({ month, articles: list }));
  months.sort((a, b) => (a.month < b.month ? 1 : -1));
  const years: YearGroup<A>[] = [];
  for (const group of months) {
    const year = group.month.slice(0, 4);
    let last = years.at(-1);
    if (last?.year !== year) years.push((last = { year, months: [], count: 0 }));
    last.months.push(group);
    last.count += group.articles.length;
  }

  /** Scratch space of related(), reused by every call: a score per article rank, and the ranks scored. */
  const relatedScores = new Float64Array(articles.length);
  const scored: number[] = [];

  /**
   * Entities by number (their place in entityList) and each article's entities as numbers, so
   * countEntities counts in an array: every entity page counts the entities of all its articles.
   */
  const entityList = [...entities.values()];
  const entityNumber = new Map(entityList.map((entity, number) => [entity.key, number]));
  const entityNumbersOf = new Map(articles.map((article) => [article, Int32Array.from(refsOf.get(article)!, (ref) => entityNumber.get(ref.key)!)]));
  /** Scratch space of countEntities, reused by every call: a count per entity number, and the numbers counted. */
  const entityCounts = new Int32Array(entityList.length);
  const counted: number[] = [];

  /** The entities `keep` accepts most named across `list`, most first, then by name. */
  function countEntities(list: readonly A[], keep: (entity: EntityEntry<A>) => boolean, limit: number): Counted<EntityEntry<A>>[] {
    for (const article of list) {
      for (const number of entityNumbersOf.get(article) ?? []) if (entityCounts[number]++ === 0) counted.push(number);
    }
    const isMore = (a: number, b: number) =>
      entityCounts[a] !== entityCounts[b] ? entityCounts[a] > entityCounts[b] : compareText(entityList[a].name, entityList[b].name) < 0;
    const top = bestOf(
      counted.filter((number) => keep(entityList[number])),
      isMore,
      limit,
    ).map((number) => ({ item: entityList[number], count: entityCounts[number] }));
    for (const number of counted) entityCounts[number] = 0;
    counted.length = 0;
    return top;
  }

  return {
    /** All articles, newest first. */
    articles: articles as readonly A[],
    article: (slug: string) => bySlug.get(slug),
    /** Articles about a topic, newest first ([] for a topic with none). */
    topic: (id: string) => byTopic.get(id) ?? [],
    /** Articles that only mention a topic, newest first: its page lists them under "Also mentioned in". */
    topicMentions: (id: string) => byTopicMention.get(id) ?? [],
    /** Every topic some article is about or mentions. */
    topicIds: () => [...new Set([...byTopic.keys(), ...byTopicMention.keys()])],
    source: (id: string) => bySource.get(id) ?? [],
    sourceIds: () => [...bySource.keys()],
    entity: (key: string) => entities.get(key),
    /** Entities, alphabetically; of one kind when given. */
    entities: (kind?: EntityKind) => (kind ? entitiesByName.filter((entity) => entity.kind === kind) : entitiesByName),
    /** The entities one article names, as it spells them. */
    entitiesOf: (article: A) => refsOf.get(article) ?? [],
    /** Newest first. */
    months: () => months,
    years: () => years,
    month: (month: string) => byMonth.get(month) ?? [],
    /** Articles whose seed states no date, by slug. */
    undated: () => byMonth.get(UNDATED) ?? [],

    /** The sentence in `article` that names the entity, as the ingest recorded it. */
    sentenceFor(key: string, article: A): string | undefined {
      const ref = refsOf.get(article)?.find((candidate) => candidate.key === key);
      return (ref && article.data.mentions[ref.name]?.sentence) || undefined;
    },

    /**
     * The articles just before (older) and after (newer) in date order. An undated article has
     * neither and is neither: they all sort last, so only the oldest dated article's older one could be.
     */
    adjacent(article: A): { older?: A; newer?: A } {
      const index = rank.get(article);
      if (index === undefined || article.data.date === undefined) return {};
      const older = articles[index + 1];
      return { newer: articles[index - 1], older: older?.data.date === undefined ? undefined : older };
    },

    /**
     * Articles sharing entities and topics with `article`, best first. A shared key
     * weighs more the rarer it is (inverse document frequency), so sharing a minister
     * beats sharing "Azerbaijan". Only the RELATED_WINDOW articles nearest in time on
     * each posting list are scored, which keeps this linear in the article count.
     */
    related(article: A, limit = 5): Related<A>[] {
      const index = rank.get(article);
      if (index === undefined) return [];
      const keys = [...new Set(article.data.topics)].map(topicKey).concat(refsOf.get(article)!.map((ref) => ref.key));
      for (const key of keys) {
        const list = postings.get(key)!;
        if (list.length < 2) continue;
        const weight = (key.startsWith('topic:') ? TOPIC_WEIGHT : 1) * Math.log(1 + articles.length / list.length);
        const at = lowerBound(list, index);
        const end = Math.min(list.length, at + RELATED_WINDOW + 1);
        for (let i = Math.max(0, at - RELATED_WINDOW); i < end; i++) {
          const other = list[i];
          if (other === index) continue;
          // Weights are positive: a rank scored for the first time is still at zero.
          if (relatedScores[other] === 0) scored.push(other);
          relatedScores[other] += weight;
        }
      }
      // Best first: the higher score, then the nearer in time, then the newer.
      const isBetter = (a: number, b: number) => {
        if (relatedScores[a] !== relatedScores[b]) return relatedScores[a] > relatedScores[b];
        const [distanceA, distanceB] = [Math.abs(a - index), Math.abs(b - index)];
        if (distanceA !== distanceB) return distanceA < distanceB;
        return a < b;
      };
      const related = bestOf(scored, isBetter, limit).map((other) => ({ article: articles[other], score: relatedScores[other] }));
      for (const other of scored) relatedScores[other] = 0;
      scored.length = 0;
      return related;
    },

    /** The entities named most often alongside `key`, with the number of articles they share. */
    coOccurring(key: string, limit = 10): Counted<EntityEntry<A>>[] {
      return countEntities(entities.get(key)?.articles ?? [], (entity) => entity.key !== key, limit);
    },

    /** The entities of one kind most present in a list of articles (a topic's, a source's). */
    topEntities(list: readonly A[], kind: EntityKind, limit = 10): Counted<EntityEntry<A>>[] {
      return countEntities(list, (entity) => entity.kind === kind, limit);
    },

    /** Entities of one kind by the number of articles naming them. */
    mostMentioned(kind: EntityKind, limit = 10): Counted<EntityEntry<A>>[] {
      return entitiesByName
        .filter((entity) => entity.kind === kind)
        .map((entity) => ({ item: entity, count: entity.articles.length }))
        .sort((a, b) => b.count - a.count || compareText(a.item.name, b.item.name))
        .slice(0, limit);
    },
  };
}

function topicKey(id: string): string {
  return `topic:${id}`;
}

function splitKey(key: string): [EntityKind, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash) as EntityKind, key.slice(slash + 1)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The most used spelling; on a tie the one met first (in the newest article). */
function mostUsed(counts: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** The `limit` best of `candidates`, best first; candidates neither better than the other keep their order. */
function bestOf(candidates: readonly number[], isBetter: (a: number, b: number) => boolean, limit: number): number[] {
  const best: number[] = [];
  for (const candidate of candidates) {
    let at = best.length;
    while (at > 0 && isBetter(candidate, best[at - 1])) at--;
    if (at < limit) best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Where `target` is, or would go, in an ascending list of ranks. */
function lowerBound(list: readonly number[], target: number): number {
  return partitionPoint(list.length, (index) => list[index] < target);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
