/**
 * The small models `npm run train:lines` writes beside this file (the segmenter, the headline and
 * the date choices): named features, their weights, and for a choice the score the best candidate
 * must reach. Each is read once per thread on first use; a model trained on other features than the
 * code now computes is refused with the command that makes a new one.
 */
import { readFileSync } from 'node:fs';

export interface TrainedModel {
  features: string[];
  weights: number[];
  /** For a choice: the score a candidate must reach, or there is none. */
  threshold?: number;
  /** What the model was fit on, and its scores there: for the reader, not the code. */
  trainedOn: string;
}

export interface ModelWeights {
  weights: Float64Array;
  threshold: number;
}

/**
 * A model file's weights, read on first `get`; `forget` drops them, so the next `get` reads the file training
 * rewrote; `use` puts a model in their place without writing any file (training's later stages read the
 * models its earlier stages fit, as the ingest will).
 */
export function trainedModel(path: URL, features: readonly string[], what: string): { get(): ModelWeights; forget(): void; use(model: TrainedModel): void } {
  let loaded: ModelWeights | undefined;
  const weightsOf = (model: TrainedModel, from: string): ModelWeights => {
    if (model.features.join('\n') !== features.join('\n')) {
      throw new Error(`${from} was trained on other ${what} features than the code computes: run npm run train:lines`);
    }
    return { weights: Float64Array.from(model.weights), threshold: model.threshold ?? -Infinity };
  };
  return {
    get() {
      loaded ??= weightsOf(JSON.parse(readFileSync(path, 'utf8')) as TrainedModel, path.pathname);
      return loaded;
    },
    forget() {
      loaded = undefined;
    },
    use(model) {
      loaded = weightsOf(model, `The ${what} model given`);
    },
  };
}
