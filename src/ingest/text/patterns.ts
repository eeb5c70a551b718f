/**
 * What scraped pages put around an article, as regular expressions. Kept in
 * one place so the clean stage reads as a sequence of decisions, not regexes.
 */
import { hasAtMostWords } from './words.ts';

/** " date 2025-04-22 " and "Published: May 8, 2025" before the text. */
export const DATE_PREFIX = /^(?:date|published|posted|updated|last updated)\s*:?\s+/i;

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE". */
export const BYLINE = /^by\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|van|von|bin|al-?))*(?:\s*[,|]\s*.{0,60})?$/iu;

/** A line test: a regular expression, or one behind a cheaper check (see `only`). */
export interface LineTest {
  test(line: string): boolean;
}

/**
 * A pattern tried only on lines that pass a cheap check the pattern itself
 * implies (a character it needs, no space where it allows none), so the clean
 * stage does not search every paragraph with it: same answers, less time.
 */
function only(check: (line: string) => boolean, pattern: RegExp): LineTest {
  return { test: (line) => check(line) && pattern.test(line) };
}

const holds = (character: string) => (line: string) => line.includes(character);
const WHITESPACE = /\s/;
const oneWord = (line: string) => !WHITESPACE.test(line);

/** Lines that start the site's furniture after an article: everything from them on is another page's. */
export const FURNITURE_START: LineTest[] = [
  only(oneWord, /^(?:\S*?(?:gallery|photo|video|image)\S*?){2,}$/i), // "gallery-photogallery-photo"
  // Section headings: short, never a sentence ("Sign up for our newsletter to receive..." inside an
  // article is a promotion to drop, not the end of the article: see DROPPED_LINE).
  only(
    (line) => hasAtMostWords(line, 6),
    /^(?:photo ?gallery|gallery|photos|videos?|related(?: articles| news| stories| posts| content| topics)?|more (?:news|stories|articles|from .{1,40})|read next|latest(?: news)?|most (?:read|popular|viewed)|you may also like|recommended(?: for you)?|suggested topics|explore more(?: on these topics)?|related coverage|most read from .{1,40}|trending|popular|tags?|keywords|topics|share(?: this(?: article| story)?)?|save|follow us(?: on .*)?|advertisement|comments?|leave a (?:comment|reply)|subscribe.*|sign up.*|newsletter.*|print|back to top|forward-looking statements|media contacts?|###)\s*:?$/i,
  ),
  /^(?:tags?|keywords|related|filed under|our standards|media contacts?)\s*:/i,
  /^to contact the (?:reporters?|editors?|authors?)\b/i, // Bloomberg's trailer
  /^this (?:article|story) (?:first )?(?:appeared|was (?:first )?published)\b/i,
  /^About(?: the)?(?: \p{Lu}[\p{L}\p{M}.&'’-]*| of| and| for| de){1,8}$/u, // a press release's "About ArkSolar Inc."
  /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i,
  // A row of navigation links: "Print | Back to top", "Home | News | Business".
  only(holds('|'), /^[\p{L}\p{M}' ]{1,24}(?:\s+\|\s+[\p{L}\p{M}' ]{1,24})+$/u),
];

/** Single lines to drop wherever they are: inline "Read more" links, photo captions, promotions, rules. */
export const DROPPED_LINE: LineTest[] = [
  /^(?:for immediate release|press release|news release|embargoed until\b.{0,40})$/i,
  /^\d{1,2} min(?:ute)?s? read$/i,
  /^save (?:articles?|this|for later)\b.{0,80}$/i, // "Save articles to read later and create your own reading list."
  /^\p{Lu}[\p{Lu} ]{2,30}\s*:\s*.{1,60}$/u, // a labelled field of the page: "NEWSPAPER SECTION: Business", "WRITER: Jane Doe"
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, // a reporter's e-mail address alone
  /^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|alerts|updates|inbox)\b.{0,80}$/i, // "Sign up for our newsletter to receive ..."
  only((line) => line.length <= 40, /^[\s_*=~#-]{3,}$/), // a rule between the article and its credits: "___", "* * *"
  /^(?:read (?:more|also|next)|see also|related|also read|more on this|click here|watch|listen)\b\s*[:>»|-]/i,
  /^(?:read more|read also|see also)$/i,
  /^(?:photo|photos|image|picture|file photo|video|caption|credit|ảnh)\s*[:|]/i,
  only(holds(')'), /\((?:photo|image|picture|ảnh|file photo)\s*:[^)]*\)\.?$/i),
  // A caption ending in its credit: "... during a mock exam. Photo: Nhu Hung / Tuoi Tre", "... Photo courtesy of the team".
  /[.)]\s+(?:photo|image|picture|ảnh)(?:\s*:|\s+courtesy of\b)[^.]{1,60}\.?$/i,
  /^(?:VNA|VNS|VNA\/VNS|VNS\/VNA|VOV)\s+Photo\b/,
  /\s©\s*\p{Lu}[\p{L}.&/ -]{1,40}$/u, // "... at Tan Son Nhat airport © Reuters" (a page's own footer carries a year)
  /^\(?(?:photo|image|picture)\s*:?\s*[\p{Lu}][\p{L}/ .&-]{1,40}\)?$/iu,
  only(holds('/'), /\b\p{Lu}{2,}\/\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}-]+)+$/u), // wire photo credit: "REUTERS/Kim Kyung-Hoon"
];

/**
 * A credit line at the end: "— VNA/VNS", "(Reporting by ...; Editing by ...)", "Source: Xinhua",
 * "Jane Doe in Hanoi contributed to this report.", "Enditem", or an outlet's name alone.
 */
export const CREDIT_LINE: RegExp[] = [
  /^[—–-]{1,2}\s*[\p{Lu}][\p{L}\p{M}/&. -]{0,40}$/u,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|edited) by\b.*$/i,
  /^(?:source|sources|nguồn|via)\s*:\s*.{1,60}$/i,
  /^\((?:[\p{Lu}][\p{L}/&. -]{1,30})\)$/u,
  /^.{3,120}\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\.?$/i,
  /^end ?item\.?$/i,
  /^(?:[^\s@]+@[^\s@]+\.[a-z]{2,}\s*)?\(END\)$/i, // Yonhap: "hkim@yna.co.kr (END)"
  /^={1,2}\s*\p{Lu}[\p{L} ]{1,30}$/u, // "==Kyodo"
  /^--\s*with (?:assistance|reporting) from\b.*$/i, // Bloomberg
  // A last line of one to four capitalised words and no full stop is a name, not the article's prose.
  /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,3}$/u,
];

/** A credit stuck to the end of the last paragraph: "... among others. — VNA/VNS", "... markets. Enditem". */
export const TRAILING_CREDIT =
  /(?:\s+[—–]{1,2}\s*([\p{Lu}][\p{L}\p{M}/&.]*(?:[ /&][\p{Lu}][\p{L}\p{M}/&.]*){0,3})|(?<=[.!?"”’])\s+(End ?item|ENDITEM)\.?)\s*$/u;

/**
 * A dateline opening the first paragraph, ending in a dash: "HÀ NỘI —", "MOSCOW —",
 * "WASHINGTON (AP) —", "LONDON, Aug 30 (Reuters) -", "Hanoi (VNA) –",
 * "MANILA, Philippines, April 29, 2025 /PRNewswire/ --", "Lagos, Nigeria –", "(Bloomberg) --".
 * Group 1 is the dateline. The place must be in capitals, or be followed by an outlet in
 * parentheses, or by its country and a long dash; or an outlet in parentheses stands alone.
 */
export const DASH_DATELINE =
  /^((?:\([\p{Lu}][\p{L}.& ]{1,30}\)(?=\s*(?:—|–|--))|\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}, \p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?= [—–] )|\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\p{M}*(?:,\s*[\p{L}\p{M}0-9 .'’]{1,40}?){0,3}(?:\s*\([^)]{1,30}\)|\s*\/[^/]{2,30}\/)?|\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?(?:,\s*[\p{L}\p{M}0-9 .'’]{1,40}?)?\s*\([^)]{1,30}\)))\s*(?:—|–|--|-)\s+(?=\S)/u;

/** "BAKU, Azerbaijan, May 8. " — Trend's dateline: place, optional region, month and day, a full stop. */
export const DATED_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)\.?\s+(?=\S)/u;
