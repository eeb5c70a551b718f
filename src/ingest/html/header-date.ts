/**
 * The date a page shows over its article when its metadata gives none: pages
 * put it in the header Readability leaves out, with the byline or alone
 * ("Published 11:11 PM EST Nov 19, 2019", "By Louis Jacobson on Monday,
 * November 18th, 2019 at 11:04 a.m.", "Associated Press November 19, 2019,
 * 9:02 AM"). The line nearest above the article's first paragraph wins: higher
 * up are a masthead's today, a ticker, another story's teaser or the date of a
 * claim the article is about.
 */
import { findFullDate } from '../extract/date.ts';
import { hasAtMostWords } from '../text/words.ts';
import type { PageValue } from './metadata.ts';

/** How far above the article the header's lines reach. */
const HEADER_LINES = 12;
/** A date line, or a byline with its date: never a paragraph of prose. */
const MOST_WORDS = 25;

/** Dated lines above the article, nearest first, as metadata read from the "page header". */
export function datesAboveArticle(pageLines: string[], firstParagraph: string): PageValue[] {
  const start = pageLines.indexOf(firstParagraph);
  if (start < 0) return [];
  return pageLines
    .slice(Math.max(0, start - HEADER_LINES), start)
    .reverse()
    .filter((line) => hasAtMostWords(line, MOST_WORDS) && findFullDate(line) !== undefined)
    .map((value) => ({ value, rule: 'page header' }));
}
