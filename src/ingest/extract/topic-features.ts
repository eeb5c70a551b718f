/**
 * What the topic model sees of one article, per topic: a few numbers read off
 * the sentence scores of topic-terms.ts. They say nothing about which topic it
 * is, so one model serves every topic of content/topics.yaml, a topic an editor
 * adds tomorrow included: its terms and weights are all it needs.
 *
 * An article is about a topic when its headline or lede is (`headline`, `lede`, `leading`),
 * when a sentence or two
 * are strongly on it (`top`, `second`), or when it keeps coming back to it
 * (`named`, `topical`, `several`, `share`, `distinct`); a topic met only inside names and lists
 * ("Ministry of Culture, Sports and Tourism", "industries such as energy,
 * tourism, education") loses most of its weight (`discounted`).
 */
import { sentencesOf } from '../text/sentences.ts';
import { scoreSentence, type CompiledTerms } from './topic-terms.ts';

/** The order of the features in a model's weights (src/ingest/extract/topic-model.json). */
export const FEATURE_NAMES = ['headline', 'lede', 'leading', 'top', 'second', 'named', 'topical', 'several', 'share', 'distinct', 'discounted'] as const;

/** How many sentences open the article: the lede (a dateline may stand alone as the first: "Hanoi, December 3, AZERTAC."). */
const LEDE_SENTENCES = 3;
/** A sentence scoring this much is on the topic (one clear term: "students", "museum"). */
const TOPICAL_SCORE = 2;
/** The labelling guide's "several sentences": this many on the topic make an article about it. */
const SEVERAL = 3;
/**
 * The guide's "the lede is on it": a headline or lede sentence scoring this much (a strong term, or
 * two clear ones). On the fit part, 38 of the 40 articles whose headline or lede scores 3 or more
 * for a topic were labelled about it.
 */
export const LEADING_SCORE = 3;
/** Sentence scores are capped here: past two strong terms a sentence says no more. */
const SCORE_CAP = 8;
/** How many sentences each topic keeps as evidence candidates. */
const CANDIDATES = 3;

export interface ScoredSentence {
  sentence: string;
  score: number;
}

export interface TopicSignals {
  /** The model's inputs, in FEATURE_NAMES order. */
  features: number[];
  /** The headline or a lede sentence is on the topic: the labelling guide's first reason for "about". */
  leading: boolean;
  /** The best-scoring sentences naming the topic, strongest first (ties: earlier first). */
  sentences: ScoredSentence[];
}

/** What the sentences naming one topic add up to. */
interface TopicStats {
  lede: number;
  scores: number[];
  topical: number;
  prose: Set<string>;
  weight: number;
  discounted: number;
  candidates: ScoredSentence[];
}

/** Signals per topic (registry order); undefined for a topic the article never names. */
export function topicSignals(paragraphs: readonly string[], compiled: CompiledTerms, topicCount: number, headline?: string): (TopicSignals | undefined)[] {
  const headlineTerms = headline ? scoreSentence(headline, compiled, topicCount) : undefined;
  // Pushed one by one: Array.from({ length }, …) cost more than the rest of the stats.
  const stats: TopicStats[] = [];
  for (let topic = 0; topic < topicCount; topic++) stats.push({ lede: 0, scores: [], topical: 0, prose: new Set(), weight: 0, discounted: 0, candidates: [] });
  let named = false;
  let total = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      const terms = scoreSentence(sentence, compiled, topicCount);
      const index = total++;
      if (!terms) continue;
      for (let topic = 0; topic < topicCount; topic++) {
        const score = terms.scores[topic];
        if (terms.weights[topic] === 0) continue;
        named = true;
        const stat = stats[topic];
        // A lede sentence counts when the topic is in its prose: a name alone ("the Energy Ministry") makes no lede.
        if (index < LEDE_SENTENCES && terms.prose[topic].length > 0) stat.lede = Math.max(stat.lede, score);
        stat.scores.push(score);
        if (score >= TOPICAL_SCORE) stat.topical++;
        for (const term of terms.prose[topic]) stat.prose.add(term);
        stat.weight += terms.weights[topic];
        stat.discounted += terms.weights[topic] - score;
        keepBest(stat.candidates, { sentence, score });
      }
    }
  }
  if (!named) return stats.map(() => undefined);
  return stats.map((stat, topic) => {
    if (stat.scores.length === 0) return undefined;
    const [top = 0, second = 0] = [...stat.scores].sort((a, b) => b - a);
    const leading = Math.max(headlineTerms?.scores[topic] ?? 0, stat.lede) >= LEADING_SCORE;
    const features = [
      scaled(headlineTerms?.scores[topic] ?? 0),
      scaled(stat.lede),
      leading ? 1 : 0,
      scaled(top),
      scaled(second),
      Math.log1p(stat.scores.length),
      Math.log1p(stat.topical),
      stat.topical >= SEVERAL ? 1 : 0,
      stat.topical / total,
      Math.log1p(stat.prose.size),
      stat.discounted / stat.weight,
    ];
    return { features, leading, sentences: stat.candidates };
  });
}

function scaled(score: number): number {
  return Math.min(score, SCORE_CAP) / 4;
}

/** Keeps the CANDIDATES best sentences, strongest first; an equal score does not displace an earlier sentence. */
function keepBest(best: ScoredSentence[], candidate: ScoredSentence): void {
  let at = best.length;
  while (at > 0 && candidate.score > best[at - 1].score) at--;
  if (at >= CANDIDATES) return;
  best.splice(at, 0, candidate);
  if (best.length > CANDIDATES) best.pop();
}
