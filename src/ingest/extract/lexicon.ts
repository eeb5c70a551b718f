/**
 * compromise's lexicon: ~24,600 English words and names with their tags, which
 * entity-words.ts reads without running compromise's tagger. Building it means
 * loading compromise, which unpacks and conjugates its word lists: ~210 ms of
 * CPU in every thread that ingests. So the built record is kept in
 * node_modules/.cache/digest, named by a hash of compromise's package.json, and
 * read back in ~10 ms. Without a writable cache it is simply built each time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

export type Tag = string | string[] | undefined;
/** A plain record, word → tag or tags, as compromise keeps it. */
export type Lexicon = Record<string, Tag>;

export function loadLexicon(): Lexicon {
  const cache = cachePath();
  if (cache) {
    try {
      return JSON.parse(readFileSync(cache, 'utf8')) as Lexicon;
    } catch {
      // Not built yet (or unreadable): build it below.
    }
  }
  // The very module `import 'compromise'` loads, required (Node requires ES modules): loading stays
  // synchronous, so modules importing this one need no top-level await, which a worker thread cannot
  // survive being terminated in (Node 24 aborts).
  const { default: nlp } = createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('compromise'))) as typeof import('compromise');
  // compromise types its world as `object`; the lexicon is a plain word → tag(s) record.
  const lexicon = (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  if (cache) save(cache, JSON.stringify(lexicon));
  return lexicon;
}

/** node_modules/.cache/digest/compromise-lexicon-<hash of compromise's package.json>.json, if compromise is in a node_modules. */
function cachePath(): string | undefined {
  try {
    const entry = fileURLToPath(import.meta.resolve('compromise'));
    const at = entry.lastIndexOf(`${join('/', 'node_modules', 'compromise')}/`);
    if (at < 0) return undefined;
    const nodeModules = entry.slice(0, at + '/node_modules'.length);
    const manifest = readFileSync(join(nodeModules, 'compromise', 'package.json'));
    const version = createHash('sha256').update(manifest).digest('hex').slice(0, 16);
    return join(nodeModules, '.cache', 'digest', `compromise-lexicon-${version}.json`);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place: threads building it at once never read half a file. */
function save(path: string, text: string): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch {
    // A read-only node_modules: the next run builds it again.
  }
}
