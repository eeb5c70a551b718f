/**
 * A saved page's markup → an inert DOM. linkedom builds the tree and nothing
 * more: it runs no script, loads no resource (images, stylesheets, frames) and
 * fetches nothing, so a hostile page is only ever data. It is not a full HTML5
 * tree builder, though: a page without "<html>" or "<body>" (a fragment saved
 * as .html, a head followed by bare paragraphs) would lose its body, so the
 * page's frame is completed first, as a browser's parser would imply it.
 */
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');

// Loaded with the first page, not with the pipeline: it costs ~300 ms of CPU on each worker
// thread, which a run of text seeds would pay for nothing.
const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;

export function parsePage(html: string): Document {
  linkedom ??= require('linkedom') as Linkedom;
  return linkedom.parseHTML(withPageFrame(html)).document as unknown as Document;
}

const HTML_START = /<html(?:\s[^<>]*)?>/i;
const HEAD_END = /<\/head\s*>/i;
const BODY_START = /<body[\s>]/i;

/** The page with "<html>" and "<body>" where its markup left them implied. */
export function withPageFrame(html: string): string {
  let page = html;
  if (!BODY_START.test(page)) {
    const after = HEAD_END.exec(page) ?? HTML_START.exec(page);
    const at = after ? after.index + after[0].length : 0;
    page = `${page.slice(0, at)}<body>${page.slice(at)}</body>`;
  }
  if (!HTML_START.test(page)) page = `<html>${page}</html>`;
  return page;
}
