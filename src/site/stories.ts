/**
 * Stories: the articles of several outlets (or one outlet's follow-ups) that
 * report one event, grouped at build time, the way Google News' Full Coverage or
 * Event Registry's events group them.
 *
 * How (every number in STORY_RULES, measured in the README's Stories section):
 *  - Articles are read oldest first (by date, then slug). Each is compared with
 *    the earlier articles that share a name with it and are at most
 *    `windowDays` older: one block per name and window, never all pairs. A name
 *    that more than `blockLimit` articles of one window give (a country every
 *    article names) is no block of its own; the pairs it would bring share
 *    rarer names or are not one event.
 *  - A pair scores `textWeight` × the cosine of their headlines and ledes plus
 *    (1 − `textWeight`) × the cosine of the names they give, both IDF-weighted
 *    (./story-features.ts: names spelled two ways count as one), a place
 *    weighing `placeWeight` of a person or an organization.
 *  - The article joins the story of its best-scoring earlier article when the
 *    score reaches `threshold` and that story began at most `spanDays` earlier;
 *    otherwise it begins a story of its own. Joining one story (never merging
 *    two) and the span keep a chain of look-alike articles from growing into one
 *    story of months.
 * Each article is compared with a bounded number of others, so the cost is
 * linear in the number of articles.
 *
 * Which story an id names across builds is ./story-ids.ts's job.
 */
import type { ArticleData } from '../schema/article.ts';
import { cosine, headlineTerms, namesByKind, TermSpace, type SparseVector } from './story-features.ts';
import { sortDay } from './calendar.ts';

/** The grouping's parameters, tuned on the labelled pairs in tests/unit/stories/ (README, Stories). */
export const STORY_RULES = {
  /** Two articles are compared only when at most this many days apart. */
  windowDays: 3,
  /** A story's articles lie at most this many days after its first one. */
  spanDays: 7,
  /** Share of the headline-and-lede similarity in a pair's score; the rest is the names'. */
  textWeight: 0.4,
  /** A place counts this much of a person or organization among the names: many events happen in Baku. */
  placeWeight: 0.5,
  /** The score at which two articles report one event. */
  threshold: 0.15,
  /** A name given by more articles than this within one window blocks no pairs. */
  blockLimit: 200,
} as const;

export type StoryRules = { [K in keyof typeof STORY_RULES]: number };

/** Anything carrying article frontmatter. */
export interface Groupable {
  data: ArticleData;
}

/** Why an article is in its group: the earlier article it matched best, and the score. */
export interface StoryLink<A> {
  article: A;
  joined: A;
  score: number;
}

/** Articles found to report one event, oldest first, before they are given an id. */
export interface StoryGroup<A> {
  articles: A[];
  /** How each article after the first joined: the rule's trace. */
  links: StoryLink<A>[];
}

/** Oldest first; one day's articles by slug, so the order never depends on the input's. */
export function oldestFirst(a: Groupable, b: Groupable): number {
  const [dayA, dayB] = [sortDay(a.data.date), sortDay(b.data.date)];
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0;
}

const DAY_MS = 86_400_000;

/** Days since 1970; NaN for an undated article, which findStoryGroups leaves out. */
function dayNumber(date: string | undefined): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The score of a pair, from its two similarities (see STORY_RULES.textWeight). */
export function pairScore(textSimilarity: number, nameSimilarity: number, rules: StoryRules = STORY_RULES): number {
  return rules.textWeight * textSimilarity + (1 - rules.textWeight) * nameSimilarity;
}

interface Features {
  day: number;
  names: Int32Array;
  nameVector: SparseVector;
  textVector: SparseVector;
}

function featuresOf<A extends Groupable>(articles: readonly A[], rules: StoryRules): Features[] {
  const nameSpace = new TermSpace();
  const textSpace = new TermSpace();
  const counted = articles.map(({ data }) => {
    const terms = headlineTerms(data);
    const kinds = namesByKind(data);
    return { names: nameSpace.add([...kinds.keys()], (key) => (kinds.get(key) === 'places' ? rules.placeWeight : 1)), text: textSpace.add(terms) };
  });
  return articles.map(({ data }, index) => ({
    day: dayNumber(data.date),
    names: Int32Array.from(counted[index].names.keys()),
    nameVector: nameSpace.vector(counted[index].names),
    textVector: textSpace.vector(counted[index].text),
  }));
}

/** The score of two articles as the grouping computes it, for tests and the evaluation. */
export function scorePairs<A extends Groupable>(articles: readonly A[], rules: StoryRules = STORY_RULES) {
  const features = featuresOf(articles, rules);
  return (a: number, b: number) => {
    const text = cosine(features[a].textVector, features[b].textVector);
    const names = cosine(features[a].nameVector, features[b].nameVector);
    return { text, names, score: pairScore(text, names, rules) };
  };
}

/** What a grouping did, for tests of its cost: the pairs it scored. */
export interface GroupingStats {
  comparisons: number;
}

/** Groups articles into stories of two or more (see the module's comment), oldest story first. */
export function findStoryGroups<A extends Groupable>(input: readonly A[], rules: StoryRules = STORY_RULES, stats?: GroupingStats): StoryGroup<A>[] {
  // An undated article has no days to share with an event's coverage: it joins no story.
  const articles = input.filter((article) => article.data.date !== undefined).sort(oldestFirst);
  const features = featuresOf(articles, rules);
  /** Per name number, the articles giving it, in reading order (so also by day). */
  const postings: number[][] = [];
  /** Per name number, the first posting still inside the window of the article being read. */
  const windowStart: number[] = [];
  /** Per article, the number of its story (the article that began it). */
  const storyOf = new Int32Array(articles.length);
  const bestLink: (StoryLink<A> | undefined)[] = new Array(articles.length);
  /** Marks candidates already scored for the article being read (its index + 1). */
  const seen = new Int32Array(articles.length);

  for (let index = 0; index < articles.length; index++) {
    const { day, names } = features[index];
    let best = -1;
    let bestScore = -1;
    for (const name of names) {
      const list = (postings[name] ??= []);
      let start = windowStart[name] ?? 0;
      while (start < list.length && features[list[start]].day < day - rules.windowDays) start++;
      windowStart[name] = start;
      if (list.length - start > rules.blockLimit) continue;
      for (let at = start; at < list.length; at++) {
        const other = list[at];
        if (seen[other] === index + 1) continue;
        seen[other] = index + 1;
        if (day - features[storyOf[other]].day > rules.spanDays) continue;
        if (stats) stats.comparisons++;
        const score = pairScore(
          cosine(features[index].textVector, features[other].textVector),
          cosine(features[index].nameVector, features[other].nameVector),
          rules,
        );
        // The better score; on a tie the later article, nearer in time.
        if (score > bestScore || (score === bestScore && other > best)) [best, bestScore] = [other, score];
      }
    }
    if (best >= 0 && bestScore >= rules.threshold) {
      storyOf[index] = storyOf[best];
      bestLink[index] = { article: articles[index], joined: articles[best], score: bestScore };
    } else {
      storyOf[index] = index;
    }
    for (const name of names) postings[name].push(index);
  }

  const groups = new Map<number, StoryGroup<A>>();
  articles.forEach((article, index) => {
    const story = storyOf[index];
    if (story === index) return;
    let group = groups.get(story);
    if (!group) groups.set(story, (group = { articles: [articles[story]], links: [] }));
    group.articles.push(article);
    group.links.push(bestLink[index]!);
  });
  return [...groups.values()];
}
