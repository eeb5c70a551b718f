/**
 * Logistic regression fit by Newton's method with an L2 penalty on the weights
 * (not the bias): a handful of features and a few hundred examples, so each step
 * solves a small linear system exactly. Deterministic: the same examples give the
 * same weights, to the last digit written.
 */
import type { LogisticWeights } from '../ingest/extract/topic-model.ts';

export interface Example {
  features: readonly number[];
  /** 1 for a positive, 0 for a negative. */
  label: number;
}

const MAX_STEPS = 100;
const TOLERANCE = 1e-10;

export function fitLogistic(examples: readonly Example[], penalty: number): Omit<LogisticWeights, 'threshold'> {
  const size = examples[0].features.length + 1;
  const theta = new Array<number>(size).fill(0);
  const row = (example: Example) => [1, ...example.features];
  for (let step = 0; step < MAX_STEPS; step++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const example of examples) {
      const x = row(example);
      const p = sigmoid(dot(theta, x));
      const w = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < size; i++) {
        gradient[i] += (p - example.label) * x[i];
        for (let j = 0; j < size; j++) hessian[i][j] += w * x[i] * x[j];
      }
    }
    for (let i = 1; i < size; i++) {
      gradient[i] += penalty * theta[i];
      hessian[i][i] += penalty;
    }
    const delta = solve(hessian, gradient);
    let largest = 0;
    for (let i = 0; i < size; i++) {
      theta[i] -= delta[i];
      largest = Math.max(largest, Math.abs(delta[i]));
    }
    if (largest < TOLERANCE) break;
  }
  return { bias: theta[0], weights: theta.slice(1) };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

/** Gaussian elimination with partial pivoting; the penalty keeps the matrix well conditioned. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((line, i) => [...line, vector[i]]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let i = column + 1; i < n; i++) if (Math.abs(a[i][column]) > Math.abs(a[pivot][column])) pivot = i;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    for (let i = column + 1; i < n; i++) {
      const factor = a[i][column] / a[column][column];
      for (let j = column; j <= n; j++) a[i][j] -= factor * a[column][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = a[i][n];
    for (let j = i + 1; j < n; j++) sum -= a[i][j] * x[j];
    x[i] = sum / a[i][i];
  }
  return x;
}

/**
 * The threshold among `candidates` with the best F-beta on `examples` (F1 unless
 * `beta` says recall counts more); on a tie the one nearest 0.5, then the lower.
 */
export function bestThreshold(examples: readonly Example[], weights: Omit<LogisticWeights, 'threshold'>, candidates: readonly number[], beta = 1): number {
  const scored = examples.map((example) => ({ p: sigmoid(weights.bias + dot(weights.weights, example.features)), label: example.label }));
  // F-beta: recall counts beta times as much as precision (F1 at beta 1).
  const weight = beta * beta;
  let best = { threshold: 0.5, score: -1 };
  for (const threshold of candidates) {
    let hit = 0;
    let predicted = 0;
    let labelled = 0;
    for (const { p, label } of scored) {
      if (p >= threshold) predicted++;
      if (label === 1) labelled++;
      if (p >= threshold && label === 1) hit++;
    }
    const score = predicted + labelled === 0 ? 0 : ((1 + weight) * hit) / (weight * labelled + predicted);
    const nearer = Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5);
    if (score > best.score + 1e-12 || (Math.abs(score - best.score) <= 1e-12 && nearer)) best = { threshold, score };
  }
  return best.threshold;
}
