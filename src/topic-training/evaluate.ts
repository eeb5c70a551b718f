/**
 * Precision and recall of the topic scorer against the labelled set, per part
 * and topic, for each tier: `about` (on the topic page), `mentions` (under
 * "Also mentioned in") and `reachable` (either tier: the article can be found
 * from the topic page at all).
 */
import type { Topic } from '../schema/registries.ts';
import { createTopicScorer } from '../ingest/extract/topics.ts';
import type { TopicModel } from '../ingest/extract/topic-model.ts';
import { LABEL_TOPICS, type LabelledArticle, type LabelTopic, type Part, type Tier } from './dataset.ts';

export interface Count {
  /** Labelled and predicted, predicted, labelled. */
  hit: number;
  predicted: number;
  labelled: number;
}

export interface TopicScores {
  part: Part;
  topic: LabelTopic;
  articles: number;
  about: Count;
  mentions: Count;
  reachable: Count;
  /** Ids the scorer got wrong for `about`, for reading: predicted but not labelled, labelled but not predicted. */
  aboutWrong: { spurious: string[]; missed: string[] };
}

export function predictTiers(articles: readonly LabelledArticle[], topics: Topic[], model?: TopicModel): Map<LabelledArticle, Record<string, Tier>> {
  const score = createTopicScorer(topics, model);
  return new Map(
    articles.map((article) => {
      const result = score(article.paragraphs, article.headline);
      const tiers: Record<string, Tier> = {};
      for (const topic of topics) tiers[topic.id] = result.topics.includes(topic.id) ? 'about' : result.topicMentions.includes(topic.id) ? 'mentions' : 'no';
      return [article, tiers];
    }),
  );
}

export function evaluate(articles: readonly LabelledArticle[], topics: Topic[], model?: TopicModel): TopicScores[] {
  const predicted = predictTiers(articles, topics, model);
  const rows: TopicScores[] = [];
  for (const part of ['fit', 'held'] as const) {
    const inPart = articles.filter((article) => article.part === part);
    for (const topic of LABEL_TOPICS) {
      const row: TopicScores = {
        part,
        topic,
        articles: inPart.length,
        about: count(),
        mentions: count(),
        reachable: count(),
        aboutWrong: { spurious: [], missed: [] },
      };
      for (const article of inPart) {
        const label = article.labels[topic];
        const guess = predicted.get(article)![topic] ?? 'no';
        tally(row.about, label === 'about', guess === 'about');
        tally(row.mentions, label === 'mentions', guess === 'mentions');
        tally(row.reachable, label !== 'no', guess !== 'no');
        if (guess === 'about' && label !== 'about') row.aboutWrong.spurious.push(`${article.id} (${label})`);
        if (label === 'about' && guess !== 'about') row.aboutWrong.missed.push(`${article.id} (${guess})`);
      }
      rows.push(row);
    }
  }
  return rows;
}

export function precision(count: Count): number | undefined {
  return count.predicted === 0 ? undefined : count.hit / count.predicted;
}

export function recall(count: Count): number | undefined {
  return count.labelled === 0 ? undefined : count.hit / count.labelled;
}

/** The figures table of the README: P and R with their counts, "–" where nothing was predicted or labelled. */
export function formatTable(rows: readonly TopicScores[]): string {
  const figure = (value: number | undefined, of: number, total: number) => (value === undefined ? '–' : `${value.toFixed(2)} (${of}/${total})`);
  const lines = [
    '| part | topic | about P | about R | mentions P | mentions R | reachable R |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.part} (${row.articles}) | ${row.topic} | ${figure(precision(row.about), row.about.hit, row.about.predicted)} | ${figure(recall(row.about), row.about.hit, row.about.labelled)} | ${figure(precision(row.mentions), row.mentions.hit, row.mentions.predicted)} | ${figure(recall(row.mentions), row.mentions.hit, row.mentions.labelled)} | ${figure(recall(row.reachable), row.reachable.hit, row.reachable.labelled)} |`,
    );
  }
  return lines.join('\n');
}

function count(): Count {
  return { hit: 0, predicted: 0, labelled: 0 };
}

function tally(count: Count, labelled: boolean, predicted: boolean): void {
  if (labelled) count.labelled++;
  if (predicted) count.predicted++;
  if (labelled && predicted) count.hit++;
}
