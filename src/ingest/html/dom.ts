/**
 * A saved page's markup → an inert DOM. linkedom builds the tree and nothing
 * more: it runs no script, loads no resource (images, stylesheets, frames) and
 * fetches nothing, so a hostile page is only ever data. It is not an HTML5 tree
 * builder, though: markup before "<html>" (a PHP warning printed above the page,
 * a stray "<style>", a "<head>" with no "<html>") became the document's root,
 * and the page's body was lost (5 of trafilatura's 990 pages, and one of
 * htmldate's test pages, rejected as holding no article); a fragment saved as
 * .html had no body at all. Such a page is put in order by parse5, the WHATWG
 * parser behind jsdom and rehype, which builds the tree a browser would and
 * writes it out again for linkedom. Only such a page: parse5 and the second
 * parse cost ~17 ms a page, as much again as linkedom's own.
 */
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
type Parse5 = typeof import('parse5');

// Loaded with the first page, not with the pipeline: linkedom costs ~300 ms of CPU on each worker
// thread, which a run of text seeds would pay for nothing.
const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;
let parse5: Parse5 | undefined;

export function parsePage(html: string): Document {
  linkedom ??= require('linkedom') as Linkedom;
  const document = linkedom.parseHTML(html).document as unknown as Document;
  if (hasPageFrame(document)) return document;
  return linkedom.parseHTML(inBrowserOrder(html)).document as unknown as Document;
}

/** An XML document (a feed), parsed as inertly as a page: by linkedom's XML parser, loaded once with the page parser. */
export function parseXml(xml: string): Document {
  linkedom ??= require('linkedom') as Linkedom;
  return new linkedom.DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** The page as a browser's parser reads it, written out: "<html>", "<head>" and "<body>" where they belong. */
export function inBrowserOrder(html: string): string {
  parse5 ??= require('parse5') as Parse5;
  return parse5.serialize(parse5.parse(html));
}

/** An "<html>" root holding one "<body>" and at most a "<head>" beside it, as a browser's tree has. */
function hasPageFrame(document: Document): boolean {
  const root = document.documentElement;
  if (root?.tagName !== 'HTML') return false;
  let bodies = 0;
  for (const child of root.children) {
    if (child.tagName === 'BODY') bodies++;
    else if (child.tagName !== 'HEAD') return false;
  }
  return bodies === 1;
}
