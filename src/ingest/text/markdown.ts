/**
 * Pages saved as Markdown by a reader tool ("Title: …", "URL Source: …", "Markdown Content:", then
 * "[Travel](…) » [Places](…)", "![photo](…)", "# Headline", "**bold**"), or a newsletter saved as an
 * e-mail ("Subject: …"): the words without the syntax, so that the clean stage reads such a page as it
 * reads plain text.
 */

import { isWebAddress, type PageMetadata } from '../html/metadata.ts';

const MAY_HOLD_MARKUP = /[[#*!]|^>|^(?:Title|Subject|URL Source|Markdown Content)\s*:/;
const READER_FIELD = /^(?:URL Source\s*:\s*\S+|Markdown Content\s*:)$/;
/** A quotation's marker: "> "This is a milestone," the minister said.". */
const BLOCKQUOTE = /^(?:>\s?)+/;
/** A line that is one link and nothing else: navigation or another article's teaser. */
const LINK_ALONE = /^\[[^\]]+\]\((?:[^()]|\([^)]*\))*\)$/;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g;
const HEADING = /^#{1,6}\s+/;
const STRONG = /\*\*([^*]+)\*\*/g;

/** One line without its Markdown: "" when nothing but markup was on it. */
export function withoutMarkdown(line: string): string {
  if (!MAY_HOLD_MARKUP.test(line)) return line;
  if (READER_FIELD.test(line) || LINK_ALONE.test(line)) return '';
  return line.replace(/^(?:Title|Subject)\s*:\s+/, '').replace(BLOCKQUOTE, '').replace(IMAGE, '').replace(LINK, '$1').replace(HEADING, '').replace(STRONG, '$1').trim();
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
