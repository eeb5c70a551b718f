/**
 * Pages saved as Markdown by a reader tool ("Title: …", "URL Source: …", "Markdown Content:", then
 * "[Travel](…) » [Places](…)", "![photo](…)", "# Headline", "**bold**"), or a newsletter saved as an
 * e-mail ("Subject: …"): the words without the syntax, so that the clean stage reads such a page as it
 * reads plain text.
 */

const MAY_HOLD_MARKUP = /[[#*!]|^(?:Title|Subject|URL Source|Markdown Content)\s*:/;
const READER_FIELD = /^(?:URL Source\s*:\s*\S+|Markdown Content\s*:)$/;
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
  return line.replace(/^(?:Title|Subject)\s*:\s+/, '').replace(IMAGE, '').replace(LINK, '$1').replace(HEADING, '').replace(STRONG, '$1').trim();
}
