/**
 * Pages saved as one file, "Webpage, Single File" (MHTML, RFC 2557): the archive's page is read like
 * any saved page. The archives here are written as Chromium writes them (MIME headers, a boundary of
 * dashes, quoted-printable HTML with CRLF line ends, then the page's resources); a browser test
 * (tests/e2e/mhtml.test.ts) ingests one Chromium itself made.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { htmlOfMhtml, isMhtmlSeed } from '../../src/ingest/html/mhtml.ts';
import { createExtractors, prepareSeed } from '../../src/ingest/index.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { loadRegistries } from '../../src/lib/registries.ts';

const BOUNDARY = '----MultipartBoundary--Xq3yHkTm7v9PzR2eWcLdNbAs4uJ1oGiF5hYxK8Q----';
const LOCATION = 'https://news.example.com/2025/05/08/metro-line-two-opens';

/** RFC 2045's quoted-printable, as Chromium writes it: "=XX" for "=" and every byte outside ASCII, lines of at most 76 with "=" at the break. */
function quotedPrintable(text: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    encoded += byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x0a) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : char;
  }
  return encoded
    .split('\n')
    .map((line) => line.match(/.{1,75}/g)?.join('=\r\n') ?? '')
    .join('\r\n');
}

interface ArchivePart {
  type: string;
  location: string;
  encoding: 'quoted-printable' | 'base64';
  content: string;
}

function archive(parts: ArchivePart[], { snapshot = LOCATION } = {}): string {
  const head = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${snapshot}`,
    'Subject: =?utf-8?Q?Metro=20line=20two=20opens?=',
    'Date: Thu, 08 May 2025 03:00:00 GMT',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
  ];
  const body = parts.flatMap((part) => [
    `--${BOUNDARY}`,
    `Content-Type: ${part.type}`,
    `Content-Transfer-Encoding: ${part.encoding}`,
    `Content-Location: ${part.location}`,
    '',
    part.encoding === 'base64' ? Buffer.from(part.content, 'latin1').toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(part.content),
  ]);
  return [...head, ...body, `--${BOUNDARY}--`, ''].join('\r\n');
}

const PAGE = `<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Metro line two opens in Hà Nội | Example News</title>
<meta property="og:title" content="Metro line two opens in Hà Nội"><meta property="article:published_time" content="2025-05-08T09:15:00+07:00"></head>
<body><header><a href="/">Example News</a></header><main><article><h1>Metro line two opens in Hà Nội</h1>
<p>HÀ NỘI — The city opened its second metro line on Thursday after a decade of building, the transport department said.</p>
<p>The line runs 12.5 kilometres from Nhổn to the railway station, and its trains come every six minutes at peak hours.</p>
<p>Tickets cost between 8,000 and 15,000 đồng; a monthly pass is half price for students and workers, the operator said.</p>
</article></main><footer><p>© 2025 Example News</p></footer></body></html>`;

const STYLE: ArchivePart = { type: 'text/css', location: 'https://news.example.com/site.css', encoding: 'quoted-printable', content: 'body { font-family: serif; }\n' };
const IMAGE: ArchivePart = { type: 'image/png', location: 'https://news.example.com/logo.png', encoding: 'base64', content: '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' };
const pagePart = (content = PAGE, location = LOCATION): ArchivePart => ({ type: 'text/html', location, encoding: 'quoted-printable', content });

const fail = (reason: string): never => {
  throw new Error(reason);
};
const file = { fail } as unknown as VFile & { fail: typeof fail };
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('a web archive (MHTML)', () => {
  it('is known by the MIME headers it opens with, whatever its name', () => {
    expect(isMhtmlSeed(bytes(archive([pagePart()])))).toBe(true);
    expect(isMhtmlSeed(new TextEncoder().encode(PAGE))).toBe(false);
    expect(isMhtmlSeed(new TextEncoder().encode('MIME-Version is a header of e-mail.\nContent-Type: text/plain\n'))).toBe(false);
    expect(isMhtmlSeed(new TextEncoder().encode('From: the editors\nMIME-Version: 1.0\nContent-Type: text/plain\n\nA letter.'))).toBe(false);
  });

  it('is read as what it is when named as one and it is not: a page, or a text', () => {
    const extractors = createExtractors(loadRegistries('content'));
    const page = new TextEncoder().encode(PAGE);
    const asArchive = prepareSeed({ name: 'story.mht', bytes: page, hash: sha256(page) }, extractors);
    expect(asArchive.ok && asArchive.title).toBe('Metro line two opens in Hà Nội');
  });

  it('gives its page’s HTML, quoted-printable undone and read as UTF-8, and nothing of the resources after it', () => {
    const html = htmlOfMhtml(bytes(archive([pagePart(), STYLE, IMAGE])), file);
    expect(html.replaceAll('\r\n', '\n')).toBe(PAGE);
  });

  it('reads a page in base64 and in the charset its part declares', () => {
    const latin = Buffer.from('<html><body><p>Café in Hà Noi</p></body></html>'.replace('à', 'a'), 'latin1').toString('latin1');
    const part: ArchivePart = { type: 'text/html; charset="windows-1252"', location: LOCATION, encoding: 'base64', content: latin };
    expect(htmlOfMhtml(bytes(archive([part])), file)).toBe('<html><body><p>Café in Ha Noi</p></body></html>');
  });

  it('takes the page at the snapshot’s address over a frame saved before it', () => {
    const frame = pagePart('<html><body><p>An advertisement frame</p></body></html>', 'https://ads.example.net/frame');
    expect(htmlOfMhtml(bytes(archive([frame, pagePart()])), file)).toContain('Metro line two opens');
  });

  it('fails with the reason when it holds no page', () => {
    expect(() => htmlOfMhtml(bytes(archive([STYLE, IMAGE])), file)).toThrow('web archive holds no HTML page');
    expect(() => htmlOfMhtml(bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nbody'), file)).toThrow('no multipart boundary');
  });

  it('is ingested as the page it holds: the same fields and body as the page saved as HTML', () => {
    const extractors = createExtractors(loadRegistries('content'));
    const prepare = (name: string, content: Uint8Array) => prepareSeed({ name, bytes: content, hash: sha256(content) }, extractors);
    const asHtml = prepare('story.html', new TextEncoder().encode(PAGE));
    const asArchive = prepare('story.mhtml', bytes(archive([pagePart(), STYLE, IMAGE])));
    if (!asHtml.ok || !asArchive.ok) throw new Error('not ingested');
    expect(asArchive.title).toBe('Metro line two opens in Hà Nội');
    expect(asArchive.page.tail.replace(/seed: .*\n|seedHash: .*\n/g, '')).toBe(asHtml.page.tail.replace(/seed: .*\n|seedHash: .*\n/g, ''));
    expect(asArchive.page.tail).toContain('date: "2025-05-08"');
    // Decoded, the archive is the page: the text stage never sees its MIME parts.
    expect(decodeSeed(bytes(archive([pagePart(), STYLE])), new VFile({ path: 'story.mhtml' }) as never)).not.toMatch(/MultipartBoundary|font-family/);
  });
});
