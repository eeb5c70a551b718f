/**
 * Pages saved as text by a converter rather than by a browser's innerText: the syntax goes, so that the clean
 * stage reads such a page as it reads a browser's text, on which its models were trained.
 * - Markdown, as a reader tool (Jina Reader's "Title: …", "URL Source: …", "Markdown Content:"), turndown or
 *   html2text write it: "[Travel](…) » [Places](…)", "![photo](…)", "# Headline", "**bold**", "*   item";
 *   or a newsletter saved as an e-mail ("Subject: …").
 * - html-to-text's plain text: each link's address in brackets after its words ("Tech [https://…/tech/]"), an
 *   image as its address, list items bulleted, and headings in capitals ("THE FERRY SURVIVES THE WINTER").
 */

import { isWebAddress, type PageMetadata } from '../html/metadata.ts';
import { isAllCaps, titleCase } from './letter-case.ts';
import { TABLE_SEPARATOR, tableCells, withLinksJoined, writesMarkdownLinks } from './markdown-links.ts';

/**
 * A page's lines without a converter's markup. A line that was nothing but markup (a link, an image) goes
 * altogether: it was no blank line between paragraphs. Where the text is html-to-text's:
 * - a line of bare addresses is links without words (share icons, a logo), which a browser's text does not show;
 * - every heading is in capitals, so a heading is given the title case its capitals hid, and capitals go on
 *   meaning what they mean in a browser's text (a label, a wire's headline) while the page's headline reads as one.
 */
export function withoutConverterMarkup(lines: string[]): string[] {
  const markdown = writesMarkdownLinks(lines);
  if (markdown) lines = withLinksJoined(lines);
  const htmlToText = writesLinkAddresses(lines);
  const lynx = numbersLinks(lines);
  const result: string[] = [];
  // Lines left of an address html-to-text wrapped over lines, its query holding spaces ("[whatsapp://send?text=Tres
  // muertos …" / "https://junin24.com/….html]"): it goes to its closing bracket, within a few lines and no blank one.
  let addressLinesLeft = 0;
  // Inside a Markdown table, from its header to the blank line after it.
  let inTable = false;
  for (let [index, line] of lines.entries()) {
    if (markdown) {
      // A table's rows read as a browser shows them, cells apart ("Pos Player Plays"), its header row too; the line
      // of dashes under the header goes. A pipe elsewhere ("Headline | Site") is the page's own.
      if (TABLE_SEPARATOR.test(line) && result.length > 0 && result.at(-1) !== '') {
        result[result.length - 1] = tableCells(result.at(-1)!);
        inTable = true;
        continue;
      }
      if (line === '') inTable = false;
      else if (inTable) line = tableCells(line);
    }
    if (lynx) {
      // lynx's list of the links' addresses closes the page: none of it is the page's text. A page with hidden links
      // has it in two parts, "Visible links:" and "Hidden links:".
      if (line === 'References' && opensReferences(lines.slice(index + 1).find((next) => next !== '') ?? '')) break;
      line = line.replace(LINK_NUMBER, '').replace(LYNX_FORM_MARK, '').replace(/ {2,}/g, ' ').trim();
      // A rule ("_____") or a lone button parted the blocks around it, as a blank line does.
      if (line === '' && lines[index] !== '') {
        endBlock(result);
        continue;
      }
      // A list item, bulleted by its depth ("*", "+", "o", "#"), is a block of its own: lynx wraps its lines, and a
      // wrapped text's line goes on in the next, so a menu's items would read as one sentence.
      const item = LYNX_BULLET.exec(line);
      if (item) {
        line = line.slice(item[0].length);
        endBlock(result);
      }
    }
    if (htmlToText) {
      if (addressLinesLeft > 0 && line !== '') {
        const close = line.indexOf(']');
        if (close < 0) {
          addressLinesLeft--;
          continue;
        }
        addressLinesLeft = 0;
        line = line.slice(close + 1).trim();
        if (line === '') continue;
      } else addressLinesLeft = 0;
      const unclosed = UNCLOSED_ADDRESS.exec(line);
      if (unclosed) {
        addressLinesLeft = MAX_ADDRESS_LINES;
        line = line.slice(0, unclosed.index).trimEnd();
        if (line === '') continue;
      }
    }
    // A heading's underline (turndown's "=====", "-----") ends it as a blank line would.
    if (SETEXT_UNDERLINE.test(line)) {
      result.push('');
      continue;
    }
    const text = withoutMarkup(line, markdown);
    if ((text === '' && line !== '') || (htmlToText && isAddressesAlone(text))) continue;
    result.push(htmlToText && isAllCaps(text) && TWO_CAPITALS.test(text) ? titleCase(text) : text);
  }
  return result;
}

/** A blank line after the lines kept so far, unless they end in one already: what follows is a block of its own. */
function endBlock(result: string[]): void {
  if (result.length > 0 && result.at(-1) !== '') result.push('');
}

/** An address in brackets that the line does not close, and the lines it may run on for. */
const UNCLOSED_ADDRESS = /\[(?:[a-z][a-z\d+.-]*:|\/|\?|#)[^\]]*$/i;
const MAX_ADDRESS_LINES = 4;

/** lynx's mark (`lynx -dump`): links numbered before their words, "[3]council", on three lines or more. */
function numbersLinks(lines: string[]): boolean {
  let found = 0;
  for (const line of lines) if (line.includes('[') && LINK_NUMBER_AT.test(line) && ++found >= 3) return true;
  return false;
}

/** Not Markdown's link whose words are a number, "[2](/page/2)": its address follows in brackets. */
const LINK_NUMBER = /\[\d+\](?=[^\s(])/g;
const LYNX_BULLET = /^(?:[*+#@]|o)\s+/;
/** What lynx writes for a form's controls and for what it does not show: "(BUTTON)", "[INLINE]", "[IMG]", a text field's "____". */
const LYNX_FORM_MARK = /\((?:BUTTON|submit|reset)\)|\[(?:INLINE|IMG|LINK|EMBED|IFRAME|BUTTON|spacer)\]|_{4,}/g;
const LINK_NUMBER_AT = new RegExp(LINK_NUMBER.source);
/** A line of lynx's references: "1. https://www.example.org/", "12. file:///energy". */
const NUMBERED_ADDRESS = /^\d+\. [a-z][a-z\d+.-]*:\S*$/i;

/** The first line under lynx's "References": the first link's address, or the heading of the visible ones. */
function opensReferences(line: string): boolean {
  return NUMBERED_ADDRESS.test(line) || line === 'Visible links:';
}

/** html-to-text's mark: lines giving a link's address in brackets after its words, three or more. */
function writesLinkAddresses(lines: string[]): boolean {
  let found = 0;
  for (const line of lines) if (line.includes(' [') && ADDRESS_AFTER_WORDS.test(line) && ++found >= 3) return true;
  return false;
}

const ADDRESS_AFTER_WORDS = /\S \[(?:https?:|\/)[^\]\s]*\]/;
const SETEXT_UNDERLINE = /^(?:={3,}|-{3,})$/;
/** A word in capitals, not an initial ("A", "I"). */
const TWO_CAPITALS = /\p{Lu}{2}/u;

const MAY_HOLD_MARKUP = /[[#*!•_\\]|\]\(|^>|<(?:https?|mailto):|^(?:Title|Subject|URL Source|Markdown Content)\s*:/;
const READER_FIELD = /^(?:URL Source\s*:\s*\S+|Markdown Content\s*:)$/;
/** A quotation's marker: "> "This is a milestone," the minister said.". */
const BLOCKQUOTE = /^(?:>\s?)+/;
/**
 * A line that is one link and nothing else: navigation or another article's teaser; or the opening or the closing
 * of a link whose words are paragraphs of their own, as turndown writes a teaser: "[", "](/tennis/2019/11/20/…)".
 */
const LINK_ALONE = /^(?:\[[^\]]+\]\((?:[^()]|\([^)]*\))*\)|\[|\]\([^)\s]*\))$/;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g;
/** A link with no words, as an image inside a link leaves it once the image goes: "[![photo](…)](/gallery/…)". */
const EMPTY_LINK = /\[\s*\]\((?:[^()]|\([^)]*\))*\)/g;
/** An address shown as its own link's words, as html2text writes it: "<https://apnews.com/Brexit>". */
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/g;
/**
 * Marks and no words: emphasis, as html2text writes a row of share icons ("____ ____  ____"), or a heading's, as it
 * writes a heading whose only content was an image ("##"). A browser's text may show a lone "#" (a link's words).
 */
const MARKS_ALONE = /^(?:[_*](?:[_*\s]*[_*])?|#{1,6})$/;
/** Emphasis around nothing, as html2text writes an icon's empty element: "[ __](https://twitter.com/share?…)", "__[Babywearing](…)". */
const EMPTY_EMPHASIS = /(?<!\S)(?:__|\*\*\*\*)(?:\s+|$|(?=[[\]]))/g;
/**
 * Emphasis html2text wrapped over lines: its opening ("**[Latest revision as of 05:33, 7 April", "_Which Is The Best
 * … On The") or its close ("Web_](…)") alone on a line, where the pair is never on one line. Only a mark at a word's
 * start or end, in a word holding no other, goes: "snake_case", "@john_doe_" and "5**2" keep theirs.
 */
const WRAPPED_EMPHASIS = /(?<![^\s([])(?:\*\*|_)(?=[\p{L}\p{N}“"'‘][^\s_*]*(?:\s|$))|(?<=(?:^|\s)[^\s_*]*[\p{L}\p{N}.!?)”"'’])(?:\*\*|_)(?=\s|$|[\]),.;:])/gu;
/**
 * The close of a link opened on a line above, as turndown writes a teaser: "… than previously thought.](https://…/2019/11/20/…)",
 * or html2text a link it wrapped, its title after the address: "__](https://twitter.com/share?… "Share on Twitter")".
 */
const LINK_CLOSE = /\]\((?:[^()\s]|\([^)\s]*\))*(?:\s+"[^"]*")?\)/g;
/** The opening of a link whose words come after a blank line, as turndown writes the next teaser: "](/2019/11/19/…)[". */
const LINK_OPENING_AT_END = /\s*\[$/;
const HEADING = /^#{1,6}\s+/;
const STRONG = /\*\*([^*]+)\*\*/g;
/** Emphasis as turndown writes it, "Il _black Friday_ incombe": no letter or digit touches its underscores (not "snake_case_name"). */
const EMPHASIS = /(?<![\p{L}\p{N}\\_])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}_])/gu;
/** Markdown's escapes of the characters it would read as markup: "\\[부산 Live\\]", "1\\. Ferry", "The \\_draft\\_". */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~=|])/g;

/** Text without Markdown's escapes ("2020\\. 06. 04." is "2020. 06. 04."). */
export function withoutEscapes(text: string): string {
  return text.replace(ESCAPED, '$1');
}

/** A list item's bullet, as converters write it ("* Tech", "*   [Tech](…)", "• Tech"): a browser's text shows none. */
const BULLET = /^[*•]\s+/;
const BULLET_ALONE = /^[*•+-]$/;
/** A link's address in brackets after its words, as html-to-text writes it: "Tech [https://example.org/tech/]", "[/davis-cup/]". */
const BRACKETED_ADDRESS = /\s*\[(?:[a-z][a-z\d+.-]*:|\/|#)[^\]\s]*\]/gi;
/** An image as html-to-text writes it, its alt text (if any) then its address: "Ferry at dawn [https://…/ferry.jpg]". */
const IMAGE_ALONE = /^[^[\]]*\[(?:data:image\/|[^\]\s]*\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#][^\]\s]*)?\])[^\]\s]*\]?$/i;

/**
 * One line without its markup: "" when nothing but markup was on it. `markdown`: the text writes Markdown links
 * (three lines or more), and what only a converter's Markdown leaves goes too: emphasis around nothing or wrapped over
 * lines, a link opening at a line's end. A browser's text keeps them: a cookie named "_ga", a price's footnote
 * "Preis**", a script's "list: [".
 */
export function withoutMarkup(line: string, markdown = false): string {
  if (!MAY_HOLD_MARKUP.test(line)) return line;
  if (READER_FIELD.test(line) || LINK_ALONE.test(line) || IMAGE_ALONE.test(line)) return '';
  if (markdown) line = MARKS_ALONE.test(line) ? '' : line.replace(EMPTY_EMPHASIS, '');
  line = line
    .replace(/^(?:Title|Subject)\s*:\s+/, '')
    .replace(BLOCKQUOTE, '')
    .replace(IMAGE, '')
    .replace(EMPTY_LINK, '')
    .replace(AUTOLINK, '$1')
    .replace(LINK, '$1')
    .replace(LINK_CLOSE, '')
    .replace(BRACKETED_ADDRESS, '')
    .replace(HEADING, '')
    .replace(STRONG, '$1')
    .replace(EMPHASIS, '$1');
  if (markdown) line = line.replace(LINK_OPENING_AT_END, '').replace(WRAPPED_EMPHASIS, '');
  const text = withoutEscapes(line).replace(BULLET, '').trim();
  // A Markdown list item whose content went with its markup: turndown's "*   [" opening a link that holds a block (a
  // teaser's heading on the lines below), which left a bullet alone on its line. (A text browser's bullet alone,
  // w3m's "•", stays: there it parts a menu's items, and dropping it lost as many dev headlines as it gained.)
  return markdown && BULLET_ALONE.test(text) ? '' : text;
}

/**
 * What a reader tool states of the page above its "Markdown Content:" (Jina Reader's "URL Source: …",
 * "Published Time: …"): the page's address (http(s) only) and publication time, as a saved page's metadata
 * would state them, so a text seed saved so keeps its link to the original and its outlet by address.
 * Undefined when the text does not open with those fields.
 */
export function readerMetadata(lines: readonly string[]): PageMetadata | undefined {
  // Only the text's opening is looked at: every text seed is asked.
  const end = lines.slice(0, READER_HEADER_LINES + 1).findIndex((line) => MARKDOWN_CONTENT.test(line));
  if (end < 0) return undefined;
  const field = (name: RegExp) => lines.slice(0, end).map((line) => name.exec(line)?.[1]?.trim()).find(Boolean);
  const url = field(/^URL Source\s*:\s*(\S+)$/i);
  const published = field(/^Published Time\s*:\s*(.+)$/i);
  const title = field(/^Title\s*:\s*(.+)$/i);
  return {
    headlines: [],
    dates: published ? [{ value: published, rule: 'reader field Published Time' }] : [],
    urls: url && isWebAddress(url) ? [{ value: url, rule: 'reader field URL Source' }] : [],
    outletNames: [],
    titles: title ? [title] : [],
  };
}

const MARKDOWN_CONTENT = /^Markdown Content\s*:$/i;
/** Lines a reader tool's fields take above the content ("Title:", "URL Source:", "Published Time:", blank lines between). */
const READER_HEADER_LINES = 12;

/**
 * Web addresses and nothing else: links whose text is their address, as a converter prints them in a row of an
 * outlet's accounts ("https://twitter.com/outlet https://facebook.com/outlet"), or as an article lists its sources.
 */
export function isAddressesAlone(line: string): boolean {
  return (line.startsWith('http') || line.startsWith('//')) && ADDRESSES_ALONE.test(line);
}

/** "… Testimony https://www.facebook.com/sharer.php?u=…", "Share https://twitter.com/share?…": no headline writes an address. */
export function holdsWebAddress(line: string): boolean {
  return line.includes('http') && WEB_ADDRESS.test(line);
}

/** An address may leave out its scheme, as an image's often does: "//www.kut.org/sites/…/screen_shot.png". */
const ADDRESSES_ALONE = /^(?:https?:)?\/\/\S+(?:\s+(?:https?:)?\/\/\S+)*$/;
const WEB_ADDRESS = /https?:\/\/\S/;
