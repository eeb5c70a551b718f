/**
 * A fingerprint of everything that shapes ingest output besides the seed: the
 * pipeline's code, the versions of the libraries that read saved pages, and the
 * registries. When it changes, every seed is regenerated (hand-edited pages
 * still are not overwritten).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256 } from './read.ts';

const CODE_DIRS = ['ingest', 'schema', 'lib'].map((dir) => join(import.meta.dirname, '..', dir));
const REGISTRY_FILES = ['sources.yaml', 'topics.yaml', 'entities.yaml'];
/** Libraries whose output becomes articles: a new Readability may find a page's article elsewhere. */
const LIBRARIES = ['@mozilla/readability', 'linkedom'];
const require = createRequire(import.meta.url);

export function pipelineKey(registriesDir: string): string {
  const parts: string[] = [];
  for (const dir of CODE_DIRS) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      // Code and the data it imports (the topic model's weights).
      if (name.endsWith('.ts') || name.endsWith('.json')) parts.push(name, readFileSync(join(dir, name), 'utf8'));
    }
  }
  for (const name of LIBRARIES) parts.push(name, (require(`${name}/package.json`) as { version: string }).version);
  for (const name of REGISTRY_FILES) parts.push(name, readFileSync(join(registriesDir, name), 'utf8'));
  return sha256(parts.join('\0')).slice(0, 16);
}
