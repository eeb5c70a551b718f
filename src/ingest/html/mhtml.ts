/**
 * A page saved as one file by Chromium's "Webpage, Single File" (or Internet Explorer's "Web Archive"):
 * MHTML (RFC 2557), a MIME multipart/related message whose first text/html part is the page as the
 * browser held it, quoted-printable or base64, followed by its images, styles and frames. The page is
 * taken out and read like any saved page; the rest of the archive is never decoded, and nothing in it
 * is run.
 */
import type { SeedFile } from '../types.ts';
import { declaredCharset, decoderFor, latin1 } from './charset.ts';

const HEADER_LINE = /^[A-Za-z][\w-]*:/;
/** How far into the file its top headers end. */
const HEADER_BYTES = 8192;

/**
 * The file is an MHTML archive, by the MIME headers it opens with, whatever its name: a page saved
 * as HTML but named ".mht" is read as the page it is, and a text named ".txt" that is an archive as one.
 */
export function isMhtmlSeed(bytes: Uint8Array): boolean {
  // A MIME message opens on a header ("From: <Saved by Blink>", "MIME-Version: 1.0"): most seeds are ruled out on their first bytes.
  if (!HEADER_LINE.test(latin1(bytes.subarray(0, 80)))) return false;
  const head = latin1(bytes.subarray(0, HEADER_BYTES));
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related\b/im.test(head);
}

/** The archived page's HTML, decoded to text; fails the seed, saying why, when the archive holds none. */
export function htmlOfMhtml(bytes: Uint8Array, file: SeedFile): string {
  // Bytes as Latin-1 characters, one for one: the structure is ASCII, and a part's bytes come back intact.
  const archive = latin1(bytes);
  const top = readPart(archive, 0);
  const boundary = parameter(top.headers.get('content-type') ?? '', 'boundary');
  if (!boundary) return file.fail('not a web archive: no multipart boundary in its MIME headers');
  const location = top.headers.get('snapshot-content-location');
  const pages = parts(archive, boundary, top.bodyStart).filter((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  // The page itself, not one of its frames: the part at the snapshot's address, else the first.
  const page = pages.find((part) => location !== undefined && part.headers.get('content-location') === location) ?? pages[0];
  if (!page) return file.fail('web archive holds no HTML page');
  const content = contentBytes(archive.slice(page.bodyStart, page.bodyEnd), page.headers.get('content-transfer-encoding'));
  // The part's charset, else the one the page declares, else UTF-8.
  const partCharset = parameter(page.headers.get('content-type') ?? '', 'charset');
  const decoder = (partCharset === undefined ? undefined : decoderFor(partCharset)) ?? declaredCharset(content);
  return (decoder?.decoder ?? new TextDecoder('utf-8')).decode(content);
}

interface Part {
  headers: Map<string, string>;
  bodyStart: number;
  bodyEnd: number;
}

/** The headers from `start` to the first blank line (folded lines unfolded, names in lower case), and where the body starts. */
function readPart(text: string, start: number, end = text.length): Part {
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = start;
  const found = blank.exec(text);
  const headerEnd = found && found.index < end ? found.index : end;
  const headers = new Map<string, string>();
  for (const line of text.slice(start, headerEnd).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, bodyStart: found && found.index < end ? found.index + found[0].length : end, bodyEnd: end };
}

/** The body parts between the boundary's delimiter lines, from `start` (after the top headers, which name the boundary). */
function parts(text: string, boundary: string, start: number): Part[] {
  const delimiter = `--${boundary}`;
  const found: Part[] = [];
  let at = text.indexOf(delimiter, start);
  while (at >= 0) {
    const lineEnd = text.indexOf('\n', at);
    // The closing delimiter ("--boundary--") ends the archive.
    if (lineEnd < 0 || text.startsWith('--', at + delimiter.length)) break;
    const next = text.indexOf(`\n${delimiter}`, lineEnd);
    const end = next < 0 ? text.length : text[next - 1] === '\r' ? next - 1 : next;
    found.push(readPart(text, lineEnd + 1, end));
    at = next < 0 ? -1 : next + 1;
  }
  return found;
}

/** A parameter of a header value: `boundary` of `multipart/related; boundary="----Boundary--x"`. */
function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

function contentBytes(body: string, encoding = '7bit'): Uint8Array {
  const kind = encoding.toLowerCase();
  if (kind === 'base64') return Buffer.from(body, 'base64');
  if (kind === 'quoted-printable') return quotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** RFC 2045 §6.7: "=" at a line's end joins it to the next; "=XX" is the byte XX. */
function quotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes = new Uint8Array(joined.length);
  let length = 0;
  for (let at = 0; at < joined.length; at++) {
    const hex = joined.charCodeAt(at) === 61 ? joined.slice(at + 1, at + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      at += 2;
    } else bytes[length++] = joined.charCodeAt(at) & 0xff;
  }
  return bytes.subarray(0, length);
}
