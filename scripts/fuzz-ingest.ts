/**
 * npm run fuzz -- [--size BYTES] [--slow MS]
 * Times the ingest's per-seed work (prepareSeed, on this thread) on hostile texts of about BYTES each
 * (default 20,000): a run of one piece of news text, the same as lines of fifty, a wire lede
 * followed by a run of two pieces, and saved pages with a part of that size (a title, metadata,
 * JSON-LD, a paragraph of dates, thousands of links, headings, list items or line breaks, a <pre>). A check whose time grows with the square of a line's length shows
 * as a text taking far longer than the rest; those over MS (default 500) are listed, then the worst.
 * Not a test: the times are this machine's. Stop 42 found four such checks with it (README, Bad input).
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { createExtractors, prepareSeed } = await import('../src/ingest/index.ts');
const { loadRegistries } = await import('../src/lib/registries.ts');

const { values } = parseArgs({ options: { size: { type: 'string', default: '20000' }, slow: { type: 'string', default: '500' } } });
const size = Number(values.size);
const slow = Number(values.slow);

/** Pieces of what news text is made of: letters, digits, marks, dates, datelines, credits, tags, other scripts. */
const PIECES = [
  'a', 'A', '1', ' ', '.', ',', '-', '—', ':', '|', '/', '(', ')', '"', '“', "'", '’', '\t', 'Aa ', 'A. ', '1, ', 'Mr. ', 'By ',
  '© ', 'Photo: ', 'HANOI — ', '2019 ', 'Nov 12, ', '12/05/2025 ', '… ', '- ', 'https://x.y/ ', '@a ', '#a ', 'á', 'Đ', '中', 'ﷺ',
  '\u200b', '.. ', 'A- ', 'Ab-Cd ', 'a@b.c ', '10:30 ', 'am ', 'Reuters ', 'AP ', '(AP) ', '— ',
];

function* hostileTexts(): Generator<[string, string]> {
  const run = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length));
  for (const piece of PIECES) {
    yield [`run of ${JSON.stringify(piece)}`, `Headline here\n\n${run(piece, size)}\n\nThe end of it all came on Monday, officials said.`];
    yield [`run of ${JSON.stringify(piece)}, then "!"`, `Headline here\n\n${run(piece, size)}!`];
    yield [`lines of ${JSON.stringify(piece)}`, `Headline here\n\n${`${piece.repeat(50)}\n`.repeat(Math.ceil(size / 50 / piece.length))}`];
  }
  for (const first of PIECES) {
    for (let second = 0; second < PIECES.length; second += 7) {
      const pair = first + PIECES[second];
      yield [`wire lede, then a run of ${JSON.stringify(pair)}`, `Headline here\n\nWASHINGTON (Reuters) - ${run(pair, size / 4)}x`];
    }
  }
}

function* hostilePages(): Generator<[string, string]> {
  const run = (piece: string) => piece.repeat(Math.ceil(size / piece.length));
  const article = '<p>The council met on Monday and approved the budget for schools and roads across the province, officials said.</p>'.repeat(5);
  const page = (head: string, extra: string, title = 'Council approves budget') =>
    `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><article><h1>Council approves budget</h1>${article}${extra}</article></body></html>`;
  yield ['page: a long <title>', page('', '', run('AĐ '))];
  yield ['page: a long og:title', page(`<meta property="og:title" content="${run('AĐ')}">`, '')];
  yield ['page: a long JSON-LD headline', page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"${run('AĐ')}"}</script>`, '')];
  yield ['page: JSON-LD nested 20,000 deep', page(`<script type="application/ld+json">${'['.repeat(20_000)}${']'.repeat(20_000)}</script>`, '')];
  yield ['page: a paragraph of dates', page('', `<p>${run('12/05/2025 ')}</p>`)];
  yield ['page: <time> elements', page('', run('<time datetime="2025-05-01">May 1</time>'))];
  yield ['page: a paragraph of links', page('', `<p>${run('<a href="/x">x</a> ')}</p>`)];
  yield ['page: date metas', page(run('<meta name="date" content="2025-05-01">'), '')];
  yield ['page: headings', page('', run('<h1>Headline</h1>'))];
  yield ['page: list items', page('', `<ul>${run('<li>Item</li>')}</ul>`)];
  yield ['page: line breaks', page('', run('<br>'))];
  yield ['page: lines of dashes in a <pre>', page('', `<pre>${run(`${'—'.repeat(50)}\n`)}</pre>`)];
  yield ['page: entities', page('', `<p>${run('&amp;&#x1F600;&nbsp;')}</p>`)];
}

const extractors = createExtractors(loadRegistries('content'));
const encoder = new TextEncoder();
let worst: { name: string; ms: number } = { name: '', ms: 0 };
let count = 0;
const cases: Array<[string, string, string]> = [
  ...Array.from(hostileTexts(), ([name, text]): [string, string, string] => [name, text, 'fuzz.txt']),
  ...Array.from(hostilePages(), ([name, html]): [string, string, string] => [name, html, 'fuzz.html']),
];
for (const [name, text, file] of cases) {
  const start = performance.now();
  prepareSeed({ name: file, bytes: encoder.encode(text), hash: String(count++) }, extractors);
  const ms = performance.now() - start;
  if (ms > worst.ms) worst = { name, ms };
  if (ms > slow) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name} (${text.length} characters)`);
}
console.log(`${count} texts and pages of about ${size} characters; the slowest: ${worst.name}, ${worst.ms.toFixed(0)} ms`);
