/**
 * Word counts of a line of single-spaced text (the clean stage's lines: src/ingest/parse.ts
 * collapses their spaces), without building a list of its words.
 */

/** unit.split(' ').length */
export function wordCount(unit: string): number {
  let count = 1;
  for (let at = unit.indexOf(' '); at >= 0; at = unit.indexOf(' ', at + 1)) count++;
  return count;
}

/** wordCount(unit) <= most, counting no further than it needs (most lines asked about are paragraphs). */
export function hasAtMostWords(unit: string, most: number): boolean {
  let count = 1;
  for (let at = unit.indexOf(' '); at >= 0 && count <= most; at = unit.indexOf(' ', at + 1)) count++;
  return count <= most;
}
