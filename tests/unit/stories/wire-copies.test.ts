/** src/site/wire-copies.ts: one wire text under several outlets' headlines and trailers is one text. */
import { describe, expect, it } from 'vitest';
import { areCopies, groupCopies, textWords } from '../../../src/site/wire-copies.ts';
import { seedArticles } from './seed-articles.ts';

const seeds = seedArticles();
// Real article text: the five seeds' summaries run together make a body of some length.
const body = seeds.map(({ data }) => data.summary).join(' ');

describe('wire copies', () => {
  it('are the same text under another trailer, or cut short', () => {
    const words = textWords(body);
    expect(areCopies(words, textWords(`${body} Reporting by the Hà Nội bureau; editing by the desk.`))).toBe(true);
    expect(areCopies(words, textWords(body.slice(0, Math.floor(body.length * 0.6))))).toBe(true);
    expect(areCopies(textWords(`<p>${body}</p><p>— VNA/VNS</p>`), words)).toBe(true);
  });

  it('are not two texts that share a sentence', () => {
    const [first, second] = seeds.map(({ data }) => data.summary);
    expect(areCopies(textWords(`${first} ${second}`), textWords(`${first} ${seeds[2].data.summary}`))).toBe(false);
    expect(areCopies(textWords(seeds[0].data.summary), textWords(seeds[1].data.summary))).toBe(false);
  });

  it('below twenty shingles, are copies only when their words are the same', () => {
    expect(areCopies(textWords('Ministers met in Baku on Monday.'), textWords('Ministers met in Baku, on Monday!'))).toBe(true);
    expect(areCopies(textWords('Ministers met in Baku on Monday.'), textWords('Ministers met in Hanoi on Monday.'))).toBe(false);
    expect(areCopies([], [])).toBe(false);
  });

  it('group under the earliest article carrying the text, through copies of copies', () => {
    const texts: Record<string, string> = {
      original: body,
      trimmed: body.slice(0, Math.floor(body.length * 0.7)),
      other: seeds.map(({ data }) => data.title).join(' ') + ' ' + seeds.map(({ data }) => data.title).reverse().join(' '),
      extended: `${body} The agency's correspondent added a line.`,
    };
    const groups = groupCopies(Object.keys(texts), (name) => textWords(texts[name]));
    expect(groups).toEqual([
      { article: 'original', copies: ['trimmed', 'extended'] },
      { article: 'other', copies: [] },
    ]);
  });
});
