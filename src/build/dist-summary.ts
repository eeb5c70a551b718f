/** Counts what a build left in dist/: HTML pages and total bytes. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function summarizeDist(distDir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const name of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(distDir, name));
    if (!stats.isFile()) continue;
    bytes += stats.size;
    if (name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}
