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
  'The ferry between the two islands has run every day for forty years, and for most of that time it has carried more freight than passengers across the strait.',
  "This winter the operator says its fuel costs have doubled, and the regional council has not yet agreed to cover the difference before next year's timetable is printed.",
  'Residents of the smaller island say a week without the service would empty their shops, and several of them have started a petition asking the government to step in.',
];

describe('the check of a title-first text corpus', () => {
  it('finds nothing to report on an article read as its layout says', () => {
    const outcome = checkTitleFirstSeed(seed('a.txt', ['Will the ferry survive the winter?', ...BODY].join('\n\n')), extractors);
    expect(outcome).toEqual({ name: 'a.txt', paragraphs: 3, lostParagraphs: [] });
  });

  it('reports the date published, a paragraph lost, and a headline without its punctuation', () => {
    const dated = checkTitleFirstSeed(seed('b.txt', ['Ferry at forty', 'May 8, 2025', ...BODY, 'Share on Facebook Twitter Email'].join('\n\n')), extractors);
    expect(dated.date).toBe('2025-05-08');
    // The date line went to the date field; the share links were set aside as furniture: the check counts them lost, which a reader then judges.
    expect(dated.lostParagraphs).toEqual(['Share on Facebook Twitter Email']);
    const summary = summarize([dated, { name: 'c.txt', paragraphs: 2, lostParagraphs: [], punctuationLost: { published: 'Can the ferry win', firstLine: 'Can the ferry win?' } }]);
    expect(summary).toEqual({ seeds: 2, rejected: 0, headlinesRight: 2, headlinesAsWritten: 1, dated: 1, spuriousDatelines: 0, paragraphs: 7, lostParagraphs: 1, seedsLosingParagraphs: 1 });
  });
});
