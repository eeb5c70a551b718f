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

export interface ArticleText {
  paragraphs: string[];
  /** The place the dateline names, as written: "WASHINGTON", "Hanoi". */
  dateline?: string;
}

export function readParagraphs(path: string): string[] {
  return readArticle(path).paragraphs;
}

export function readArticle(path: string): ArticleText {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const blocks = text.split(/\n\s*\n/);
  const paragraphs: string[] = [];
  let headline: string | undefined;
  let dateline: string | undefined;
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
    const datelineMatch = DATELINE.exec(block);
    if (datelineMatch && paragraphs.length === 0) dateline ??= datelineMatch[0].split(/[,(—]/)[0].trim();
    block = block.replace(DATELINE, '').replace(CREDIT, '');
    const wireDateline = /^([\p{Lu}\p{M} ]+) \d{4}-\d{2}-\d{2}$/u.exec(block);
    if (wireDateline) {
      dateline ??= wireDateline[1];
      continue;
    }
    if (paragraphs.includes(block)) continue;
    paragraphs.push(block);
  }
  return { paragraphs, dateline };
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

export function readFixtureArticle(name: string): ArticleText {
  return readArticle(FIXTURES_DIR + name);
}
