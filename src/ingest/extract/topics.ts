/**
 * Tags an article with the topics of content/topics.yaml in two tiers, keeping
 * the sentences that earned each: `topics`, the topics the article is about
 * (its lede is on one, or it keeps coming back to it), and `topicMentions`, the
 * topics it only mentions (a sentence, a list item). Sentences are scored by
 * the editors' weighted terms (topic-terms.ts), the article's scores summed up
 * in a few features (topic-features.ts) and the features weighed by a model
 * fit on articles labelled by reading (topic-model.ts). An article whose
 * headline or lede is on a topic is about it whatever the model says: the
 * model, additive, fit mostly on long articles where the lede comes with many
 * more sentences on the topic, underrates a short wire item that is all lede.
 */
import type { Topic } from '../../schema/registries.ts';
import { topicSignals, type ScoredSentence } from './topic-features.ts';
import { probability, TOPIC_MODEL, type TopicModel } from './topic-model.ts';
import { compileTerms } from './topic-terms.ts';

export interface TopicResult {
  /** The topics the article is about, in registry order. */
  topics: string[];
  /** The topics it only mentions, in registry order. */
  topicMentions: string[];
  /** Per topic of either tier, the sentences that earned it, verbatim, strongest first. */
  evidence: Record<string, string[]>;
}

/** The article's paragraphs, and its headline when it has one (a headline alone never tags: it only weighs). */
export type TopicScorer = (paragraphs: readonly string[], headline?: string) => TopicResult;

/** Evidence sentences an about topic keeps, and a mentioned one. */
const ABOUT_EVIDENCE = 3;
const MENTION_EVIDENCE = 2;
/** An evidence sentence scores at least this share of the best one: a list item does not back a strong sentence. */
const EVIDENCE_SHARE = 0.5;

const scorers = new WeakMap<Topic[], TopicScorer>();

/** The topic finder the ingest calls per article; compiles each registry once. */
export function findTopics(paragraphs: readonly string[], topics: Topic[], headline?: string): TopicResult {
  let scorer = scorers.get(topics);
  if (!scorer) {
    scorer = createTopicScorer(topics);
    scorers.set(topics, scorer);
  }
  return scorer(paragraphs, headline);
}

export function createTopicScorer(topics: Topic[], model: TopicModel = TOPIC_MODEL): TopicScorer {
  const compiled = compileTerms(topics);
  return (paragraphs, headline) => {
    const result: TopicResult = { topics: [], topicMentions: [], evidence: {} };
    topicSignals(paragraphs, compiled, topics.length, headline).forEach((signals, index) => {
      if (!signals) return;
      const id = topics[index].id;
      if (signals.leading || probability(model.about, signals.features) >= model.about.threshold) {
        result.topics.push(id);
        result.evidence[id] = evidenceOf(signals.sentences, ABOUT_EVIDENCE);
      } else if (probability(model.mentioned, signals.features) >= model.mentioned.threshold) {
        result.topicMentions.push(id);
        result.evidence[id] = evidenceOf(signals.sentences, MENTION_EVIDENCE);
      }
    });
    return result;
  };
}

function evidenceOf(sentences: readonly ScoredSentence[], limit: number): string[] {
  const floor = sentences[0].score * EVIDENCE_SHARE;
  return sentences
    .filter((candidate, k) => k === 0 || candidate.score >= floor)
    .slice(0, limit)
    .map((candidate) => candidate.sentence);
}
