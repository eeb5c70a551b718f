/**
 * A page's article paragraphs → the cleaned seed the extract stage reads. Readability has
 * already chosen where the article starts and ends, so the text path's header and furniture
 * rules, written for whole scraped pages, would only cut into it (measured on the benchmark
 * pages: recall fell from 0.989 to 0.959, a Japanese article lost all its text). Set aside,
 * with the text path's own patterns: the page's header that Readability left over the text
 * (down to the headline repeated, then date lines and bylines), single lines that are no
 * prose wherever they stand (captions, photo credits, "Read more", promotions), a box of
 * teasers closing the text ("You may also like", then headlines), the credits at the end,
 * and the dateline opening the first paragraph.
 */
import { cutCredits, isDropped, isParagraph, startsFurniture, takeDateline, takeDateOrByline } from '../clean.ts';
import { findFullDate } from '../extract/date.ts';
import { foldText } from '../text/fold.ts';
import type { CleanedSeed } from '../types.ts';

/** How far down the headline may be repeated with the page's header above it ("Sign In", a link, the headline). */
const HEADER_LINES = 8;

export function cleanPage(paragraphs: string[], titles: string[]): CleanedSeed {
  const cleaned: CleanedSeed = { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [] };
  const lines = withoutHeader(paragraphs, titles, cleaned);
  const article: string[] = [];
  for (const line of lines) {
    if (isDropped(line)) cleaned.furniture.push(line);
    else article.push(line);
  }
  cutTeasers(article, cleaned);
  if (article.length > 1) cutCredits(article, cleaned);
  cleaned.paragraphs = article.length ? takeDateline(article, cleaned) : [];
  return cleaned;
}

/** The page's header: down to its headline (any of the page's titles: the `<h1>` may differ from `og:title`), then date lines and bylines. */
function withoutHeader(paragraphs: string[], titles: string[], cleaned: CleanedSeed): string[] {
  const keys = new Set(titles.map(comparable).filter((key) => key !== ''));
  const found = paragraphs.slice(0, HEADER_LINES).findIndex((line) => keys.has(comparable(line)));
  // Under prose, the headline's words are a video's or a teaser's title inside the article.
  const repeat = paragraphs.slice(0, Math.max(found, 0)).some(isParagraph) ? -1 : found;
  cleaned.furniture.push(...paragraphs.slice(0, repeat + 1));
  const start = repeat + 1;
  // The header's last date line or byline, under short lines only: "Detroit News wire services", then the date.
  let end = start - 1;
  for (let index = start; index < Math.min(start + HEADER_LINES, paragraphs.length - 1); index++) {
    if (isDateOrByline(paragraphs[index])) end = index;
    else if (isParagraph(paragraphs[index])) break;
  }
  for (const line of paragraphs.slice(start, end + 1)) {
    if (!takeDateOrByline(line, cleaned)) cleaned.furniture.push(line);
    // "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.": the byline dates the article.
    else if (cleaned.bylines.at(-1) === line && findFullDate(line)) cleaned.dateTexts.push(line);
  }
  return paragraphs.slice(end + 1);
}

function isDateOrByline(line: string): boolean {
  return takeDateOrByline(line, { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [] });
}

/** A furniture heading after the prose with no paragraph of prose under it: teasers, a footer. */
function cutTeasers(article: string[], cleaned: CleanedSeed): void {
  for (let index = article.length - 1; index > 0; index--) {
    if (isParagraph(article[index])) return;
    if (startsFurniture(article[index])) {
      cleaned.furniture.push(...article.splice(index));
      return;
    }
  }
}

/** A line as a reader compares it: without case, diacritics, punctuation or spacing, in any script. */
function comparable(line: string): string {
  return foldText(line).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
