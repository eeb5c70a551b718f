/**
 * The ingest's memory between runs, kept beside the articles it wrote
 * (content/articles/.ingest-manifest.json, committed with them). It makes
 * permalinks permanent — a seed keeps its slug forever, even after its seed
 * is deleted or title extraction improves — and lets unchanged seeds be skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './write.ts';

export interface ManifestEntry {
  slug: string;
  seedHash: string;
  /** Hash of the article text, to publish an article once when two seeds hold it. */
  textHash: string;
  /** Hash of the MDX file as ingest wrote it: any other hash means an editor changed it. */
  outputHash: string;
  /** Hash of the pipeline code and registries that wrote it: a change regenerates. */
  pipeline: string;
  /** Set when the seed is gone: its slug stays reserved so the URL is never reused. */
  removed?: boolean;
  /** Set when another seed holds the same article: it is not published on its own. */
  duplicateOf?: string;
}

export interface Manifest {
  version: 1;
  seeds: Record<string, ManifestEntry>;
}

export const MANIFEST_NAME = '.ingest-manifest.json';

/**
 * Beside the manifest, never committed (.gitignore): the seeds' and pages' hashes by their stat
 * on this machine (src/lib/file-hashes.ts), so a run reads only the files that changed.
 */
export const HASH_RECORD_NAME = '.ingest-file-hashes.json';

export function readManifest(articlesDir: string): Manifest {
  const path = join(articlesDir, MANIFEST_NAME);
  if (!existsSync(path)) return { version: 1, seeds: {} };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  return parsed.version === 1 && parsed.seeds ? parsed : { version: 1, seeds: {} };
}

export function writeManifest(articlesDir: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest.seeds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileAtomic(join(articlesDir, MANIFEST_NAME), `${JSON.stringify({ version: 1, seeds: sorted }, null, 2)}\n`);
}
