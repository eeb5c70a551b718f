/**
 * Which line above the article is its headline: each candidate is scored on
 * named features by a trained model (src/ingest/models/headline.json, made by
 * `npm run train:lines`), and the best wins if its probability clears a bar.
 * Otherwise the page shows no headline and the extract stage writes one from
 * the lede.
 *
 * What marks a headline on real pages: it sits just above the article, with
 * only a byline, a date line or a caption between; it shares words with the
 * lede; it is several words long, in title or sentence case, and does not end
 * like a sentence; the page often shows it twice (title and heading). What
 * does not: a menu item among other short lines, a section label, a site name.
 */
import { readFileSync } from 'node:fs';
import { isDateLine } from '../extract/date.ts';
import { BYLINE, matchesKind } from '../rules/line-rules.ts';
import { foldedKey } from '../text/same-text.ts';
import { FUNCTION_WORDS } from '../rules/words.ts';
import { dot } from '../../training/logistic-regression.ts';

export const HEADLINE_FEATURES = [
  'distance=1', 'distance=2-3', 'distance=4-8', 'distance>8', 'candidates-between=1', 'candidates-between>=2',
  'date-or-byline-below', 'words<=2', 'words=3-5', 'words=6-10', 'words=11-20', 'words>20',
  'ends-sentence', 'ends-colon', 'capitalized-share', 'all-caps', 'function-word-share', 'lede-overlap', 'lede-overlap-share',
  'repeated', 'site-separator', 'in-menu', 'first-line', 'digits-only', 'starts-dash', 'rank=0', 'rank=1', 'rank>=2',
  'deck-below', 'title-case-headline', 'digit-share', 'inside-another-line', 'photo-credit', 'starts-quote', 'label-above', 'headline-above', 'date-or-byline-above', 'bias',
] as const;

export interface HeadlineModel {
  features: string[];
  weights: number[];
  /** A headline's score (its log-odds against none) must reach this, or the page has none. */
  threshold: number;
  trainedOn: string;
}

export const HEADLINE_MODEL_PATH = new URL('../models/headline.json', import.meta.url);

let model: { weights: Float64Array; threshold: number } | undefined;

function headlineModel(): { weights: Float64Array; threshold: number } {
  if (!model) {
    const read = JSON.parse(readFileSync(HEADLINE_MODEL_PATH, 'utf8')) as HeadlineModel;
    if (read.features.join('\n') !== HEADLINE_FEATURES.join('\n')) {
      throw new Error(`${HEADLINE_MODEL_PATH.pathname} was trained on other headline features than the code computes: run npm run train:lines`);
    }
    model = { weights: Float64Array.from(read.weights), threshold: read.threshold };
  }
  return model;
}

/** Forgets the weights read (training writes a new file). */
export function forgetHeadlineModel(): void {
  model = undefined;
}

export interface HeadlineChoice {
  index: number;
  score: number;
}

/** Candidate lines (indexes into units) above the article starting at `articleStart`. */
export function headlineFeatures(units: string[], candidates: number[], articleStart: number): Float64Array[] {
  const lede = contentWords(units.slice(articleStart, articleStart + 3).join(' '));
  // A headline repeated, alone or inside a short line ("Share All sharing options for: <headline>"); a
  // paragraph is neither, and folding every paragraph would cost more than all the rest.
  const shortest = Math.min(...candidates.map((index) => units[index].length));
  const folded = units.map((unit) => (unit.length >= shortest && unit.length <= MAX_REPEAT_LENGTH ? foldedKey(unit) : ''));
  const counts = new Map<string, number>();
  for (const key of folded) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const isCandidate = new Set(candidates);
  // How many headline-sized candidates stand between this one and the article.
  const sized = candidates.filter((index) => !hasFewWords(units[index], 2)).sort((a, b) => b - a);
  return candidates.map((index) => {
    const rank = sized.indexOf(index);
    const nextCandidate = candidates.find((other) => other > index);
    const unit = units[index];
    const distance = articleStart - index;
    let between = 0;
    for (let at = index + 1; at < articleStart; at++) if (isCandidate.has(at) && !hasFewWords(units[at], 2)) between++;
    const below = units.slice(index + 1, index + 4);
    const above = units.slice(Math.max(0, index - 3), index);
    const words = unit.split(' ');
    const letterWords = words.filter((word) => /^\p{L}/u.test(word));
    const ownWords = contentWords(unit);
    let shared = 0;
    for (const word of ownWords) if (lede.has(word)) shared++;
    const n = words.length;
    const capitalizedShare = letterWords.length ? letterWords.filter((word) => /^\p{Lu}/u.test(word)).length / letterWords.length : 0;
    return Float64Array.from(
      [
        distance === 1, distance >= 2 && distance <= 3, distance >= 4 && distance <= 8, distance > 8, between === 1, between >= 2,
        below.some((line) => isDateLine(line) || BYLINE.test(line)),
        n <= 2, n >= 3 && n <= 5, n >= 6 && n <= 10, n >= 11 && n <= 20, n > 20,
        /[.!?]["”’]?$/.test(unit), unit.endsWith(':'),
        capitalizedShare,
        /\p{Lu}/u.test(unit) && !/\p{Ll}/u.test(unit),
        words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length / n,
        Math.min(1, shared / 4), ownWords.size ? shared / ownWords.size : 0,
        (counts.get(folded[index]) ?? 0) > 1,
        / [|–—-] \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}$/u.test(unit),
        inMenu(units, index), index === 0, !/\p{L}/u.test(unit), /^[—–\-•·*]/.test(unit), rank === 0, rank === 1, rank >= 2,
        // A standfirst under the headline: a longer line, a sentence or nearly one.
        nextCandidate === index + 1 && !hasFewWords(units[index + 1], Math.max(8, n)),
        n >= 4 && n <= 20 && capitalizedShare >= 0.6 && !/[.!?]$/.test(unit), (unit.match(/\d/g)?.length ?? 0) / unit.length,
        // "Share All sharing options for: <headline>", "Home Holidays <headline>": pages repeat their headline inside other lines.
        n >= 4 && folded.some((other, at) => at !== index && other.length > folded[index].length && other.includes(folded[index])),
        PHOTO_CREDIT.test(unit), /^["“‘']/.test(unit),
        // "Tourism", "World" over the headline: a section's label.
        index > 0 && hasFewWords(units[index - 1], 3) && /^\p{L}[\p{L} &'’-]*$/u.test(units[index - 1]),
        // ... and under a headline-sized line, this one is its standfirst.
        isCandidate.has(index - 1) && !hasFewWords(units[index - 1], 3) && hasFewWords(units[index - 1], n - 1) && !/[.!?]$/.test(units[index - 1]),
        // Under the byline and date line: a caption, a video's title, a deck; the headline comes before them.
        above.some((line) => isDateLine(line) || BYLINE.test(line)), 1,
      ].map(Number),
    );
  });
}

export function chooseHeadline(units: string[], candidates: number[], articleStart: number): HeadlineChoice | undefined {
  const usable = candidates.filter((index) => /\p{L}/u.test(units[index]) && !matchesKind('drop', units[index]));
  if (usable.length === 0) return undefined;
  const { weights, threshold } = headlineModel();
  let best: HeadlineChoice | undefined;
  headlineFeatures(units, usable, articleStart).forEach((features, at) => {
    const score = dot(weights, features);
    if (!best || score > best.score) best = { index: usable[at], score };
  });
  return best && best.score >= threshold ? best : undefined;
}

/** A caption's credit at its end: "(Credit: iStock)", "Austria.Leonhard Foeger / Reuters", "Photo: AP". */
const PHOTO_CREDIT = /\((?:photo|image|credit|picture)s?\s*:[^)]*\)$|\S\s?\/\s?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?$|\b(?:photo|image|credit)\s*:\s*\S/iu;

const MAX_REPEAT_LENGTH = 400;

/** Words of four letters or more, in lower case: what a headline and its lede share. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(CONTENT_WORD) ?? []).filter((word) => !FUNCTION_WORDS.has(word)));
}

const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;

function hasFewWords(unit: string, most: number): boolean {
  return unit.split(' ').length <= most;
}

/** Three short lines in a row or more, this one among them: a menu ("Politics", "Society", "Ho Chi Minh City"). */
function inMenu(units: string[], index: number): boolean {
  const isItem = (unit: string | undefined) => unit !== undefined && hasFewWords(unit, 4) && !/[.!?:]$/.test(unit) && !isDateLine(unit);
  if (!isItem(units[index])) return false;
  let first = index;
  let last = index;
  while (isItem(units[first - 1])) first--;
  while (isItem(units[last + 1])) last++;
  return last - first >= 2;
}
