/**
 * The article's element (as Readability leaves it) → plain-text paragraphs,
 * one per block: a paragraph, a heading, a list item, a quotation's paragraph,
 * a table's row (its cells joined by " | "), a line of preformatted text; a
 * `<br>` ends a line as a block does (many sites separate paragraphs with
 * `<br><br>`). What is no part of the article's text goes with all it holds:
 * figures and their captions, images and media, scripts, styles, forms and
 * their controls (but for a form that holds the page), and what the page hides. Only text comes out: no markup,
 * no link, no attribute.
 */
import { normalizeText } from '../text/normalize.ts';
import { collapseSpaces } from '../text/spaces.ts';
import { parsePage } from './dom.ts';

/** Elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'figure', 'figcaption', 'picture', 'img', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'map',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'button', 'input', 'select', 'option', 'textarea', 'label', 'fieldset', 'output', 'dialog',
  'nav',
]);

/** Elements that stand on lines of their own. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  let line = '';
  const endLine = () => {
    const text = collapseSpaces(normalizeText(line)).trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const visit = (node: Node, preformatted: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!preformatted) line += text;
      else text.split('\n').forEach((part, index) => {
        if (index > 0) endLine();
        line += part;
      });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if ((DROPPED_ELEMENTS.has(tag) && !(tag === 'form' && wrapsPage(element))) || isHidden(element)) return;
    if (tag === 'br') return endLine();
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) endLine();
    // A row's cells: "Hà Nội | 8.4 million".
    if (CELLS.has(tag) && element.previousElementSibling) line += ' | ';
    for (const child of element.childNodes) visit(child, preformatted || tag === 'pre');
    if (block) endLine();
  };
  visit(root, false);
  endLine();
  return paragraphs;
}

/**
 * A form holding the page itself, as ASP.NET WebForms sites put every page inside one (`<form id="aspnetForm">`):
 * its text is read, its controls still dropped. A form of a few controls and labels (a search box, a newsletter
 * sign-up) holds far less text.
 */
function wrapsPage(form: Element): boolean {
  return (form.textContent?.length ?? 0) > PAGE_FORM_CHARACTERS;
}
const PAGE_FORM_CHARACTERS = 2000;

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * An article given as a string (a scraper's JSON record, a page's JSON-LD `articleBody`) → its
 * paragraphs: parted by blank lines, else by line ends; a text in HTML, by its blocks.
 */
export function paragraphsOfText(text: string): string[] {
  if (HTML_BLOCK.test(text)) return paragraphsOf(parsePage(`<body>${text}</body>`).body);
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return parts.map((part) => collapseSpaces(part.replace(/\s*\n\s*/g, ' ')).trim()).filter(Boolean);
}

const HTML_BLOCK = /<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/i;
