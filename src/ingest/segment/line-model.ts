/**
 * The trained weights of the article segmenter (src/ingest/models/article-lines.json, made by
 * `npm run train:lines`), read once per thread (models/trained-model.ts).
 */
import { trainedModel, type TrainedModel } from '../models/trained-model.ts';
import { LINE_FEATURES } from './line-features.ts';

export type LineModel = TrainedModel;

export const LINE_MODEL_PATH = new URL('../models/article-lines.json', import.meta.url);

const lineModel = trainedModel(LINE_MODEL_PATH, LINE_FEATURES, 'line');

export function lineModelWeights(): Float64Array {
  return lineModel.get().weights;
}

/** Forgets the weights read, so the next segmentation reads the file again (training writes a new one). */
export const forgetLineModel = lineModel.forget;

/** Reads these weights instead of the file's until forgotten (training, before it writes the file). */
export const useLineModel = lineModel.use;
