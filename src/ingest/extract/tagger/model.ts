/**
 * The tagger's model file: gzip of a small binary layout, read into typed
 * arrays once per thread.
 *
 *   "DGNER\0\0\x01"           8 bytes, the format's name and version
 *   header length             uint32, little-endian
 *   header                    JSON: feature version, tags, per stage its row count and scale, training facts
 *   per stage:
 *     features                uint32 × rows: the feature hashes, ascending
 *     weights                 int8 × rows × tags: weight = value × scale
 *     transitions             float32 × (tags + 1) × tags: tag after tag, then each tag opening a sentence
 *   names                     UTF-8 lines "kinds<TAB>phrase": the list of names learned from training data
 *
 * Typed arrays are read in the machine's byte order; the file is written
 * little-endian, which is every machine Node runs on in practice.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAGS, TAG_COUNT } from './tags.ts';
import { LONGEST_LENGTH, NEIGHBOURS, neighbourFeatures, sentenceWideFeatures, type SentenceFeatures, type WordFacts } from './features.ts';

const MAGIC = Buffer.from('DGNER\0\0\x01', 'latin1');

export interface StageWeights {
  features: Uint32Array;
  weights: Int8Array;
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT: pairs first, then the opening scores. */
  transitions: Float32Array;
}

export interface ModelData {
  featureVersion: number;
  /** The first pass, and the second (which reads the first's tags) if there is one. */
  stages: StageWeights[];
  /** Names by kind bits (1 PER, 2 ORG, 4 LOC, 8 MISC). */
  names: [string, number][];
  /** How it was trained and what it scored: written into the header, shown by eval. */
  info: Record<string, unknown>;
}

export function encodeModel(model: ModelData): Uint8Array {
  const header = Buffer.from(
    JSON.stringify({
      featureVersion: model.featureVersion,
      tags: TAGS,
      stages: model.stages.map((stage) => ({ rows: stage.features.length, scale: stage.scale })),
      info: model.info,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const parts: Uint8Array[] = [MAGIC, length, header];
  for (const stage of model.stages) {
    parts.push(bytesOf(stage.features), bytesOf(stage.weights), bytesOf(stage.transitions));
  }
  parts.push(Buffer.from(model.names.map(([phrase, kinds]) => `${kinds}\t${phrase}`).join('\n')));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function bytesOf(array: Uint32Array | Int8Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

export function decodeModel(compressed: Uint8Array): ModelData {
  const bytes = gunzipSync(compressed);
  if (!bytes.subarray(0, 8).equals(MAGIC)) throw new Error('not an entity tagger model (or an older format): run npm run train:entities');
  const headerLength = bytes.readUInt32LE(8);
  let at = 12 + headerLength;
  const header = JSON.parse(bytes.subarray(12, at).toString('utf8')) as {
    featureVersion: number;
    tags: string[];
    stages: { rows: number; scale: number }[];
    info: Record<string, unknown>;
  };
  if (header.tags.join() !== TAGS.join()) throw new Error('the entity tagger model was trained with other tags: run npm run train:entities');
  // Copied out of the buffer: a typed array's view must start at a multiple of its element size.
  const take = (length: number) => {
    const slice = new Uint8Array(length);
    slice.set(bytes.subarray(at, at + length));
    at += length;
    return slice.buffer;
  };
  const stages = header.stages.map(({ rows, scale }) => ({
    features: new Uint32Array(take(rows * 4)),
    weights: new Int8Array(take(rows * TAG_COUNT)),
    scale,
    transitions: new Float32Array(take((TAG_COUNT + 1) * TAG_COUNT * 4)),
  }));
  const text = bytes.subarray(at).toString('utf8');
  const names = text ? text.split('\n').map((line): [string, number] => [line.slice(line.indexOf('\t') + 1), Number(line.slice(0, line.indexOf('\t')))]) : [];
  return { featureVersion: header.featureVersion, stages, names, info: header.info };
}

/** Float weights (rows × tags) → int8 with one scale, rows that round to all zeros dropped, sorted by hash. */
export function quantize(hashes: Uint32Array, weights: Float64Array, pairs: Float64Array): StageWeights {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const kept: number[] = [];
  for (let row = 0; row < hashes.length; row++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      if (Math.round(weights[row * TAG_COUNT + tag] / scale) !== 0) {
        kept.push(row);
        break;
      }
    }
  }
  kept.sort((a, b) => hashes[a] - hashes[b]);
  const features = new Uint32Array(kept.length);
  const quantized = new Int8Array(kept.length * TAG_COUNT);
  kept.forEach((row, k) => {
    features[k] = hashes[row];
    for (let tag = 0; tag < TAG_COUNT; tag++) quantized[k * TAG_COUNT + tag] = Math.round(weights[row * TAG_COUNT + tag] / scale);
  });
  return { features, weights: quantized, scale, transitions: Float32Array.from(pairs) };
}

/** A token with no features is outside every name: only O is possible. */
export function outsideEveryName(scores: Float64Array, at: number): void {
  scores[at] = 0;
  scores.fill(-Infinity, at + 1, at + TAG_COUNT);
}

// ScoringStage.emissions keeps one sum per tag in a variable of its own: nine of them.
if (TAG_COUNT !== 9) throw new Error('ScoringStage.emissions sums nine tags: change it with the tags');

/** Bytes of one slot of ScoringStage's table: the feature's hash, then its weights, padded to whole words. */
const SLOT_BYTES = 4 * Math.ceil((4 + TAG_COUNT) / 4);
const SLOT_WORDS = SLOT_BYTES / 4;

/**
 * A word's sums per tag (ScoringStage.scoresOf), TAG_COUNT each: of its own features at OWN, and
 * of the features it gives the token it is the previous, next, second previous or second next
 * word of at 1 + that neighbour's number (NEIGHBOURS) times TAG_COUNT.
 */
const OWN = 0;
const AS_PREVIOUS = (1 + NEIGHBOURS.previous) * TAG_COUNT;
const AS_NEXT = (1 + NEIGHBOURS.next) * TAG_COUNT;
const AS_PREVIOUS2 = (1 + NEIGHBOURS.previous2) * TAG_COUNT;
const AS_NEXT2 = (1 + NEIGHBOURS.next2) * TAG_COUNT;
const WORD_SUMS = (1 + Object.keys(NEIGHBOURS).length) * TAG_COUNT;

/**
 * A model ready to score: its weights in an open-addressing table keyed by feature hash, each
 * slot's hash and weights side by side in one buffer (a lookup touches one cache line, where a
 * table of hashes and one of weights touched two), each word's own features and those it gives its
 * neighbours summed once.
 */
export class ScoringStage {
  /** The slots' hashes, at slot × SLOT_WORDS; 0 marks an empty slot. */
  private readonly keys: Uint32Array;
  /** The slots' weights, at slot × SLOT_BYTES + 4 + tag. */
  private readonly table: Int8Array;
  private readonly mask: number;
  /** The weights of the feature whose hash is 0, which marks an empty slot in `keys`. */
  private zero: Int8Array | undefined;
  private readonly scale: number;
  readonly transitions: { pairs: Float32Array; start: Float32Array };
  /** The sums a missing neighbour gives (the sentence's boundary), laid out as a word's (WORD_SUMS). */
  private readonly boundary: Int32Array;
  /** The sums of the features of a sentence of each length up to LONGEST_LENGTH, at length × TAG_COUNT. */
  private readonly sentenceWide: Int32Array;
  /** A token's sums of what it has without its context, reused from token to token. */
  private readonly known = new Int32Array(TAG_COUNT);

  constructor(stage: StageWeights) {
    let capacity = 1024;
    while (capacity < stage.features.length * 2) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * SLOT_BYTES);
    this.keys = new Uint32Array(buffer);
    this.table = new Int8Array(buffer);
    this.mask = capacity - 1;
    stage.features.forEach((hash, row) => {
      const weights = stage.weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT);
      if (hash === 0) {
        this.zero = weights;
        return;
      }
      let slot = hash & this.mask;
      while (this.keys[slot * SLOT_WORDS] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * SLOT_WORDS] = hash;
      this.table.set(weights, slot * SLOT_BYTES + 4);
    });
    this.scale = stage.scale;
    const pairs = TAG_COUNT * TAG_COUNT;
    this.transitions = { pairs: stage.transitions.subarray(0, pairs), start: stage.transitions.subarray(pairs, pairs + TAG_COUNT) };
    this.boundary = this.wordSums(undefined);
    this.sentenceWide = new Int32Array((LONGEST_LENGTH + 1) * TAG_COUNT);
    for (let length = 1; length <= LONGEST_LENGTH; length++) this.sum(sentenceWideFeatures(length), this.sentenceWide, length * TAG_COUNT);
  }

  /**
   * Scores per token and tag of one sentence, into `out` (tokens × tags). The hot loop of the
   * tagger: a token's nine sums are kept in nine variables, which V8 holds in registers, rather
   * than added into `out` feature by feature, which cost a load and a store per tag and feature
   * (the loop took about 5% less of the finder's time so). The sums are whole numbers, so the
   * order they are added in changes nothing: the scores are exactly those of every feature of the
   * token (tokenFeatures) added one by one, the word's, the sentence's and the neighbours' summed in advance.
   */
  emissions(sentence: SentenceFeatures, out: Float64Array): Float64Array {
    const { context, offsets, words, plain } = sentence;
    const { scale, keys, table, mask, boundary } = this;
    const zero = this.zero;
    const n = words.length;
    const wide = this.sentenceWide;
    const wideAt = Math.min(n, LONGEST_LENGTH) * TAG_COUNT;
    const known = this.known;
    for (let t = 0; t < n; t++) {
      const at = t * TAG_COUNT;
      if (plain[t]) {
        outsideEveryName(out, at);
        continue;
      }
      // What the word, the sentence and the neighbours give, summed once per word (scoresOf); then the context's features.
      const own = this.scoresOf(words[t]);
      const previous = t > 0 ? this.scoresOf(words[t - 1]) : boundary;
      const next = t + 1 < n ? this.scoresOf(words[t + 1]) : boundary;
      const previous2 = t > 1 ? this.scoresOf(words[t - 2]) : boundary;
      const next2 = t + 2 < n ? this.scoresOf(words[t + 2]) : boundary;
      for (let tag = 0; tag < TAG_COUNT; tag++) {
        known[tag] = own[OWN + tag] + wide[wideAt + tag] + previous[AS_PREVIOUS + tag] + next[AS_NEXT + tag] + previous2[AS_PREVIOUS2 + tag] + next2[AS_NEXT2 + tag];
      }
      let s0 = known[0], s1 = known[1], s2 = known[2], s3 = known[3], s4 = known[4], s5 = known[5], s6 = known[6], s7 = known[7], s8 = known[8];
      for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
        const hash = context[f];
        // The feature's weights: row[base .. base + TAG_COUNT), or none.
        let row = table;
        let base = -1;
        if (hash === 0) {
          if (!zero) continue;
          row = zero;
          base = 0;
        } else {
          for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
            const key = keys[slot * SLOT_WORDS];
            if (key === hash) {
              base = slot * SLOT_BYTES + 4;
              break;
            }
            if (key === 0) break;
          }
          if (base < 0) continue;
        }
        s0 += row[base]; s1 += row[base + 1]; s2 += row[base + 2]; s3 += row[base + 3]; s4 += row[base + 4];
        s5 += row[base + 5]; s6 += row[base + 6]; s7 += row[base + 7]; s8 += row[base + 8];
      }
      out[at] = s0 * scale; out[at + 1] = s1 * scale; out[at + 2] = s2 * scale; out[at + 3] = s3 * scale; out[at + 4] = s4 * scale;
      out[at + 5] = s5 * scale; out[at + 6] = s6 * scale; out[at + 7] = s7 * scale; out[at + 8] = s8 * scale;
    }
    return out;
  }

  /** A word's sums (WORD_SUMS), kept on the word for the stage that last scored it. */
  private scoresOf(word: WordFacts): Int32Array {
    if (word.scoredBy !== this || !word.scores) {
      word.scores = this.wordSums(word);
      word.scoredBy = this;
    }
    return word.scores;
  }

  /** The sums of a word's own features and of those it gives each neighbour (neighbourFeatures); a missing word's for `undefined`. */
  private wordSums(word: WordFacts | undefined): Int32Array {
    const sums = new Int32Array(WORD_SUMS);
    if (word) this.sum(word.own, sums, OWN);
    for (const where of Object.values(NEIGHBOURS)) this.sum(neighbourFeatures(word, where), sums, (1 + where) * TAG_COUNT);
    return sums;
  }

  /** Adds the (unscaled) weights of `features` to out[at .. at + TAG_COUNT). */
  private sum(features: ArrayLike<number>, out: Int32Array, at: number): void {
    const { keys, table, mask } = this;
    for (let f = 0; f < features.length; f++) {
      const hash = features[f];
      if (hash === 0) {
        if (this.zero) for (let tag = 0; tag < TAG_COUNT; tag++) out[at + tag] += this.zero[tag];
        continue;
      }
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const key = keys[slot * SLOT_WORDS];
        if (key === hash) {
          const base = slot * SLOT_BYTES + 4;
          for (let tag = 0; tag < TAG_COUNT; tag++) out[at + tag] += table[base + tag];
          break;
        }
        if (key === 0) break;
      }
    }
  }
}
