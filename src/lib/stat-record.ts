/**
 * Values derived from files' bytes, remembered between runs by what `stat` says of each file, as
 * git's index remembers its work tree: a file whose size, inode and modification and change times
 * are as recorded is not read again, and the value its bytes gave last time stands.
 *
 * A record is trusted only for files whose times are older than the record itself (its own
 * file's mtime when saved): a file rewritten within the same tick of the file system's clock as
 * it was recorded could keep its size and times ("racily clean" in git's terms), so such a file is
 * read again the next time. The change time (ctime) cannot be set back by `touch -d` or `cp -p`,
 * so an edit shows even when its mtime was forged. A missing or unreadable record, or one made
 * under another `salt` (what the values also depend on: a code version, a setting), is an empty
 * one: every file is read once more. Without a record's path, every file is read every time.
 *
 * Used for the ingest's seeds and pages and the site's inputs (file-hashes.ts, the values their
 * SHA-256) and for the content loader's pages (the values Astro's digests).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

/** What a record holds of a file: its stat, then the value. */
type Entry<V> = [size: number, mtimeMs: number, ctimeMs: number, ino: number, value: V];

interface Saved<V> {
  version: 1;
  salt?: string;
  files: Record<string, Entry<V>>;
}

export interface StatRecord<V> {
  /** The file's value when the record knows its bytes without reading them, else undefined. */
  known(path: string): V | undefined;
  /** Records the value of bytes read from `path`, given the stat taken before reading them. */
  record(path: string, stats: Stats, value: V): void;
  /** Writes the record (if it has a path), keeping only the files asked about or recorded in this run. */
  save(): void;
}

export function statRecord<V extends string | number>(recordPath?: string, { salt }: { salt?: string } = {}): StatRecord<V> {
  const { files, savedAt } = recordPath ? readRecord<V>(recordPath, salt) : { files: {}, savedAt: 0 };
  const seen: Record<string, Entry<V>> = {};
  return {
    known(path) {
      const entry = files[path];
      if (!entry) return undefined;
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats || !sameStat(entry, stats) || Math.max(stats.mtimeMs, stats.ctimeMs) >= savedAt) return undefined;
      seen[path] = entry;
      return entry[4];
    },
    record(path, stats, value) {
      seen[path] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, value];
    },
    save() {
      if (!recordPath) return;
      mkdirSync(dirname(recordPath), { recursive: true });
      writeFileSync(recordPath, JSON.stringify({ version: 1, salt, files: seen } satisfies Saved<V>));
    },
  };
}

function sameStat([size, mtimeMs, ctimeMs, ino]: Entry<unknown>, stats: Stats): boolean {
  return size === stats.size && mtimeMs === stats.mtimeMs && ctimeMs === stats.ctimeMs && ino === stats.ino;
}

/** The saved entries and when they were saved, on the file system's clock (the record's own mtime). */
function readRecord<V>(path: string, salt: string | undefined): { files: Record<string, Entry<V>>; savedAt: number } {
  if (!existsSync(path)) return { files: {}, savedAt: 0 };
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Saved<V>;
    return saved.version === 1 && saved.files && saved.salt === salt ? { files: saved.files, savedAt: statSync(path).mtimeMs } : { files: {}, savedAt: 0 };
  } catch {
    return { files: {}, savedAt: 0 };
  }
}
