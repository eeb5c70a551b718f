/**
 * Every byte of a seed is hostile: each case in tests/fixtures/hostile is either
 * ingested (and shown literally: the site tests check the rendering) or
 * rejected with one line naming the file and the reason. Nothing else is lost.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestReport } from '../../src/ingest/run.ts';
import { articleSchema, type ArticleData } from '../../src/schema/article.ts';
import { writeLargeSeeds } from '../support/large-seeds.ts';
import { copySeeds, tempDir } from '../support/temp.ts';

let report: IngestReport;
let out: string;
let articles: Map<string, { data: ArticleData; body: string; mdx: string }>;
let largeSeeds: number;

beforeAll(async () => {
  const seeds = copySeeds('tests/fixtures/hostile');
  largeSeeds = Object.keys(writeLargeSeeds(seeds)).length;
  out = tempDir();
  report = await runIngest({ seedsDir: seeds, articlesDir: out, registriesDir: 'content' });
  articles = readArticles(out);
});

function readArticles(dir: string): Map<string, { data: ArticleData; body: string; mdx: string }> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const mdx = readFileSync(join(dir, name), 'utf8');
        const parsed = matter(mdx, {});
        const data = articleSchema.parse(parsed.data);
        return [data.seed, { data, body: parsed.content, mdx }];
      }),
  );
}

describe('rejected, each with its reason', () => {
  it.each([
    ['empty.txt', 'empty file'],
    ['whitespace.txt', 'no text: the file holds only whitespace'],
    ['photo.jpg.txt', 'not text: the file holds binary data'],
    ['impossible-date.txt', 'impossible date 2025-02-30'],
    ['wrong-type.txt', 'front matter field "title" Invalid input: expected string, received number'],
    ['url-javascript.txt', 'front matter field "url" must be an http(s) URL'],
    ['page-no-article.html', 'no article found in the HTML page'],
    ['element-flood.html', 'page too large: more than 30000 elements'],
    ['deep-nesting.html', 'page nested too deep: more than 400 elements inside one another'],
  ])('%s: %s', (seed, reason) => {
    expect(report.rejected).toContainEqual({ seed, reason });
  });

  it('bad-yaml.txt: front matter that is not YAML', () => {
    expect(report.rejected.find((r) => r.seed === 'bad-yaml.txt')?.reason).toMatch(/^front matter is not valid YAML: /);
  });

  it('rejects nothing else, and every other seed is published or named as a duplicate', () => {
    expect(report.rejected).toHaveLength(10);
    const seeds = readdirSync('tests/fixtures/hostile').length + largeSeeds;
    expect(articles.size + report.rejected.length + report.duplicates.length).toBe(seeds);
  });
});

describe('ingested and kept literal', () => {
  it('publishes a seed that states no date undated, with a warning, never with a guessed day', () => {
    const { data, mdx } = articles.get('no-date.txt')!;
    expect(data.date).toBeUndefined();
    expect(mdx).not.toMatch(/^date:/m);
    expect(report.warnings).toContainEqual({ seed: 'no-date.txt', message: "no date found in the text or front matter: published undated (set date in the seed's front matter)" });
  });

  it('reads Windows-1252 text, with a warning', () => {
    const { data, body } = articles.get('latin1.txt')!;
    expect(body).toContain('The café owners’ association said on Friday that “tourism is back”');
    expect(data.date).toBe('2025-03-14');
    expect(data.dateline).toBe('Paris');
    expect(report.warnings).toContainEqual({ seed: 'latin1.txt', message: 'not valid UTF-8: read as Windows-1252' });
  });

  it('reads UTF-16, CRLF and NFD text into NFC', () => {
    expect(articles.get('utf16.txt')!.body).toContain('Việt Nam');
    expect(articles.get('crlf.txt')!.data).toMatchObject({ title: 'Hanoi hosts regional energy forum', date: '2025-05-12' });
    expect(articles.get('crlf.txt')!.body).not.toContain('\r');
    const nfd = articles.get('nfd.txt')!;
    expect(nfd.body).toContain('Thừa Thiên Huế'.normalize('NFC'));
    expect(nfd.body).toBe(nfd.body.normalize('NFC'));
  });

  it('escapes text hostile to MDX and HTML in the page source', () => {
    const { data, body } = articles.get('mdx-hostile.txt')!;
    expect(data.title).toBe('Script tags <script>alert(1)</script> and {process.exit(1)} in a headline');
    expect(body).toContain('\\{process.exit(1)\\}');
    expect(body).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(body).toContain("&#105;mport fs from 'node:fs'");
    expect(body).toContain('&#101;xport const pwned = true');
    expect(body).not.toMatch(/^(import|export|---|<|\{)/m);
  });

  it('takes names that are also Object.prototype\'s keys ("Constructor", "ValueOf", "__proto__")', () => {
    const { data } = articles.get('prototype-words.txt')!;
    expect(data.entities.organizations).toContain('Constructor Group');
    expect(data.entities.places).toEqual(['Geneva']);
  });

  it('takes file names with spaces, other scripts and other extensions', () => {
    for (const seed of ['статья 1.txt', 'tin tức.md', 'no-extension']) expect(articles.has(seed), seed).toBe(true);
    expect(articles.get('tin tức.md')!.data.dateline).toBe('Đà Nẵng');
  });

  it('takes a 5 MB paragraph, 20,000 short lines, a line of 2,000 dates, a 200 KB word, 100 KB of hashtags and 2,000 lines of dashes', () => {
    expect(articles.get('huge-paragraph.txt')!.body.length).toBeGreaterThan(5_000_000);
    expect(articles.get('many-lines.txt')!.body).toContain('Line 20000 of the council minutes.');
    // Read in bounded time (each of its dates was once searched for along the whole line: 15 minutes).
    expect(articles.get('date-run.txt')!.data.title).toBe('Ferry timetable for the winter season');
    expect(articles.get('date-run.txt')!.body).toContain('The ferry operator published its winter timetable on Monday');
    expect(articles.get('long-word.txt')!.data.title).toBe('Envoys meet in Washington');
    expect(articles.get('hashtags.txt')!.data.title).toBe('Hashtags of the week');
    expect(articles.get('dash-lines.txt')!.body).toContain('approved the budget for schools');
  });
});

describe('saved pages (HTML)', () => {
  it('reads the article of a page full of scripts, handlers and javascript: links as text only', () => {
    const { data, body, mdx } = articles.get('page-scripts.html')!;
    expect(data).toMatchObject({ title: 'Da Nang port handles record cargo', date: '2025-06-12', dateline: 'Đà Nẵng' });
    expect(body.trim().split('\n\n')).toEqual([
      'The port of Tiên Sa handled a record 1.2 million tonnes of cargo in May, the port authority said on Thursday, as new berths for container ships opened.',
      'Officials said the new berths can take ships of up to 50,000 tonnes, twice the size the port could take before.',
      'The authority expects to handle 14 million tonnes this year, up from 11.5 million last year, as exporters from the central provinces move goods through the city.',
      'Shipping lines from Singapore and Busan added weekly calls at the port in April, the authority said, and two more are expected before the end of the year.',
    ]);
    // Neither its javascript: canonical nor its data: og:url becomes the article's link.
    expect(data.url).toBeUndefined();
    expect(mdx).not.toMatch(/<|javascript:|data:|onerror|onload|alert|__digestPageRan|127\.0\.0\.1|fallback text|written by a script/i);
  });

  it('runs none of its scripts or handlers', () => {
    expect((globalThis as { __digestPageRan?: string }).__digestPageRan).toBeUndefined();
  });

  it('reads a page of broken markup as a browser would', () => {
    const { data, body } = articles.get('page-broken.html')!;
    expect(data).toMatchObject({ title: 'Hue festival draws crowds', date: '2025-04-28', dateline: 'Huế' });
    expect(body).toContain('Hotels in the city were almost full for the opening weekend, and the festival');
    expect(body).toContain('A paragraph in a table, where it does not belong, still reads as text for visitors.');
    expect(body).toContain('Visitors from 3 \\< 5 provinces \\& more came');
    expect(body).not.toContain('inside the comment');
  });

  it('takes a 5 MB page', () => {
    const { data, body } = articles.get('huge-page.html')!;
    expect(data.date).toBe('2025-07-03');
    expect(body).toContain('Item 18000: The regional council');
  });

  it('fetches nothing a page points at: stylesheets, scripts, images, frames, refreshes', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const seeds = tempDir();
      const page = readFileSync('tests/fixtures/hostile/page-scripts.html', 'utf8').replaceAll('127.0.0.1:9/', `127.0.0.1:${port}/`);
      expect(page).toContain(`127.0.0.1:${port}/tracker.js`);
      writeFileSync(join(seeds, 'page-scripts.html'), page);
      const result = await runIngest({ seedsDir: seeds, articlesDir: tempDir(), registriesDir: 'content' });
      expect(result.rejected).toEqual([]);
      // Anything a page could make happen (a fetch, a load) would have had time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });
});

describe('duplicates and collisions', () => {
  it('publishes the same article under two names once, naming both', () => {
    expect(report.duplicates).toEqual([{ seed: 'duplicate-a.txt', of: 'duplicate b (copy).txt' }]);
    expect(articles.has('duplicate b (copy).txt')).toBe(true);
    expect(articles.has('duplicate-a.txt')).toBe(false);
  });

  it('gives two seeds whose titles make the same slug distinct slugs', () => {
    const first = articles.get('collision-1.txt')!.data.slug;
    const second = articles.get('collision-2.txt')!.data.slug;
    expect(first).toBe('ministers-discuss-trade');
    expect(second).toMatch(/^ministers-discuss-trade-[0-9a-f]{6}$/);
  });
});

describe('reproducible', () => {
  it('writes byte-identical pages from the same seeds', async () => {
    const again = tempDir();
    const seeds = copySeeds('tests/fixtures/hostile');
    await runIngest({ seedsDir: seeds, articlesDir: again, registriesDir: 'content' });
    for (const name of readdirSync(again).filter((n) => n.endsWith('.mdx'))) {
      expect(readFileSync(join(again, name), 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
    }
  });
});
