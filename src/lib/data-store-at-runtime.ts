/**
 * An integration that hands Astro's content store to the pages at build time without compiling
 * it into the prerender bundle.
 *
 * Astro's content plugin turns `cacheDir/data-store.json` into the module
 * `export default JSON.parse("<the whole file as one escaped string>")`. At 10,000 articles that
 * file is ~57 MB (frontmatter plus each page's rendered HTML), so every build escapes it into a
 * ~60 MB module, and V8 then compiles that source as two-byte text (the articles are not Latin-1):
 * 5-8 s and several hundred MB measured on the bench machine, before the same JSON is parsed.
 *
 * The pages are generated in the process that has just synced the store and still holds every
 * entry. So the module this plugin serves exports the collections the sync left in memory
 * (`shareSyncedCollection`, which src/lib/plain-mdx-loader.ts calls when its collection is
 * synced), and Astro's runtime takes that Map as it is (`ImmutableDataStore.fromModule`): no
 * second copy of the store is read, parsed and unflattened (~1 s and a few hundred MB at 10,000
 * articles). With nothing shared it reads the file at run time (`JSON.parse`: ~0.5 s, then Astro
 * unflattens it). Either way the pages see the entries Astro writes to the file, in its order.
 * This project's one collection uses that loader; a collection added with another loader would
 * have to share its entries too, or its pages would find it empty.
 *
 * Only for `astro build` and the default single-file storage: the dev server keeps the store in
 * `.astro/` and reloads it itself, and the chunked storage already avoids the one giant string.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content plugin resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** Where synced collections wait for the pages: a global, as the loader runs in Vite's module runner. */
const SYNCED_COLLECTIONS = 'digest:synced-collections';

/**
 * Hands a collection's entries, as the sync stored them, to this build's pages. Sorted by id as
 * Astro sorts them when it writes the store (data-store-writer.js), so getCollection() lists them
 * in the order it would read from the file.
 */
export function shareSyncedCollection(collection: string, entries: [id: string, entry: unknown][]): void {
  const shared = globalThis as { [key: symbol]: Map<string, Map<string, unknown>> | undefined };
  const key = Symbol.for(SYNCED_COLLECTIONS);
  shared[key] ??= new Map();
  shared[key].set(collection, new Map(entries.sort(([a], [b]) => a.localeCompare(b))));
}

export function dataStoreAtRuntime(): AstroIntegration {
  return {
    name: 'digest:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.experimental.collectionStorage !== 'single-file') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'digest:data-store-at-runtime',
                enforce: 'pre',
                load: {
                  // Ahead of Astro's content plugin (also `enforce: 'pre'`), whose hook would answer first.
                  order: 'pre',
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
                  handler() {
                    return {
                      code: [
                        `import { existsSync, readFileSync } from 'node:fs';`,
                        `const file = ${JSON.stringify(file)};`,
                        `const synced = globalThis[Symbol.for(${JSON.stringify(SYNCED_COLLECTIONS)})];`,
                        // What Astro's module exports: the store as a Map of collections, or devalue-flattened; an empty Map without one.
                        `export default synced ? new Map(synced) : existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
                      ].join('\n'),
                      // Astro marks this module as content data so a change of content does not count as a
                      // change of page code (astro/dist/core/build/incremental-metadata.js).
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
