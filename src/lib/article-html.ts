/**
 * The rendered body of each plain article, and its `mentions`, kept beside Astro's content store
 * rather than in it.
 *
 * The content loader (./plain-mdx-loader.ts) renders a page's Markdown once, when the page's bytes
 * change, and writes the HTML to `<folder>/<digest>.html`; the article page reads it back by the
 * entry's digest. In the store, the HTML would be compiled into the page bundle as part of one
 * string and held in memory twice (the sync's copy and the pages'): at 10,000 articles it was 34
 * of the store's 56 MB, and at 100,000 the store would pass the longest string V8 can hold
 * (~536 million characters) and the build would fail.
 *
 * Each entry's `mentions` (every entity it names, with its spellings and the sentence naming it)
 * are kept the same way, in `<mentions folder>/<digest>.json`, and put back into the entry's data
 * when the pages load the collection (src/site/articles.ts). They were 12 of the store's 19 MB at
 * 10,000 articles, and Astro holds the store's text twice during the pages' generation (the page
 * bundle's source and the string literal in it, two bytes a character as soon as one name has an
 * accent), beside the entries parsed from it and the sync's own copy of every entry.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroCacheDir } from '../build/astro-cache-dir.ts';

/** The content loader's own cache: in Astro's cache folder, which follows the articles folder. */
export function loaderCacheFolder(): string {
  return resolve(astroCacheDir(), 'digest-articles');
}

/** The folder of this build's rendered bodies. */
export function articleHtmlFolder(): string {
  return join(loaderCacheFolder(), 'html');
}

/** The folder of this build's entries' `mentions`. */
export function articleMentionsFolder(): string {
  return join(loaderCacheFolder(), 'mentions');
}

/** The `mentions` of the entry with this digest, as the loader wrote them; throws naming the entry when it left none. */
export function readArticleMentions(digest: string | number | undefined, id: string, folder = articleMentionsFolder()): unknown {
  return JSON.parse(readEntryFile(folder, digest, '.json', id, 'mentions', 'writes them'));
}

/** The rendered body of the entry with this digest; throws naming the entry when the loader left none. */
export function readArticleHtml(digest: string | number | undefined, id: string, folder = articleHtmlFolder()): string {
  return readEntryFile(folder, digest, '.html', id, 'rendered body', 'renders it');
}

/** The file the loader wrote for the entry with this digest in `folder`; throws naming the entry and what it lacks. */
function readEntryFile(folder: string, digest: string | number | undefined, extension: string, id: string, what: string, loaderDoes: string): string {
  if (digest === undefined) throw new Error(`article ${id} has no digest: cannot find its ${what}`);
  try {
    return readFileSync(join(folder, `${digest}${extension}`), 'utf8');
  } catch {
    throw new Error(`article ${id}: no ${what} in ${folder} (the content loader ${loaderDoes} when it syncs)`);
  }
}

/** A folder of one file per entry (its rendered body, its mentions), as one sync of the loader sees it. */
export class EntryFiles {
  readonly folder: string;
  readonly #extension: string;
  #present: Set<string>;
  #live = new Set<string>();

  constructor(folder: string, extension: string) {
    this.folder = folder;
    this.#extension = extension;
    mkdirSync(folder, { recursive: true });
    this.#present = new Set(readdirSync(folder));
  }

  /** True when the file of this digest is on disk; the sync then keeps it. */
  has(digest: string | number): boolean {
    const name = `${digest}${this.#extension}`;
    this.#live.add(name);
    return this.#present.has(name);
  }

  write(digest: string | number, text: string): void {
    const name = `${digest}${this.#extension}`;
    writeFileSync(join(this.folder, name), text);
    this.#present.add(name);
    this.#live.add(name);
  }

  /** Removes the files no entry of this sync has: pages deleted or changed since. */
  prune(): number {
    let removed = 0;
    for (const name of this.#present) {
      if (this.#live.has(name)) continue;
      rmSync(join(this.folder, name), { force: true });
      removed++;
    }
    return removed;
  }
}
