/**
 * What the benchmark's gold body says about the article beyond its text: the
 * dateline it opens with, and the agency the article itself credits there or
 * in its sign-off. A dateline is an all-capitals place at the very start of
 * the body, then an optional region or date after a comma, an optional
 * agency in brackets, and a dash or colon; or a place of one to three
 * capitalised words, an optional region and a dash:
 *
 *   WASHINGTON (Reuters) - …          → Washington, credits Reuters
 *   BUFFALO, N.Y. — …                 → Buffalo
 *   LONDON, Nov 18 (Reuters) - …      → London
 *   NEW DELHI: …                      → New Delhi
 *   BAAR, SWITZERLAND                 → Baar (a press release's dateline on a line of its own)
 *   Dekalb, Ill. — …                  → Dekalb
 *   Indianapolis – …                  → Indianapolis
 *
 * Column and section labels in capitals ("DEAR ABBY:", "UPDATE:") are not places.
 */
import type { Source } from '../schema/registries.ts';

const PLACE = String.raw`[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*)*`;
const REGION = String.raw`[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*(?:${REGION}|[A-Z][a-z]{2,8}\.? \d{1,2}))?\s*(?:\(([^)\n]{1,40})\))?\s*(?:—|–|--?|:)\s`,
);
const DATELINE_LINE = new RegExp(String.raw`^(${PLACE}), [A-Z][A-Z .]+\n`);
const DATELINE_MIXED = new RegExp(String.raw`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, [A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?)*)?\s*(?:\(([^)\n]{1,40})\))?\s*(?:—|–|--?)\s`);
const NOT_PLACES = new Set(['DEAR ABBY', 'UPDATE', 'UPDATED', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'BREAKING', 'WATCH', 'VIDEO', 'PHOTOS', 'OPINION', 'ANALYSIS', 'EXCLUSIVE']);

export interface BodyDateline {
  place: string;
  /** What the brackets after it say, e.g. "Reuters", "AP". */
  credit?: string;
}

export function datelineOfBody(body: string): BodyDateline | undefined {
  const match = body.match(DATELINE) ?? body.match(DATELINE_LINE) ?? body.match(DATELINE_MIXED);
  if (!match || NOT_PLACES.has(match[1]) || match[1].replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  return { place: match[1], credit: match[2] };
}

/** How far from each end of the body a sign-off or credit line is looked for. */
const CREDIT_REACH = 300;

/**
 * Agencies (ids in sources.yaml) the article credits in its own dateline or at its very start or end
 * ("By The Associated Press", "— AFP", "Reporting by … for Reuters"), never in a photo credit.
 */
export function agenciesCredited(body: string, sources: Source[]): string[] {
  const ends = [body.slice(0, CREDIT_REACH), body.slice(-CREDIT_REACH)].join('\n');
  return sources
    .filter((source) => source.patterns.some((pattern) => [...ends.matchAll(new RegExp(pattern, 'gmu'))].some((match) => !isPhotoCredit(ends, match.index!, match[0].length))))
    .map((source) => source.id);
}

/**
 * Whether the name found at `index` in `text` is a photo's or a caption's credit:
 * "Photo: Reuters", "(AP Photo/Evan Vucci)", "REUTERS/Lucas Jackson", "© AFP", "Getty Images/AFP",
 * "File photo: Xinhua", "Credit: …".
 */
export function isPhotoCredit(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const after = text.slice(index + length, index + length + 20);
  return (
    /\b(?:photo|photos|photograph|image|images|picture|pictures|credit|courtesy|file|via|caption)\b[^.\n]{0,30}$/i.test(before) ||
    /[©/]\s*$/.test(before) ||
    /^\s*(?:photo|images?|pictures?|file photo|\/\s*\p{Lu}|via\b)/iu.test(after)
  );
}
