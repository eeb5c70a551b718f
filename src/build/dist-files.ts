/**
 * dist/ as the incremental build leaves it in place between builds.
 *
 * Astro normally empties outDir before building, then writes every page again: at 10,000
 * articles that deletes and recreates ~10,000 folders and 270 MB each time (4-20 s of file
 * system work on the bench machine). The build script instead keeps dist/, lets Astro's
 * incremental build skip the pages whose cache key did not change, and afterwards removes what
 * this build did not produce. A file counts as produced when it was written during this build
 * (its mtime is not older than a marker file made at the start) or it is a page Astro kept
 * from the last build (listed in Astro's incremental manifest).
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` with its size and modification time, by path relative to `dir`. */
export type DistListing = Record<string, [size: number, mtimeMs: number]>;

/**
 * Every file under `dir`, but those of its top-level folder `skip` if given (the search index,
 * listed on its own after Pagefind: at 10,000 articles 10,437 of dist/'s 26,176 files).
 */
export function listDist(dir: string, { skip }: { skip?: string } = {}): DistListing {
  const listing: DistListing = {};
  if (!existsSync(dir)) return listing;
  const add = (path: string) => {
    const stats = statSync(path);
    listing[relative(dir, path)] = [stats.size, stats.mtimeMs];
  };
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, top.name);
    if (top.isFile()) add(path);
    if (!top.isDirectory() || top.name === skip) continue;
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) add(join(entry.parentPath, entry.name));
  }
  return listing;
}

export function sameListing(a: DistListing, b: DistListing): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => b[name] !== undefined && b[name][0] === a[name][0] && b[name][1] === a[name][1]);
}

/**
 * The file system's notion of "now": a file written after this returns has an mtime not older
 * than the marker's. (File times come from the kernel's coarse clock, which can lag the process
 * clock by a few milliseconds, so Date.now() would not do.)
 */
export function writeMarker(path: string): number {
  writeFileSync(path, '');
  return statSync(path).mtimeMs;
}

/**
 * Deletes every file of `listing` (the listing of `dir`) older than `since` that `keep` (given its
 * path relative to `dir`) does not keep, drops it from the listing, then removes the folders this
 * leaves empty. Returns how many files it removed.
 */
export function removeStaleFiles(dir: string, listing: DistListing, since: number, keep: (path: string) => boolean): number {
  let removed = 0;
  for (const [path, [, mtimeMs]] of Object.entries(listing)) {
    if (mtimeMs >= since || keep(path)) continue;
    rmSync(join(dir, path));
    delete listing[path];
    removed++;
  }
  if (removed > 0) removeEmptyFolders(dir);
  return removed;
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) rmSync(join(dir, entry.name), { recursive: true });
    else empty = false;
  }
  return empty;
}
