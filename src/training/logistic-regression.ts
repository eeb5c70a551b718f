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

/** One choice among candidates: their feature vectors, and which one is right (undefined: none of them). */
export interface ChoiceGroup {
  rows: ArrayLike<number>[];
  answer?: number;
}

/**
 * A conditional logit ("choose one of these"): P(candidate i) = exp(w·xᵢ) / (1 + Σⱼ exp(w·xⱼ)), the 1 standing
 * for "none of them", which is the answer of a group with no right candidate. Trained full-batch with Adam
 * on the log-likelihood of the right answers, with an L2 penalty; deterministic.
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
      rows.forEach((row, index) => {
        const error = scores[index] / total - (index === answer ? 1 : 0);
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
