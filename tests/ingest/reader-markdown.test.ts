/**
 * Pages a reader tool saved as Markdown (Jina Reader's "Title: / URL Source: / Published Time: /
 * Markdown Content:" header, then the page as Markdown): the syntax goes, the header's fields are
 * read as a saved page's metadata.
 */
import { describe, expect, it } from 'vitest';
import { readerMetadata, withoutMarkdown } from '../../src/ingest/text/markdown.ts';

describe("a reader tool's Markdown", () => {
  it('loses its links, images, headings, bold and quotation markers, keeping their words', () => {
    expect(withoutMarkdown('# Ferry fares rise')).toBe('Ferry fares rise');
    expect(withoutMarkdown('The [council](https://example.org/council) met on **Monday**.')).toBe('The council met on Monday.');
    expect(withoutMarkdown('![The ferry at dawn](https://example.org/ferry.jpg)')).toBe('');
    expect(withoutMarkdown('> "This is a milestone," the minister said.')).toBe('"This is a milestone," the minister said.');
    expect(withoutMarkdown('>> nested quotation')).toBe('nested quotation');
    // A line with no Markdown is left as it is.
    expect(withoutMarkdown('Fares rose 5% > inflation, critics said.')).toBe('Fares rose 5% > inflation, critics said.');
  });

  it("reads the header's address and publication time as the page's metadata", () => {
    const lines = [
      'Title: Ferry fares rise - Island News',
      '',
      'URL Source: https://news.example.org/ferry-fares',
      '',
      'Published Time: 2025-04-14T16:05:00+07:00',
      '',
      'Markdown Content:',
      '# Ferry fares rise',
    ];
    expect(readerMetadata(lines)).toEqual({
      headlines: [],
      dates: [{ value: '2025-04-14T16:05:00+07:00', rule: 'reader field Published Time' }],
      urls: [{ value: 'https://news.example.org/ferry-fares', rule: 'reader field URL Source' }],
      outletNames: [],
      titles: ['Ferry fares rise - Island News'],
    });
  });

  it('takes only an http(s) address, and nothing from a text without the header', () => {
    expect(readerMetadata(['URL Source: javascript:alert(1)', 'Markdown Content:'])?.urls).toEqual([]);
    // An address the URL parser cannot read would fail the article's schema: it is not taken.
    expect(readerMetadata(['URL Source: https://[news.example.org', 'Markdown Content:'])?.urls).toEqual([]);
    expect(readerMetadata(['Ferry fares rise', 'URL Source: https://news.example.org/ferry-fares', 'The council met.'])).toBeUndefined();
    // "Markdown Content:" far down a text is some article's words, not a reader's header.
    expect(readerMetadata([...Array.from({ length: 20 }, (_, n) => `Paragraph ${n}.`), 'Markdown Content:'])).toBeUndefined();
  });
});
