/**
 * The trained weights of the article segmenter (src/ingest/models/article-lines.json, made by
 * `npm run train:lines`), read once per thread. A model trained on other features than the code
 * now computes is refused with the command that makes a new one.
 */
import { readFileSync } from 'node:fs';
import { LINE_FEATURES } from './line-features.ts';

export interface LineModel {
  features: string[];
  weights: number[];
  /** What the model was fit on, and its scores there: for the reader, not the code. */
  trainedOn: string;
}

export const LINE_MODEL_PATH = new URL('../models/article-lines.json', import.meta.url);

let loaded: { model: LineModel; weights: Float64Array } | undefined;

export function lineModelWeights(): Float64Array {
  if (!loaded) {
    const model = JSON.parse(readFileSync(LINE_MODEL_PATH, 'utf8')) as LineModel;
    if (model.features.join('\n') !== LINE_FEATURES.join('\n')) {
      throw new Error(`${LINE_MODEL_PATH.pathname} was trained on other line features than the code computes: run npm run train:lines`);
    }
    loaded = { model, weights: Float64Array.from(model.weights) };
  }
  return loaded.weights;
}

/** Forgets the weights read, so the next segmentation reads the file again (training writes a new one). */
export function forgetLineModel(): void {
  loaded = undefined;
}
