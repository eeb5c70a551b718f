/**
 * The first index of `0..count` where `isBefore` turns false, for a predicate that is true for a prefix of
 * the indexes and false after (a binary search): with `isBefore = (i) => list[i] < target` on an ascending
 * list, where `target` is or would go; with `<=`, how many items are at most `target`.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
