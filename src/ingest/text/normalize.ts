/**
 * Text as every stage reads it: HTML character references a scrape kept decoded, NFC-normalized (Vietnamese
 * is often NFD-decomposed), LF line ends, no control characters. decode.ts applies it to a text seed; a page's
 * paragraphs (html/paragraphs.ts), its metadata and a JSON record's values are normalized the same way.
 */
import { decodeHTMLStrict } from 'entities';

const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * "here&#8217;s &euro;10" → "here’s €10". Only references closed by a semicolon (HTML's strict
 * form): "AT&T" and "R&D" stay as written. What they decode to is text like any other: the serialize
 * stage escapes "<" and "{" whatever they came from.
 */
export function decodeCharacterReferences(text: string): string {
  return CHARACTER_REFERENCE.test(text) ? decodeHTMLStrict(text) : text;
}

// Every character the replacements below act on: most texts hold none, and one test costs less than five passes.
const NEEDS_REPLACING = /[\r\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF\u00A0]/;

export function normalizeText(text: string): string {
  if (!NEEDS_REPLACING.test(text)) return text.normalize('NFC');
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .normalize('NFC');
}
