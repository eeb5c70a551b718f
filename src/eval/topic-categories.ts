/**
 * A check of the topic tagger on a public corpus whose articles an editor filed under categories
 * (BBC News's five sections, Reuters-21578's TOPICS codes): a category that stands for one of the
 * digest's topics ("entertainment" for culture, "crude" for energy) is a proxy gold for it. An
 * article filed there should be about the topic, or at least reachable from its page; an article
 * filed elsewhere seldom is about it. The proxy is loose both ways (an entertainment story may be
 * a celebrity's court case, which the labelling guide calls no culture; a technology story may be
 * about films online), so its figures are rates to compare between versions of the tagger, not
 * precision and recall: those come from the labelled set (`npm run eval:topics`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface CategorizedOutcome {
  name: string;
  categories: string[];
  title?: string;
  /** Why the ingest rejected the seed; a rejected seed counts nowhere. */
  rejected?: string;
  about: string[];
  mentions: string[];
}

export interface TopicCategoryRow {
  topic: string;
  categories: string[];
  /** Articles filed under one of `categories`, and of them those about the topic or reachable from its page (about or mentions). */
  inside: number;
  aboutInside: number;
  reachableInside: number;
  /** Articles filed under none of them, and of them those about the topic or reachable. */
  outside: number;
  aboutOutside: number;
  reachableOutside: number;
}

/** Each seed's categories: from a JSON file (seed name → categories) when given, else the name's prefix ("entertainment-012.txt"). */
export function readCategories(names: readonly string[], file?: string): Map<string, string[]> {
  const listed: Record<string, string[]> | undefined = file ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  return new Map(names.map((name) => [name, listed ? (listed[name] ?? []) : [name.replace(/-[^-]*$/, '')]]));
}

/** "culture=entertainment" or "energy=crude,nat-gas": a topic and the categories standing for it. */
export function parseTopicCategories(spec: string): { topic: string; categories: string[] } {
  const match = /^([a-z0-9-]+)=([^=\s]+)$/.exec(spec);
  if (!match) throw new Error(`--topic ${spec}: expected TOPIC=CATEGORY[,CATEGORY…]`);
  return { topic: match[1], categories: match[2].split(',').filter(Boolean) };
}

/**
 * A corpus from one outlet cannot be split by site: half its articles, chosen by the hash of their
 * names (first hex digit 0–7: dev), are read to find what the tagger misses, the other half reports.
 */
export function partOfSeed(name: string): 'dev' | 'test' {
  return Number.parseInt(createHash('sha256').update(name).digest('hex')[0], 16) < 8 ? 'dev' : 'test';
}

/** The outcome's seed is filed under one of these categories. */
export function filedUnder(outcome: CategorizedOutcome, categories: readonly string[]): boolean {
  return outcome.categories.some((category) => categories.includes(category));
}

export function summarizeTopicCategories(outcomes: readonly CategorizedOutcome[], topic: string, categories: readonly string[]): TopicCategoryRow {
  const row: TopicCategoryRow = { topic, categories: [...categories], inside: 0, aboutInside: 0, reachableInside: 0, outside: 0, aboutOutside: 0, reachableOutside: 0 };
  for (const outcome of outcomes) {
    if (outcome.rejected) continue;
    const about = outcome.about.includes(topic);
    const reachable = about || outcome.mentions.includes(topic);
    if (filedUnder(outcome, categories)) {
      row.inside++;
      row.aboutInside += Number(about);
      row.reachableInside += Number(reachable);
    } else {
      row.outside++;
      row.aboutOutside += Number(about);
      row.reachableOutside += Number(reachable);
    }
  }
  return row;
}
