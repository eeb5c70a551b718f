/**
 * Whether a page is small enough to read. Readability's time grows faster than
 * the page (40,000 elements took 4 s of CPU, 80,000 took 9 s) and the DOM's and
 * Readability's recursion overflows the stack past a few thousand elements
 * nested in one another. News pages hold a few thousand elements (the 181
 * benchmark pages at most 1,600) nested a few dozen deep; a page past these
 * bounds is a dump or an attack, and is rejected with the reason.
 */
import type { SeedFile } from '../types.ts';

export const MOST_ELEMENTS = 30_000;
export const MOST_DEPTH = 400;

export function checkPageSize(document: Document, file: SeedFile): void {
  let elements = 0;
  let depth = 0;
  // Walked without recursion: a page nested deeper than the stack is what this looks for.
  let element: Element | null = document.documentElement;
  while (element) {
    elements++;
    if (elements > MOST_ELEMENTS) file.fail(`page too large: more than ${MOST_ELEMENTS} elements`);
    if (depth > MOST_DEPTH) file.fail(`page nested too deep: more than ${MOST_DEPTH} elements inside one another`);
    if (element.firstElementChild) {
      element = element.firstElementChild;
      depth++;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element?.nextElementSibling ?? null;
  }
}
