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
 *
 * Each file counts by its hash, remembered by its stat in `hashRecord` when given
 * (src/lib/file-hashes.ts): at 10,000 articles the check stats ~110 MB of MDX
 * rather than reading it every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PATHS, SEARCH_SHARD_ARTICLES, SITE } from '../config.ts';
import { fileHashes } from '../lib/file-hashes.ts';

/** Project files and folders that shape the site, relative to the project root. */
const CODE_INPUTS = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Bump when the build script changes what it writes in a way the inputs above do not show. */
const STAMP_VERSION = '1';

export function siteFingerprint(root = process.cwd(), hashRecord?: string): string {
  const files = fileHashes(hashRecord);
  const hash = createHash('sha256');
  const add = (path: string, label: string, keep?: (file: string) => boolean) => {
    for (const [file, fileLabel] of filesUnder(path, label, keep)) hash.update(`\0${fileLabel}\0${files.hash(file) ?? ''}`);
  };
  hash.update(JSON.stringify({ STAMP_VERSION, node: process.version, SITE, SEARCH_SHARD_ARTICLES, outDir: resolve(PATHS.outDir), articles: resolve(PATHS.articles) }));
  // The pages the content loader reads (src/content.config.ts); not the ingest's manifest beside them.
  add(resolve(PATHS.articles), 'articles', (file) => file.endsWith('.mdx'));
  for (const name of ['topics.yaml', 'entities.yaml', 'sources.yaml']) add(join(PATHS.registries, name), `registries/${name}`);
  for (const input of CODE_INPUTS) add(join(root, input), input);
  files.save();
  return hash.digest('hex');
}

/** A file or every file under a folder, as [path, label], each labelled with its path so a rename counts; none if missing. */
function filesUnder(path: string, label: string, keep: (file: string) => boolean = () => true): Array<[string, string]> {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [[path, label]];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(path.length + 1))
    .filter(keep)
    .sort()
    .map((file): [string, string] => [join(path, file), `${label}/${file}`]);
}
