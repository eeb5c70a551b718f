import { describe, expect, it } from 'vitest';
import { bestThreshold, type Example } from '../../../src/topic-training/logistic.ts';

// One feature whose value is the example's log-odds: with bias 0 and weight 1 an example's probability is sigmoid(x).
const logit = (p: number) => Math.log(p / (1 - p));
const example = (p: number, label: 0 | 1): Example => ({ features: [logit(p)], label });
const weights = { bias: 0, weights: [1] };
const candidates = [0.2, 0.3, 0.4, 0.5, 0.6];

describe('the bar a tier is chosen by (bestThreshold)', () => {
  // Two sure positives, two positives the model doubts, two negatives it doubts as much.
  const examples = [example(0.9, 1), example(0.8, 1), example(0.25, 1), example(0.25, 1), example(0.35, 0), example(0.35, 0), example(0.1, 0)];

  it('keeps the bar with the best F1 by default: the doubtful pairs cost as much precision as they add recall', () => {
    // At 0.5: 2 of 4 positives, no negative: F1 2·2/(2+4) = 0.67. At 0.2: all 4, with 2 negatives: 2·4/(6+4) = 0.8.
    expect(bestThreshold(examples, weights, candidates)).toBe(0.2);
    // With one doubtful positive fewer, the bar rises: F1 at 0.2 is 2·3/(5+3) = 0.75, at 0.5 2·2/(2+3) = 0.8.
    expect(bestThreshold(examples.slice(0, 3).concat(examples.slice(4)), weights, candidates)).toBe(0.5);
  });

  it('lowers the bar when recall counts more (F2)', () => {
    const fewer = examples.slice(0, 3).concat(examples.slice(4));
    // F2 = 5·hit / (4·labelled + predicted): at 0.5 10/14 = 0.71, at 0.2 15/17 = 0.88.
    expect(bestThreshold(fewer, weights, candidates, 2)).toBe(0.2);
  });
});
