/**
 * The content loader (src/lib/plain-mdx-loader.ts) on a folder of pages, given a loader context
 * made of the documented parts only (store, meta, parseData, generateDigest, renderMarkdown,
 * logger, config): what it stores, what it renders beside the store, what it reads again.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseYaml } from '../../src/lib/yaml.ts';
import { describe, expect, it, vi } from 'vitest';
import { isPlainMdx, plainMdxGlob, splitPage } from '../../src/lib/plain-mdx-loader.ts';
import { readArticleHtml, readArticleMentions } from '../../src/lib/article-html.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { markdownOptions, markdownProcessor } from '../../src/site/markdown-processor.ts';
import { tempDir } from '../support/temp.ts';

describe('isPlainMdx', () => {
  it('accepts Markdown with MDX-escaped braces and angle brackets', () => {
    expect(isPlainMdx('Growth \\{estimated\\} at \\< 3 percent, **bold**, [a link](https://x.org/?a=1&b=2).\n\n## Heading\n\n- item')).toBe(true);
  });
  it('rejects a JSX component, an expression, an import and an export', () => {
    expect(isPlainMdx('Text\n\n<Note tone="warn">hi</Note>')).toBe(false);
    expect(isPlainMdx('One {1 + 1} two')).toBe(false);
    expect(isPlainMdx("import Note from '../components/Note.astro';\n\nText")).toBe(false);
    expect(isPlainMdx('export const x = 1;\n\nText')).toBe(false);
  });
  it('treats an escaped backslash before a brace as an unescaped brace', () => {
    expect(isPlainMdx('path C:\\\\{dir}')).toBe(false);
  });
  it('rejects an unescaped brace or angle bracket at the start of a line', () => {
    expect(isPlainMdx('{x}')).toBe(false);
    expect(isPlainMdx('<br />')).toBe(false);
  });
  it('rejects indented lines, which Markdown and MDX parse differently', () => {
    expect(isPlainMdx('Text\n\n    code?')).toBe(false);
  });
});

describe('splitPage', () => {
  it('reads the frontmatter with YAML 1.2\'s core schema: an unquoted date stays a string, a bad one is not rolled over', () => {
    const { data, body } = splitPage('---\ntitle: "A"\ndate: 2025-02-30\ndraft: false\n---\nText.\n', 'a.mdx');
    expect(data).toEqual({ title: 'A', date: '2025-02-30', draft: false });
    expect(body).toBe('Text.\n');
    expect(() => articleSchema.shape.date.parse(data.date)).toThrow(/not a real calendar date/);
  });
  it('names the file when the frontmatter is not YAML', () => {
    expect(() => splitPage('---\ntitle: [unclosed\n---\nText.', 'pages/bad.mdx')).toThrow(/^pages\/bad\.mdx: its frontmatter is not valid YAML/);
  });
  it('takes a page without frontmatter as all body', () => {
    expect(splitPage('Just text.', 'a.mdx')).toEqual({ data: {}, body: 'Just text.' });
  });
});

/** A page as the ingest writes it. */
function page(slug: string, body: string, extra = ''): string {
  return [
    '---',
    `title: "Title of ${slug}"`,
    `slug: "${slug}"`,
    'date: "2025-05-08"',
    `summary: "Summary of ${slug}."`,
    'mentions:',
    '  Tô Lâm:',
    '    kind: "people"',
    '    forms:',
    '      - "To Lam"',
    '    sentence: "To Lam spoke."',
    `seed: "${slug}.txt"`,
    `seedHash: "${'a'.repeat(64)}"`,
    extra,
    '---',
    body,
  ].join('\n');
}

/** A loader context of the documented parts, keeping its store and meta store across syncs as Astro's cache does. */
function contextFor(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string | number }>();
  const metaValues = new Map<string, string>();
  const parseData = vi.fn(async ({ data }: { data: Record<string, unknown> }) => articleSchema.parse(data) as Record<string, unknown>);
  const processor = markdownProcessor();
  const config = {
    root: pathToFileURL(`${root}/`),
    image: {},
    markdown: { processor, syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
  } as unknown as AstroConfig;
  // As Astro's renderMarkdown: frontmatter parsed from the text, handed to the pipeline.
  const renderMarkdown = vi.fn(async (content: string) => {
    const renderer = await createSatteriMarkdownProcessor({ ...markdownOptions(), gfm: true, smartypants: true });
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content)!;
    const { code, metadata } = await renderer.render(body, { frontmatter: parseYaml(frontmatter) as Record<string, unknown> });
    return { html: code, metadata: { ...metadata } };
  });
  const context = {
    collection: 'articles',
    config,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
      entries: () => [...entries],
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
    },
    meta: {
      get: (key: string) => metaValues.get(key),
      set: (key: string, value: string) => void metaValues.set(key, value),
      has: (key: string) => metaValues.has(key),
      delete: (key: string) => void metaValues.delete(key),
    },
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() },
    parseData,
    renderMarkdown,
    generateDigest: (data: string | Record<string, unknown>) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex').slice(0, 16),
  } as unknown as LoaderContext;
  return { context, entries, parseData, renderMarkdown };
}

describe('the content loader', () => {
  const root = tempDir('digest-loader-');
  const pages = join(root, 'pages');
  const html = join(root, 'cache', 'html');
  const mentions = join(root, 'cache', 'mentions');
  mkdirSync(pages);
  const loader = plainMdxGlob({ pattern: '**/*.mdx', base: 'pages', cacheFolder: join(root, 'cache') });
  const { context, entries, parseData, renderMarkdown } = contextFor(root);

  it('stores each page\'s validated frontmatter, and its body rendered with the first-mention linker beside the store', async () => {
    writeFileSync(join(pages, 'one.mdx'), page('one', 'General Secretary To Lam met "officials".'));
    writeFileSync(join(pages, 'two.mdx'), page('two', 'Nothing named.'));
    await loader.load(context);
    expect([...entries.keys()].sort()).toEqual(['one', 'two']);
    const one = entries.get('one')!;
    expect(one.filePath).toBe('pages/one.mdx');
    expect(one.data).toMatchObject({ title: 'Title of one', date: '2025-05-08', draft: false });
    // Neither body nor HTML in the store: the HTML is in the folder, by the entry's digest.
    expect(Object.keys(one).sort()).toEqual(['data', 'digest', 'filePath', 'id']);
    expect(readArticleHtml(one.digest, 'one', html)).toBe('<p>General Secretary <a href="/people/to-lam/" class="entity">To Lam</a> met “officials”.</p>');
    expect(readdirSync(html)).toHaveLength(2);
    // Its mentions neither: they are in a folder beside it, validated (the schema's shape), by the digest.
    expect(one.data.mentions).toBeUndefined();
    expect(readArticleMentions(one.digest, 'one', mentions)).toEqual({ 'Tô Lâm': { kind: 'people', forms: ['To Lam'], sentence: 'To Lam spoke.' } });
    expect(readdirSync(mentions)).toHaveLength(2);
    expect(renderMarkdown).toHaveBeenCalledTimes(2);
  });

  it('neither reads nor renders an unchanged page again', async () => {
    parseData.mockClear();
    renderMarkdown.mockClear();
    await loader.load(context);
    expect(parseData).not.toHaveBeenCalled();
    expect(renderMarkdown).not.toHaveBeenCalled();
    expect([...entries.keys()].sort()).toEqual(['one', 'two']);
  });

  it('reads a changed page again, and drops a deleted page with its rendered body', async () => {
    writeFileSync(join(pages, 'one.mdx'), page('one', 'To Lam spoke again.'));
    utimesSync(join(pages, 'one.mdx'), new Date(), new Date(Date.now() + 5_000));
    rmSync(join(pages, 'two.mdx'));
    parseData.mockClear();
    await loader.load(context);
    expect(parseData).toHaveBeenCalledTimes(1);
    expect([...entries.keys()]).toEqual(['one']);
    expect(readdirSync(html)).toHaveLength(1);
    expect(readdirSync(mentions)).toHaveLength(1);
    expect(readArticleHtml(entries.get('one')!.digest, 'one', html)).toContain('again');
  });

  it('reads a page again that was edited to the same size with its old modification time put back', async () => {
    const file = join(pages, 'one.mdx');
    const before = statSync(file);
    writeFileSync(file, page('one', 'To Lam spoke again!'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    parseData.mockClear();
    await loader.load(context);
    expect(parseData).toHaveBeenCalledTimes(1);
    expect(readArticleHtml(entries.get('one')!.digest, 'one', html)).toContain('again!');
  });

  it('refuses two pages with one slug, naming both', async () => {
    writeFileSync(join(pages, 'copy.mdx'), page('one', 'A copy.'));
    await expect(loader.load(context)).rejects.toThrow(/copy\.mdx and pages\/one\.mdx both have the slug "one"|one\.mdx and pages\/copy\.mdx both have the slug "one"/);
    rmSync(join(pages, 'copy.mdx'));
  });

  it('fails on invalid frontmatter with the schema\'s message', async () => {
    writeFileSync(join(pages, 'bad.mdx'), page('bad', 'Text.').replace('date: "2025-05-08"', 'date: 2025-13-01'));
    await expect(loader.load(context)).rejects.toThrow(/ISO date|calendar date/);
    rmSync(join(pages, 'bad.mdx'));
    expect(readFileSync(join(pages, 'one.mdx'), 'utf8')).toContain('again');
  });
});
