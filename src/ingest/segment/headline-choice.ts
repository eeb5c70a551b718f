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
import { holdsFullDate as holdsFullDateText, isDateLine as isDateLineText } from '../extract/date.ts';
import { BYLINE } from '../rules/line-rules.ts';
import type { LineFacts } from './line-facts.ts';
import { foldedKey } from '../text/same-text.ts';
import { BREADCRUMB_ROOTS, BYLINE_WORDS, FUNCTION_WORDS } from '../rules/words.ts';
import { hasAtMostWords, wordCount } from '../text/words.ts';
import { capitalizedWordShare } from '../text/letter-case.ts';
import { endsSentence, endsWithSentenceMark } from '../text/sentence-end.ts';
import { chooseAmong } from '../../training/logistic-regression.ts';
import { trainedModel, type TrainedModel } from '../models/trained-model.ts';
import { partitionPoint } from '../../lib/partition-point.ts';

export const HEADLINE_FEATURES = [
  'distance=1', 'distance=2-3', 'distance=4-8', 'distance>8', 'candidates-between=1', 'candidates-between>=2',
  'date-or-byline-below', 'words<=2', 'words=3-5', 'words=6-10', 'words=11-20', 'words>20',
  'ends-sentence', 'ends-colon', 'capitalized-share', 'all-caps', 'function-word-share', 'lede-overlap', 'lede-overlap-share',
  'repeated', 'site-separator', 'in-menu', 'first-line', 'digits-only', 'starts-dash', 'rank=0', 'rank=1', 'rank>=2',
  'deck-below', 'title-case-headline', 'digit-share', 'inside-another-line', 'photo-credit', 'starts-quote', 'label-above', 'headline-above', 'date-or-byline-above',
  'ends-question', 'truncated', 'full-date', 'in-headline-list', 'bias',
] as const;

export type HeadlineModel = TrainedModel & {
  /** A headline's score (its log-odds against none) must reach this, or the page has none. */
  threshold: number;
};

export const HEADLINE_MODEL_PATH = new URL('../models/headline.json', import.meta.url);

const headlineModel = trainedModel(HEADLINE_MODEL_PATH, HEADLINE_FEATURES, 'headline');

/** Forgets the weights read (training writes a new file). */
export const forgetHeadlineModel = headlineModel.forget;

/** Reads these weights instead of the file's until forgotten (training, before it writes the file). */
export const useHeadlineModel = headlineModel.use;

export interface HeadlineChoice {
  index: number;
  score: number;
}

/**
 * Candidate lines (indexes into units, ascending) above the article starting at `articleStart`.
 * Linear in the page: every question about a neighbour is answered once (a page may put a
 * hundred menu items above its article, and comparing each with each was most of the time).
 */
export function headlineFeatures(units: string[], candidates: number[], articleStart: number, facts?: readonly LineFacts[]): Float64Array[] {
  const lede = contentWords(units.slice(articleStart, articleStart + 3).join(' '));
  const counted = new Int32Array(units.length);
  const wordsIn = (index: number) => (counted[index] ||= wordCount(units[index]));
  const { isDateLine, isByline, holdsFullDate } = answers(units, facts);
  const datedOrByline = memo(units.length, (index) => isDateLine(index) || isByline(index));
  // A headline repeated, alone or inside a line not much longer ("Share All sharing options for: <headline>");
  // a paragraph is neither, and folding every paragraph would cost more than all the rest.
  const lengths = candidates.map((index) => units[index].length);
  const shortest = Math.min(...lengths);
  const longest = Math.min(MAX_REPEAT_LENGTH, 2 * Math.max(...lengths));
  const folded = units.map((unit) => (unit.length >= shortest && unit.length <= longest ? foldedKey(unit) : ''));
  const counts = new Map<string, number>();
  for (const key of folded) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const insideAnother = linesInsideOthers(folded, candidates.filter((index) => wordsIn(index) >= 4));
  const isCandidate = new Set(candidates);
  // Headline-sized candidates (more than two words) below each candidate, up to the article.
  const sizedBelow: number[] = new Array(candidates.length);
  for (let at = candidates.length - 1, sized = 0; at >= 0; at--) {
    sizedBelow[at] = sized;
    if (wordsIn(candidates[at]) > 2) sized++;
  }
  const last = Math.min(units.length - 1, articleStart);
  const menu = runLengths(units.length, last, (index) => wordsIn(index) <= 4 && !endsWithSentenceMark(units[index]) && !units[index].endsWith(':') && !isDateLine(index));
  const teasers = runLengths(units.length, last, (index) => wordsIn(index) >= 4 && wordsIn(index) <= 25 && !/[.:]["”’]?$/.test(units[index]));
  return candidates.map((index, at) => {
    const unit = units[index];
    const n = wordsIn(index);
    const sized = n > 2;
    // Its rank among the headline-sized candidates, counting up from the article.
    const rank = sized ? sizedBelow[at] : -1;
    const between = sizedBelow[at];
    const nextCandidate = candidates[at + 1];
    const distance = articleStart - index;
    let dateBelow = false;
    for (let line = index + 1; line <= Math.min(units.length - 1, index + 3); line++) dateBelow ||= datedOrByline(line);
    let dateAbove = false;
    for (let line = Math.max(0, index - 3); line < index; line++) dateAbove ||= datedOrByline(line);
    const words = unit.split(' ');
    const ownWords = contentWords(unit);
    const shared = sharedWords(ownWords, lede);
    const capitalizedShare = capitalizedWordShare(unit);
    return Float64Array.from(
      [
        distance === 1, distance >= 2 && distance <= 3, distance >= 4 && distance <= 8, distance > 8, between === 1, between >= 2,
        dateBelow,
        n <= 2, n >= 3 && n <= 5, n >= 6 && n <= 10, n >= 11 && n <= 20, n > 20,
        endsSentence(unit), unit.endsWith(':'),
        capitalizedShare,
        /\p{Lu}/u.test(unit) && !/\p{Ll}/u.test(unit),
        words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length / n,
        Math.min(1, shared / 4), ownWords.size ? shared / ownWords.size : 0,
        (counts.get(folded[index]) ?? 0) > 1,
        / [|–—-] \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}$/u.test(unit),
        // Three short lines in a row or more: a menu ("Politics", "Society", "Ho Chi Minh City").
        menu[index] >= 3, index === 0, !/\p{L}/u.test(unit), /^[—–\-•·*]/.test(unit), rank === 0, rank === 1, rank >= 2,
        // A standfirst under the headline: a longer line, a sentence or nearly one.
        nextCandidate === index + 1 && wordsIn(index + 1) > Math.max(8, n),
        n >= 4 && n <= 20 && capitalizedShare >= 0.6 && !endsWithSentenceMark(unit), (unit.match(/\d/g)?.length ?? 0) / unit.length,
        // "Share All sharing options for: <headline>", "Home Holidays <headline>": pages repeat their headline inside other lines.
        insideAnother.has(index),
        PHOTO_CREDIT.test(unit), /^["“‘']/.test(unit),
        // "Tourism", "World" over the headline: a section's label.
        index > 0 && wordsIn(index - 1) <= 3 && /^\p{L}[\p{L} &'’-]*$/u.test(units[index - 1]),
        // ... and under a headline-sized line, this one is its standfirst.
        isCandidate.has(index - 1) && wordsIn(index - 1) > 3 && wordsIn(index - 1) <= n - 1 && !endsWithSentenceMark(units[index - 1]),
        // Under the byline and date line: a caption, a video's title, a deck; the headline comes before them.
        dateAbove,
        // A headline may end on a question or an exclamation mark, seldom on a full stop ("ends-sentence").
        /[?!]["”’]?$/.test(unit),
        // A teaser cut short ("… and more …", "[…]"), a line that is a full date ("Publié le jeudi 24 Décembre 2020").
        /(?:\.\.|…|\[…\])$/u.test(unit), holdsFullDate(index),
        // Three headline-sized lines in a row or more, none a sentence: a list of other articles' headlines.
        teasers[index] >= 3, 1,
      ].map(Number),
    );
  });
}

/** What the rules say of a line, by its index, that the features read. */
interface LineAnswers {
  isDateLine(index: number): boolean;
  isByline(index: number): boolean;
  holdsFullDate(index: number): boolean;
}

/**
 * The clean stage's answers (lineFacts) when it gives them, not asked again (3–5% of that stage's time); else
 * the rules asked here, of the lines that need them (training).
 */
function answers(units: string[], facts: readonly LineFacts[] | undefined): LineAnswers {
  if (facts) return { isDateLine: (index) => facts[index].dateLine, isByline: (index) => facts[index].byline, holdsFullDate: (index) => facts[index].fullDate };
  return { isDateLine: (index) => isDateLineText(units[index]), isByline: (index) => BYLINE.test(units[index]), holdsFullDate: (index) => holdsFullDateText(units[index]) };
}

/** Of these lines, those whose folded text another, longer line holds (one search of all the page's lines for each). */
function linesInsideOthers(folded: string[], lines: number[]): Set<number> {
  const starts: number[] = [];
  let joined = '';
  for (const key of folded) {
    starts.push(joined.length);
    joined += `${key}\n`;
  }
  const inside = new Set<number>();
  for (const index of lines) {
    const key = folded[index];
    if (!key) continue;
    for (let at = joined.indexOf(key); at >= 0; at = joined.indexOf(key, at + 1)) {
      const line = lineAt(starts, at);
      if (folded[line].length <= key.length) continue;
      inside.add(index);
      break;
    }
  }
  return inside;
}

/** The line (index into `starts`, ascending offsets) that the offset falls in. */
function lineAt(starts: number[], offset: number): number {
  // The first line starts at 0, so at least one start is at or before any offset.
  return partitionPoint(starts.length, (index) => starts[index] <= offset) - 1;
}

/** A function of a line's index, worked out at most once per line. */
function memo(size: number, compute: (index: number) => boolean): (index: number) => boolean {
  const known = new Int8Array(size);
  return (index) => {
    if (known[index] === 0) known[index] = compute(index) ? 1 : 2;
    return known[index] === 1;
  };
}

/** For each line up to `last`, how long the run of lines `isItem` accepts it stands in (0 when it is no such line). */
function runLengths(size: number, last: number, isItem: (index: number) => boolean): Int32Array {
  const runs = new Int32Array(size);
  const item = (index: number) => index < size && isItem(index);
  for (let start = 0; start <= last; ) {
    if (!item(start)) {
      start++;
      continue;
    }
    let end = start;
    while (item(end + 1)) end++;
    runs.fill(end - start + 1, start, end + 1);
    start = end + 1;
  }
  return runs;
}

/**
 * `candidates`: the header's lines that no rule set aside (the clean stage's headlineCandidates, as training reads them);
 * `facts`: what the rules say of each unit (lineFacts), which the clean stage has already asked.
 */
export function chooseHeadline(units: string[], candidates: number[], articleStart: number, facts: readonly LineFacts[]): HeadlineChoice | undefined {
  const usable = candidates.filter((index) => /\p{L}/u.test(units[index]));
  if (usable.length === 0) return undefined;
  const { weights, threshold } = headlineModel.get();
  const best = chooseAmong(weights, headlineFeatures(units, usable, articleStart, facts), threshold);
  return best && { index: usable[best.index], score: best.score };
}

/** A caption's credit at its end: "(Credit: iStock)", "Austria.Leonhard Foeger / Reuters", "Photo: AP". */
const PHOTO_CREDIT = /\((?:photo|image|credit|picture)s?\s*:[^)]*\)$|\S\s?\/\s?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?$|\b(?:photo|image|credit)\s*:\s*\S/iu;

const MAX_REPEAT_LENGTH = 400;

/** Words of four letters or more, in lower case: what a headline and its lede share. */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(CONTENT_WORD) ?? []).filter((word) => !FUNCTION_WORDS.has(word)));
}

/** How many of `words` `other` holds too: what a headline shares with its lede, or a heading with a title. */
export function sharedWords(words: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of words) if (other.has(word)) shared++;
  return shared;
}

const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;

/**
 * "Home Holidays Homemade Spiced Honey Pear Jam for the Holidays", "Home Natural & Eco-FriendlyBabywearing
 * Hiking the Boulder Flat Irons": innerText glued a breadcrumb to the headline. A line opening with a
 * breadcrumb's root ("Home") loses it and the menu items after it, each a line of its own elsewhere on
 * the page; what is left is the headline, if it is one.
 */
export function withoutBreadcrumb(line: string, units: string[]): string {
  const trail = line.split(TRAIL_ARROW);
  // "Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter": a trail of any root, its last step the headline.
  if (trail.length > 2 && wordCount(trail.at(-1)!) >= MIN_HEADLINE_WORDS) return trail.at(-1)!;
  const root = BREADCRUMB_ROOT.exec(line);
  if (!root) return line;
  const items = [...new Set(units.filter((unit) => unit !== line && hasAtMostWords(unit, MENU_ITEM_WORDS)))].sort((a, b) => b.length - a.length);
  let rest = line.slice(root[0].length);
  for (let item = items.find((menu) => rest.startsWith(menu)); item !== undefined && rest.length > item.length; item = items.find((menu) => rest.startsWith(menu))) {
    rest = rest.slice(item.length).replace(BREADCRUMB_SEPARATOR, '');
  }
  return rest.length < line.length - root[0].length && wordCount(rest) >= MIN_HEADLINE_WORDS ? rest : line;
}

/**
 * "How to Adopt an Online Leader Success Mindset | BIG Brand System": the page's title, the site's name
 * after the headline (or before it), as a converter that keeps the <title> puts it over the page. The
 * headline alone where the page shows it alone too, as its own line; the line whole otherwise.
 */
export function withoutSiteName(line: string, units: string[], maxNameWords = MAX_SITE_NAME_WORDS): string {
  if (!SITE_SEPARATOR.test(line)) return line;
  const parts = line.split(SITE_SEPARATOR);
  const others = new Map(units.filter((unit) => unit !== line).map((unit) => [foldedKey(unit), unit]));
  for (let cut = 1; cut < parts.length; cut++) {
    const [before, after] = [parts.slice(0, cut).join(' '), parts.slice(cut).join(' ')];
    for (const [kept, name] of [[before, after], [after, before]]) {
      const alone = others.get(foldedKey(kept));
      if (alone !== undefined && wordCount(alone) >= MIN_SITE_FREE_WORDS && hasAtMostWords(name, maxNameWords)) return alone;
    }
  }
  return line;
}

/** Fewer words than this are a section's or a site's name, not what is left of a headline. */
const MIN_SITE_FREE_WORDS = 3;
/** A site's name runs to a few words ("BIG Brand System", "The GiveWell Blog"); more are the headline's own ("… review – shoots for the moon"). */
const MAX_SITE_NAME_WORDS = 4;

/** What sets a site's name off a title: a bar, a dash or a bullet between spaces. */
const SITE_SEPARATOR = / [|–—\-·•»«] /u;

/** A title's last part set off by a SITE_SEPARATOR, of MAX_SITE_NAME_WORDS words at most: a site's name. */
const SITE_NAME_TAIL = new RegExp(`${SITE_SEPARATOR.source}(?:[^\\s|–—·•»«]+\\s?){1,${MAX_SITE_NAME_WORDS}}$`, 'u');

/** A title without a last part short enough to be a site's name ("… | Billboard"), whether or not the page shows it alone. */
export function withoutSiteNameTail(title: string): string {
  return title.replace(SITE_NAME_TAIL, '');
}

/**
 * "Angry media won’t buckle over new surveillance laws by: Laurie Oakes", "The 'birth lottery' and economic
 * mobility by Ahiza Garcia @ahiza_garcia February 1, 2016:": innerText glued the byline to the headline. The
 * headline and the byline, or the line whole and none: a byline counts only where it shows it is one, with a
 * colon after "by", a handle or a date after the name ("Whole Foods bought by Amazon" is a headline whole).
 */
export function splitGluedByline(line: string): { headline: string; byline?: string } {
  for (const match of line.matchAll(GLUED_BYLINE_START)) {
    const headline = line.slice(0, match.index).trim();
    const byline = line.slice(match.index + 1);
    if (wordCount(headline) >= MIN_HEADLINE_WORDS && BYLINE.test(byline) && (/^\S+:/.test(byline) || /@\w/.test(byline) || holdsFullDateText(byline))) return { headline, byline };
  }
  return { headline: line };
}

const GLUED_BYLINE_START = new RegExp(` (?=(?:${BYLINE_WORDS.join('|')}):?\\s)`, 'giu');

const BREADCRUMB_ROOT = new RegExp(`^(?:${BREADCRUMB_ROOTS.join('|')})(?!\\p{L})\\s*[>›»/|]?\\s*`, 'iu');
const BREADCRUMB_SEPARATOR = /^\s*[>›»/|]?\s*/u;
/** The steps of a trail written out: an arrow between spaces ("News > 2015 > …"), which headlines do not use. */
const TRAIL_ARROW = / [>›»] /u;
const MENU_ITEM_WORDS = 4;
const MIN_HEADLINE_WORDS = 4;
