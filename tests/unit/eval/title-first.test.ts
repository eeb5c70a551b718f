import { describe, expect, it } from 'vitest';
import { createExtractors } from '../../../src/ingest/index.ts';
import { loadRegistries } from '../../../src/lib/registries.ts';
import { sha256 } from '../../../src/ingest/read.ts';
import { checkTitleFirstSeed, summarize } from '../../../src/eval/title-first.ts';

const extractors = createExtractors(loadRegistries('content/'));
const seed = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes, hash: sha256(bytes) };
};

// Paragraphs of a real article's length, so the segmenter reads them as an article.
const BODY = [
  'Yahoo has reached the grand old age of 10 and, in internet years, that is a long time for a company that started as a list of links kept by two students.',
  "For many, Yahoo remains synonymous with the internet - a veteran that managed to ride the dot-com wave and the subsequent crash and maintain itself as one of the web's top brands.",
  'But for others there is another, newer net icon threatening to overshadow Yahoo in the post dot-com world, and analysts are divided over which of the two will lead the next decade.',
];

describe('the check of a title-first text corpus', () => {
  it('finds nothing to report on an article read as its layout says', () => {
    const outcome = checkTitleFirstSeed(seed('a.txt', ['Can Yahoo dominate next decade?', ...BODY].join('\n\n')), extractors);
    expect(outcome).toEqual({ name: 'a.txt', paragraphs: 3, lostParagraphs: [] });
  });

  it('reports the date published, a paragraph lost, and a headline without its punctuation', () => {
    const dated = checkTitleFirstSeed(seed('b.txt', ['Yahoo at ten', 'May 8, 2025', ...BODY, 'Advertisement'].join('\n\n')), extractors);
    expect(dated.date).toBe('2025-05-08');
    // The date line and "Advertisement" are what the article is not: the check counts them as lost, which a reader then judges.
    expect(dated.lostParagraphs).toEqual(['May 8, 2025', 'Advertisement']);
    const summary = summarize([dated, { name: 'c.txt', paragraphs: 2, lostParagraphs: [], punctuationLost: { published: 'Can Yahoo win', firstLine: 'Can Yahoo win?' } }]);
    expect(summary).toEqual({ seeds: 2, rejected: 0, headlinesRight: 2, headlinesAsWritten: 1, dated: 1, spuriousDatelines: 0, paragraphs: 7, lostParagraphs: 2, seedsLosingParagraphs: 1 });
  });
});
