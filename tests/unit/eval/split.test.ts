import { describe, expect, it } from 'vitest';
import { listPages } from '../../../src/eval/datasets.ts';
import { siteOf, splitOf } from '../../../src/eval/split.ts';

describe('the dev/test split by site', () => {
  it('takes a page\'s site as its registrable domain', () => {
    expect(siteOf('https://www.nytimes.com/2019/11/18/opinion/x.html')).toBe('nytimes.com');
    expect(siteOf('https://cooking.nytimes.com/recipes/1')).toBe('nytimes.com');
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('https://noticias.uol.com.br/x')).toBe('uol.com.br');
    expect(siteOf('https://www.news.az/news/x')).toBe('news.az');
    expect(siteOf('http://localhost:8080/x')).toBe('localhost');
  });

  it('puts a site in dev when the first byte of sha256(site) is even', () => {
    // sha256("reuters.com") starts with 0xf2, sha256("nytimes.com") with 0xf1 (checked with sha256sum).
    expect(splitOf('reuters.com')).toBe('dev');
    expect(splitOf('nytimes.com')).toBe('test');
  });

  it('keeps every site of both datasets on one side and puts about half the pages on each', () => {
    const pages = listPages();
    const sides = new Map<string, Set<string>>();
    for (const page of pages) sides.set(siteOf(page.url), (sides.get(siteOf(page.url)) ?? new Set()).add(splitOf(siteOf(page.url))));
    expect([...sides.values()].every((side) => side.size === 1)).toBe(true);
    for (const dataset of ['aeb', 'htmldate']) {
      const ofDataset = pages.filter((page) => page.dataset === dataset);
      const dev = ofDataset.filter((page) => splitOf(siteOf(page.url)) === 'dev').length;
      expect(dev / ofDataset.length).toBeGreaterThan(0.4);
      expect(dev / ofDataset.length).toBeLessThan(0.6);
    }
  });
});
