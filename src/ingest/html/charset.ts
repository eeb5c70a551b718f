/**
 * The charset a saved page declares near its start, as a browser's prescan finds it: `<meta charset="gbk">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, `<?xml … encoding="windows-1251"?>`.
 * A page saved as the site sent it keeps its own encoding; decode.ts and a web archive's page (mhtml.ts) read it so.
 */

/** How far into a page its charset is looked for: the HTML standard's prescan reads 1,024 bytes; pages put comments first. */
const CHARSET_PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The declared label and a decoder for it; undefined when none is declared or the platform decodes no such charset. */
export function declaredCharset(bytes: Uint8Array): { label: string; decoder: TextDecoder } | undefined {
  const head = latin1(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
  return label === undefined ? undefined : decoderFor(label);
}

/** A decoder for a charset label ("gb2312", "Shift_JIS", "utf-8"), or undefined for a label nobody knows. */
export function decoderFor(label: string): { label: string; decoder: TextDecoder } | undefined {
  try {
    return { label, decoder: new TextDecoder(label) };
  } catch {
    return undefined;
  }
}

/** Bytes as Latin-1 characters, one for one: ASCII structure readable, every byte kept. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
