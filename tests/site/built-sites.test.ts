/**
 * The invariants of ./support/site-invariants.ts on the sites the global setup
 * builds with the real `npm run build` (ingest → Astro → Pagefind): the seeds
 * at "/", and the seeds plus the test corpus under "/digest".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { describeSiteInvariants } from './support/site-invariants.ts';
import { attr, readPage, textOf } from './support/html.ts';

const sites = inject('sites');

for (const built of Object.values(sites)) {
  describeSiteInvariants(`${built.name} (base ${built.base})`, () => ({
    distDir: built.distDir,
    base: built.base,
    site: SITE.site,
    contentDir: built.contentDir,
  }));
}

describe('the build log', () => {
  it('does not repeat the MDX "module level directive" warning per article', () => {
    for (const built of Object.values(sites)) {
      expect(built.log, built.name).not.toMatch(/module level directive/i);
    }
  });
});

describe('Markdown rendered in the content loader\'s thread', () => {
  it('gives the article bodies Astro renders on its own thread (the seeds, in both sites)', () => {
    const { seeds, corpus } = sites;
    const slugs = readdirSync(join(seeds.distDir, 'articles'));
    expect(slugs).toHaveLength(5);
    // The body only: pages differ around it (base path, related coverage), and its links carry the base.
    const body = (distDir: string, base: string, slug: string) => {
      const html = readFileSync(join(distDir, 'articles', slug, 'index.html'), 'utf8');
      return /<div class="prose">[\s\S]*?<\/div>/.exec(html)![0].replaceAll(`href="${base}/`, 'href="/');
    };
    for (const slug of slugs) {
      const inPlace = body(seeds.distDir, '', slug);
      expect(inPlace, slug).toContain('class="entity"');
      expect(body(corpus.distDir, corpus.base, slug), slug).toBe(inPlace);
    }
  });
});

describe('a saved page among the seeds (tests/fixtures/articles/saved-page-vns.html)', () => {
  it('is published with the fields its metadata states and its article as text', () => {
    const { corpus } = sites;
    const page = readPage(join(corpus.distDir, 'articles', 'hai-phong-opens-rail-link-to-lach-huyen', 'index.html'));
    // The JSON-LD headline, the published (not the modified) date, the outlet by its domain, the canonical address.
    expect(textOf(page.one('h1'))).toBe('Hải Phòng opens rail link to Lạch Huyện deep-water port');
    expect(attr(page.one('.article__meta time'), 'datetime')).toBe('2025-04-17');
    const links = page.all('.article__meta a').map((link) => attr(link, 'href'));
    expect(links).toEqual(['/digest/sources/vna/', 'https://vietnamnews.vn/economy/1700001/hai-phong-opens-rail-link-to-lach-huyen-port.html']);
    const prose = page.one('.prose')!;
    expect(prose.querySelectorAll('p')).toHaveLength(5);
    expect(textOf(prose)).toMatch(/^The northern port city of Hải Phòng opened a 12-kilometre railway/);
    expect(textOf(prose)).not.toMatch(/Most Read|Related News|Container ships at|dataLayer|Share:|All rights reserved/);
    expect(prose.querySelectorAll('script, img, figure, form, iframe')).toHaveLength(0);
  });
});
