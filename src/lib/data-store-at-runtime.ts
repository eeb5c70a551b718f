/**
 * An integration that lets the build read Astro's content store from disk when pages are
 * generated, instead of compiling it into the prerender bundle.
 *
 * Astro's content plugin turns `cacheDir/data-store.json` into the module
 * `export default JSON.parse("<the whole file as one escaped string>")`. At 10,000 articles that
 * file is ~57 MB (frontmatter plus each page's rendered HTML), so every build escapes it into a
 * ~60 MB module, and V8 then compiles that source as two-byte text (the articles are not Latin-1):
 * 5-8 s and several hundred MB measured on the bench machine, before the same JSON is parsed. The
 * module this plugin serves reads the file at run time (`JSON.parse` of the file: ~0.5 s). The
 * result is the same value Astro's module exports, so the store the pages see is unchanged.
 *
 * Only for `astro build` and the default single-file storage: the dev server keeps the store in
 * `.astro/` and reloads it itself, and the chunked storage already avoids the one giant string.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content plugin resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

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
                        // What Astro's module exports: the devalue-flattened store, or an empty Map without one.
                        `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
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
