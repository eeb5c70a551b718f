/**
 * Test helper: a seed or fixture file → its article paragraphs, with just
 * enough cleaning for the extractor tests (the ingest's own clean stage is
 * tested elsewhere): the " date YYYY-MM-DD " prefix, a headline or dateline
 * line, bylines, captions, "Read more" lines, the credit and any furniture
 * after a gallery marker are dropped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

const DATE_PREFIX = /^\s*date \d{4}-\d{2}-\d{2}\s+/;
// "HÀ NỘI — ", "WASHINGTON (AP) — ", "BLACKBURN, England, Oct. 12 — ", "BAKU, Azerbaijan, May 8. "
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .'-]+(?:\s*\([^)]*\))?(?:,[^—]{1,40})?\s*—\s*|[\p{Lu}][\p{Lu}\p{M} ]+, [\p{L} ]+, [\p{L}]+ \d{1,2}\.\s+)/u;
const DROP_LINE = /^(?:By [\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+)+|Read more:.*|Photo:.*|___+|--.*|\p{Lu}[\p{L} ]*\w+ contributed to this report\.|.*\d{4}\s+\d{1,2}:\d{2}(?: GMT.*)?|\d{2} \w+ \d{4}, \d{1,2}:\d{2}|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*, \w+ \d{1,2}, [A-Z]+)$/u;
const CREDIT = /\s+— [A-Z/]+$/;

export function readParagraphs(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const blocks = text.split(/\n\s*\n/);
  const paragraphs: string[] = [];
  let headline: string | undefined;
  for (const lines of blocks) {
    if (/^\s*gallery-photo/.test(lines)) break;
    let block = lines
      .split('\n')
      .map((line) => line.replace(DATE_PREFIX, '').trim())
      .filter((line) => line && !DROP_LINE.test(line) && line !== headline)
      .join(' ');
    if (!block) continue;
    if (paragraphs.length === 0 && headline === undefined && isHeadline(block)) {
      headline = block;
      continue;
    }
    block = block.replace(DATELINE, '').replace(CREDIT, '');
    if (/^[\p{Lu}\p{M} ]+ \d{4}-\d{2}-\d{2}$/u.test(block)) continue;
    if (paragraphs.includes(block)) continue;
    paragraphs.push(block);
  }
  return paragraphs;
}

/** A first line without final punctuation, or one in capitals, is a headline. */
function isHeadline(block: string): boolean {
  return !/[.!?"”]$/.test(block) || !/\p{Ll}/u.test(block);
}

export function readSeed(name: string): string[] {
  return readParagraphs(SEEDS_DIR + name);
}

export function readFixture(name: string): string[] {
  return readParagraphs(FIXTURES_DIR + name);
}
