/**
 * Bytes → text. Scrapers hand us UTF-8 with or without a BOM, UTF-16 with a
 * BOM, the odd Windows-1252 page, a page gzipped, and sometimes an image saved as .txt; text
 * copied from a page's source keeps its HTML character references ("&#8217;",
 * "&euro;", "&amp;"). Text comes out with those decoded, NFC-normalized
 * (Vietnamese is often NFD-decomposed), with LF line ends and without control
 * characters. A saved web page (html/detect.ts) keeps its references for
 * the HTML parser; one saved as a web archive (html/mhtml.ts) is its page's HTML.
 */
import { gunzipSync } from 'node:zlib';
import { isHtmlSeed } from './html/detect.ts';
import { htmlOfMhtml, isMhtmlSeed } from './html/mhtml.ts';
import { declaredCharset } from './html/charset.ts';
import { holdsJsonRecord } from './json-record.ts';
import { isFeedText } from './feed-item.ts';
import type { SeedFile } from './types.ts';
import { decodeCharacterReferences, normalizeText } from './text/normalize.ts';
import { warn } from './warn.ts';

export function decodeSeed(raw: Uint8Array, file: SeedFile): string {
  if (raw.length === 0) file.fail('empty file');
  // A page kept gzipped, as crawls and datasets keep them ("page.html.gz"), is read as the page it holds.
  const bytes = isGzip(raw) ? gunzipped(raw, file) : raw;
  // A page saved as a web archive (.mhtml) is its page's HTML, in the charset the archive gives it.
  const archived = isMhtmlSeed(bytes);
  const unicode = archived ? htmlOfMhtml(bytes, file) : toUnicode(bytes, file);
  // A saved page's references are markup for the HTML parser: "&lt;script&gt;" decoded here would become a tag.
  // A JSON record's references are decoded in its values, once parsed: "&quot;" decoded here would end a string.
  // A feed's are the XML parser's.
  const keepsReferences = archived || isHtmlSeed(file.path ?? '', unicode) || holdsJsonRecord(unicode) || isFeedText(unicode);
  const text = normalizeText(keepsReferences ? unicode : decodeCharacterReferences(unicode));
  if (text.trim() === '') file.fail('no text: the file holds only whitespace');
  return text;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** Larger than any page: a file that inflates past it is a bomb, not an article. */
const MOST_INFLATED_BYTES = 64 * 1024 * 1024;

function gunzipped(bytes: Uint8Array, file: SeedFile): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: MOST_INFLATED_BYTES });
  } catch (error) {
    const tooLarge = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    return file.fail(tooLarge ? `gzipped file inflates past ${MOST_INFLATED_BYTES / 1024 / 1024} MB: not read` : 'gzipped file is corrupt: not read');
  }
}

function toUnicode(raw: Uint8Array, file: SeedFile): string {
  if (raw[0] === 0xff && raw[1] === 0xfe) return new TextDecoder('utf-16le').decode(raw.subarray(2));
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw.subarray(2));
  const withoutBom = utf16WithoutBom(raw);
  if (withoutBom) {
    warn(file, `no byte order mark: read as ${withoutBom.toUpperCase()}, as its bytes are laid out`);
    return new TextDecoder(withoutBom).decode(raw);
  }
  const bytes = withoutNulPadding(raw, file);
  if (looksBinary(bytes)) file.fail('not text: the file holds binary data');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A page saved as the site sent it keeps its own encoding, which it declares: Shift_JIS, GBK, Windows-1251, ….
    const declared = declaredCharset(bytes);
    // A page declaring UTF-8 whose bytes are not is read as the fallback below.
    if (declared && declared.decoder.encoding !== 'utf-8') {
      warn(file, `not valid UTF-8: read as ${declared.label}, the charset the page declares`);
      return declared.decoder.decode(bytes);
    }
    warn(file, 'not valid UTF-8: read as Windows-1252');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Text a tool saved as UTF-16 without a byte order mark (Windows' "Unicode", some exports): Latin text
 * is then every other byte NUL, the high bytes of its code units, on the odd bytes for little-endian
 * and the even ones for big-endian. Half of one side's bytes in the first 8 KB, and none of the other's,
 * say so (Vietnamese keeps most of its letters and every space under U+0100); a binary file has NULs on
 * both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // Latin text's first code unit has its NUL in the first two bytes; most seeds stop here.
  if (bytes[0] !== 0 && bytes[1] !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenNul++;
    if (sample[index + 1] === 0) oddNul++;
  }
  const units = sample.length / 2;
  if (oddNul >= 0.5 * units && evenNul === 0) return 'utf-16le';
  if (evenNul >= 0.5 * units && oddNul === 0) return 'utf-16be';
  return undefined;
}

/**
 * The text without the NUL bytes after it: a file written into a space reserved for it, or copied by a
 * tool that pads to a block, ends in zeros the text never held. Any other NUL still means binary.
 */
function withoutNulPadding(bytes: Uint8Array, file: SeedFile): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  if (end === bytes.length || end === 0) return bytes;
  warn(file, `${bytes.length - end} NUL bytes after the text: left out`);
  return bytes.subarray(0, end);
}

/** NUL bytes or many C0 control bytes in the first 8 KB mean an image, archive or other binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // An indexed loop: iterating the bytes cost 50 µs a seed on worker threads.
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index];
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}
