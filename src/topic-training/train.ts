/**
 * Fits the topic model (src/ingest/extract/topic-model.json) on the fit part of
 * the labelled set. Each example is one article and one topic the article names
 * at all: an article that never names a topic is never tagged with it, so the
 * model only decides between tiers where there is something to decide.
 */
import type { Topic } from '../schema/registries.ts';
import { FEATURE_NAMES, topicSignals } from '../ingest/extract/topic-features.ts';
import { compileTerms } from '../ingest/extract/topic-terms.ts';
import type { TopicModel } from '../ingest/extract/topic-model.ts';
import { bestThreshold, fitLogistic, type Example } from './logistic.ts';
import { LABEL_TOPICS, type LabelledArticle, type Tier } from './dataset.ts';

/**
 * The L2 penalty, fixed before fitting: strong enough that a feature seen on a
 * handful of articles cannot swing the model. (Chosen per model by 5-fold
 * cross-validation by site instead, the mentions model took 0.01 and weights up
 * to 16, then did worse on the held part: not kept.)
 */
export const PENALTY = 1;
/** Thresholds tried, 0.20 to 0.80 by 0.05: the one with the best F-beta on the fit part is kept. */
const THRESHOLDS = Array.from({ length: 13 }, (_, k) => Number((0.2 + 0.05 * k).toFixed(2)));
/**
 * How much more recall counts than precision in choosing each tier's bar. About: F1, the topic page and its feed
 * list these. Mentions: F2, since an article missing from its topic page is one no reader can see (issue 17), while
 * one listed under "Also mentioned in" that only uses a topic's word in passing costs a reader a line.
 */
const ABOUT_BETA = 1;
const MENTIONS_BETA = 2;
/** Weights are written rounded: the file diffs cleanly and the rounding is far below what changes a decision. */
const DIGITS = 6;

export function trainTopicModel(articles: readonly LabelledArticle[], topics: Topic[]): TopicModel {
  const examples = examplesOf(
    articles.filter((article) => article.part === 'fit'),
    topics,
  );
  const round = (value: number) => Number(value.toFixed(DIGITS));
  const fitted = (label: (tier: Tier) => number, beta: number) => {
    const labelled = examples.map(({ features, tier }): Example => ({ features, label: label(tier) }));
    const fit = fitLogistic(labelled, PENALTY);
    const weights = { bias: round(fit.bias), weights: fit.weights.map(round) };
    return { ...weights, threshold: bestThreshold(labelled, weights, THRESHOLDS, beta) };
  };
  return {
    features: [...FEATURE_NAMES],
    about: fitted((tier) => (tier === 'about' ? 1 : 0), ABOUT_BETA),
    mentioned: fitted((tier) => (tier === 'no' ? 0 : 1), MENTIONS_BETA),
  };
}

/** Features and label of every (article, labelled topic) pair whose topic the article names. */
export function examplesOf(articles: readonly LabelledArticle[], topics: Topic[]) {
  const compiled = compileTerms(topics);
  const examples: { features: number[]; tier: Tier }[] = [];
  for (const article of articles) {
    const signals = topicSignals(article.paragraphs, compiled, topics.length, article.headline);
    topics.forEach((topic, index) => {
      const labelled = (LABEL_TOPICS as readonly string[]).includes(topic.id);
      const found = signals[index];
      if (labelled && found) examples.push({ features: found.features, tier: article.labels[topic.id as (typeof LABEL_TOPICS)[number]] });
    });
  }
  return examples;
}
