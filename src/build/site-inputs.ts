/**
 * One hash of everything that shapes the built site: the articles, the
 * registries, the code and configuration that turn them into pages, and the
 * settings read from the environment. When it equals the hash recorded after
 * the last build, and dist/ is as that build left it, building again would
 * write the same bytes, so the build script can stop there.
 *
 * Deliberately broad: any file under src/, scripts/ or public/ counts, even one
 * that cannot change a page (an ingest module, a test helper), because a missed
 * input would leave a stale site while an extra one only costs a rebuild.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PATHS, SEARCH_SHARD_ARTICLES, SITE } from '../config.ts';

/** Project files and folders that shape the site, relative to the project root. */
const CODE_INPUTS = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Bump when the build script changes what it writes in a way the inputs above do not show. */
const STAMP_VERSION = '1';

export function siteFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ STAMP_VERSION, node: process.version, SITE, SEARCH_SHARD_ARTICLES, outDir: resolve(PATHS.outDir), articles: resolve(PATHS.articles) }));
  // The pages the content loader reads (src/content.config.ts); not the ingest's manifest beside them.
  addTree(hash, resolve(PATHS.articles), 'articles', (file) => file.endsWith('.mdx'));
  for (const name of ['topics.yaml', 'entities.yaml', 'sources.yaml']) addFile(hash, join(PATHS.registries, name), `registries/${name}`);
  for (const input of CODE_INPUTS) addTree(hash, join(root, input), input);
  return hash.digest('hex');
}

/** A file or every file under a folder, each with its path so a rename counts; nothing if missing. */
function addTree(hash: Hash, path: string, label: string, keep: (file: string) => boolean = () => true): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) return addFile(hash, path, label);
  const files = readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(path.length + 1))
    .filter(keep)
    .sort();
  for (const file of files) addFile(hash, join(path, file), `${label}/${file}`);
}

function addFile(hash: Hash, path: string, label: string): void {
  hash.update(`\0${label}\0`);
  if (existsSync(path)) hash.update(readFileSync(path));
}
