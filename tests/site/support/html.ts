/**
 * Reading built pages in tests with html-validate's own parser (already a dev
 * dependency, and a real HTML parser with CSS selectors). It does not descend
 * into SVG, so chart shapes are counted in the markup instead.
 */
import { readFileSync } from 'node:fs';
import { NodeType, Parser, StaticConfigLoader, type DOMNode, type HtmlElement } from 'html-validate';

export type Element = HtmlElement;

const parser = new Parser(await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html'));

export interface Page {
  html: string;
  all(selector: string): HtmlElement[];
  one(selector: string): HtmlElement | undefined;
}

export function readPage(file: string): Page {
  return pageOf(readFileSync(file, 'utf8'));
}

export function pageOf(html: string): Page {
  const root = parser.parseHtml(html);
  return {
    html,
    all: (selector) => root.querySelectorAll(selector),
    one: (selector) => root.querySelector(selector) ?? undefined,
  };
}

/** Elements whose edges separate words when text is read out. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section summary table tbody td th thead tr ul'.split(' '),
);

/** The text of an element as a reader gets it: entities decoded, blocks apart, whitespace collapsed. */
export function textOf(node: HtmlElement | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const visit = (current: DOMNode) => {
    for (const child of current.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) parts.push(child.textContent);
      else if (child.nodeType === NodeType.ELEMENT_NODE) {
        const block = BLOCKS.has((child as HtmlElement).tagName);
        if (block) parts.push(' ');
        visit(child);
        if (block) parts.push(' ');
      }
    }
  };
  visit(node);
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower]!;
  });
}

/** An attribute's value (decoded by the parser), undefined when absent. */
export function attr(node: HtmlElement | undefined, name: string): string | undefined {
  const value = node?.getAttributeValue(name);
  return value === null || value === undefined ? undefined : value;
}
