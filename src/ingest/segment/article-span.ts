/**
 * Where a page's article is: the run of lines the segmenter's model scores as
 * article, weighed by their length, with the highest total (a maximum-sum
 * subarray). One run, because pages put their article in one place; what the
 * run holds that is not article (a caption, "Advertisement", a related-links
 * box) is dropped line by line afterwards by the clean stage's rules and by
 * each line's own probability.
 */
import { dot, sigmoid } from '../../training/logistic-regression.ts';
import { lineFeatures, TOKEN } from './line-features.ts';
import { lineModelWeights } from './line-model.ts';

export interface ArticleSpan {
  /** First and last line of the article (end < start when the page has none). */
  start: number;
  end: number;
  /** Each line's probability of being the article's. */
  probabilities: number[];
}

/** A line inside the span with a lower probability than this is not article. */
export const IN_SPAN_THRESHOLD = 0.2;
/** A short line weighs as much as a line of this many tokens: a run of menu items or comment
 * headers costs the span what it would cost to cross them. */
export const MIN_LINE_WEIGHT = Number(process.env.MLW ?? 1);

export function lineProbabilities(lines: string[]): number[] {
  const weights = lineModelWeights();
  return lineFeatures(lines).map((features) => sigmoid(dot(weights, features)));
}

export function findArticleSpan(lines: string[], probabilities = lineProbabilities(lines)): ArticleSpan {
  let best = { start: 0, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  for (let index = 0; index < lines.length; index++) {
    const score = (probabilities[index] - 0.5) * Math.max(MIN_LINE_WEIGHT, lines[index].match(TOKEN)?.length ?? 0);
    if (sum <= 0) {
      sum = score;
      start = index;
    } else sum += score;
    if (sum > best.sum) best = { start, end: index, sum };
  }
  return { start: best.start, end: best.end, probabilities };
}
