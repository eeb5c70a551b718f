/** src/site/urls.ts: every internal URL, at the root and under a base path. */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function urlsWithBase(base: string | undefined) {
  vi.resetModules();
  if (base === undefined) delete process.env.DIGEST_BASE;
  else process.env.DIGEST_BASE = base;
  process.env.DIGEST_SITE = 'https://news.example.com';
  return import('../../src/site/urls.ts');
}

const saved = { base: process.env.DIGEST_BASE, site: process.env.DIGEST_SITE };
afterEach(() => {
  for (const [key, value] of [['DIGEST_BASE', saved.base], ['DIGEST_SITE', saved.site]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('site URLs', () => {
  it('end pages with a slash and files without, at the root', async () => {
    const urls = await urlsWithBase(undefined);
    expect(urls.homeUrl()).toBe('/');
    expect(urls.articleUrl('asadov-meets-to-lam')).toBe('/articles/asadov-meets-to-lam/');
    expect(urls.topicUrl('energy')).toBe('/topics/energy/');
    expect(urls.topicFeedUrl('energy')).toBe('/topics/energy/rss.xml');
    expect(urls.entityUrl('people', 'Tô Lâm')).toBe('/people/to-lam/');
    expect(urls.entityPageUrl({ kind: 'places', slug: 'ha-noi' })).toBe('/places/ha-noi/');
    expect(urls.sourceUrl('vna')).toBe('/sources/vna/');
    expect(urls.archiveUrl()).toBe('/archive/');
    expect(urls.archiveUrl('2025')).toBe('/archive/2025/');
    expect(urls.archiveUrl('2025', '05')).toBe('/archive/2025/05/');
    expect(urls.feedUrl()).toBe('/rss.xml');
    expect(urls.absoluteUrl(urls.articleUrl('x'))).toBe('https://news.example.com/articles/x/');
  });

  it('put everything under the base path, however it is written', async () => {
    for (const base of ['/digest', 'digest/', '/digest/']) {
      const urls = await urlsWithBase(base);
      expect(urls.homeUrl()).toBe('/digest/');
      expect(urls.entityUrl('organizations', 'Heydar Aliyev Foundation')).toBe('/digest/organizations/heydar-aliyev-foundation/');
      expect(urls.archiveUrl('2025', '05')).toBe('/digest/archive/2025/05/');
      expect(urls.filePath('/pagefind/')).toBe('/digest/pagefind/');
      expect(urls.absoluteUrl(urls.feedUrl())).toBe('https://news.example.com/digest/rss.xml');
    }
  });

  it('give names slugify cannot spell a stable slug of their own', async () => {
    const urls = await urlsWithBase(undefined);
    const slug = urls.entitySlug('Ильхам Алиев');
    expect(slug).toMatch(/^entity-[0-9a-z]+$/);
    expect(urls.entitySlug('Ильхам Алиев')).toBe(slug);
    expect(urls.entitySlug('Мехрибан Алиева')).not.toBe(slug);
  });
});
