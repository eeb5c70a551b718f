/**
 * The rendered body of each plain article, kept beside Astro's content store rather than in it.
 *
 * The content loader (./plain-mdx-loader.ts) renders a page's Markdown once, when the page's bytes
 * change, and writes the HTML to `<folder>/<digest>.html`; the article page reads it back by the
 * entry's digest. In the store, the HTML would be compiled into the page bundle as part of one
 * string and held in memory twice (the sync's copy and the pages'): at 10,000 articles it was 34
 * of the store's 56 MB, and at 100,000 the store would pass the longest string V8 can hold
 * (~536 million characters) and the build would fail.
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

const fileOf = (folder: string, digest: string | number) => join(folder, `${digest}.html`);

/** The rendered body of the entry with this digest; throws naming the entry when the loader left none. */
export function readArticleHtml(digest: string | number | undefined, id: string, folder = articleHtmlFolder()): string {
  if (digest === undefined) throw new Error(`article ${id} has no digest: cannot find its rendered body`);
  try {
    return readFileSync(fileOf(folder, digest), 'utf8');
  } catch {
    throw new Error(`article ${id}: no rendered body in ${folder} (the content loader renders it when it syncs)`);
  }
}

/** A folder of rendered bodies, as one sync of the loader sees it. */
export class ArticleHtmlStore {
  readonly folder: string;
  #present: Set<string>;
  #live = new Set<string>();

  constructor(folder: string) {
    this.folder = folder;
    mkdirSync(folder, { recursive: true });
    this.#present = new Set(readdirSync(folder));
  }

  /** True when the body of this digest is on disk; the sync then keeps it. */
  has(digest: string | number): boolean {
    const name = `${digest}.html`;
    this.#live.add(name);
    return this.#present.has(name);
  }

  write(digest: string | number, html: string): void {
    const name = `${digest}.html`;
    writeFileSync(fileOf(this.folder, digest), html);
    this.#present.add(name);
    this.#live.add(name);
  }

  /** Removes the bodies no entry of this sync has: pages deleted or changed since. */
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
