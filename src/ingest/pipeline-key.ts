/**
 * A fingerprint of everything that shapes ingest output besides the seed: the
 * pipeline's code and the data it reads (the trained models, the entity tagger's
 * lists of names), the versions of the libraries that read saved pages, and the
 * registries. When it changes, every seed is regenerated (hand-edited pages still
 * are not overwritten).
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
      // Code and the data it reads: the models' weights (JSON), the entity tagger's model and lists of names.
      if (name.endsWith('.ts') || name.endsWith('.json')) parts.push(name, readFileSync(join(dir, name), 'utf8'));
      else if (name.endsWith('entity-model.bin') || name.endsWith('entity-lists.txt')) parts.push(name, readFileSync(join(dir, name)).toString('base64'));
    }
  }
  for (const name of LIBRARIES) parts.push(name, (require(`${name}/package.json`) as { version: string }).version);
  for (const name of REGISTRY_FILES) parts.push(name, readFileSync(join(registriesDir, name), 'utf8'));
  return sha256(parts.join('\0')).slice(0, 16);
}
