/**
 * Whether a seed is a saved web page, to be read as HTML rather than as text.
 * Pages saved by a browser open with a doctype ("<!DOCTYPE html>"), often
 * after a "<!-- saved from url=… -->" comment, or straight with "<html>",
 * "<head>" or "<body>"; some carry an XML declaration first. A text article
 * starts with words, never with a tag, and one that quotes "<html>" in its
 * first line does not also close the page: so only what opens the text is
 * looked at, and a bare opening tag counts only with the page's closing tag.
 */

/** A page by its name: "page.html", "Article.HTM". */
const HTML_NAME = /\.html?$/i;

/** What may stand before a page's markup: a BOM, blank space, front matter, an XML declaration, comments. */
const PREAMBLE = /^(?:\uFEFF|\s+|---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/;
const DOCTYPE = /^<!doctype\s+html\b/i;
/** "<html>", "<html lang=en>", "<head>", "<body class=…>": a start tag of the page's frame. */
const FRAME_START = /^<(html|head|body)(?:\s[^<>]*)?>/i;
const FRAME_END = /<\/(?:html|head|body)\s*>/i;

/** How far in a page's markup must start: a preamble longer than this (a huge comment) is no page. */
const MOST_PREAMBLE = 64 * 1024;

export function isHtmlSeed(name: string, text: string): boolean {
  return HTML_NAME.test(name) || isHtmlText(text);
}

export function isHtmlText(text: string): boolean {
  const start = markupStart(text);
  if (DOCTYPE.test(start)) return true;
  return FRAME_START.test(start) && FRAME_END.test(text);
}

/** The text from where its markup starts, past the preamble (within the first MOST_PREAMBLE characters). */
export function markupStart(text: string): string {
  const head = text.slice(0, MOST_PREAMBLE);
  return head.slice(PREAMBLE.exec(head)![0].length);
}
