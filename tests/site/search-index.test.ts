/**
 * The search stage on its own (src/build/pagefind.ts), over article pages written here rather
 * than by Astro: shards by month, a shard larger than one glob batch, and which shards a second
 * run indexes again.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/build/pagefind.ts';
import { mtimes } from '../support/files.ts';
import { tempDir } from '../support/temp.ts';

const TIMEOUT = 120_000;

function articlePage(slug: string, date: string, text: string, related = ''): string {
  return `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><main>
<article data-pagefind-body><h1>${slug}</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="title">${slug}</span><span data-pagefind-sort="date">${date}</span></div><p>${text}</p></article>
<aside><h2>Related coverage</h2>${related}</aside></main></body></html>`;
}

function writePage(dist: string, slug: string, html: string): void {
  mkdirSync(join(dist, 'articles', slug), { recursive: true });
  writeFileSync(join(dist, 'articles', slug, 'index.html'), html);
}

/** Modification time of every file of a shard's folder. */
const times = (dist: string, shard: string) => mtimes(join(dist, 'pagefind', shard));

describe('the search index', () => {
  it(
    'splits articles by month into shards, indexes a shard of more pages than one glob holds, and re-indexes only shards whose searched text changed',
    async () => {
      const dist = tempDir();
      const stampFile = join(tempDir(), 'stamp.json');
      const searchedPagesDir = join(tempDir(), 'searched');
      // 1,200 articles in March: more than the shard limit (a month is never split) and than the
      // 1,000 paths a glob batch takes. 3 in April.
      for (let n = 0; n < 1200; n++) writePage(dist, `march-${n}`, articlePage(`march-${n}`, '2025-03-10', `Harbour report number ${n}.`));
      for (let n = 0; n < 3; n++) writePage(dist, `april-${n}`, articlePage(`april-${n}`, '2025-04-02', `Rail report number ${n}.`));

      const first = await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 });
      expect(first).toMatchObject({ pages: 1203, shards: 2, indexedShards: 2 });
      expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: ['2025-03', '2025-04'] });
      expect(readdirSync(join(dist, 'pagefind/2025-03/fragment'))).toHaveLength(1200);
      expect(readdirSync(join(dist, 'pagefind/2025-04/fragment'))).toHaveLength(3);
      // Pagefind's own UIs and the wasm for pages without a language are not shipped.
      expect(readdirSync(join(dist, 'pagefind/2025-03')).filter((name) => name.endsWith('.css') || name.includes('unknown'))).toEqual([]);
      const march = times(dist, '2025-03');
      const april = times(dist, '2025-04');

      // Outside data-pagefind-body only: nothing to index again.
      writePage(dist, 'march-7', articlePage('march-7', '2025-03-10', 'Harbour report number 7.', '<a href="/articles/april-0/">A new neighbour</a>'));
      expect(await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 })).toMatchObject({ indexedShards: 0 });
      expect(times(dist, '2025-03')).toEqual(march);

      // A new April article: April's shard only.
      writePage(dist, 'april-new', articlePage('april-new', '2025-04-20', 'A ferry line opens.'));
      const third = await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 });
      expect(third).toMatchObject({ pages: 1204, shards: 2, indexedShards: 1 });
      expect(times(dist, '2025-03')).toEqual(march);
      expect(times(dist, '2025-04')).not.toEqual(april);
      expect(readdirSync(join(dist, 'pagefind/2025-04/fragment'))).toHaveLength(4);
      expect(third.isLive('2025-04/pagefind-entry.json')).toBe(true);
      expect(third.isLive('shards.json')).toBe(true);
      expect(third.isLive('2025-02/pagefind-entry.json')).toBe(false);
      expect(third.isLive('2025-04.new/pagefind-entry.json')).toBe(false);

      // Pagefind reads each page's searched part, kept at the page's path: an article's is its
      // <article> alone.
      expect(readFileSync(join(searchedPagesDir, 'articles/april-new/index.html'), 'utf8')).toBe(
        `<!DOCTYPE html><html lang="en"><body>${/<article[\s\S]*<\/article>/.exec(articlePage('april-new', '2025-04-20', 'A ferry line opens.'))![0]}</body></html>`,
      );

      // The kept parts lost: read again from the pages, and no shard changes.
      rmSync(searchedPagesDir, { recursive: true });
      expect(await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 })).toMatchObject({ indexedShards: 0 });
      expect(readdirSync(join(searchedPagesDir, 'articles'))).toHaveLength(1204);

      // A changed article: its shard is indexed again over its folder, where its old fragment stays
      // behind until the build's cleanup, which asks isLive.
      writePage(dist, 'april-1', articlePage('april-1', '2025-04-02', 'Rail report number 1, corrected.'));
      const fourth = await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 });
      expect(fourth).toMatchObject({ indexedShards: 1 });
      const fragments = readdirSync(join(dist, 'pagefind/2025-04/fragment')).map((name) => `2025-04/fragment/${name}`);
      expect(fragments).toHaveLength(5);
      expect(fragments.filter((path) => fourth.isLive(path))).toHaveLength(4);
      expect(fourth.isLive('2025-04/pagefind-entry.json')).toBe(true);
      expect(fourth.isLive('2025-03/fragment/anything.pf_fragment')).toBe(true);

      // An article gone: its kept part goes too.
      rmSync(join(dist, 'articles', 'april-2'), { recursive: true });
      const fifth = await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 });
      expect(fifth).toMatchObject({ pages: 1203, indexedShards: 1 });
      expect(existsSync(join(searchedPagesDir, 'articles/april-2'))).toBe(false);
      expect(readdirSync(join(dist, 'pagefind/2025-04/fragment')).filter((name) => fifth.isLive(`2025-04/fragment/${name}`))).toHaveLength(3);
    },
    TIMEOUT,
  );

  it(
    'reads again a page rewritten with the same size in the same tick of the clock as the last run',
    async () => {
      const dist = tempDir();
      const stampFile = join(tempDir(), 'stamp.json');
      const searchedPagesDir = join(tempDir(), 'searched');
      const page = join(dist, 'articles', 'harbour', 'index.html');
      // Page, reading and stamp within one tick of the file system's clock, then the page
      // rewritten in it, same size: its size and time are what the stamp recorded.
      const tick = new Date('2025-05-01T08:00:00Z');
      writePage(dist, 'harbour', articlePage('harbour', '2025-04-02', 'The harbour opens in May.'));
      utimesSync(page, tick, tick);
      await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 });
      utimesSync(stampFile, tick, tick);
      writePage(dist, 'harbour', articlePage('harbour', '2025-04-02', 'The harbour opens in June'));
      utimesSync(page, tick, tick);

      expect(await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 })).toMatchObject({ indexedShards: 1 });
      // Once the stamp is older than the page, size and time are trusted.
      expect(await indexSite(dist, { stampFile, searchedPagesDir, maxArticlesPerShard: 1000 })).toMatchObject({ indexedShards: 0 });
    },
    TIMEOUT,
  );

  it(
    'fails with the shard and the reason when Pagefind cannot index a shard whole, other shards on or not',
    async () => {
      const dist = tempDir();
      for (let n = 0; n < 3; n++) writePage(dist, `may-${n}`, articlePage(`may-${n}`, '2025-05-02', `Port report number ${n}.`));
      writePage(dist, 'june-0', articlePage('june-0', '2025-06-02', 'A ferry line opens.'));
      // Not a slug the site makes (src/schema/article.ts): the comma splits the shard's glob, so Pagefind misses the page.
      writePage(dist, 'june,1', articlePage('june,1', '2025-06-03', 'Rail works.'));

      await expect(indexSite(dist, { stampFile: join(tempDir(), 'stamp.json'), searchedPagesDir: tempDir(), maxArticlesPerShard: 3 })).rejects.toThrow(
        'pagefind: shard 2025-06 read 1 of its 2 pages',
      );
    },
    TIMEOUT,
  );
});
