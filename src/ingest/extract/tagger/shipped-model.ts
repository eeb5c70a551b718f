/**
 * The model `npm run train:entities` writes and the ingest ships, read once
 * per thread. Its summary (how it was trained, what it scored on the
 * development set) sits beside it in entity-model.json.
 */
import { readFileSync } from 'node:fs';
import { FEATURE_VERSION } from './features.ts';
import { decodeModel, type ModelData } from './model.ts';

export const MODEL_PATH = new URL('./entity-model.bin', import.meta.url);
export const MODEL_SUMMARY_PATH = new URL('./entity-model.json', import.meta.url);

let shipped: ModelData | undefined;

export function shippedModel(): ModelData {
  if (!shipped) {
    const model = decodeModel(readFileSync(MODEL_PATH));
    if (model.featureVersion !== FEATURE_VERSION) {
      throw new Error(`entity-model.bin was trained on features version ${model.featureVersion}, the code computes version ${FEATURE_VERSION}: run npm run train:entities`);
    }
    shipped = model;
  }
  return shipped;
}
