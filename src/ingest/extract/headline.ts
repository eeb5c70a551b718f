/**
 * A headline for a seed that has none, made from its lede: the first
 * sentence's main clause, at most about 14 words, saying who did what.
 *
 *   "As part of her visit to Vietnam, Leyla Aliyeva, Vice-President of the Heydar
 *    Aliyev Foundation, met with Ngô Phương Ly, spouse of ..., at the National Fine
 *    Arts Museum."  →  "Leyla Aliyeva met with Ngô Phương Ly at the National Fine Arts Museum"
 *
 * Steps, each on plain text: drop a dateline, parentheticals, when ("on Monday",
 * "on March 15") and a leading subordinate clause ("As part of ...,", "On May 7,"); when the sentence ends
 * with its speaker (", Vice President X stressed ...", ", Trend reports"), keep
 * what was said; drop relative clauses (", which ...") and appositions after a
 * name (", spouse of ...,"); then, if still too long, cut before a preposition
 * or conjunction so that the headline never ends on a dangling word.
 */
import { splitSentences } from '../text/sentences.ts';
import { isVerbForm } from './entity-words.ts';
import { ENGLISH_MONTH_PATTERN, SPEECH_VERBS } from '../rules/words.ts';

const MAX_WORDS = 14;
/** A shorter cut loses who or what: better a word or two over the limit. */
const MIN_WORDS = 5;

// "HÀ NỘI — ", "WASHINGTON (AP) — ", "BLACKBURN, England, Oct. 12 — ", "BAKU, Azerbaijan, May 8. "
const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M} .'’]+(?:\([^)]*\))?(?:,[^—–]{1,40})?\s*(?:[—–]|\s-)\s+|\p{Lu}[\p{Lu}\p{M} ]+, [\p{L} ]+, \p{L}+\.? \d{1,2}\.\s+)/u;
const PARENTHETICAL = /\s*\([^()]*\)/g;
// "EVN on Monday signed ...", "Chinh on March 15 asked ...": a headline leaves out when.
const WHEN = new RegExp(String.raw`\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:${ENGLISH_MONTH_PATTERN})\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?=[\s,.;:!?]|$)`, 'gi');

/** First words of an introductory phrase that ends at the first comma. */
const INTRODUCERS = new Set(
  `as after before during following in on at with while when whenever since despite although though amid amidst under upon
  according last earlier later this next for to by because if once unlike like besides additionally meanwhile however also
  nonetheless nevertheless separately similarly today yesterday tomorrow speaking addressing asked`.split(/\s+/),
);

// ", Vice President Võ Thị Ánh Xuân stressed", ", he said", ", Trend reports": the speaker closes the sentence.
const TRAILING_SPEAKER = new RegExp(
  String.raw`,\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,9}[\p{Lu}][\p{L}\p{M}.’'-]*|he|she|they|it|officials|the(?:\s+[a-z]+){1,3})\s+(?:${SPEECH_VERBS.join('|')})\b`,
  'u',
);
// "“We are ready,” the coach said": the quotation is the news.
const LEADING_QUOTE = /^["“]([^"”]{12,}?)[,.!?]?["”]\s+[^"“”]*\b(?:said|says|told|added)\b/;
const TRAILING_ATTRIBUTION = /,\s+(?:according to|citing|quoting|as reported by)\b.*$/i;
const RELATIVE = /^(?:which|who|whose|whom|where|when)\b/i;

/** Words after which an appositive after a name begins: ", spouse of", ", Vice-President of", ", the national leader". */
const APPOSITION_START = /^(?:the|a|an|one|his|her|its|their|who|which|whose|aged|\d+|[a-z][\p{L}-]*|(?:Vice|Deputy|First|Former|Acting|Prime|General|Secretary|President|Chairman|Chairwoman|Chair|Director|Head|Chief|Minister|Ambassador|Governor|Mayor|Leader|Spokesman|Spokeswoman|Founder|CEO)\b)/u;

/** Words a headline may not end on. */
const DANGLING = new Set(
  `a an the of to in on at for with from by into onto about over under as and or but nor that which who whose whom where
  when while his her its their our my your this these those has have had is are was were will would be been being can
  could shall should may might must do does did not very more most such than then so if also both each every either
  neither said says next last this that`.split(/\s+/),
);

/** Words before which a long clause may be cut: the start of a prepositional phrase or a subordinate clause. */
const CUT_BEFORE = new Set(
  `in on at for with from to during after before as while when that which who where by amid despite following including
  since over under about into between against through across among of and but`.split(/\s+/),
);

export function headlineFromLede(lede: string): string {
  const first = splitSentences(lede.replace(DATELINE, ''))[0] ?? '';
  let clause = first.replace(PARENTHETICAL, '').replace(WHEN, '').replace(/[.!?]+["”’]?$/, '').trim();
  clause = dropIntroduction(clause);
  clause = keepWhatWasSaid(clause);
  clause = dropAsides(clause);
  return finish(shorten(clause));
}

/** "As part of her visit to Vietnam, Leyla Aliyeva met ..." → "Leyla Aliyeva met ...". */
function dropIntroduction(clause: string): string {
  const firstWord = /^[\p{L}]+/u.exec(clause)?.[0].toLowerCase() ?? '';
  const gerund = firstWord.endsWith('ing') && firstWord.length > 5; // "Expressing her delight, she ..."
  if (!INTRODUCERS.has(firstWord) && !gerund) return clause;
  const comma = clause.indexOf(', ');
  if (comma < 0 || clause.slice(comma + 2).split(' ').length < 4) return clause;
  return clause.slice(comma + 2);
}

/** "Việt Nam values its friendship with Azerbaijan, ..., Vice President Xuân stressed ..." → what she stressed. */
function keepWhatWasSaid(clause: string): string {
  const quoted = LEADING_QUOTE.exec(clause);
  if (quoted) return quoted[1];
  const speaker = TRAILING_SPEAKER.exec(clause);
  if (speaker && speaker.index > 0 && clause.slice(0, speaker.index).split(' ').length >= 4) {
    clause = clause.slice(0, speaker.index);
  }
  return clause.replace(TRAILING_ATTRIBUTION, '').replace(/^["“]|["”]$/g, '').trim();
}

/** Drops ", which ...," relative clauses and ", spouse of ...," appositions after a name. */
function dropAsides(clause: string): string {
  const parts = clause.split(', ');
  let text = parts[0];
  let previous = parts[0];
  let dropped = false;
  let afterAge = false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const closed = i < parts.length - 1;
    if (RELATIVE.test(part)) {
      if (!closed) break; // a relative clause running to the end
      dropped = true;
      continue;
    }
    // An apposition sits between a name and the rest of the clause, and starts with a noun, not a verb ("met with").
    const afterName = /[\p{Lu}][\p{L}\p{M}’'.-]*$/u.test(previous);
    const firstWord = /^[\p{L}]+/u.exec(part)?.[0] ?? '';
    // Two asides in a row only after an age: "Marcus Reed, 41, a nurse from Ohio, won".
    const apposition = closed && afterName && (!dropped || afterAge) && APPOSITION_START.test(part) && !isVerbForm(firstWord.toLowerCase()) && !/ed$/.test(firstWord);
    if (apposition) {
      dropped = true;
      afterAge = /^\d+$/.test(part);
      continue;
    }
    // The commas around a dropped aside go with it: "Leyla Aliyeva, Vice-President of ..., met" → "Leyla Aliyeva met".
    text += (dropped ? ' ' : ', ') + part;
    previous = part;
    dropped = false;
    afterAge = false;
  }
  return text;
}

/** At most MAX_WORDS words, cut where a phrase begins, never on a dangling word. */
function shorten(clause: string): string[] {
  // A comma ends the main clause when what follows is subordinate: ", as the two nations ...", ", adding ...".
  let words = clause.split(/\s+/).filter(Boolean);
  const firstComma = words.findIndex((word) => word.endsWith(','));
  if (words.length > MAX_WORDS && firstComma >= MIN_WORDS - 1) words = words.slice(0, firstComma + 1);
  if (words.length > MAX_WORDS) {
    let cut = -1;
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= MIN_WORDS; k--) {
      const next = words[k].toLowerCase();
      if (CUT_BEFORE.has(next) && !DANGLING.has(bare(words[k - 1]))) {
        cut = k;
        break;
      }
    }
    words = words.slice(0, cut > 0 ? cut : MAX_WORDS);
  }
  while (words.length > MIN_WORDS && DANGLING.has(bare(words[words.length - 1]))) words.pop();
  return words;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[,;:]+$/, '');
}

function finish(words: string[]): string {
  const text = words.join(' ').replace(/[,;:—–-]+$/, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
