import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.ts';
import { countSnippets, listSnippetPages, scoreSnippets } from '../../../src/eval/snippets.ts';
import { splitOf } from '../../../src/eval/split.ts';

/** A folder laid out as trafilatura's tests/: evaldata.json, pages under eval/ and cache/. */
function evalFolder(): string {
  const dir = tempDir('snippets-');
  mkdirSync(join(dir, 'eval'));
  mkdirSync(join(dir, 'cache'));
  writeFileSync(join(dir, 'eval', 'ferry.html'), '<p>The ferry runs.</p>');
  writeFileSync(join(dir, 'cache', 'named.html'), '<p>Named.</p>');
  const entry = (file: string) => ({ file, with: ['The ferry runs.'], without: ['Impressum'] });
  writeFileSync(
    join(dir, 'evaldata.json'),
    JSON.stringify({
      'https://www.news.example.org/ferry': entry('ferry.html'),
      'hard::named.html': entry('named.html'),
      'https://gone.example.org/': entry('gone.html'),
    }),
  );
  return dir;
}

describe("trafilatura's evaluation set", () => {
  it('lists the pages found under eval/ or cache/, each with its site, split and where it is served from', () => {
    const dir = evalFolder();
    const pages = listSnippetPages(dir);
    expect(pages.map(({ url, renderUrl, site, path }) => ({ url, renderUrl, site, path }))).toEqual([
      { url: 'hard::named.html', renderUrl: 'http://fakehost/named.html', site: 'hard::named.html', path: join(dir, 'cache', 'named.html') },
      { url: 'https://www.news.example.org/ferry', renderUrl: 'https://www.news.example.org/ferry', site: 'example.org', path: join(dir, 'eval', 'ferry.html') },
    ]);
    expect(pages[1].split).toBe(splitOf('example.org'));
  });

  it('counts a passage kept when its words are in the body, whatever the spacing, and nothing kept of a rejected page', () => {
    const page = { with: ['The ferry  runs\nevery day.', 'Fares rose.'], without: ['Impressum', 'Share this'] };
    expect(countSnippets(page, 'The ferry runs every\u00a0day. Impressum')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(countSnippets(page, undefined)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('scores the counts summed over pages, as its evaluation does', () => {
    const score = scoreSnippets([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 1, fp: 0, fn: 2, tn: 3 },
    ]);
    expect(score).toMatchObject({ tp: 4, fp: 1, fn: 2, tn: 5, precision: 4 / 5, recall: 4 / 6, accuracy: 9 / 12 });
    expect(score.f1).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
  });
});
