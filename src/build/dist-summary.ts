/** Counts what a build left in dist/: HTML pages and total bytes. */
import { listDist, type DistListing } from './dist-files.ts';

export function summarizeDist(distDir: string): { pages: number; bytes: number } {
  return summarizeListing(listDist(distDir));
}

/** The same count from a listing already made, so a build walks dist/ once. */
export function summarizeListing(listing: DistListing): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const [name, [size]] of Object.entries(listing)) {
    bytes += size;
    if (name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}
