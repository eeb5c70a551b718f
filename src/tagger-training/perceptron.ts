/**
 * An averaged structured perceptron (Collins 2002) over BIO tags: decode a
 * sentence with Viterbi under the current weights, and where the best path
 * differs from the gold one, add the gold path's features and subtract the
 * predicted path's. The weights shipped are the average over every step
 * (kept without summing every step: Daumé's trick, `totals` holds each
 * update times the step it was made at).
 */
import { TAG_COUNT } from '../ingest/extract/tagger/tags.ts';
import { viterbi } from '../ingest/extract/tagger/viterbi.ts';
import { outsideEveryName } from '../ingest/extract/tagger/model.ts';

export interface Example {
  /** Row of each feature in the weight table, -1 for a feature the model does not keep; token t's are rows[offsets[t] .. offsets[t + 1]). */
  rows: Int32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

export interface Weights {
  /** rows × TAG_COUNT */
  emissions: Float64Array;
  /** TAG_COUNT × TAG_COUNT pairs, then TAG_COUNT opening scores. */
  transitions: Float64Array;
}

const PAIRS = TAG_COUNT * TAG_COUNT;

export class AveragedPerceptron {
  readonly current: Weights;
  private readonly totals: Weights;
  private step = 1;

  constructor(rows: number) {
    this.current = { emissions: new Float64Array(rows * TAG_COUNT), transitions: new Float64Array(PAIRS + TAG_COUNT) };
    this.totals = { emissions: new Float64Array(rows * TAG_COUNT), transitions: new Float64Array(PAIRS + TAG_COUNT) };
  }

  /** One pass over `examples` in the order given. */
  epoch(examples: readonly Example[], order: readonly number[]): void {
    for (const index of order) {
      const example = examples[index];
      const predicted = predict(example, this.current);
      this.update(example, predicted);
      this.step++;
    }
  }

  /** The averaged weights as they stand. */
  averaged(): Weights {
    const average = (current: Float64Array, totals: Float64Array) => current.map((weight, i) => weight - totals[i] / this.step);
    return { emissions: average(this.current.emissions, this.totals.emissions), transitions: average(this.current.transitions, this.totals.transitions) };
  }

  private update(example: Example, predicted: Uint8Array): void {
    const { rows, offsets, gold } = example;
    const { emissions, transitions } = this.current;
    const step = this.step;
    const bump = (array: Float64Array, totals: Float64Array, at: number, by: number) => {
      array[at] += by;
      totals[at] += by * step;
    };
    for (let t = 0; t < gold.length; t++) {
      const want = gold[t];
      const got = predicted[t];
      if (want !== got) {
        for (let f = offsets[t]; f < offsets[t + 1]; f++) {
          const row = rows[f];
          if (row < 0) continue;
          bump(emissions, this.totals.emissions, row * TAG_COUNT + want, 1);
          bump(emissions, this.totals.emissions, row * TAG_COUNT + got, -1);
        }
      }
      const wantPair = t === 0 ? PAIRS + want : gold[t - 1] * TAG_COUNT + want;
      const gotPair = t === 0 ? PAIRS + got : predicted[t - 1] * TAG_COUNT + got;
      if (wantPair !== gotPair) {
        bump(transitions, this.totals.transitions, wantPair, 1);
        bump(transitions, this.totals.transitions, gotPair, -1);
      }
    }
  }
}

/** The best tags of one example under `weights`. */
export function predict(example: Example, weights: Weights): Uint8Array {
  const { rows, offsets } = example;
  const length = offsets.length - 1;
  const scores = new Float64Array(length * TAG_COUNT);
  for (let t = 0; t < length; t++) {
    if (offsets[t] === offsets[t + 1]) outsideEveryName(scores, t * TAG_COUNT);
    for (let f = offsets[t]; f < offsets[t + 1]; f++) {
      const row = rows[f];
      if (row < 0) continue;
      const base = row * TAG_COUNT;
      for (let tag = 0; tag < TAG_COUNT; tag++) scores[t * TAG_COUNT + tag] += weights.emissions[base + tag];
    }
  }
  const transitions = { pairs: weights.transitions.subarray(0, PAIRS), start: weights.transitions.subarray(PAIRS) };
  return viterbi(scores, length, TAG_COUNT, transitions, new Uint8Array(length));
}

/** A seeded shuffle (mulberry32), so every run trains on the same order. */
export function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
