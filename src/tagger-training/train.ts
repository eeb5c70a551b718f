/**
 * Trains the entity tagger on CoNLL-2003's eng.train, choosing the number of
 * epochs on eng.testa (the development set), and returns the model the
 * ingest ships. Deterministic: the same data gives the same bytes.
 *
 * The list of names learned from the training data must not be learned on
 * the sentences it then describes, or the model would trust it blindly (a
 * name in it would always be a name the annotators marked). So each fifth of
 * the training documents reads a list made from the other four fifths
 * (jackknifing); the development set and the ingest read the whole list.
 */
import { documentFeatures, FEATURE_VERSION, tokenFeatures, type SentenceFeatures } from '../ingest/extract/tagger/features.ts';
import { FeatureIndex } from './feature-index.ts';
import { kindBit } from '../ingest/extract/tagger/gazetteer.ts';
import { quantize, type ModelData } from '../ingest/extract/tagger/model.ts';
import { nameLists } from '../ingest/extract/tagger/tagger.ts';
import { tagId, TAGS } from '../ingest/extract/tagger/tags.ts';
import { emptyScores, overall, rates, scoreSentence, spansOf, type Document, type KindScores } from './conll.ts';
import { AveragedPerceptron, predict, shuffled, type Example, type Weights } from './perceptron.ts';

export interface TrainOptions {
  train: Document[];
  dev: Document[];
  /** Most epochs tried; the best on the development set is kept. */
  maxEpochs: number;
  /** Folds of the training documents for the jackknifed list of names. */
  folds: number;
  /** A feature seen fewer times in training is left out. */
  minCount: number;
  log: (line: string) => void;
}

/** The kinds scored: CoNLL's, MISC learned but left out (the ingest does not keep it). */
export const SCORED_KINDS = ['PER', 'ORG', 'LOC'];

export interface TrainedTagger {
  model: ModelData;
  /** The chosen epoch, and the development scores it gave (weights unrounded). */
  epochs: number;
  dev: KindScores;
}

export function trainTagger(options: TrainOptions): TrainedTagger {
  const { train, dev, folds, log } = options;
  const names = namesOf(train);
  const foldLists = Array.from({ length: folds }, (_, fold) => nameLists(namesOf(train.filter((_, d) => d % folds !== fold))));
  const fullLists = nameLists(names);
  const trainSentences = train.map((document, d) => documentFeatures(wordsOf(document), foldLists[d % folds]));
  const devSentences = dev.map((document) => documentFeatures(wordsOf(document), fullLists));

  const tokens = trainSentences.flat().reduce((sum, sentence) => sum + sentence.words.length, 0);
  const plain = trainSentences.flat().reduce((sum, sentence) => sum + sentence.plain.reduce((n, bit) => n + bit, 0), 0);
  log(`${train.length} training documents (${tokens} tokens, ${((plain / tokens) * 100).toFixed(0)}% far from any capital), ${dev.length} development documents`);

  const kept = KeptFeatures.count(trainSentences, options.minCount);
  const examples = kept.examples(trainSentences, train.map(goldOf), true);
  // Scored against the whole gold, names the model cannot reach included.
  const devExamples = kept.examples(devSentences, dev.map(goldOf), false);
  log(`${kept.hashes.length} features kept; gold name tokens far from any capital, left out: ${examples.unreachable}`);

  const perceptron = new AveragedPerceptron(kept.hashes.length);
  let best = { epochs: 0, f1: -1, weights: perceptron.averaged(), scores: emptyScores() };
  for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
    const started = performance.now();
    perceptron.epoch(examples.list, shuffled(examples.list.length, epoch));
    const weights = perceptron.averaged();
    const scores = scoreExamples(devExamples.list, weights);
    const f1 = rates(overall(scores, SCORED_KINDS)).f1;
    log(`  epoch ${epoch}: development F1 ${f1.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    if (f1 > best.f1) best = { epochs: epoch, f1, weights, scores };
  }
  const model: ModelData = {
    featureVersion: FEATURE_VERSION,
    stages: [quantize(kept.hashes, best.weights.emissions, best.weights.transitions)],
    names: [...names],
    info: {},
  };
  return { model, epochs: best.epochs, dev: best.scores };
}

function wordsOf(document: Document): string[][] {
  return document.sentences.map((sentence) => sentence.words);
}

function goldOf(document: Document): Uint8Array[] {
  return document.sentences.map((sentence) => Uint8Array.from(sentence.tags, tagId));
}

/** Every name the annotators marked, words joined by spaces, with the kinds it was marked as. */
export function namesOf(documents: Document[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      for (const span of spansOf(sentence.tags)) {
        const phrase = sentence.words.slice(span.from, span.to).join(' ');
        names.set(phrase, (names.get(phrase) ?? 0) | kindBit(span.kind));
      }
    }
  }
  return names;
}

const O = 0;

/** Feature hashes kept for training, each with its row. */
class KeptFeatures {
  readonly index = new FeatureIndex(1 << 20);
  hashes = new Uint32Array(0);

  /** Keeps the hashes seen at least `minCount` times, in the order first seen. */
  static count(documents: SentenceFeatures[][], minCount: number): KeptFeatures {
    const all = new FeatureIndex(1 << 21);
    let counts = new Uint32Array(1 << 21);
    const each = (visit: (hash: number) => void) => {
      for (const sentences of documents) for (const sentence of sentences) for (let t = 0; t < sentence.words.length; t++) tokenFeatures(sentence, t).forEach(visit);
    };
    each((hash) => {
      const row = all.add(hash);
      if (row >= counts.length) {
        const grown = new Uint32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[row]++;
    });
    const kept = new KeptFeatures();
    const hashes: number[] = [];
    each((hash) => {
      if (counts[all.get(hash)] < minCount || kept.index.get(hash) >= 0) return;
      kept.index.add(hash);
      hashes.push(hash);
    });
    kept.hashes = Uint32Array.from(hashes);
    return kept;
  }

  /** The sentences as perceptron examples (with the gold they can reach, if `reachable`), and how many gold name tokens they could not reach. */
  examples(documents: SentenceFeatures[][], gold: Uint8Array[][], reachable: boolean): { list: Example[]; unreachable: number } {
    let unreachable = 0;
    const list = documents.flatMap((sentences, d) =>
      sentences.map((sentence, s): Example => {
        const features = sentence.words.map((_, t) => tokenFeatures(sentence, t));
        const offsets = new Uint32Array(features.length + 1);
        features.forEach((list, t) => (offsets[t + 1] = offsets[t] + list.length));
        const rows = new Int32Array(offsets[features.length]);
        features.forEach((list, t) => list.forEach((hash, k) => (rows[offsets[t] + k] = this.index.get(hash))));
        const { tags, dropped } = reachableGold(gold[d][s], sentence.plain);
        unreachable += dropped;
        return { rows, offsets, gold: reachable ? tags : gold[d][s] };
      }),
    );
    return { list, unreachable };
  }
}

/**
 * The gold tags the model can reach: a token far from any capital is outside every name, and a
 * name it cut in two reopens with B- after it. Such tokens are rare in names (lower-case words
 * inside them sit next to capitals).
 */
function reachableGold(gold: Uint8Array, plain: Uint8Array): { tags: Uint8Array; dropped: number } {
  const tags = Uint8Array.from(gold);
  let dropped = 0;
  for (let t = 0; t < tags.length; t++) {
    if (plain[t]) {
      if (tags[t] !== O) dropped++;
      tags[t] = O;
    } else if (tags[t] !== O && tags[t] % 2 === 0 && (t === 0 || tags[t - 1] === O || tags[t - 1] > tags[t] || tags[t - 1] < tags[t] - 1)) {
      tags[t] -= 1;
    }
  }
  return { tags, dropped };
}

export function scoreExamples(examples: Example[], weights: Weights): KindScores {
  const scores = emptyScores();
  for (const example of examples) {
    const predicted = predict(example, weights);
    scoreSentence(Array.from(example.gold, (tag) => TAGS[tag]), Array.from(predicted, (tag) => TAGS[tag]), scores);
  }
  return scores;
}
