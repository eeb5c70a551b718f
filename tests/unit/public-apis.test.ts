/**
 * The build uses Astro only through its documented APIs: no module of Astro's own files is
 * imported, no internal virtual module is overridden, and the content loader reads no part of
 * the loader context the Loader API does not document. An Astro release can then change its
 * internals without breaking the build, or silently changing it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CODE = ['src', 'scripts'].flatMap((dir) =>
  (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).filter((file) => /\.(ts|mjs|js|astro)$/.test(file)).map((file) => join(ROOT, dir, file)),
);
CODE.push(join(ROOT, 'astro.config.mjs'));

/** What reaching into Astro looks like, each with why it is out. */
const INTERNALS: [RegExp, string][] = [
  [/from\s+['"]astro\/dist\//, "a module of Astro's own files"],
  [/from\s+['"]@astrojs\/internal-helpers/, "Astro's internal helpers"],
  [/\\0astro:|astro:data-layer-content|astro:content-module-imports|astro:asset-imports/, 'an internal virtual module'],
  [/\bentryTypes\b|\bcontentEntryTypes\b|\bgetEntryInfo\b|\bgetRenderFunction\b/, 'the content entry types, not part of the loader context'],
  [/\bdeferredRender\b|\baddModuleImport\b|\baddAssetImports?\b/, "the data store's undocumented fields"],
  [/astroIncremental|\.createRenderer\(/, "an undocumented hook of Astro's build or Markdown processor"],
];

describe('only public APIs of Astro', () => {
  it.each(INTERNALS)('no source file uses %s', (pattern, what) => {
    const using = CODE.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(using, what).toEqual([]);
  });

  it('the content loader reads only the documented parts of its context', () => {
    const documented = new Set(['collection', 'store', 'meta', 'logger', 'config', 'parseData', 'renderMarkdown', 'generateDigest', 'watcher', 'refreshContextData']);
    const loader = readFileSync(join(ROOT, 'src/lib/plain-mdx-loader.ts'), 'utf8');
    const read = [...loader.matchAll(/const \{([^}]+)\} = context\b/g)].flatMap((match) => match[1].split(',').map((name) => name.trim()));
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
    expect(loader).not.toMatch(/context\.(?!collection|store|meta|logger|config|parseData|renderMarkdown|generateDigest|watcher)\w+/);
  });
});
