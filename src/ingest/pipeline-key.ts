/**
 * A fingerprint of everything that shapes ingest output besides the seed: the
 * pipeline's code, the entity tagger's model and lists, and the registries.
 * When it changes, every seed is regenerated (hand-edited pages still are not
 * overwritten).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './read.ts';

const CODE_DIRS = ['ingest', 'schema', 'lib'].map((dir) => join(import.meta.dirname, '..', dir));
const REGISTRY_FILES = ['sources.yaml', 'topics.yaml', 'entities.yaml'];

export function pipelineKey(registriesDir: string): string {
  const parts: string[] = [];
  for (const dir of CODE_DIRS) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts')) parts.push(name, readFileSync(join(dir, name), 'utf8'));
      // The entity tagger's model and lists of names shape output as much as code does.
      else if (name.endsWith('entity-model.bin') || name.endsWith('entity-lists.txt')) parts.push(name, readFileSync(join(dir, name)).toString('base64'));
    }
  }
  for (const name of REGISTRY_FILES) parts.push(name, readFileSync(join(registriesDir, name), 'utf8'));
  return sha256(parts.join('\0')).slice(0, 16);
}
