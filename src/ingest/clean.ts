/**
 * Lines → the article's own paragraphs, with what surrounded them set aside:
 * a date prefix, section labels and navigation, a title line (and its repeat), a
 * deck or standfirst, date lines, the dateline, bylines, credits and sign-offs,
 * captions, "Read more" links and boxes inside the article, and another page's
 * furniture trailing after it. Nothing here knows any outlet by name.
 */
import { foldDiacritics } from '../lib/slugify.ts';
import { findAnyDate, findFullDate, isDateLine } from './extract/date.ts';
import {
  AGENCY_DATELINE,
  BYLINE,
  COLON_DATELINE,
  CREDIT_LINE,
  DASH_DATELINE,
  DATE_PREFIX,
  DATED_DATELINE,
  DROPPED_LINE,
  FURNITURE_START,
  TRAILING_CREDIT,
} from './text/patterns.ts';
import { isAllCaps } from './text/letter-case.ts';
import { withoutMarkdown } from './text/markdown.ts';
import { hasAtMostWords, wordCount } from './text/words.ts';
import type { CleanedSeed } from './types.ts';

/** A headline is short and does not end like a sentence. */
const MAX_TITLE_WORDS = 50;

export function cleanSeed(lines: string[]): CleanedSeed {
  const cleaned: CleanedSeed = { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [] };
  const units = joinWrappedLines(lines.map(withoutMarkdown));
  stripDatePrefix(units, cleaned);
  const body = takeLateHeader(takeHeader(units, cleaned), cleaned);
  const article = cutFurniture(body, cleaned);
  cutCredits(article, cleaned);
  cleaned.paragraphs = article.length ? takeDateline(article, cleaned) : [];
  return cleaned;
}

/**
 * Paragraphs are usually one line each; hard-wrapped wire copy continues a
 * sentence on the next line in lower case, so such lines are joined.
 */
function joinWrappedLines(lines: string[]): string[] {
  const units: string[] = [];
  const wrapped = isHardWrapped(lines);
  let previousBlank = true;
  for (const line of lines) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = units.at(-1);
    if (!previousBlank && last !== undefined && continuesSentence(last, line, wrapped)) units[units.length - 1] = `${last} ${line}`;
    else units.push(line);
    previousBlank = false;
  }
  return units;
}

/** Lines a text wrapped at a fixed width (70–80 columns) runs to, but for the last of each paragraph. */
const WRAPPED_LINE = { min: 50, max: 80 };

/** Most lines of the text end near one width: it was wrapped, and a line ends mid-sentence anywhere. */
function isHardWrapped(lines: string[]): boolean {
  let text = 0;
  let nearWidth = 0;
  for (const line of lines) {
    if (line === '') continue;
    text++;
    if (line.length >= WRAPPED_LINE.min && line.length <= WRAPPED_LINE.max) nearWidth++;
  }
  return nearWidth >= 10 && nearWidth >= text * 0.6;
}

function continuesSentence(previous: string, next: string, wrapped: boolean): boolean {
  if (/[.!?:;"”’)\]]$/.test(previous) || isDateLine(previous) || BYLINE.test(next)) return false;
  // In wrapped text a line that ran to the width goes on in the next, whatever that starts with ("To / Lam").
  if (wrapped && previous.length >= WRAPPED_LINE.min && !isDateLine(next)) return true;
  return /^[\p{Ll}(]/u.test(next) || /[,-]$/.test(previous);
}

function stripDatePrefix(units: string[], cleaned: CleanedSeed): void {
  const first = units[0];
  if (first === undefined) return;
  const prefix = DATE_PREFIX.exec(first);
  if (!prefix) return;
  const date = findFullDate(first.slice(prefix[0].length));
  if (!date || date.index !== 0) return;
  const afterDate = prefix[0].length + date.end;
  cleaned.dateTexts.push(first.slice(prefix[0].length, afterDate));
  const rest = first.slice(afterDate).replace(/^[\s,|–—-]+/, '');
  if (rest) units[0] = rest;
  else units.shift();
}

/** Reads the lines above the article: title, date lines, a dateline alone, bylines. Returns the rest. */
function takeHeader(units: string[], cleaned: CleanedSeed): string[] {
  let index = 0;
  for (; index < units.length - 1; index++) {
    const unit = units[index];
    if (isDateLine(unit)) cleaned.dateTexts.push(unit);
    else if (isPageChrome(unit)) cleaned.furniture.push(unit);
    else if (isStandaloneDateline(unit)) cleaned.dateline ??= unit;
    else if (BYLINE.test(unit) || (cleaned.titleLine !== undefined && isShortLine(unit, 8) && isDateLine(units[index + 1] ?? ''))) {
      // "By Jane Doe", or a byline without "By" sitting over the date line: "Jillian Ambrose Energy correspondent".
      cleaned.bylines.push(unit);
    } else if (isMetaLine(unit)) {
      // "Source: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia": the date for the date, the rest for the outlet.
      cleaned.dateTexts.push(unit);
      cleaned.bylines.push(unit);
    }
    else if (isDropped(unit)) continue;
    else if (cleaned.titleLine !== undefined && sameText(unit, cleaned.titleLine)) continue;
    // The page's title, "Headline - VnExpress International", over its headline: the headline.
    else if (cleaned.titleLine !== undefined && isHeadlineOf(unit, cleaned.titleLine)) cleaned.titleLine = unit;
    // "Economy", "Further education", "VIET NAM NEWS" over the headline: a section label or a masthead.
    else if (cleaned.titleLine === undefined && (isKicker(unit, headlineBelow(units, index)) || inMenu(units, index))) cleaned.furniture.push(unit);
    else if (cleaned.titleLine === undefined && cleaned.dateline === undefined && (looksLikeHeadline(unit) || datedBelow(units, index))) {
      cleaned.titleLine = unit;
    }
    else if (cleaned.titleLine !== undefined && isDeck(unit, units[index + 1])) cleaned.furniture.push(unit);
    else break;
  }
  return units.slice(index);
}

/** Lines of a page's header that may sit between its headline and its date line. */
const LATE_HEADER_LINES = 10;

/**
 * A standfirst or sapo (a sentence or two under the headline), a photo and its caption, a section
 * label: a page may put these above its byline and date line, where takeHeader stops at them. When
 * a date line or a byline follows within a few lines, those lines belong to the header (set aside
 * with the furniture) and the article starts after it.
 */
function takeLateHeader(units: string[], cleaned: CleanedSeed): string[] {
  let end = -1;
  for (let index = 0; index < Math.min(units.length - 1, LATE_HEADER_LINES); index++) {
    const unit = units[index];
    if (index > 0 && (isDateLine(unit) || isMetaLine(unit) || BYLINE.test(unit))) end = index;
    else if (end >= 0 && !isShortLine(unit, 12)) break;
  }
  if (end < 0 || units.slice(0, end).filter((unit) => !hasAtMostWords(unit, 12)).length > 2) return units;
  // A line that opens with a dateline is the article's lede, and so is the first sentence of a page copied
  // without its headline: it stays, and only the date lines and bylines under it go ("VOV.VN - ...", then
  // "Updated: 22:18, 15/06/2025").
  const before = units.slice(0, end);
  const headless = cleaned.titleLine === undefined && !before.some((unit) => looksLikeHeadline(unit) && !hasAtMostWords(unit, 3));
  if (headless || before.some((unit) => DASH_DATELINE.test(unit) || DATED_DATELINE.test(unit))) {
    return units.filter((unit, index) => index > end || !takeDateOrByline(unit, cleaned));
  }
  // The headline again under the date line.
  while (end + 1 < units.length - 1 && cleaned.titleLine !== undefined && sameText(units[end + 1], cleaned.titleLine)) end++;
  for (const unit of units.slice(0, end + 1)) {
    if (takeDateOrByline(unit, cleaned)) continue;
    // The headline, unless one was found above; a masthead in capitals above it was not the headline.
    if ((cleaned.titleLine === undefined || isAllCaps(cleaned.titleLine)) && looksLikeHeadline(unit) && !hasAtMostWords(unit, 3) && !TRAIL_SEPARATOR.test(unit)) {
      if (cleaned.titleLine !== undefined) cleaned.furniture.push(cleaned.titleLine);
      cleaned.titleLine = unit;
    } else cleaned.furniture.push(unit);
  }
  return units.slice(end + 1);
}

/** Sets aside a date line (or a row of page fields with a date) or a byline; false for any other line. */
export function takeDateOrByline(unit: string, cleaned: CleanedSeed): boolean {
  if (isDateLine(unit) || isMetaLine(unit)) cleaned.dateTexts.push(unit);
  else if (BYLINE.test(unit)) cleaned.bylines.push(unit);
  else return false;
  return true;
}

// "Menu | Search | E-paper", "Culture - Sports", "This Week in Asia / Economics": a page's
// navigation, or its section's trail, of short capitalised parts.
const CHROME_SEPARATOR = / (?:[|/›>»·]|-|–) /;
/** Separators a headline does not use, but a section's trail does: "Tin tức - Sự kiện / News - Events". */
const TRAIL_SEPARATOR = / [|/›>»] /;
const CHROME_PART = /^\p{Lu}[\p{L}\p{M}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.&'’-]*|in|of|and|on|the|&))*$/u;

// Links in a row are separated by bars or arrows, and need not be capitalised throughout: "Places | Food |
// Trip guide", "Home > News & Events > Student news", "Share: Facebook | X | LinkedIn".
const NAVIGATION_PART = /^\p{Lu}[\p{L}\p{M}.&'’: -]*$/u;

function isPageChrome(unit: string): boolean {
  if (!CHROME_SEPARATOR.test(unit) || unit.length > 120) return false;
  const parts = unit.split(CHROME_SEPARATOR);
  // Three parts or more are a menu even when dashes part them: "Travel - Places - Food - Trip guide".
  const part = / [|>›»] /.test(unit) || parts.length >= 3 ? NAVIGATION_PART : CHROME_PART;
  return parts.length <= 8 && parts.every((text) => hasAtMostWords(text, 4) && part.test(text));
}

/** The first line under a run of labels and navigation ("The Saigon Times", "TOURISM", then the headline). */
function headlineBelow(units: string[], index: number): string {
  let at = index + 1;
  while (at < units.length - 1 && (isPageChrome(units[at]) || (hasAtMostWords(units[at], 3) && !/[.!?]$/.test(units[at])))) at++;
  return units[at] ?? '';
}

/** A label of one to three words over a longer headline. */
function isKicker(label: string, next: string): boolean {
  return hasAtMostWords(label, 3) && looksLikeHeadline(next) && !hasAtMostWords(next, wordCount(label));
}

/**
 * A deck under the headline, or a caption: a line that reads like a sentence but does not end like
 * one ("Program combines classroom instruction with hands-on training"), above a paragraph that does.
 */
function isDeck(unit: string, next: string | undefined): boolean {
  return next !== undefined && !hasAtMostWords(unit, 6) && hasAtMostWords(unit, 40) && /[\p{L}\p{N}]$/u.test(unit) && /[.!?"”’]$/.test(next);
}

function looksLikeHeadline(unit: string): boolean {
  const words = wordCount(unit);
  return words >= 2 && words <= MAX_TITLE_WORDS && !/[.:;,]$/.test(unit) && !/^[-–—•*]/.test(unit);
}

function isShortLine(unit: string, maxWords: number): boolean {
  return hasAtMostWords(unit, maxWords) && !/[.!?]$/.test(unit);
}

/**
 * A line of page metadata around a date: short, not a sentence, fields often split by "|"
 * ("Source: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia", "Philippine Daily Inquirer / 05:30 AM May 20,
 * 2025"), or a label and a time with it ("All News 10:42 March 04, 2025").
 */
function isMetaLine(unit: string): boolean {
  if (!isShortLine(unit, 30)) return false;
  const date = findFullDate(unit);
  if (date === undefined) return false;
  // Fields in a row: "Thanh Nien News · Society · 18/02/2025 · 3 min read", "Posted on 12 February 2025 by X | 14 comments".
  if (/ [|·•] | \/ /.test(unit) || /^(?:posted|published|updated)\b/i.test(unit)) return true;
  return isShortLine(unit, 16) && (/^[\p{L} ]{2,20}:/u.test(unit) || hasAtMostWords(`${unit.slice(0, date.index)}${unit.slice(date.end)}`.trim(), 3));
}

/** A short line with a date line under it is the page's headline, however it ends. */
function datedBelow(units: string[], index: number): boolean {
  return index === 0 && hasAtMostWords(units[index], DATED_TITLE_WORDS) && isDateLine(units[index + 1] ?? '');
}

/** A headline ending in a full stop is short: a longer line over the date is the article's first sentence. */
const DATED_TITLE_WORDS = 30;

/** Three short lines in a row or more, this one among them: a menu ("Politics", "Society", "Ho Chi Minh City"). */
function inMenu(units: string[], index: number): boolean {
  const isItem = (unit: string | undefined) => unit !== undefined && hasAtMostWords(unit, 4) && !/[.!?:]$/.test(unit) && !isDateLine(unit);
  if (!isItem(units[index])) return false;
  let first = index;
  let last = index;
  while (isItem(units[first - 1])) first--;
  while (isItem(units[last + 1])) last++;
  return last - first >= 2;
}

/** "Hanoi, April 22, AZERTAC", "LONDON 1996-08-30", "WASHINGTON, May 8 (Reuters)": a dateline on its own line. */
function isStandaloneDateline(unit: string): boolean {
  if (unit.length > 70 || !hasAtMostWords(unit, 9) || /[.!?]$/.test(unit)) return false;
  const date = findAnyDate(unit);
  const before = date === undefined ? '' : unit.slice(0, date.index);
  return date !== undefined && date.index > 0 && /^\p{Lu}/u.test(unit) && /^[\p{L}\p{M} .'’-]+[,\s]/u.test(before) && !/[\d:]/.test(before);
}

/** Everything from the first furniture line on belongs to another page; single stray lines are dropped. */
function cutFurniture(units: string[], cleaned: CleanedSeed): string[] {
  const article: string[] = [];
  // Furniture follows an article's prose; a date line above the first real paragraph is the page's own.
  let prose = false;
  let skipTo = 0;
  for (const [index, unit] of units.entries()) {
    if (index < skipTo) continue;
    if (!prose && isDateLine(unit)) {
      cleaned.dateTexts.push(unit);
      continue;
    }
    if (prose && startsFurniture(unit)) {
      // "Related News" and two headlines, "Advertisement": a box inside the article, which goes on after it.
      const after = afterBox(units, index);
      if (after === undefined) {
        cleaned.furniture.push(...units.slice(index));
        break;
      }
      cleaned.furniture.push(...units.slice(index, after));
      skipTo = after;
      continue;
    }
    // Above the article, a heading and the short lines under it ("Most Read from Bloomberg" and
    // three headlines, "Share", "Save") are set aside, and the article starts after them.
    if (!prose && FURNITURE_START.some((pattern) => pattern.test(unit))) {
      skipTo = index + 1;
      while (skipTo < units.length - 1 && isShortLine(units[skipTo], 12) && !isDateLine(units[skipTo])) skipTo++;
      cleaned.furniture.push(...units.slice(index, skipTo));
      continue;
    }
    // Above the lede, a photo's caption reads like a sentence but does not end like one, and a
    // label ("The Saigon Times", "Why you can trust SCMP", "Ngoc Phuong - Tuoi Tre News") is short.
    if (!prose && (isDeck(unit, units[index + 1]) || isLabelAbove(units, index))) {
      cleaned.furniture.push(unit);
      continue;
    }
    prose ||= !isShortLine(unit, 12);
    if (isDropped(unit)) cleaned.furniture.push(unit);
    else if (BYLINE.test(unit) && article.length === 0) cleaned.bylines.push(unit);
    else article.push(unit);
  }
  return article;
}

/**
 * Where the article goes on after a box of furniture starting at `index` (its heading and the
 * short lines under it), if it does: at two paragraphs or more (another "Advertisement" between
 * them aside), or at one that ends the text. A box of teasers (a headline, a sentence, a headline)
 * or a page's footer is no article.
 */
function afterBox(units: string[], index: number): number | undefined {
  let at = index + 1;
  const boxEnd = Math.min(units.length, index + 1 + MAX_BOX_LINES);
  while (at < boxEnd && !isParagraph(units[at])) at++;
  let paragraphs = 0;
  let next = at;
  for (; next < units.length; next++) {
    if (isParagraph(units[next])) paragraphs++;
    else if (!isDropped(units[next]) && !(hasAtMostWords(units[next], 3) && startsFurniture(units[next]))) break;
  }
  return paragraphs >= 2 || (paragraphs === 1 && next === units.length) ? at : undefined;
}

/** Lines a box inside an article may hold: a heading, headlines, a newsletter's blurb, an embedded post. */
const MAX_BOX_LINES = 6;

function isLabelAbove(units: string[], index: number): boolean {
  const unit = units[index];
  return (isPageChrome(unit) || (hasAtMostWords(unit, 6) && !/[.!?"”’)]$/.test(unit))) && units.slice(index + 1).some(isParagraph);
}

export function isParagraph(unit: string): boolean {
  return !hasAtMostWords(unit, 12) && /[.!?:"”’)]$/.test(unit) && !startsFurniture(unit) && !isDropped(unit);
}

export function isDropped(unit: string): boolean {
  return DROPPED_LINE.some((pattern) => pattern.test(unit));
}

export function startsFurniture(unit: string): boolean {
  if (FURNITURE_START.some((pattern) => pattern.test(unit))) return true;
  // Another document's teaser announces itself with its own date: "DOCUMENTS Letters 12 June 2025", "12 June 2025, 10:36".
  return isDateLine(unit) || (hasAtMostWords(unit, 8) && !/[.!?]$/.test(unit) && findFullDate(unit) !== undefined);
}

export function cutCredits(article: string[], cleaned: CleanedSeed): void {
  for (;;) {
    const last = article.at(-1)!;
    if (article.length <= 1) break;
    // A byline first: "By Nguyen Dong" is also a short capitalised line, which CREDIT_LINE takes for an outlet.
    if (BYLINE.test(last)) cleaned.bylines.push(article.pop()!);
    else if (CREDIT_LINE.some((pattern) => pattern.test(last))) cleaned.credits.unshift(article.pop()!.replace(/^[—–-]+\s*|^\(|\)$/g, ''));
    else break;
  }
  const last = article.at(-1);
  const trailing = last === undefined ? null : TRAILING_CREDIT.exec(last);
  if (last !== undefined && trailing) {
    cleaned.credits.unshift(trailing[1] ?? trailing[2]);
    article[article.length - 1] = last.slice(0, trailing.index).trimEnd();
  }
}

/** The first paragraph's dateline, which wins over one found on a line of its own above it. */
export function takeDateline(article: string[], cleaned: CleanedSeed): string[] {
  const [first, ...rest] = article;
  const match = DASH_DATELINE.exec(first) ?? DATED_DATELINE.exec(first) ?? AGENCY_DATELINE.exec(first) ?? COLON_DATELINE.exec(first);
  if (!match) return article;
  if (cleaned.dateline !== undefined) cleaned.dateTexts.push(cleaned.dateline);
  cleaned.dateline = match[1].trim();
  const remainder = first.slice(match[0].length);
  return remainder ? [capitalizeFirst(remainder), ...rest] : rest;
}

function capitalizeFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** `title` is `headline` and a site's name after a dash or a bar. */
function isHeadlineOf(headline: string, title: string): boolean {
  const separator = /\s+[-–—|]\s+/g;
  for (let match = separator.exec(title); match; match = separator.exec(title)) {
    if (sameText(title.slice(0, match.index), headline) && hasAtMostWords(title.slice(match.index + match[0].length), 4)) return true;
  }
  return false;
}

/** Compares two lines as a reader would: ignoring case, diacritics, punctuation and spacing. */
export function sameText(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function fold(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/[^a-z0-9]+/g, '');
}
