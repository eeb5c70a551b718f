/**
 * Binary logistic regression, trained full-batch with Adam and an L2 penalty:
 * deterministic (same data, same weights), small, and enough for the ingest's
 * scored choices, whose features are few and named.
 */

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty on every weight but the last (the bias, by convention the last feature). */
  l2: number;
}

const DEFAULTS: TrainingOptions = { epochs: 400, learningRate: 0.05, l2: 1e-3 };

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function dot(weights: ArrayLike<number>, features: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) sum += weights[index] * features[index];
  return sum;
}

/** Weights for `rows` (feature vectors) and `labels` (0 or 1), each row weighted by `rowWeights` (default 1). */
export function trainLogisticRegression(rows: ArrayLike<number>[], labels: number[], options: Partial<TrainingOptions> = {}, rowWeights?: number[]): Float64Array {
  const { epochs, learningRate, l2 } = { ...DEFAULTS, ...options };
  const width = rows[0]?.length ?? 0;
  const weights = new Float64Array(width);
  const first = new Float64Array(width);
  const second = new Float64Array(width);
  const totalWeight = rowWeights ? rowWeights.reduce((sum, weight) => sum + weight, 0) : rows.length;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const gradient = new Float64Array(width);
    rows.forEach((row, index) => {
      const error = (sigmoid(dot(weights, row)) - labels[index]) * (rowWeights?.[index] ?? 1);
      for (let feature = 0; feature < width; feature++) gradient[feature] += error * row[feature];
    });
    for (let feature = 0; feature < width; feature++) {
      const penalty = feature === width - 1 ? 0 : l2 * weights[feature];
      const step = gradient[feature] / totalWeight + penalty;
      first[feature] = 0.9 * first[feature] + 0.1 * step;
      second[feature] = 0.999 * second[feature] + 0.001 * step * step;
      const corrected = first[feature] / (1 - 0.9 ** epoch);
      weights[feature] -= (learningRate * corrected) / (Math.sqrt(second[feature] / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return weights;
}

/**
 * The conditional logit's choice: the best-scoring candidate, when it scores at least `bar`; undefined when
 * no candidate does.
 */
export function chooseAmong(weights: ArrayLike<number>, rows: ArrayLike<number>[], bar = -Infinity): { index: number; score: number } | undefined {
  let best: { index: number; score: number } | undefined;
  rows.forEach((row, index) => {
    const score = dot(weights, row);
    if (score >= bar && (!best || score > best.score)) best = { index, score };
  });
  return best;
}

/**
 * One choice among candidates: their feature vectors, and which one is right (undefined: none of them), or
 * which ones are, when several give the same answer (a page that shows its date twice: either is right).
 */
export interface ChoiceGroup {
  rows: ArrayLike<number>[];
  answer?: number | readonly number[];
}

/**
 * A conditional logit ("choose one of these"): P(candidate i) = exp(w·xᵢ) / (1 + Σⱼ exp(w·xⱼ)), the 1 standing
 * for "none of them", which is the answer of a group with no right candidate. Trained full-batch with Adam
 * on the log-likelihood of the right answers, with an L2 penalty; deterministic. A group with several right
 * candidates counts the likelihood of any of them, log Σᵢ P(i) over the right ones: none of them is pushed
 * down for not being the one the labels happened to name.
 */
export function trainConditionalLogit(groups: ChoiceGroup[], options: Partial<TrainingOptions> = {}): Float64Array {
  const { epochs, learningRate, l2 } = { ...DEFAULTS, ...options };
  const width = groups.find((group) => group.rows.length > 0)?.rows[0].length ?? 0;
  const weights = new Float64Array(width);
  const first = new Float64Array(width);
  const second = new Float64Array(width);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const gradient = new Float64Array(width);
    for (const { rows, answer } of groups) {
      const scores = rows.map((row) => Math.exp(Math.min(50, dot(weights, row))));
      const total = 1 + scores.reduce((sum, score) => sum + score, 0);
      const target = targets(scores, answer);
      rows.forEach((row, index) => {
        const error = scores[index] / total - target[index];
        for (let feature = 0; feature < width; feature++) gradient[feature] += error * row[feature];
      });
    }
    for (let feature = 0; feature < width; feature++) {
      const step = gradient[feature] / groups.length + l2 * weights[feature];
      first[feature] = 0.9 * first[feature] + 0.1 * step;
      second[feature] = 0.999 * second[feature] + 0.001 * step * step;
      const corrected = first[feature] / (1 - 0.9 ** epoch);
      weights[feature] -= (learningRate * corrected) / (Math.sqrt(second[feature] / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return weights;
}

/**
 * What each candidate's probability is pulled towards: 1 for a group's one right candidate; with several, each
 * its share of their probability (the gradient of log Σ P(right)); 0 for the others.
 */
function targets(scores: number[], answer: ChoiceGroup['answer']): Float64Array {
  const target = new Float64Array(scores.length);
  if (typeof answer === 'number') {
    target[answer] = 1;
  } else if (answer !== undefined && answer.length > 0) {
    const right = answer.reduce((sum, index) => sum + scores[index], 0);
    for (const index of answer) target[index] = right > 0 ? scores[index] / right : 1 / answer.length;
  }
  return target;
}
