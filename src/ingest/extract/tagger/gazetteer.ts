/**
 * Lists of names by kind, matched against a sentence's tokens: the tagger
 * reads "this token opens (continues, ends) a name the list files as a
 * place" as a feature. Several lists (sources) share one table, so a
 * sentence is walked once for all of them. A phrase is keyed by its words
 * folded (no diacritics, lower case, no periods: "U.S." and "us", "Hà Nội"
 * and "ha noi" compare equal), each word hashed once (wordHash) and the
 * hashes combined into a 64-bit key held in two 32-bit halves, looked up in
 * an open-addressing table over typed arrays: matching builds no strings.
 */
import { hashString } from './hash.ts';
import { keyOf } from './word-classes.ts';

/** Kinds a list may file a name under, as bits. */
export const GAZETTEER_KINDS = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The bit a kind is filed under. */
export function kindBit(kind: string): number {
  const index = (GAZETTEER_KINDS as readonly string[]).indexOf(kind);
  return index < 0 ? 0 : 1 << index;
}

/** A folded word's hash in phrases. */
export function wordHash(key: string): number {
  return hashString(key);
}

/** Longest phrase matched, in words. */
const MAX_WORDS = 8;
/** Sources per table: each has 4 kind bits, and a "longer phrases start here" bit at 24 + source. */
export const MAX_SOURCES = 6;
const PREFIX_SHIFT = 24;
const START_HIGH = 0x1f3d5b79;
const START_LOW = 0x6c8e9cf5;

/** For each source, the longest name starting at each token: its kinds and length at its first token. */
export interface ListMatches {
  kinds: Uint8Array[];
  lengths: Uint8Array[];
}

export class Gazetteer {
  readonly sources: number;
  private high = new Uint32Array(1 << 12);
  private low = new Uint32Array(1 << 12);
  /** Per slot: per source its kinds (4 bits at 4 × source) and a prefix bit (24 + source); -1 when empty. */
  private values = new Int32Array(1 << 12).fill(-1);
  private size = 0;
  /** The key of the phrase being walked, carried between calls to step(). */
  private keyHigh = 0;
  private keyLow = 0;
  /** matchReusing()'s answer, and match()'s scratch: kept from sentence to sentence. */
  private readonly reused: ListMatches = { kinds: [], lengths: [] };
  private readonly free: Int32Array;

  constructor(sources = 1) {
    if (sources > MAX_SOURCES) throw new Error(`a list table holds at most ${MAX_SOURCES} sources`);
    this.sources = sources;
    this.free = new Int32Array(sources);
  }

  /** Files `phrase` in `source` under the kinds `bits` (1 PER, 2 ORG, 4 LOC, 8 MISC). */
  add(phrase: string, bits: number, source = 0): void {
    const words = phrase
      .split(/\s+/)
      .map((word) => keyOf(word))
      .filter(Boolean);
    if (words.length === 0 || words.length > MAX_WORDS) return;
    this.restart();
    words.forEach((word, i) => {
      this.step(wordHash(word));
      const last = i === words.length - 1;
      this.set(last ? (bits & 15) << (4 * source) : 1 << (PREFIX_SHIFT + source));
    });
  }

  /** The kinds (bits) `source` files the phrase of these folded words under; 0 if it does not list it. */
  kindsOf(keys: readonly string[], source = 0): number {
    this.restart();
    for (const word of keys) this.step(wordHash(word));
    const value = this.get();
    return value < 0 ? 0 : (value >>> (4 * source)) & 15;
  }

  /**
   * For each source, the longest phrase starting at each token where `starts` allows one, left to
   * right, not overlapping. `words` are the tokens' word hashes.
   */
  match(words: Uint32Array, starts: Uint8Array): ListMatches {
    const n = words.length;
    const found: ListMatches = { kinds: [], lengths: [] };
    for (let source = 0; source < this.sources; source++) {
      found.kinds.push(new Uint8Array(n));
      found.lengths.push(new Uint8Array(n));
    }
    return this.matchInto(words, starts, n, found);
  }

  /**
   * match() for the first `n` tokens, written into arrays the table keeps and reuses: six small
   * typed arrays per sentence were a measurable share of the tagger's garbage. The answer holds
   * until the next call, and only its first `n` entries are this sentence's.
   */
  matchReusing(words: Uint32Array, starts: Uint8Array, n: number): ListMatches {
    const found = this.reused;
    if (found.kinds.length === 0 || found.kinds[0].length < n) {
      const size = Math.max(256, 2 * n);
      found.kinds = [];
      found.lengths = [];
      for (let source = 0; source < this.sources; source++) {
        found.kinds.push(new Uint8Array(size));
        found.lengths.push(new Uint8Array(size));
      }
    } else {
      for (let source = 0; source < this.sources; source++) {
        found.kinds[source].fill(0, 0, n);
        found.lengths[source].fill(0, 0, n);
      }
    }
    return this.matchInto(words, starts, n, found);
  }

  /** match()'s work, into `found` (zeroed for the first `n` tokens). */
  private matchInto(words: Uint32Array, starts: Uint8Array, n: number, found: ListMatches): ListMatches {
    const { kinds, lengths } = found;
    /** Per source, the first token it may match from (after its last match). */
    const free = this.free.fill(0);
    for (let i = 0; i < n; i++) {
      if (!starts[i]) continue;
      this.restart();
      for (let end = i; end < n && end - i < MAX_WORDS; end++) {
        this.step(words[end]);
        const entry = this.get();
        if (entry < 0) break;
        for (let source = 0; source < this.sources; source++) {
          const found = (entry >>> (4 * source)) & 15;
          if (found && free[source] <= i) {
            kinds[source][i] = found;
            lengths[source][i] = end - i + 1;
          }
        }
        if (entry >>> PREFIX_SHIFT === 0) break;
      }
      for (let source = 0; source < this.sources; source++) if (lengths[source][i] > 0) free[source] = i + lengths[source][i];
    }
    return found;
  }

  private restart(): void {
    this.keyHigh = START_HIGH;
    this.keyLow = START_LOW;
  }

  /** The key of the phrase one word longer: two FNV-style hashes of the words' hashes. */
  private step(word: number): void {
    this.keyHigh = Math.imul(this.keyHigh ^ word, 0x01000193) >>> 0;
    this.keyLow = Math.imul((this.keyLow + word) | 0, 0x5bd1e995) >>> 0;
    this.keyLow = (this.keyLow ^ (this.keyLow >>> 15)) >>> 0;
  }

  private slot(): number {
    const mask = this.values.length - 1;
    let slot = (this.keyHigh ^ this.keyLow) & mask;
    while (this.values[slot] !== -1 && (this.high[slot] !== this.keyHigh || this.low[slot] !== this.keyLow)) slot = (slot + 1) & mask;
    return slot;
  }

  private get(): number {
    return this.values[this.slot()];
  }

  /** Ors `bits` into the current key's value. */
  private set(bits: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    const slot = this.slot();
    if (this.values[slot] === -1) {
      this.high[slot] = this.keyHigh;
      this.low[slot] = this.keyLow;
      this.values[slot] = bits;
      this.size++;
    } else this.values[slot] |= bits;
  }

  private grow(): void {
    const { high, low, values } = this;
    this.high = new Uint32Array(values.length * 2);
    this.low = new Uint32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    const [keyHigh, keyLow] = [this.keyHigh, this.keyLow];
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] === -1) continue;
      this.keyHigh = high[slot];
      this.keyLow = low[slot];
      const at = this.slot();
      this.high[at] = high[slot];
      this.low[at] = low[slot];
      this.values[at] = values[slot];
    }
    [this.keyHigh, this.keyLow] = [keyHigh, keyLow];
  }
}
