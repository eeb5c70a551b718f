/**
 * 32-bit hashes for the tagger's features: a feature is a template number
 * mixed with the hashes of the strings it reads, so no feature string is ever
 * built. The same functions hash features in training and at ingest, so they
 * must never change without retraining the model (its file records
 * FEATURE_VERSION).
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finalizer: spreads every input bit over the output. */
function finalize(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Template `template` with one value. */
export function feature1(template: number, a: number): number {
  return finalize(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Template `template` with two values, in order. */
export function feature2(template: number, a: number, b: number): number {
  return finalize(Math.imul(feature1(template, a), 0x27d4eb2f) ^ b);
}
