/**
 * A glob() loader for .mdx collections that keeps plain pages out of the bundler.
 *
 * Astro's glob() marks every .mdx entry `deferredRender`: each file becomes its own Vite module,
 * compiled to JS, bundled by rolldown and imported at render time. For a generated page that is
 * only Markdown (no import/export, no JSX, no {expressions}) that costs ~4 ms of build time and
 * ~0.3 MB of memory per page for nothing. This loader renders such a page to HTML once, with the
 * project's own Markdown pipeline (`markdown.processor`: Sätteri by default, the same heading ids,
 * smart punctuation and GFM settings the MDX integration extends), and stores
 * `rendered: { html, metadata }` in the content layer's data store, so `render(entry)` returns
 * that HTML and no module is bundled. The data store persists in `cacheDir`, keyed by a digest
 * of the file's bytes plus `salt`, so an unchanged page is neither parsed nor rendered again.
 *
 * Any page that is not plain (an editor added `import Chart from ...` and `<Chart />`) is stored
 * exactly as glob() stores it, `deferredRender`, and goes through @astrojs/mdx as usual.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob as fsGlob } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { shareSyncedCollection } from './data-store-at-runtime.ts';
import { createPageRenderer, type RenderedPage } from './markdown-threads.ts';

/** Astro passes glob() the entry types by extension too; it is not part of the public type. */
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

export interface PlainMdxGlobOptions {
  /** Glob relative to `base`, e.g. `**\/*.mdx`. */
  pattern: string;
  /** Folder of the pages, relative to the project root. */
  base: string;
  /**
   * Files whose text is folded into every entry's digest (paths relative to the project root):
   * the schema module and this loader. Astro only re-validates when content.config.ts itself
   * changes, so a change to an imported schema would otherwise leave stale data in the store.
   */
  invalidateOn?: string[];
  /** Keep the raw body in the data store (adds its size to data-store.json). Default false. */
  retainBody?: boolean;
  /**
   * The module exporting `markdownProcessor()`, the processor `markdown.processor` is configured
   * with: given it, pages are rendered in a thread of their own once there are `renderThreadFrom`
   * to render (src/lib/markdown-threads.ts).
   */
  processorModule?: string;
  renderThreadFrom?: number;
  /**
   * Keep a copy of the frontmatter in `rendered.metadata.frontmatter`, which `render()` returns
   * as `remarkPluginFrontmatter` (the MDX path returns the frontmatter there too). It duplicates
   * `data` in the data store; off by default. Turn it on if a page reads remarkPluginFrontmatter.
   */
  remarkPluginFrontmatter?: boolean;
}

/** Bump when the plain-page rule or the rendering below changes. */
const LOADER_VERSION = '1';
/** The loader's meta-store key for the files' stats at the last sync. */
const FILE_STATS = 'file-stats';

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

export function plainMdxGlob(options: PlainMdxGlobOptions): Loader {
  return {
    name: 'plain-mdx-glob',
    async load(context) {
      const { config, store, meta, parseData, generateDigest, entryTypes, logger } = context as GlobLoaderContext;
      const mdx = entryTypes.get('.mdx');
      const md = entryTypes.get('.md');
      if (!mdx || !md?.getRenderFunction) throw new Error('plain-mdx-glob needs the @astrojs/mdx integration');
      // Astro's own Markdown renderer, built from the resolved `markdown` config (Sätteri by default),
      // or the same processor in a thread once there are many pages to render.
      const renderMarkdown = await md.getRenderFunction(config);
      const renderer = await createPageRenderer(config, (page) => renderMarkdown(page as Parameters<typeof renderMarkdown>[0]) as Promise<RenderedPage>, {
        processorModule: options.processorModule ? new URL(options.processorModule, config.root) : undefined,
        threadFrom: options.renderThreadFrom ?? Infinity,
      });

      const rootPath = fileURLToPath(config.root);
      const baseDir = new URL(options.base.replace(/\/?$/, '/'), config.root);
      const basePath = fileURLToPath(baseDir);
      // Hashed once: prefixing every file with the texts themselves would hash them 10,000 times over.
      const salt = String(
        generateDigest(
          [LOADER_VERSION, ...(options.invalidateOn ?? []).map((file) => readFileSync(new URL(file, config.root), 'utf8'))].join('\0'),
        ),
      );

      // Each file's size and modification time at the last sync, with the digest its bytes had then
      // (under the same salt): a file whose stat is unchanged is not read again. At 10,000 pages,
      // re-reading and hashing 110 MB cost ~0.7 s of every build.
      type FileStats = { salt: string; files: Record<string, [stat: string, digest: string | number]> };
      const recorded = JSON.parse(meta.get(FILE_STATS) ?? '{}') as Partial<FileStats>;
      const lastStats = new Map(recorded.salt === salt ? Object.entries(recorded.files ?? {}) : []);
      const stats: FileStats = { salt, files: {} };

      const untouched = new Set(store.keys());
      // Stored entries by file, so an unchanged file is recognised from its digest alone, before
      // its frontmatter is parsed (YAML parsing is most of the cost of a no-change sync).
      const storedByFile = new Map<string, { id: string; digest?: string | number; deferredRender?: boolean }>();
      for (const entry of store.values()) if (entry.filePath) storedByFile.set(entry.filePath, entry);
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
      let plain = 0;
      let deferred = 0;
      let reused = 0;
      // Same bytes, same salt: keep the stored data and HTML. A deferred entry must still be
      // registered as a module import, or the MDX path cannot find it at render time.
      const keepStored = (stored: { id: string; deferredRender?: boolean }, relativePath: string) => {
        claim(stored.id, relativePath);
        untouched.delete(stored.id);
        if (stored.deferredRender) store.addModuleImport(relativePath);
        reused++;
      };
      const syncFile = async (entry: string) => {
        const fileUrl = new URL(encodeURI(entry), baseDir);
        const filePath = fileURLToPath(fileUrl);
        const relativePath = relative(rootPath, filePath).split('\\').join('/');
        const stored = storedByFile.get(relativePath);
        const { size, mtimeMs } = await stat(fileUrl);
        const fileStat = `${size} ${mtimeMs}`;
        const last = lastStats.get(relativePath);
        // The same size and time as when its bytes had the stored entry's digest: no need to read it.
        if (stored && last?.[0] === fileStat && last[1] === stored.digest) {
          stats.files[relativePath] = last;
          return keepStored(stored, relativePath);
        }
        const contents = await readFile(fileUrl, 'utf8');
        const digest = generateDigest(salt + '\0' + contents);
        stats.files[relativePath] = [fileStat, digest];
        if (stored && stored.digest === digest) return keepStored(stored, relativePath);
        const { data, body = '' } = await mdx.getEntryInfo({ contents, fileUrl });
        const id = String(data.slug ?? entry.replace(/\.mdx$/, ''));
        claim(id, relativePath);
        untouched.delete(id);
        const parsed = await parseData({ id, data, filePath });
        const common = {
          id,
          data: parsed,
          body: options.retainBody ? body : undefined,
          filePath: relativePath,
          digest,
        };
        if (isPlainMdx(body)) {
          const rendered = await renderer.render({ body, data, filePath }).catch((error: unknown) => {
            throw new Error(`${relativePath}: cannot render its Markdown: ${error instanceof Error ? error.message : String(error)}`);
          });
          // The Markdown serializer ends with a newline after the last block; MDX's JSX output does
          // not. Dropping it makes the page byte-identical to the MDX path.
          rendered.html = rendered.html.replace(/\n+$/, '');
          if (!options.remarkPluginFrontmatter && rendered.metadata) delete rendered.metadata.frontmatter;
          store.set({ ...common, rendered, assetImports: rendered.metadata?.imagePaths as string[] | undefined });
          plain++;
        } else {
          store.set({ ...common, deferredRender: true });
          deferred++;
        }
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
      for (const id of untouched) store.delete(id);
      meta.set(FILE_STATS, JSON.stringify(stats));
      shareSyncedCollection(context.collection, store.entries());
      logger.info(`${files.length} pages: ${plain} rendered as Markdown, ${deferred} through MDX, ${reused} unchanged`);
    },
  };
}
