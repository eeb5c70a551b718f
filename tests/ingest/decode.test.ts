import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { decodeSeed } from '../../src/ingest/decode.ts';

const decode = (bytes: Uint8Array) => decodeSeed(bytes, new VFile({ path: 'seed.txt' }));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it('drops a UTF-8 BOM and turns CRLF into LF', () => {
    expect(decode(utf8('\uFEFFTitle\r\n\r\nBody.\r\n'))).toBe('Title\n\nBody.\n');
  });

  it('decodes HTML character references closed by a semicolon, and leaves "AT&T" alone', () => {
    expect(decode(utf8('Venice: here&#8217;s a &euro;10 fee &amp; more&nbsp;&bull; AT&T, R&D, &lt;b&gt;'))).toBe('Venice: here’s a €10 fee & more • AT&T, R&D, <b>');
  });

  it('recomposes NFD Vietnamese into NFC', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(nfd).not.toBe('Hà Nội');
    expect(decode(utf8(nfd))).toBe('Hà Nội');
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const text = 'Tô Lâm met reporters.';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decode(le)).toBe(text);
    expect(decode(be)).toBe(text);
  });

  it('reads UTF-16 without a BOM by where its NUL bytes fall, and says so', () => {
    const text = 'Thủ tướng Phạm Minh Chính met reporters in Hà Nội on Monday.';
    for (const [label, bytes] of [['UTF-16LE', Buffer.from(text, 'utf16le')], ['UTF-16BE', Buffer.from(text, 'utf16le').swap16()]] as const) {
      const file = new VFile({ path: 'export.txt' });
      expect(decodeSeed(new Uint8Array(bytes), file)).toBe(text);
      expect(file.messages.map((message) => message.reason)).toEqual([`no byte order mark: read as ${label}, as its bytes are laid out`]);
    }
  });

  it('leaves out NUL bytes padding the end of a text, and says so', () => {
    const file = new VFile({ path: 'padded.txt' });
    expect(decodeSeed(new Uint8Array([...utf8('Ferry resumes\n\nFerries sailed again.\n'), 0, 0, 0, 0]), file)).toBe('Ferry resumes\n\nFerries sailed again.\n');
    expect(file.messages.map((message) => message.reason)).toEqual(['4 NUL bytes after the text: left out']);
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const file = new VFile({ path: 'latin.txt' });
    expect(decodeSeed(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), file)).toBe('Café “ok”');
    expect(file.messages.map((message) => message.reason)).toEqual(['not valid UTF-8: read as Windows-1252']);
  });

  describe('a saved page in the charset it declares', () => {
    const page = (head: string, title: number[]) => new Uint8Array([...utf8(`${head}<title>`), ...title, ...utf8('</title></head><body></body></html>')]);
    const read = (bytes: Uint8Array) => {
      const file = new VFile({ path: 'page.html' });
      const text = decodeSeed(bytes, file);
      return { title: /<title>(.*)<\/title>/.exec(text)?.[1], messages: file.messages.map((message) => message.reason) };
    };

    it.each([
      ['Windows-1251 (http-equiv)', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', [0xcf, 0xe0, 0xf0, 0xee, 0xec], 'Паром', 'windows-1251'],
      ['GBK (meta charset)', '<!DOCTYPE html><html><head><meta charset="gbk">', [0xb6, 0xc9, 0xc2, 0xd6], '渡轮', 'gbk'],
      ['Shift_JIS (after a comment)', '<!-- saved from url=(0040)https://example.jp/ --><html><head><meta http-equiv="content-type" content="text/html;charset=Shift_JIS">', [0x83, 0x74, 0x83, 0x46, 0x83, 0x8a, 0x81, 0x5b], 'フェリー', 'Shift_JIS'],
      ['an XML declaration', '<?xml version="1.0" encoding="windows-1251"?><html><head>', [0xcf, 0xe0, 0xf0, 0xee, 0xec], 'Паром', 'windows-1251'],
    ])('reads %s', (_, head, title, expected, label) => {
      expect(read(page(head, title))).toEqual({ title: expected, messages: [`not valid UTF-8: read as ${label}, the charset the page declares`] });
    });

    it('falls back on Windows-1252 when the page declares UTF-8 or a charset nobody knows', () => {
      for (const head of ['<html><head><meta charset="utf-8">', '<html><head><meta charset="x-unknown-charset">']) {
        expect(read(page(head, [0x43, 0x61, 0x66, 0xe9]))).toEqual({ title: 'Café', messages: ['not valid UTF-8: read as Windows-1252'] });
      }
    });
  });

  it('reads a gzipped seed as the text or page it holds, and refuses a corrupt one or one inflating past any page', () => {
    const page = '<!DOCTYPE html><html><head><title>Ferry resumes</title></head><body><p>Ferries sailed again.</p></body></html>';
    expect(decodeSeed(gzipSync(utf8(page)), new VFile({ path: 'page.html.gz' }))).toBe(page);
    expect(decode(gzipSync(utf8('Ferry resumes\n\nFerries sailed &amp; docked.')))).toBe('Ferry resumes\n\nFerries sailed & docked.');
    expect(() => decode(new Uint8Array([0x1f, 0x8b, 0x08, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65]))).toThrow('gzipped file is corrupt: not read');
    expect(() => decode(gzipSync(new Uint8Array(65 * 1024 * 1024)))).toThrow('gzipped file inflates past 64 MB: not read');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['whitespace only', utf8(' \n\t\r\n '), 'no text: the file holds only whitespace'],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'not text: the file holds binary data'],
    ['NUL bytes inside the text', new Uint8Array([...utf8('Ferry resumes'), 0, 0, ...utf8(' and sails.')]), 'not text: the file holds binary data'],
    ['NUL bytes alone', new Uint8Array(64), 'not text: the file holds binary data'],
  ])('rejects %s', (_, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(reason);
  });
});
