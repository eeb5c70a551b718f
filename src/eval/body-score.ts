/**
 * The article-extraction-benchmark's body metric, as its evaluate.py computes
 * it: each text is split into `\w+` tokens (case kept), word 4-grams
 * (shingles) are counted with multiplicity, and a page's TP, FP and FN are
 * normalised to sum to 1 so long pages weigh no more than short ones.
 * Precision is averaged over the pages that predicted something (an empty
 * prediction has no precision and is left out of that average), recall over
 * the pages whose gold has text (an empty prediction scores 0 there), and F1
 * is the harmonic mean of the two averages.
 */

const SHINGLE = 4;

/** Python's `\w` on str: letters, digits and numbers of any script, and "_" (combining marks are not word characters). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages in each average. */
  precisionPages: number;
  recallPages: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles with their counts. A text of fewer than four tokens is one shingle of them all, as in evaluate.py. */
export function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let start = 0; start < Math.max(1, tokens.length - SHINGLE + 1); start++) {
    const shingle = tokens.slice(start, start + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's TP, FP, FN over shingles, normalised to sum to 1 (all 0 when both texts are empty). */
export function matchShingles(gold: string, predicted: string): ShingleCounts {
  const truth = shingles(gold);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const inGold = truth.get(key) ?? 0;
    const inGuess = guess.get(key) ?? 0;
    tp += Math.min(inGold, inGuess);
    fp += Math.max(0, inGuess - inGold);
    fn += Math.max(0, inGold - inGuess);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Of what the page kept, the share that is the article's (0 when it kept nothing): for listing a page. */
export const shareRight = ({ tp, fp }: ShingleCounts) => (tp + fp > 0 ? tp / (tp + fp) : 0);
/** Of the article, the share the page kept (0 when the article is empty). */
export const shareFound = ({ tp, fn }: ShingleCounts) => (tp + fn > 0 ? tp / (tp + fn) : 0);

/** One page's F1 from those two shares: how the worst pages are ranked, not the averaged metric. */
export function pageF1(counts: ShingleCounts): number {
  const [right, found] = [shareRight(counts), shareFound(counts)];
  return right + found > 0 ? (2 * right * found) / (right + found) : 0;
}

/** Averages over pages as evaluate.py's metrics_from_tp_fp_fns does; undefined when no page counts. */
export function scoreBodies(pages: ShingleCounts[]): BodyScore | undefined {
  const predicted = pages.filter(({ tp, fp }) => tp + fp > 0);
  const withGold = pages.filter(({ tp, fn }) => tp + fn > 0);
  if (predicted.length === 0 || withGold.length === 0) return undefined;
  const precision = mean(predicted.map(pagePrecision));
  const recall = mean(withGold.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, precisionPages: predicted.length, recallPages: withGold.length };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
