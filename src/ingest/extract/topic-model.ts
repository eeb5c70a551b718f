/**
 * The topic model: two logistic regressions over the features of
 * topic-features.ts, one for "the article is about the topic" and one for "the
 * article is about it or mentions it". Their weights are data
 * (topic-model.json), fit by `npm run train:topics` on the fit part of the
 * labelled set (tests/fixtures/topic-labels/labels.yaml) and shared by every
 * topic: a topic without labelled articles is scored by its terms through the
 * same weights.
 */
import { FEATURE_NAMES } from './topic-features.ts';
import trained from './topic-model.json' with { type: 'json' };

export interface LogisticWeights {
  bias: number;
  /** One per feature, in FEATURE_NAMES order. */
  weights: number[];
  /** A probability at or above this makes the tier (chosen on the fit part for the best F1). */
  threshold: number;
}

export interface TopicModel {
  features: readonly string[];
  /** P(about the topic). */
  about: LogisticWeights;
  /** P(about or mentions the topic). */
  mentioned: LogisticWeights;
}

export const TOPIC_MODEL: TopicModel = checked(trained);

export function probability(weights: LogisticWeights, features: readonly number[]): number {
  let z = weights.bias;
  for (let k = 0; k < features.length; k++) z += weights.weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}

/** A model whose features are not the scorer's would score silently wrong: refuse it. */
export function checked(model: TopicModel): TopicModel {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((name, k) => name === FEATURE_NAMES[k]);
  if (!same) throw new Error(`topic model: features ${model.features.join(', ')} are not the scorer's (${FEATURE_NAMES.join(', ')}); run npm run train:topics`);
  for (const part of [model.about, model.mentioned]) {
    if (part.weights.length !== FEATURE_NAMES.length) throw new Error('topic model: wrong number of weights; run npm run train:topics');
  }
  return model;
}
