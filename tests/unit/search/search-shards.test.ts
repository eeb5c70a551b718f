import { describe, expect, it } from 'vitest';
import { planSearchShards, type ShardedPage } from '../../../src/build/search-shards.ts';

/** `count` pages dated in `month`, named after it. */
function pages(month: string, count: number): ShardedPage[] {
  return Array.from({ length: count }, (_, index) => ({ path: `articles/${month}-${index}/index.html`, date: `${month}-${String((index % 28) + 1).padStart(2, '0')}` }));
}

const sizes = (shards: { id: string; paths: string[] }[]) => shards.map((shard) => [shard.id, shard.paths.length]);

describe('planSearchShards', () => {
  it('packs whole months, oldest first, up to the limit', () => {
    const shards = planSearchShards([...pages('2025-03', 2), ...pages('2024-12', 3), ...pages('2025-01', 1), ...pages('2025-02', 4)], 5);
    expect(sizes(shards)).toEqual([
      ['2024-12', 4], // December and January: 3 + 1; February would make 8
      ['2025-02', 4], // February; March would make 6
      ['2025-03', 2],
    ]);
  });

  it('never splits a month, even one larger than the limit', () => {
    expect(sizes(planSearchShards([...pages('2025-01', 1), ...pages('2025-02', 9), ...pages('2025-03', 1)], 4))).toEqual([
      ['2025-01', 1],
      ['2025-02', 9],
      ['2025-03', 1],
    ]);
  });

  it('puts a new article of the latest month in the last shard and leaves the others as they were', () => {
    const before = planSearchShards([...pages('2025-01', 3), ...pages('2025-02', 3), ...pages('2025-03', 2)], 4);
    const after = planSearchShards([...pages('2025-01', 3), ...pages('2025-02', 3), ...pages('2025-03', 2), { path: 'articles/new/index.html', date: '2025-03-30' }], 4);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.paths).toContain('articles/new/index.html');
  });

  it('lists each shard\'s pages sorted, whatever the order they came in', () => {
    const [shard] = planSearchShards([{ path: 'articles/b/index.html', date: '2025-01-02' }, { path: 'articles/a/index.html', date: '2025-01-09' }], 10);
    expect(shard.paths).toEqual(['articles/a/index.html', 'articles/b/index.html']);
  });

  it('refuses a page without a date, naming it', () => {
    expect(() => planSearchShards([{ path: 'articles/x/index.html', date: '' }], 10)).toThrow('articles/x/index.html');
  });

  it('makes no shard of no pages', () => {
    expect(planSearchShards([], 10)).toEqual([]);
  });
});
