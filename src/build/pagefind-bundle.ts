/**
 * Which files of a Pagefind bundle (one search shard's folder) the current index refers to.
 *
 * Pagefind names its fragments, index chunks and filter files by content hash and does not
 * write one that already exists (pagefind/src/output/mod.rs, WriteBehavior::Immutable), so a
 * shard indexed again over its old folder writes only what changed, and the files of pages that
 * changed or went away stay behind. The live ones are those the index metadata
 * (`pagefind.<language hash>.pf_meta`, gzipped CBOR, named in pagefind-entry.json) lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind prefixes every compressed file's content with this marker. */
const MARKER = 'pagefind_dcd';
/** Folders of content-named files, and the extension of each. */
const HASHED_FOLDERS = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;

/** Whether a path inside a bundle folder is one of Pagefind's content-named files (see liveBundleFiles). */
export function isContentNamed(path: string): boolean {
  return /^(fragment|index|filter)\//.test(path) || /^pagefind\.[^/]+\.pf_meta$/.test(path);
}

/**
 * Paths (relative to the bundle folder) of the content-named files the index uses, with each
 * language's metadata file; undefined when the bundle has no readable entry file.
 */
export function liveBundleFiles(bundleDir: string): Set<string> | undefined {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return undefined;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { hash: string }> };
  const live = new Set<string>();
  for (const { hash } of Object.values(entry.languages ?? {})) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    live.add(metaFile);
    const bytes = gunzipSync(readFileSync(join(bundleDir, metaFile)));
    if (bytes.subarray(0, MARKER.length).toString('latin1') !== MARKER) throw new Error(`${metaFile}: not a Pagefind metadata file`);
    // Every file the metadata names appears in it as a text string "<language>_<hex hash>".
    for (const text of cborTexts(bytes.subarray(MARKER.length))) {
      if (!/_[0-9a-f]{7,}$/.test(text)) continue;
      for (const [folder, extension] of Object.entries(HASHED_FOLDERS)) live.add(`${folder}/${text}${extension}`);
    }
  }
  return live;
}

/** Every text string in one CBOR item (RFC 8949), depth first; enough of CBOR for Pagefind's metadata. */
export function cborTexts(bytes: Uint8Array): string[] {
  const texts: string[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    if (info > 27) throw new Error(`CBOR: unsupported length encoding ${info} at ${at}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++];
    return value;
  };
  const item = (): void => {
    if (at >= bytes.length) throw new Error('CBOR: truncated');
    const initial = bytes[at++];
    const major = initial >> 5;
    const info = initial & 31;
    if (info === 31) throw new Error('CBOR: indefinite lengths are not supported');
    const count = length(info);
    switch (major) {
      case 0: // unsigned integer
      case 1: // negative integer
      case 7: // simple value or float: its bytes were consumed as the "length"
        return;
      case 2: // byte string
        at += count;
        return;
      case 3: // text string
        texts.push(decoder.decode(bytes.subarray(at, at + count)));
        at += count;
        return;
      case 4: // array
        for (let i = 0; i < count; i++) item();
        return;
      case 5: // map
        for (let i = 0; i < 2 * count; i++) item();
        return;
      case 6: // tag, then the tagged item
        item();
        return;
    }
  };
  item();
  return texts;
}
