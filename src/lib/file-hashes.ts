/**
 * Files' SHA-256 hashes remembered between runs by what `stat` says of each file, as git's
 * index remembers its work tree: a file whose size, inode and modification and change times are
 * as recorded is not read again. Two runs over 10,000 seeds and their pages read ~110 MB each
 * only to find them unchanged; with the record they stat them.
 *
 * A record is trusted only for files whose times are older than the record itself (its own
 * file's mtime when saved): a file rewritten within the same tick of the file system's clock as
 * it was recorded could keep its size and times ("racily clean" in git's terms), so such a file is
 * hashed again the next time. The change time (ctime) cannot be set back by `touch -d` or
 * `cp -p`, so an edit shows even when its mtime was forged. A missing or unreadable record is an
 * empty one: every file is read once more. Without a record's path, every file is read every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

/** What a record holds of a file: its stat, then its hash. */
type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

interface Saved {
  version: 1;
  files: Record<string, Entry>;
}

export interface FileHashes {
  /** The file's hash when the record knows its bytes without reading them, else undefined. */
  known(path: string): string | undefined;
  /** The file's hash: from the record, or read and hashed (and recorded). Undefined when there is no such file. */
  hash(path: string): string | undefined;
  /** Records the hash of bytes read from `path`, given the stat taken before reading them. */
  record(path: string, stats: Stats, hash: string): void;
  /** Writes the record (if it has a path), keeping only the files asked about in this run. */
  save(): void;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fileHashes(recordPath?: string): FileHashes {
  const { files, savedAt } = recordPath ? readRecord(recordPath) : { files: {}, savedAt: 0 };
  const seen: Record<string, Entry> = {};

  function record(path: string, stats: Stats, hash: string): void {
    seen[path] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, hash];
  }

  function known(path: string): string | undefined {
    const entry = files[path];
    if (!entry) return undefined;
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats || !sameStat(entry, stats) || Math.max(stats.mtimeMs, stats.ctimeMs) >= savedAt) return undefined;
    seen[path] = entry;
    return entry[4];
  }

  return {
    known,
    hash(path) {
      const remembered = known(path);
      if (remembered !== undefined) return remembered;
      // Stat before reading: a write after the stat leaves times the next run will not trust.
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats?.isFile()) return undefined;
      const hash = sha256(readFileSync(path));
      record(path, stats, hash);
      return hash;
    },
    record,
    save() {
      if (!recordPath) return;
      mkdirSync(dirname(recordPath), { recursive: true });
      writeFileSync(recordPath, JSON.stringify({ version: 1, files: seen } satisfies Saved));
    },
  };
}

function sameStat([size, mtimeMs, ctimeMs, ino]: Entry, stats: Stats): boolean {
  return size === stats.size && mtimeMs === stats.mtimeMs && ctimeMs === stats.ctimeMs && ino === stats.ino;
}

/** The saved entries and when they were saved, on the file system's clock (the record's own mtime). */
function readRecord(path: string): { files: Record<string, Entry>; savedAt: number } {
  if (!existsSync(path)) return { files: {}, savedAt: 0 };
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Saved;
    return saved.version === 1 && saved.files ? { files: saved.files, savedAt: statSync(path).mtimeMs } : { files: {}, savedAt: 0 };
  } catch {
    return { files: {}, savedAt: 0 };
  }
}
