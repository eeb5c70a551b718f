/**
 * A content loader for a folder of .mdx pages that keeps plain pages out of the bundler, through
 * Astro's documented Loader API only (`store`, `meta`, `parseData`, `generateDigest`,
 * `renderMarkdown`, `logger`, `watcher`, `config`).
 *
 * Astro's glob() makes every .mdx entry a Vite module, compiled to JS, bundled by rolldown and
 * imported at render time. For a generated page that is only Markdown (no import/export, no JSX,
 * no {expressions}) that costs ~4 ms of build time and ~0.3 MB of memory per page for nothing.
 * This loader reads such a page's frontmatter itself (js-yaml, YAML 1.2's core schema), validates
 * it with the collection's schema (`parseData`), stores it, and renders the body once with the
 * project's Markdown pipeline, writing the HTML beside the store (./article-html.ts) for the
 * article page to read by the entry's digest. Its `mentions` are written beside the store too and
 * left out of the stored data: src/site/articles.ts puts them back when the pages load the collection. An unchanged page (same size and time, or same
 * bytes) is neither parsed nor rendered again: the store and the meta store persist in Astro's
 * cache folder.
 *
 * A page that is not plain (an editor added `import Chart from ...` and `<Chart />`) goes to
 * Astro's own glob() loader, given exactly those files, and through @astrojs/mdx as usual: the
 * article page renders it with `render(entry)`.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob as fsGlob } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { parseYaml } from './yaml.ts';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { EntryFiles } from './article-html.ts';
import { createPageRenderer, type RenderedPage } from './markdown-threads.ts';
import { statRecord } from './stat-record.ts';

export interface PlainMdxGlobOptions {
  /** Glob relative to `base`, e.g. `**\/*.mdx`. */
  pattern: string;
  /** Folder of the pages, relative to the project root. */
  base: string;
  /**
   * The loader's own cache folder (./article-html.ts, `loaderCacheFolder()`): the rendered bodies
   * in `html/`, the entries' `mentions` in `mentions/`, and each page's digest at the last sync, by its stat, in `file-stats.json` (stat-record.ts).
   */
  cacheFolder: string;
  /**
   * Files whose text is folded into every entry's digest (paths relative to the project root):
   * the schema module and this loader. Astro only re-validates when content.config.ts itself
   * changes, so a change to an imported schema would otherwise leave stale data in the store.
   */
  invalidateOn?: string[];
  /**
   * The module exporting `markdownOptions()`, the options `markdown.processor` is built from:
   * given it, pages are rendered in a thread of their own once there are `renderThreadFrom` to
   * render (src/lib/markdown-threads.ts).
   */
  processorModule?: string;
  renderThreadFrom?: number;
}

/** Bump when the plain-page rule, the frontmatter reading or the rendering below changes. */
const LOADER_VERSION = '3';
/** The loader's meta-store key for the pages glob() loads (few: the meta store is written into the content store). */
const DEFERRED_FILES = 'deferred-files';

/**
 * True when MDX would parse `body` as plain Markdown, so rendering it as Markdown gives the same
 * tree. Conservative on purpose: anything that might be MDX syntax (an unescaped `{` or `<`, an
 * import/export line) or that Markdown and MDX parse differently (indented code, which MDX
 * turns off) sends the page down the ordinary MDX path. A false "not plain" only costs speed.
 */
export function isPlainMdx(body: string): boolean {
  // An unescaped { or < starts an expression or a JSX tag / HTML / autolink in MDX.
  if (/(^|[^\\])(\\\\)*[{<]/m.test(body)) return false;
  // ESM lines.
  if (/^(import|export)\b/m.test(body)) return false;
  // Indented code (4 spaces or a tab at line start) is plain text in MDX, a code block in Markdown.
  if (/^( {4}|\t)/m.test(body)) return false;
  return true;
}

/** Astro's own frontmatter fence (a leading BOM or blank lines allowed), YAML only. */
const FRONTMATTER = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---(?:\r?\n|$)/;

/**
 * A page's frontmatter and body. YAML 1.2's core schema, as the ingest writes it: an unquoted
 * 2025-05-08 stays the string the schema checks (js-yaml's default schema would make it a Date,
 * and roll 2025-02-30 over into March unnoticed).
 */
export function splitPage(contents: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(contents);
  if (!match) return { data: {}, body: contents };
  let data: unknown;
  try {
    data = parseYaml(match[1], file);
  } catch (error) {
    throw new Error(`${file}: its frontmatter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: contents.slice(match[0].length) };
}

/**
 * What the first-mention linker reads of a page's frontmatter (src/site/link-first-mentions.ts):
 * its `mentions` with their kinds and spellings, as a frontmatter block `renderMarkdown` parses.
 */
function mentionsOnly(data: Record<string, unknown>): Record<string, unknown> {
  const mentions = data.mentions;
  if (!mentions || typeof mentions !== 'object') return {};
  const shown = Object.entries(mentions as Record<string, { kind?: unknown; forms?: unknown } | null>).map(([name, mention]) => [name, { kind: mention?.kind, forms: mention?.forms }]);
  return { mentions: Object.fromEntries(shown) };
}

/**
 * Every string of `value` as a flat copy shared through `pool`: one string per distinct text.
 *
 * A YAML parser returns each value as a slice of the text it parsed, and V8 keeps a slice's whole
 * parent alive: every stored entry held its page's entire frontmatter (~14 KB at 10,000 synthetic
 * articles: 140 MB of a 300 MB heap, and the build's memory at 100,000). The same sentence also
 * comes back once per entity it names. Copied and pooled, an entry holds its own text once.
 */
export function internStrings<T>(value: T, pool: Map<string, string>): T {
  if (typeof value === 'string') {
    let shared = pool.get(value);
    if (shared === undefined) {
      // A flat copy (the concatenation is flattened into a new string, the slice's parent is that
      // copy), which is also the pool's key: the pool must not keep the parsed text alive either.
      shared = ` ${value}`.slice(1);
      pool.set(shared, shared);
    }
    return shared as T;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = internStrings(value[index], pool);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = internStrings(record[key], pool);
  }
  return value;
}

/** A path as a glob pattern that matches only itself. */
const literalPattern = (path: string) => path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

export function plainMdxGlob(options: PlainMdxGlobOptions): Loader {
  return {
    name: 'plain-mdx-glob',
    async load(context) {
      await syncAll(context, options);
      // In the dev server, a page added, edited or deleted syncs again; unchanged pages cost a stat each.
      const { watcher, config, logger } = context;
      if (!watcher) return;
      const baseDir = resolve(fileURLToPath(config.root), options.base);
      const isPage = (path: string) => path.startsWith(baseDir) && path.endsWith('.mdx');
      let queued: Promise<void> = Promise.resolve();
      const resync = (path: string) => {
        if (!isPage(path)) return;
        queued = queued.then(() => syncAll(context, options)).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      watcher.add(baseDir);
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}

async function syncAll(context: LoaderContext, options: PlainMdxGlobOptions): Promise<void> {
  // From the sync's first step: reading the last sync's records and listing 10,000 pages take over 500 ms on a busy machine.
  const holdStoreWrite = holdStoreWriteUntilDone(context.meta, DEFERRED_FILES);
  try {
    await syncPages(context, options);
  } finally {
    clearInterval(holdStoreWrite);
  }
}

async function syncPages(context: LoaderContext, options: PlainMdxGlobOptions): Promise<void> {
  const { config, store, meta, parseData, generateDigest, renderMarkdown, logger } = context;
  const renderer = await createPageRenderer(
    config,
    // Astro's own Markdown rendering (`markdown.processor`), given the frontmatter the linker reads.
    ({ body, frontmatter, filePath }) =>
      renderMarkdown(`---\n${JSON.stringify(frontmatter)}\n---\n${body}`, { fileURL: filePath ? pathToFileURL(filePath) : undefined }) as Promise<RenderedPage>,
    {
      processorModule: options.processorModule ? new URL(options.processorModule, config.root) : undefined,
      threadFrom: options.renderThreadFrom ?? Infinity,
    },
  );

  const rootPath = fileURLToPath(config.root);
  const baseDir = new URL(options.base.replace(/\/?$/, '/'), config.root);
  const basePath = fileURLToPath(baseDir);
  const bodies = new EntryFiles(join(options.cacheFolder, 'html'), '.html');
  const mentionFiles = new EntryFiles(join(options.cacheFolder, 'mentions'), '.json');
  // A stored entry is whole with its body and its mentions beside it. Both are asked, as asking is what keeps a file from the prune.
  const besideStore = (digest: string | number) => {
    const hasBody = bodies.has(digest);
    const hasMentions = mentionFiles.has(digest);
    return hasBody && hasMentions;
  };
  const statsFile = join(options.cacheFolder, 'file-stats.json');
  // Hashed once: prefixing every file with the texts themselves would hash them 10,000 times over.
  const salt = String(
    generateDigest([LOADER_VERSION, ...(options.invalidateOn ?? []).map((file) => readFileSync(new URL(file, config.root), 'utf8'))].join('\0')),
  );

  // Each page's digest at the last sync (under the same salt), remembered by its stat
  // (src/lib/stat-record.ts): a page whose stat is unchanged is not read again. At 10,000 pages,
  // re-reading and hashing 110 MB cost ~0.7 s of every build. Kept in a file of the loader's own,
  // not the meta store, which Astro writes into the content store and compiles into the pages' bundle.
  const digests = statRecord<string | number>(statsFile, { salt });
  const deferredBefore = new Set(JSON.parse(meta.get(DEFERRED_FILES) ?? '[]') as string[]);

  // Stored entries by file, so an unchanged file is recognised from its digest alone, before
  // its frontmatter is parsed (YAML parsing is most of the cost of a no-change sync).
  const storedByFile = new Map<string, { id: string; digest?: string | number }>();
  for (const entry of store.values()) if (entry.filePath && !deferredBefore.has(entry.filePath)) storedByFile.set(entry.filePath, entry);
  const files: string[] = [];
  for await (const file of fsGlob(options.pattern, { cwd: basePath })) files.push(file);
  files.sort();

  // Two files claiming one slug would silently overwrite each other in the store.
  const fileById = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const other = fileById.get(id);
    if (other && other !== file) throw new Error(`${file} and ${other} both have the slug "${id}"`);
    fileById.set(id, file);
  };
  const deferred: string[] = [];
  const strings = new Map<string, string>();
  // Entries are stored together once every page is read: the store writes itself to disk 500 ms
  // after its last change, and a sync that paused that long (a busy machine, a collection) would
  // otherwise serialize the whole growing store several times over (at 10,000 pages, ~2 s each).
  const toStore: Parameters<typeof store.set>[0][] = [];
  let plain = 0;
  let reused = 0;
  // Same bytes, same salt, body on disk: keep the stored data and HTML.
  const keepStored = (stored: { id: string; digest?: string | number }, relativePath: string) => {
    claim(stored.id, relativePath);
    reused++;
  };
  const syncFile = async (entry: string) => {
    const fileUrl = new URL(encodeURI(entry), baseDir);
    const filePath = fileURLToPath(fileUrl);
    const relativePath = relative(rootPath, filePath).split('\\').join('/');
    const stored = storedByFile.get(relativePath);
    // The same stat as when its bytes had the stored entry's digest: no need to read it.
    if (stored?.digest !== undefined && digests.known(filePath) === stored.digest && besideStore(stored.digest)) return keepStored(stored, relativePath);
    // Stat before reading: a write after the stat leaves times the next sync will not trust.
    const fileStats = await stat(fileUrl);
    const contents = await readFile(fileUrl, 'utf8');
    const digest = generateDigest(salt + '\0' + contents);
    digests.record(filePath, fileStats, digest);
    if (stored?.digest === digest && besideStore(digest)) return keepStored(stored, relativePath);
    const page = splitPage(contents, relativePath);
    const { body } = page;
    if (!isPlainMdx(body)) {
      deferred.push(entry);
      return;
    }
    const data = internStrings(page.data, strings);
    const id = String(data.slug ?? entry.replace(/\.mdx$/, ''));
    claim(id, relativePath);
    const { mentions, ...parsed } = await parseData({ id, data, filePath });
    if (!mentionFiles.has(digest)) mentionFiles.write(digest, JSON.stringify(mentions ?? {}));
    if (!bodies.has(digest)) {
      const rendered = await renderer.render({ body, frontmatter: mentionsOnly(data), filePath }).catch((error: unknown) => {
        throw new Error(`${relativePath}: cannot render its Markdown: ${error instanceof Error ? error.message : String(error)}`);
      });
      // The Markdown serializer ends with a newline after the last block; MDX's JSX output does
      // not. Dropping it makes the page byte-identical to the MDX path.
      bodies.write(digest, rendered.html.replace(/\n+$/, ''));
    }
    toStore.push({ id, data: parsed, filePath: relativePath, digest });
    plain++;
  };

  // Rendering is synchronous native work with a little async glue; a small window keeps
  // file reads overlapped without holding thousands of file bodies in memory at once.
  let next = 0;
  const workers = Array.from({ length: 16 }, async () => {
    while (next < files.length) await syncFile(files[next++]);
  });
  try {
    await Promise.all(workers);
  } finally {
    await renderer.close();
  }

  // Pages with components: Astro's glob() loads exactly those, seeing only the entries it made.
  const deferredPaths = deferred.map((entry) => relative(rootPath, fileURLToPath(new URL(encodeURI(entry), baseDir))).split('\\').join('/'));
  if (deferred.length > 0 || deferredBefore.size > 0) {
    const globbed = new Set(store.values().filter((entry) => entry.filePath && deferredBefore.has(entry.filePath)).map((entry) => entry.id));
    for (const id of fileById.keys()) globbed.delete(id);
    if (deferred.length > 0) {
      const mdxLoader = glob({
        pattern: deferred.map(literalPattern),
        base: options.base,
        generateId: ({ entry, data }) => String(data.slug ?? entry.replace(/\.mdx$/, '')),
      });
      await mdxLoader.load({ ...context, store: storeView(store, globbed) });
    } else {
      for (const id of globbed) store.delete(id);
    }
    const idByFile = new Map(store.values().map((entry) => [entry.filePath, entry.id]));
    for (const path of deferredPaths) {
      const id = idByFile.get(path);
      if (id !== undefined) claim(id, path);
    }
  }
  for (const entry of toStore) store.set(entry);
  for (const id of store.keys()) if (!fileById.has(id)) store.delete(id);
  digests.save();
  const deferredList = JSON.stringify(deferredPaths);
  if (meta.get(DEFERRED_FILES) !== deferredList) meta.set(DEFERRED_FILES, deferredList);
  const pruned = bodies.prune();
  mentionFiles.prune();
  logger.info(`${files.length} pages: ${plain} read and rendered, ${deferred.length} through MDX, ${reused} unchanged${pruned ? `, ${pruned} old bodies removed` : ''}`);
}

/**
 * Astro writes its whole content store to disk 500 ms after the store's last change, and it sets
 * its own meta keys as every sync starts: a sync longer than that (10,000 unchanged pages take ~2 s
 * to stat) had the store serialized mid-way (~0.45 s at 10,000 entries, and its garbage), only to
 * write it again when the sync ends. Setting a meta key to the value it has, more often than that,
 * leaves the one write for the end. Only an optimisation: were Astro to write otherwise, the store
 * would be the same.
 */
function holdStoreWriteUntilDone(meta: LoaderContext['meta'], key: string): ReturnType<typeof setInterval> {
  return setInterval(() => meta.set(key, meta.get(key) ?? '[]'), 200);
}

/**
 * The store as glob() should see it: every call passed through, but `keys()` lists only the
 * entries it made, so the ones it does not find again (and only those) are the ones it deletes.
 */
function storeView(store: LoaderContext['store'], own: Set<string>): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'keys') return () => target.keys().filter((id) => own.has(id));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
