/**
 * Lines → the article's own paragraphs, with what surrounded them set aside.
 *
 * A page is read in three parts. The article is the run of lines the trained
 * segmenter scores as article (src/ingest/segment/). Above it, the header:
 * the headline (a scored choice among the lines there), date lines, bylines, a
 * dateline alone, labels and navigation. Inside it, what the named rules
 * recognise as not article (captions, promotions, a box of related links)
 * goes, and the article may end early at another page's furniture. Below
 * it, credits and sign-offs, then furniture. Every line gets a verdict naming
 * the rule or score that decided it (`CleanedSeed.verdicts`, shown by
 * `npm run ingest -- --explain`). Nothing here knows any outlet by name.
 */
import { findAnyDate, findFullDate, holdsFullDate, isDateLine, MAX_DATE_LINE_LENGTH } from './extract/date.ts';
import { chooseHeadline, contentWords, sharedWords, splitGluedByline, withoutBreadcrumb, withoutSiteName, withoutSiteNameTail } from './segment/headline-choice.ts';
import { endsWithSentenceMark } from './text/sentence-end.ts';
import { findArticleSpan, IN_SPAN_THRESHOLD, introducesDatedItem, isSentence, listNumber, listNumberAfter, type ArticleSpan } from './segment/article-span.ts';
import { BYLINE, DATE_PREFIX, TRAILING_CREDIT, datelineAtStart } from './rules/line-rules.ts';
import { lineFacts, type LineFacts } from './segment/line-facts.ts';
import { holdsWebAddress, withoutConverterMarkup } from './text/converter-markup.ts';
import { columns, joinerBetween, WIDE_CHARACTERS } from './text/columns.ts';
import { wrapsLinkAddresses } from './text/markdown-links.ts';
import { sameText } from './text/same-text.ts';
import { hasAtMostWords } from './text/words.ts';
import { isAllCaps } from './text/letter-case.ts';
import { isDictionaryWord, isKnownPlace, keyOf } from './extract/entity-words.ts';
import { ANY_WEEKDAY_PATTERN, DATE_LINE_WORD_PATTERN } from './rules/words.ts';
import type { CleanedSeed, LineRole, LineVerdict } from './types.ts';

export function cleanSeed(lines: string[]): CleanedSeed {
  const cleaned: CleanedSeed = { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [], verdicts: [] };
  const units = pageUnits(lines);
  stripDatePrefix(units, cleaned);
  const page: Page = { units, facts: units.map(lineFacts) };
  const span = articleSpan(page);
  const verdicts = recordVerdicts(units, span.probabilities, cleaned.verdicts);
  readHeader(span.start, page, verdicts, cleaned);
  const article = readArticle(span, page, verdicts, cleaned);
  readFooter(Math.max(span.start, span.end + 1), page, verdicts, cleaned);
  cutCredits(article, page, verdicts, cleaned);
  const paragraphs = article.map((index) => units[index]);
  cleaned.paragraphs = paragraphs.length ? takeDateline(paragraphs, cleaned) : [];
  return cleaned;
}

/** The page's lines (wrapped lines joined) and what the rules say of each. */
export interface Page {
  units: string[];
  facts: LineFacts[];
}

/** The article's span as the segmenter finds it, its top given back to the header where a byline or date line shows it is one. */
function articleSpan(page: Page): ArticleSpan {
  const span = findArticleSpan(page.units, page.facts);
  return withLateHeader(belowWireHeader(span, page) ?? span, page);
}

/** Lines a wire story's header holds over its dateline: the headline, perhaps a desk's slug or a kicker. */
const WIRE_HEADER_LINES = 2;

/**
 * A wire story heads its text with a headline (perhaps under its desk's slug) and a dateline, on a
 * line of its own ("LONDON 1996-08-30") or opening the first paragraph with the day ("CLEVELAND, Feb
 * 26 - Standard Oil Co said …"), and its text is everything from there: its sentences, then often its
 * results, tables and lists of names, cut at the wire's width. The segmenter, trained on web pages,
 * takes such a story's headline alone for the article, or its short lines and tables for a page's
 * furniture (a company's quarterly results, all figures, was rejected as having no article). Under a
 * wire header at the top of the text, the article is every line from the dateline on, as in the
 * segmenter's fallback: only the rules cut in it (a box's heading, a caption, contact lines, credits at
 * the end). A web page opens with its navigation: none of the dev split's 178 pages opens with such a
 * header. A dateline opening the paragraph counts only under a headline in capitals, as the wires
 * write theirs: under a headline in mixed case, a dateline lede is any page's, and the segmenter reads it.
 */
function belowWireHeader(span: ArticleSpan, { units, facts }: Page): ArticleSpan | undefined {
  for (let index = 0; index <= WIRE_HEADER_LINES && index < units.length - 1; index++) {
    const above = units.slice(0, index);
    if (isDatelineAlone(units[index], facts[index])) {
      if (above.some((unit) => !hasAtMostWords(unit, MAX_HEADER_SENTENCE_WORDS))) return undefined;
      return { start: index + 1, end: units.length - 1, probabilities: span.probabilities, fallback: true };
    }
    if (index > 0 && above.every(isAllCaps) && opensWithWireDateline(units[index])) {
      return { start: index, end: units.length - 1, probabilities: span.probabilities, fallback: true };
    }
  }
  return undefined;
}

/** "CLEVELAND, Feb 26 - Standard Oil Co …", "PORTLAND, Ore., Feb 26 - …": a place in capitals, its day, a dash, the story. */
function opensWithWireDateline(unit: string): boolean {
  // Runs of spaces a scrape kept inside the line ("Feb 26 -     Qtly div") read as one.
  const text = unit.replace(/\s+/g, ' ');
  if (!datelineAtStart(text)) return false;
  // The dash may be glued to the day: "MONTREAL, Feb 26- Shr 1.11 dlrs …".
  const dash = text.search(/(?:\s|(?<=\d))[-–—]\s/);
  if (dash < 0 || dash > WIRE_DATELINE_CHARACTERS) return false;
  const head = text.slice(0, dash);
  return /^\p{Lu}{2}/u.test(head) && findAnyDate(head) !== undefined;
}

/** A wire dateline runs to its dash within this many characters: "FARMINGTON HILLS, Mich., Feb 26". */
const WIRE_DATELINE_CHARACTERS = 45;

/** Records, for each line, what it was taken for and which rule or score decided it. */
export interface Verdicts {
  set(index: number, role: LineRole, rule: string): void;
}

export function recordVerdicts(units: string[], probabilities: number[], out: LineVerdict[]): Verdicts {
  for (const [index, text] of units.entries()) out.push({ text, role: 'furniture', rule: 'segment:not-article', probability: probabilities[index] });
  return { set: (index, role, rule) => (out[index] = { text: units[index], role, rule, probability: probabilities[index] }) };
}

/** Lines at the top of the article's span that may still be the page's header. */
const LATE_HEADER_LINES = 5;

/**
 * A standfirst, a photo and its caption: a page may put these above its byline and date line, and
 * the segmenter may take them for the article's first paragraphs. A byline or a date line within
 * the span's first lines shows where the header really ends.
 */
function withLateHeader(span: ArticleSpan, { units, facts }: Page): ArticleSpan {
  let start = span.start;
  const last = Math.min(span.end - 1, span.start + LATE_HEADER_LINES - 1);
  // A dateline on a line of its own ("LONDON 1996-08-30") is the header's last line: what is over it,
  // a wire story's headline with its desk's slug ("PRESS DIGEST - Indonesian newspapers"), is no lede.
  let alone = -1;
  for (let index = span.start; index <= last && alone < 0; index++) if (isDatelineAlone(units[index], facts[index])) alone = index;
  for (let index = span.start; index <= last; index++) {
    // A lede with its dateline ("VOV.VN - …") or a long first sentence over the date line is the article's.
    if ((facts[index].dateline && index > alone) || !hasAtMostWords(units[index], MAX_HEADER_SENTENCE_WORDS)) break;
    if (index === alone || facts[index].dateLine || facts[index].byline || isMetaLine(units[index], facts[index])) start = index + 1;
  }
  return start === span.start ? span : { ...span, start };
}

/** A standfirst or caption runs to about this many words; a longer line is the article's own. */
const MAX_HEADER_SENTENCE_WORDS = 30;

/**
 * Paragraphs are usually one line each; hard-wrapped wire copy continues a
 * sentence on the next line in lower case, so such lines are joined. Wire copy
 * whose every line end was doubled (each wrapped line a paragraph of its own)
 * is joined likewise where a blank line cuts a sentence. `knownWrapped`: the caller knows the text was wrapped
 * where its lines no longer show it (html2text's addresses broken over lines).
 */
function joinWrappedLines(lines: string[], knownWrapped = false): string[] {
  const units: Paragraph[] = [];
  const { widths, wrapped: wrappedAtWidth, inColumns } = wrapMeasure(lines);
  const wrapped = knownWrapped || wrappedAtWidth || opensAsWireStory(lines);
  let previousBlank = true;
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = units.at(-1);
    const joins = last !== undefined && (previousBlank ? continuesAcrossBlank(last, line) : continuesSentence(last, line, wrapped));
    if (joins) last.add(line, widths[index]);
    else units.push(new Paragraph(line, widths[index], inColumns));
    previousBlank = false;
  }
  return units.map((unit) => unit.text());
}

/**
 * A paragraph being joined from lines: its length and last line kept as they grow, its text joined only when
 * asked. A string grown line by line is copied whole each time a character of it is read, and the questions
 * asked of the paragraph before each join (its last character, whether it is a date line) made 2,000 joined
 * lines take seconds.
 */
class Paragraph {
  readonly #lines: string[];
  #text: string | undefined;
  length: number;
  /** Its width as the text's wrap is measured: in characters, or in columns (wrapMeasure). */
  width: number;
  lastLine: string;

  /**
   * Whether two wide characters join without a space: a text wrapped in columns (w3m's) was wrapped anywhere, inside a
   * Korean word too; the others wrap between words, and the space the wrap took stood between them.
   */
  readonly #wrappedAnywhere: boolean;

  constructor(line: string, width: number, wrappedAnywhere = false) {
    this.#wrappedAnywhere = wrappedAnywhere;
    this.#lines = [line];
    this.#text = line;
    this.length = line.length;
    this.width = width;
    this.lastLine = line;
  }

  add(line: string, width: number): void {
    this.#lines.push(line);
    this.#text = undefined;
    this.length += 1 + line.length;
    this.width += 1 + width;
    this.lastLine = line;
  }

  text(): string {
    if (this.#text === undefined) {
      let text = this.#lines[0];
      for (let index = 1; index < this.#lines.length; index++) {
        text += (this.#wrappedAnywhere ? joinerBetween(this.#lines[index - 1], this.#lines[index]) : ' ') + this.#lines[index];
      }
      this.#text = text;
    }
    return this.#text;
  }

  /** A date line is short (MAX_DATE_LINE_LENGTH): a long paragraph is not joined to be asked. */
  isDateLine(): boolean {
    return this.length <= MAX_DATE_LINE_LENGTH && isDateLine(this.text());
  }
}

/**
 * A paragraph never opens in lower case: a line no longer than the wire's width that ends
 * mid-sentence, then after a blank line one that opens with a lower-case word, are one sentence cut
 * where the text was wrapped ("Australia won the toss and" / "elected to bat against Sri Lanka").
 * Not a brand's "iPhone", a byline's "by Lewis White", a date line's "date 2025-05-20", a menu's single
 * words, nor what follows a paragraph or a caption longer than a wrapped line ("… merece». EFE" /
 * "crisis electoral").
 */
function continuesAcrossBlank(previous: Paragraph, next: string): boolean {
  return (
    /^\p{Ll}(?!\p{Lu})/u.test(next) &&
    previous.width <= WRAPPED_LINE.max &&
    !hasAtMostWords(previous.text(), 2) &&
    !ENDS_SENTENCE_OR_CLAUSE.has(previous.lastLine.at(-1)!) &&
    !BYLINE.test(next) &&
    !previous.isDateLine() &&
    // " date 2025-05-20" under a headline is the seed's date, not the headline's end.
    !isDateLine(next)
  );
}

/** Lines a text wrapped at a fixed width (70–80 columns) runs to, but for the last of each paragraph. */
const WRAPPED_LINE = { min: 50, max: 80 };

/**
 * A wire story as the wire ran it: a headline in capitals, and within the next two lines a paragraph opening with
 * its dateline ("CLEVELAND, Feb 26 - Standard Oil Co said its Ford Motor" / "Credit Co on April One …"). Its lines
 * were cut at the wire's width, however few there are.
 */
function opensAsWireStory(lines: string[]): boolean {
  // The first lines with text only: the whole text need not be copied to read its head.
  const head: string[] = [];
  for (let index = 0; index < lines.length && head.length <= WIRE_HEADER_LINES; index++) if (lines[index] !== '') head.push(lines[index]);
  const [headline, ...next] = head;
  return headline !== undefined && isAllCaps(headline) && next.some(opensWithWireDateline);
}

/**
 * How a converter measured the lines it wrapped. Converters count a wide character (columns.ts) their own way: w3m
 * as a terminal does, two columns, breaking a Korean word or a Japanese sentence anywhere, so its Korean lines run to
 * about 40 characters; lynx, html-to-text and html2text as one character, breaking only between words, so their Korean
 * lines run to 70–80 and a Japanese sentence, having no space to break at, runs on as one long word.
 */
interface WrapMeasure {
  width: (line: string) => number;
  /** A word no wrap could break, which runs past the width whatever the wrapping: an address, or in characters a run without spaces. */
  unbreakable: RegExp;
  longWords: RegExp;
}

/** A word longer than a wrapped line leaves room for: an address. */
const UNBREAKABLE_LENGTH = 30;

const IN_CHARACTERS: WrapMeasure = {
  width: (line) => line.length,
  unbreakable: new RegExp(`\\S{${UNBREAKABLE_LENGTH}}`),
  longWords: new RegExp(`\\S{${UNBREAKABLE_LENGTH},}`, 'g'),
};

const IN_COLUMNS: WrapMeasure = {
  width: columns,
  unbreakable: new RegExp(`[^\\s${WIDE_CHARACTERS}]{${UNBREAKABLE_LENGTH}}`),
  longWords: new RegExp(`[^\\s${WIDE_CHARACTERS}]{${UNBREAKABLE_LENGTH},}`, 'g'),
};

/**
 * Each line's width as the text was wrapped, and whether it was: measured in characters (as before stop 43, to the
 * line), or else, for a text holding wide characters, in columns.
 */
function wrapMeasure(lines: string[]): { widths: readonly number[]; wrapped: boolean; inColumns: boolean } {
  const lengths = lines.map(IN_CHARACTERS.width);
  const inCharacters = { widths: lengths, wrapped: false, inColumns: false };
  if (isHardWrapped(lines, lengths, IN_CHARACTERS)) return { ...inCharacters, wrapped: true };
  const widths = lines.map(IN_COLUMNS.width);
  if (widths.every((width, index) => width === lengths[index]) || !isHardWrapped(lines, widths, IN_COLUMNS)) return inCharacters;
  return { widths, wrapped: true, inColumns: true };
}

/**
 * The text was wrapped at a fixed width, so a line may end mid-sentence anywhere: most of its lines end near one
 * width (wire copy), or, where a converter (html-to-text, lynx, html2text) wrapped a page at its 80 columns and the
 * page's menus make most lines short, its longer lines pile up just under the width and almost none runs past it.
 */
function isHardWrapped(lines: string[], widths: readonly number[], measure: WrapMeasure): boolean {
  let text = 0;
  let nearWidth = 0;
  let full = 0;
  const longer: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    text++;
    const width = widths[index];
    if (width > WRAPPED_LINE.max) longer.push(line);
    else if (width >= WRAPPED_LINE.min) {
      nearWidth++;
      if (width >= FULL_LINE) full++;
    }
  }
  if (nearWidth >= 10 && nearWidth >= text * 0.6) return true;
  if (wrapsAtItsWidest(lines, widths, measure)) return true;
  if (full < 10 || full < nearWidth - full) return false;
  // A word longer than a line (an address) runs past the width whatever the wrapping. Looked for last: a text of
  // paragraphs, most seeds, has many long lines, and the search cost 3% of the ingest's time when made for each.
  return longer.filter((line) => !measure.unbreakable.test(line)).length <= full * 0.05;
}

/**
 * A text browser's or converter's dump wraps at its own width (lynx ~76 columns, w3m and html-to-text 80): the text
 * has no line longer than a wrap's width, and most of its longer lines end within a word or two of its widest. A
 * browser's text has paragraphs longer than any such width. An address runs past the width whatever the wrapping.
 */
function wrapsAtItsWidest(lines: string[], widths: readonly number[], measure: WrapMeasure): boolean {
  let widest = 0;
  for (const [index, line] of lines.entries()) {
    const width = widths[index];
    // A paragraph, even one holding an address (a Markdown link's), is longer than any wrap: most texts end here, at
    // their first paragraph, before any line is searched for a long word (that search on every line of every seed
    // was 3% of the ingest's time).
    if (width > WIDEST_WRAP) {
      if (measure.width(line.replace(measure.longWords, '')) > WIDEST_WRAP) return false;
    } else if (width < UNBREAKABLE_LENGTH || !measure.unbreakable.test(line)) widest = Math.max(widest, width);
  }
  if (widest < WRAPPED_LINE.min || widest > WIDEST_WRAP) return false;
  let full = 0;
  let partial = 0;
  for (const [index, line] of lines.entries()) {
    const width = widths[index];
    if (width >= widest - WRAP_SLACK) full += measure.unbreakable.test(line) ? 0 : 1;
    else if (width >= SHORTEST_WRAPPED) partial++;
  }
  return full >= 10 && full >= partial;
}

const WIDEST_WRAP = 100;
/** How far short of the text's widest line a wrapped line may end: a long word that did not fit. */
const WRAP_SLACK = 12;
/** Shorter lines are a menu's, a heading's or a paragraph's last. */
const SHORTEST_WRAPPED = 40;

/** A line filled to a converter's width of 78–80 columns, a word's length or so short of it. */
const FULL_LINE = 68;

function continuesSentence(previous: Paragraph, next: string, wrapped: boolean): boolean {
  const last = previous.lastLine.at(-1)!;
  if (ENDS_SENTENCE_OR_CLAUSE.has(last) || previous.isDateLine() || BYLINE.test(next)) return false;
  // In wrapped text a line that ran to the width goes on in the next, whatever that starts with ("To / Lam").
  if (wrapped && previous.width >= WRAPPED_LINE.min) return !isDateLine(next);
  return (/^[\p{Ll}(]/u.test(next) || last === ',' || last === '-') && !isDatedMetaLine(next);
}

/** A paragraph ending on one of these ends its sentence or clause: the next line is not its continuation. */
const ENDS_SENTENCE_OR_CLAUSE = new Set('.!?:;"”’)]');

/**
 * A headline's date line or byline under it, in lower case: "segunda-feira, 22 de janeiro de 2018 às 0:13",
 * "editor — March 11, 2020 add comment". The page's own line, never the rest of the line above.
 */
function isDatedMetaLine(line: string): boolean {
  return isDateLine(line) || (hasAtMostWords(line, MAX_DATED_META_WORDS) && holdsFullDate(line));
}

const MAX_DATED_META_WORDS = 8;

function stripDatePrefix(units: string[], cleaned: CleanedSeed): void {
  const first = units[0];
  if (first === undefined) return;
  const prefix = DATE_PREFIX.exec(first);
  if (!prefix) return;
  const date = findFullDate(first.slice(prefix[0].length));
  if (!date || date.index !== 0) return;
  const afterDate = prefix[0].length + date.end;
  cleaned.datePrefix = first.slice(prefix[0].length, afterDate);
  const rest = first.slice(afterDate).replace(/^[\s,|–—-]+/, '');
  if (rest) units[0] = rest;
  else units.shift();
}

/** What a line above the article is, by the rules; a candidate may be the headline. */
type HeaderRole = 'date' | 'page-fields' | 'dateline' | 'byline' | 'navigation' | 'dropped' | 'candidate';

function headerRole(unit: string, facts: LineFacts): HeaderRole {
  if (facts.dateLine) return 'date';
  if (isDatelineAlone(unit, facts)) return 'dateline';
  if (facts.byline) return 'byline';
  if (isMetaLine(unit, facts)) return 'page-fields';
  // An address is no headline's, though an article may list its sources as addresses (kept there).
  if (facts.navigation || holdsWebAddress(unit)) return 'navigation';
  if (facts.drop || facts.furniture) return 'dropped';
  return 'candidate';
}

/** A page's lines as the clean stage reads them: a converter's markup undone, wrapped lines joined. */
export function pageUnits(lines: string[]): string[] {
  const plain = withoutConverterMarkup(lines);
  // html2text wraps Markdown with its links' addresses counted in the width, so a line holding a link is short once
  // the address goes, and the width no longer shows: its addresses broken over lines do.
  return joinWrappedLines(plain, wrapsLinkAddresses(lines));
}

/** Where a page's article starts, and the lines above it (indexes into units) that may be its headline. */
export function headlineCandidates(units: string[]): { articleStart: number; candidates: number[] } {
  const page: Page = { units, facts: units.map(lineFacts) };
  const { start } = articleSpan(page);
  const candidates = units.slice(0, start).flatMap((unit, index) => (headerRole(unit, page.facts[index]) === 'candidate' ? [index] : []));
  return { articleStart: start, candidates };
}

/**
 * The lines above the article: each is a date line, a row of page fields, a byline, a dateline on
 * its own, navigation, or a candidate for the headline, which is a scored choice among them
 * (src/ingest/segment/headline-choice.ts). Date lines are kept nearest the headline first.
 */
function readHeader(end: number, page: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  const { units, facts } = page;
  const candidates: number[] = [];
  const dated: number[] = [];
  const datelines: number[] = [];
  for (let index = 0; index < end; index++) {
    const unit = units[index];
    const role = headerRole(unit, facts[index]);
    if (role === 'date' || role === 'page-fields' || role === 'byline') takeDateOrByline(page, index, verdicts, cleaned, 'header', dated);
    else if (role === 'dateline') {
      datelines.push(index);
      cleaned.datelineRule ??= `a line of its own, line ${index + 1}`;
      cleaned.dateline ??= unit;
      verdicts.set(index, 'dateline', 'header:dateline-alone');
    } else if (role === 'candidate') candidates.push(index);
    else {
      cleaned.furniture.push(unit);
      verdicts.set(index, 'furniture', role === 'navigation' ? 'header:navigation' : (facts[index].drop ?? facts[index].furniture)!.id);
    }
  }
  const choice = chooseHeadline(units, candidates, end, facts);
  // Where the page shows its headline: the line chosen, or, when that is far above the article (a page's title over
  // its menus), the same words shown again nearer it (its heading over the byline and date line, which are the headline's).
  let shownAt: number | undefined;
  if (choice !== undefined) {
    const trail = withoutBreadcrumb(units[choice.index], units);
    const farAbove = end - choice.index > FAR_ABOVE_ARTICLE;
    // A page's <title> over its menus may carry the site's tagline too ("… - Remember 80/90 - Memorabilia anni 80/90").
    const titled = withoutSiteName(trail, units, farAbove ? TITLE_TAIL_WORDS : undefined);
    const { headline, byline } = splitGluedByline(titled);
    cleaned.titleLine = headline;
    if (byline) cleaned.bylines.push(byline);
    const repeated = farAbove ? candidates.findLast((index) => index > choice.index && sameText(units[index], titled)) : undefined;
    const retitled = farAbove && choice.index === 0 && repeated === undefined ? retitledAt(units, candidates, choice.index, titled) : undefined;
    if (retitled !== undefined) cleaned.titleLine = units[retitled];
    const shown = repeated ?? retitled ?? choice.index;
    // The headline shown whole below a copy of it that lost its first words (a breadcrumb's last step wrapped over two
    // lines: "Spiced Honey Pear Jam for the Holidays" chosen, "Homemade Spiced Honey Pear Jam for the Holidays" the
    // page's heading under it).
    const whole = candidates.find((index) => index > shown && endsWithHeadline(units[index], headline));
    if (whole !== undefined) cleaned.titleLine = units[whole];
    shownAt = whole ?? shown;
    const cuts = [trail !== units[choice.index] ? ', breadcrumb cut' : '', titled !== trail ? ', site name cut' : '', byline ? ', byline cut' : ''].join('');
    const moved = shownAt !== choice.index ? `, as chosen on line ${choice.index + 1}` : '';
    verdicts.set(shownAt, 'title', `headline:score ${choice.score.toFixed(2)}${cuts}${moved}`);
  }
  for (const index of candidates) {
    if (index === shownAt) continue;
    // A byline without "By" over the date line ("Jillian Ambrose Energy correspondent"), or over a wire
    // story's dateline on its own line ("Larry Fine" / "NEW YORK 1996-08-29").
    const overDate = dated.includes(index + 1) || datelines.includes(index + 1);
    if (shownAt !== undefined && index > shownAt && hasAtMostWords(units[index], 8) && !endsWithSentenceMark(units[index]) && overDate) {
      cleaned.bylines.push(units[index]);
      verdicts.set(index, 'byline', 'header:name-over-date');
    } else if (choice !== undefined && (index === choice.index || sameText(units[index], units[choice.index]))) verdicts.set(index, 'furniture', 'header:headline-repeated');
    else {
      cleaned.furniture.push(units[index]);
      verdicts.set(index, 'furniture', 'header:not-headline');
    }
  }
  const anchor = shownAt ?? end;
  cleaned.dateTexts.push(...dated.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor)).map((index) => units[index]));
}

/**
 * A page's <title> far above its article (turndown writes it first) and the heading over the article often word the
 * headline differently: "The Doobie Brothers Set 2020 Tour of North America | Billboard" over the menus, "The Doobie
 * Brothers Set 50th Anniversary Tour of North America" over the article. The heading is what the page shows with the
 * article: the last candidate below the title holding most of its words (RETITLED_SHARE of them, MIN_RETITLED_WORDS
 * at least), if one does.
 */
function retitledAt(units: string[], candidates: number[], titleIndex: number, title: string): number | undefined {
  // The site's name after the title ("| Billboard", "- Island News Online") is no word of the headline's.
  const titleWords = contentWords(withoutSiteNameTail(title));
  if (titleWords.size < MIN_RETITLED_WORDS) return undefined;
  return candidates.findLast((index) => {
    if (index <= titleIndex) return false;
    const words = contentWords(units[index]);
    const shared = sharedWords(titleWords, words);
    return shared >= RETITLED_SHARE * titleWords.size && shared >= RETITLED_SHARE * words.size;
  });
}

const RETITLED_SHARE = 0.6;
const MIN_RETITLED_WORDS = 3;

/**
 * The line is the headline with up to three words before it, words of letters not all in capitals (not a
 * dateline's "TREBINJE", nor an address), and a full stop after it at most.
 */
function endsWithHeadline(line: string, headline: string): boolean {
  const whole = line.replace(/[.!]$/, '').toLowerCase();
  const cut = headline.toLowerCase();
  if (whole.length <= cut.length || !whole.endsWith(cut)) return false;
  const lost = line.slice(0, whole.length - cut.length);
  return LOST_WORDS.test(lost) && !isAllCaps(lost) && !ABOUT_THE_HEADLINE.test(lost);
}

/** Up to three words of letters, then the space before the headline. */
const LOST_WORDS = /^[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,2} $/u;
/** Words that make the line one about the headline, not the headline: WordPress's "Comments Off on <headline>". */
const ABOUT_THE_HEADLINE = /\b(?:on|of|for|to|in|at|about|from|with|by|re|comments?)\s$/i;

/** Lines between a headline and its article beyond which a page's menus stand between them. */
const FAR_ABOVE_ARTICLE = 8;
/** Words a page title far above its article may carry after its headline: the site's name, a tagline, a section. */
const TITLE_TAIL_WORDS = 10;

/**
 * Sets aside a date line (its index goes to `dated`), a row of page fields with its date ("Source: Xinhua |
 * 2025-03-18 21:04:11 | Editor: huaxia": the date for the date, the rest for the outlet) or a byline; false
 * for any other line.
 */
export function takeDateOrByline(page: Page, index: number, verdicts: Verdicts, cleaned: CleanedSeed, where: string, dated: number[]): boolean {
  const unit = page.units[index];
  const facts = page.facts[index];
  if (facts.dateLine || isMetaLine(unit, facts)) {
    dated.push(index);
    if (!facts.dateLine) cleaned.bylines.push(unit);
    verdicts.set(index, 'date', `${where}:${facts.dateLine ? 'date' : 'page-fields'}`);
  } else if (facts.byline) {
    // "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.": the byline dates the article.
    if (facts.fullDate) dated.push(index);
    cleaned.bylines.push(unit);
    verdicts.set(index, 'byline', `${where}:byline`);
  } else return false;
  return true;
}

/**
 * The article's lines (indexes into units): the segmenter's span without what the rules set aside
 * inside it. A box ("Related News" and its headlines, "Advertisement") is dropped and the article
 * goes on when paragraphs follow it; otherwise the article ends there.
 */
function readArticle(span: ArticleSpan, page: Page, verdicts: Verdicts, cleaned: CleanedSeed): number[] {
  const { units, facts } = page;
  const article: number[] = [];
  let prose = false;
  for (let index = span.start; index <= span.end; index++) {
    const unit = units[index];
    if (!prose && facts[index].dateLine) {
      cleaned.dateTexts.push(unit);
      verdicts.set(index, 'date', 'article:date-line-above');
      continue;
    }
    if (!prose && facts[index].byline) {
      cleaned.bylines.push(unit);
      verdicts.set(index, 'byline', 'article:byline-above');
      continue;
    }
    if (prose && startsFurniture(page, index)) {
      const after = goesOnAfter(span, page, index);
      const to = after ?? span.end + 1;
      const rule = facts[index].furniture?.id ?? 'furniture/another-page-date';
      for (let at = index; at < to; at++) {
        cleaned.furniture.push(units[at]);
        verdicts.set(at, 'furniture', after === undefined ? `article:ends at ${rule}` : `article:box at ${rule}`);
      }
      if (after === undefined) break;
      index = after - 1;
      continue;
    }
    if (facts[index].drop) {
      cleaned.furniture.push(unit);
      verdicts.set(index, 'furniture', facts[index].drop!.id);
      continue;
    }
    if (!span.fallback && span.probabilities[index] < IN_SPAN_THRESHOLD && !isSentence(unit) && !continuesList(units, article, index)) {
      cleaned.furniture.push(unit);
      verdicts.set(index, 'furniture', 'segment:low-score');
      continue;
    }
    prose ||= !isShortLine(unit, 12);
    article.push(index);
    verdicts.set(index, 'article', 'segment:span');
  }
  return article;
}

/**
 * The line is the next item of a list the article's last kept lines hold or introduce: a numbered
 * one ("2) …" then "3) …"), or a dated one under a line introducing it ("Tour dates:", "June 9 -- …").
 */
function continuesList(units: string[], article: number[], index: number): boolean {
  const number = listNumber(units[index]);
  if (number !== undefined) return article.slice(-2).some((kept) => listNumberAfter(units[kept]) === number);
  return article.at(-1) === index - 1 && introducesDatedItem(units, index);
}

/** Under the article: its credits and bylines first ("(Reporting by …)", "— VNA/VNS"), then furniture. */
function readFooter(start: number, { units, facts }: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  let index = start;
  for (; index < Math.min(units.length, start + FOOTER_CREDIT_LINES); index++) {
    const unit = units[index];
    if (facts[index].byline) {
      cleaned.bylines.push(unit);
      verdicts.set(index, 'byline', 'footer:byline');
    } else if (facts[index].drop) {
      cleaned.furniture.push(unit);
      verdicts.set(index, 'furniture', facts[index].drop!.id);
    } else if (isFooterCredit(facts[index], index === units.length - 1)) {
      cleaned.credits.push(asCredit(unit));
      verdicts.set(index, 'credit', 'footer:credit');
    } else break;
  }
  for (; index < units.length; index++) {
    cleaned.furniture.push(units[index]);
    verdicts.set(index, 'furniture', 'footer:below-the-article');
  }
}

/**
 * A credit under the article: a credit line, but a bare name in capitals ("Tuoi Tre News") only
 * when it ends the text; elsewhere such a line is a button or a menu ("Share", "Facebook").
 */
function isFooterCredit(facts: LineFacts, endsText: boolean): boolean {
  const rule = facts.dateLine ? undefined : facts.credit;
  return rule !== undefined && (endsText || rule.id !== 'credit/name-alone');
}

/** Credit lines a page may put under its article before its furniture. */
const FOOTER_CREDIT_LINES = 3;

function asCredit(line: string): string {
  return line.replace(/^[—–-]+\s*|^\(|\)$/g, '');
}

function isShortLine(unit: string, maxWords: number): boolean {
  return hasAtMostWords(unit, maxWords) && !endsWithSentenceMark(unit);
}

/**
 * A line of page metadata around a date: short, not a sentence, fields often split by "|"
 * ("Source: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia", "Philippine Daily Inquirer / 05:30 AM May 20,
 * 2025"), or a label and a time with it ("All News 10:42 March 04, 2025").
 */
function isMetaLine(unit: string, facts: LineFacts): boolean {
  if (!facts.fullDate || !isShortLine(unit, 30)) return false;
  const date = findFullDate(unit);
  if (date === undefined) return false;
  // Fields in a row: "Thanh Nien News · Society · 18/02/2025 · 3 min read", "Posted on 12 February 2025 by X | 14 comments".
  // "on March 10, 2015 by Nikhil Marathe in Featured Article": a "Posted" row whose first word innerText left in another element.
  if (/ [|·•] | \/ /.test(unit) || /^(?:posted|published|updated)\b/i.test(unit) || (/^on\s/i.test(unit) && date.index <= 3)) return true;
  return isShortLine(unit, 16) && (/^[\p{L} ]{2,20}:/u.test(unit) || hasAtMostWords(`${unit.slice(0, date.index)}${unit.slice(date.end)}`.trim(), 3));
}

/** A dateline on a line of its own, not a date line ("Thursday, 8/5/2025, 09:30 (GMT+7)" is one) nor a byline ("By Mike Wall 2019-11-18"). */
function isDatelineAlone(unit: string, facts: LineFacts): boolean {
  return !facts.dateLine && !facts.byline && isStandaloneDateline(unit);
}

/**
 * "Hanoi, April 22, AZERTAC", "LONDON 1996-08-30", "WASHINGTON, May 8 (Reuters)": a dateline on its own line.
 * A weekday is no place: "Sunday, July 19, 2020|Today's Paper" is a page's date bar, not a wire dateline;
 * nor is a name set off by a dash, or a date with its time of day: "Chris Davies - Nov 19, 2019, 10:31 pm
 * CST" is an author's line (a wire dateline gives the day, not the hour).
 */
function isStandaloneDateline(unit: string): boolean {
  if (unit.length > 70 || !hasAtMostWords(unit, 9) || endsWithSentenceMark(unit)) return false;
  const date = findAnyDate(unit);
  const before = date === undefined ? '' : unit.slice(0, date.index);
  return (
    date !== undefined &&
    date.index > 0 &&
    /^\p{Lu}/u.test(unit) &&
    !/^by\s/i.test(unit) &&
    // A place, perhaps with its region, set off from the date: not a glued "Yahoo News Australia28 October
    // 2020", nor a bar of fields ("Quem somos | 21/05/2020").
    PLACE_BEFORE_DATE.test(before) &&
    namesAPlace(before) &&
    !/[\d:]/.test(before) &&
    !/[-–—]\s*$/.test(before) &&
    !TIME_OF_DAY.test(unit.slice(date.index)) &&
    !DATE_LINE_WORD_LAST.test(before) &&
    DATELINE_TAIL.test(unit.slice(date.end))
  );
}

/**
 * The words before a dateline's date may name a place: in capitals ("LONDON"), with a region ("Nice,
 * France"), a list's place ("Hanoi") or a word no dictionary holds ("Salvador"). One ordinary word in
 * mixed case is a field's label: "Pay March 31", "Record March 13" under a dividend's figures.
 */
function namesAPlace(before: string): boolean {
  const place = before.replace(/[\s,]+$/, '');
  // A place's name is a few words ("RIO DE JANEIRO", "Salt Lake City"); a headline in capitals ending on a date
  // is no dateline: "THAI RICE EXPORTS RISE IN WEEK ENDED FEBRUARY 24".
  if (!hasAtMostWords(place.split(',')[0], PLACE_NAME_WORDS)) return false;
  if (isAllCaps(place) || /[\s,]/.test(place)) return true;
  const key = keyOf(place);
  return isKnownPlace(key) || !isDictionaryWord(key);
}

/**
 * What may follow a dateline's date: nothing, a dash, a credit set off ("…, AZERTAC", "… (Reuters)") or
 * an agency's name. Words going on after it make a sentence that names a day: "Council sets 16 March for
 * ferry vote" and "Ferry 2 may be ready in summer" are headlines, and "CLEVELAND, Feb 26 - Standard Oil
 * said …" a wire story's first paragraph.
 */
const DATELINE_TAIL = /^\s*(?:[,(\[|/].{0,40}|[-–—]?\s*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?)$/u;

/** Most words a dateline's place (before any region after a comma) has: "SAN JUAN CAPISTRANO", "RIO DE JANEIRO". */
const PLACE_NAME_WORDS = 4;
const PLACE_BEFORE_DATE = /^[\p{L}\p{M} .'’-]+(?:,\s*[\p{L}\p{M} .'’-]+)*[,\s]\s*$/u;
/** "10:31 pm", "2019-11-18T20:51:19Z", and as German and French write it: "12.11 Uhr", "12h11". */
const TIME_OF_DAY = /\d:\d\d|\b\d{1,2}\.\d\d\s?Uhr\b|\b\d{1,2}h\d\d\b/;
/** What a date line puts before its date, and no place ends on: a weekday, "Posted on", "publiziert am". */
const DATE_LINE_WORD_LAST = new RegExp(`(?<!\\p{L})(?:${ANY_WEEKDAY_PATTERN}|${DATE_LINE_WORD_PATTERN})\\.?[,:\\s]*$`, 'iu');

/**
 * Where the article goes on after a box of furniture starting at `index` (its heading and the
 * short lines under it), if it does: at two paragraphs or more (another "Advertisement" between
 * them aside), or at one that ends the article. A box of teasers (a headline, a sentence, a
 * headline) or a page's footer is no article.
 */
function afterBox(page: Page, index: number): number | undefined {
  const { units, facts } = page;
  const last = units.length - 1;
  let at = index + 1;
  const boxEnd = Math.min(last + 1, index + 1 + MAX_BOX_LINES);
  while (at < boxEnd && !isParagraph(page, at)) at++;
  let paragraphs = 0;
  let next = at;
  for (; next <= last; next++) {
    if (isParagraph(page, next)) paragraphs++;
    else if (!facts[next].drop && !(hasAtMostWords(units[next], 3) && startsFurniture(page, next))) break;
  }
  return paragraphs >= 2 || (paragraphs === 1 && next === last + 1) ? at : undefined;
}

/**
 * Where the article goes on after the box a furniture line opens, by the rules' account or else the
 * segmenter's; undefined when it ends there, as it always does at a comments section's heading.
 */
function goesOnAfter(span: ArticleSpan, page: Page, index: number): number | undefined {
  const after = afterBox(page, index) ?? articleGoesOn(span, page, index);
  if (after === undefined) return undefined;
  for (let at = index; at < after; at++) if (page.facts[at].furniture?.endsArticle) return undefined;
  return after;
}

/**
 * Where the article goes on after a furniture line by the segmenter's account: within the span, the
 * sentences after the box score as article ("Sign Up" and a newsletter's small print, then the story's
 * next paragraphs; "More from UK" and six headlines, then the report goes on). A caption or a short
 * label between those sentences neither counts for nor against; another box's heading counts against.
 * Undefined when they do not.
 */
function articleGoesOn(span: ArticleSpan, page: Page, index: number): number | undefined {
  const sentences: number[] = [];
  for (let at = index + 1; at <= span.end && sentences.length < GOES_ON_SENTENCES; at++) {
    if (sentences.length === 0 && at > index + MAX_BOX_LINES) break;
    // Another box's heading counts, with its low score: "About ArkSolar Inc." after a boilerplate paragraph.
    const furniture = startsFurniture(page, at);
    if (!furniture && (!isSentence(page.units[at]) || page.facts[at].drop)) continue;
    if (sentences.length === 0 && (furniture || span.probabilities[at] < 0.5)) continue;
    sentences.push(at);
  }
  const mean = sentences.reduce((sum, at) => sum + span.probabilities[at], 0) / Math.max(1, sentences.length);
  return sentences.length > 0 && mean >= GOES_ON_PROBABILITY ? sentences[0] : undefined;
}

/** The mean probability the next sentences after a box need for the article to go on past it. */
const GOES_ON_PROBABILITY = 0.7;
/** How many sentences after a box that mean is taken over. */
const GOES_ON_SENTENCES = 3;

/** Lines a box inside an article may hold: a heading, headlines, a newsletter's blurb, an embedded post. */
const MAX_BOX_LINES = 8;

export function isParagraph(page: Page, index: number): boolean {
  const unit = page.units[index];
  return !hasAtMostWords(unit, 12) && /[.!?:"”’)]$/.test(unit) && !startsFurniture(page, index) && !page.facts[index].drop;
}

export function startsFurniture({ units, facts }: Page, index: number): boolean {
  const line = facts[index];
  if (line.furniture) return true;
  // A line a rule drops wherever it stands (an embedded post's signature with its day) starts nothing.
  if (line.drop) return false;
  // Another document's teaser announces itself with its own date: "DOCUMENTS Letters 12 June 2025", "12 June 2025, 10:36".
  return line.dateLine || (line.fullDate && hasAtMostWords(units[index], 8) && !endsWithSentenceMark(units[index]));
}

/** Bylines and credits at the article's end ("By Nguyen Dong", "— VNA/VNS", "… markets. Enditem"). */
export function cutCredits(article: number[], { units, facts }: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  while (article.length > 1) {
    const index = article.at(-1)!;
    const last = units[index];
    // A byline first: "By Nguyen Dong" is also a short capitalised line, which credit/name-alone takes for an outlet.
    if (facts[index].byline) {
      cleaned.bylines.push(last);
      verdicts.set(index, 'byline', 'article:byline-at-end');
    } else if (facts[index].credit) {
      cleaned.credits.unshift(asCredit(last));
      verdicts.set(index, 'credit', `article:end ${facts[index].credit!.id}`);
    } else break;
    article.pop();
  }
  const index = article.at(-1);
  const last = index === undefined ? undefined : units[index];
  const trailing = last === undefined ? null : TRAILING_CREDIT.exec(last);
  if (index !== undefined && last !== undefined && trailing) {
    cleaned.credits.unshift(trailing[1] ?? trailing[2]);
    units[index] = last.slice(0, trailing.index).trimEnd();
  }
}

/** The first paragraph's dateline, which wins over one found on a line of its own above it. */
export function takeDateline(article: string[], cleaned: CleanedSeed): string[] {
  const [first, ...rest] = article;
  const found = datelineAtStart(first);
  if (!found) return article;
  const { match, rule } = found;
  if (cleaned.dateline !== undefined) cleaned.dateTexts.push(cleaned.dateline);
  cleaned.dateline = match[1].trim();
  cleaned.datelineRule = `${rule.id}, opening the first paragraph`;
  cleaned.datelineOpensArticle = true;
  const remainder = first.slice(match[0].length);
  return remainder ? [capitalizeFirst(remainder), ...rest] : rest;
}

function capitalizeFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
