/**
 * The best tag sequence of a sentence under a first-order model: emission
 * scores per token and tag, a score per pair of consecutive tags and per
 * opening tag, and pairs that may not follow each other (tags.ts) left out.
 */
import { allowed } from './tags.ts';

export interface Transitions {
  /** tagCount × tagCount: score of tag `to` after tag `from` at [from * tagCount + to]. */
  pairs: ArrayLike<number>;
  /** Score of each tag opening a sentence. */
  start: ArrayLike<number>;
}

/** For each tag, the tags that may come before it, as a flat list with offsets. */
interface Predecessors {
  from: Int32Array;
  offsets: Int32Array;
}

const predecessorsCache = new Map<number, Predecessors>();

function predecessors(tagCount: number): Predecessors {
  let found = predecessorsCache.get(tagCount);
  if (!found) {
    const from: number[] = [];
    const offsets = new Int32Array(tagCount + 1);
    for (let to = 0; to < tagCount; to++) {
      offsets[to] = from.length;
      for (let previous = 0; previous < tagCount; previous++) if (allowed(previous, to)) from.push(previous);
    }
    offsets[tagCount] = from.length;
    found = { from: Int32Array.from(from), offsets };
    predecessorsCache.set(tagCount, found);
  }
  return found;
}

/** Scores and back-pointers, reused from sentence to sentence (grown when a longer one comes). */
let back = new Int32Array(1024);
let scores = new Float64Array(64);
let next = new Float64Array(64);

/**
 * `emissions` holds length × tagCount scores, token by token. Writes the best tags into `out`.
 * For a stretch of a sentence between tokens known to be outside every name (O = tag 0):
 * `afterOutside` opens it as after an O, `beforeOutside` closes it as before one; `first` is the
 * stretch's first token in `emissions` and `out` (read and written from there, rather than through
 * a view of each made for every stretch).
 */
export function viterbi(emissions: ArrayLike<number>, length: number, tagCount: number, transitions: Transitions, out: Uint8Array, afterOutside = false, beforeOutside = false, first = 0): Uint8Array {
  if (length === 0) return out;
  const origin = first * tagCount;
  const { from: allowedFrom, offsets } = predecessors(tagCount);
  const { pairs, start } = transitions;
  if (back.length < length * tagCount) back = new Int32Array(length * tagCount * 2);
  if (scores.length < tagCount) [scores, next] = [new Float64Array(tagCount), new Float64Array(tagCount)];
  let current = scores;
  let following = next;
  for (let to = 0; to < tagCount; to++) current[to] = allowed(afterOutside ? 0 : -1, to) ? (afterOutside ? pairs[to] : start[to]) + emissions[origin + to] : -Infinity;
  for (let i = 1; i < length; i++) {
    const base = i * tagCount;
    for (let to = 0; to < tagCount; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let k = offsets[to]; k < offsets[to + 1]; k++) {
        const previous = allowedFrom[k];
        const score = current[previous] + pairs[previous * tagCount + to];
        if (score > best) {
          best = score;
          bestFrom = previous;
        }
      }
      following[to] = best + emissions[origin + base + to];
      back[base + to] = bestFrom;
    }
    const swap = current;
    current = following;
    following = swap;
  }
  if (beforeOutside) for (let tag = 0; tag < tagCount; tag++) current[tag] += pairs[tag * tagCount];
  let last = 0;
  for (let tag = 1; tag < tagCount; tag++) if (current[tag] > current[last]) last = tag;
  for (let i = length - 1; i >= 0; i--) {
    out[first + i] = last;
    last = back[i * tagCount + last];
  }
  return out;
}
