import { describe, expect, it } from 'vitest';
import { matchShingles, scoreBodies, shingles, tokenize } from '../../../src/eval/body-score.ts';

// Every expected value below is worked out by hand from the benchmark's evaluate.py.
describe('the benchmark body metric', () => {
  it('splits text into tokens as Python\'s \\w+ does: letters and digits of any script and "_", not marks or punctuation', () => {
    expect(tokenize('Việt Nam’s GDP grew 7% (a_b) ½')).toEqual(['Việt', 'Nam', 's', 'GDP', 'grew', '7', 'a_b', '½']);
    // A combining accent is no word character in Python: a decomposed "é" splits the word there.
    expect(tokenize('cafe\u0301s')).toEqual(['cafe', 's']);
    expect(tokenize('— …')).toEqual([]);
  });

  it('counts word 4-grams with their multiplicity, and a text of fewer than four words as one shingle', () => {
    expect(shingles('x y z w x y z w')).toEqual(
      new Map([
        ['x y z w', 2],
        ['y z w x', 1],
        ['z w x y', 1],
        ['w x y z', 1],
      ]),
    );
    expect(shingles('Breaking news')).toEqual(new Map([['Breaking news', 1]]));
    expect(shingles('')).toEqual(new Map());
  });

  it('normalises a page\'s TP, FP and FN to sum to 1', () => {
    // Gold shingles: "a b c d", "b c d e"; predicted: "a b c d", "b c d x": TP 1, FP 1, FN 1.
    expect(matchShingles('a b c d e', 'a b c d x')).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
    // Gold "x y z w" twice among five shingles, predicted once: TP 1, FN 4.
    expect(matchShingles('x y z w x y z w', 'x y z w')).toEqual({ tp: 0.2, fp: 0, fn: 0.8 });
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('keeps case: "The" and "the" are different tokens', () => {
    expect(matchShingles('The cat sat down', 'the cat sat down')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('averages precision over the pages that predicted something and recall over the pages with gold text', () => {
    const perfect = matchShingles('a b c d e', 'a b c d e'); // P 1, R 1
    const half = matchShingles('a b c d e', 'a b c d x'); // P 0.5, R 0.5
    const empty = matchShingles('a b c d', ''); // no precision; R 0
    const score = scoreBodies([perfect, half, empty])!;
    expect(score.precision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(score.recall).toBeCloseTo((1 + 0.5 + 0) / 3, 12);
    expect(score.f1).toBeCloseTo((2 * 0.75 * 0.5) / (0.75 + 0.5), 12);
    expect([score.precisionPages, score.recallPages]).toEqual([2, 3]);
  });

  it('scores a prediction that shares no shingle 0, and a page with neither gold nor prediction in neither average', () => {
    const score = scoreBodies([matchShingles('a b c d', 'e f g h'), matchShingles('', '')])!;
    expect(score).toMatchObject({ precision: 0, recall: 0, f1: 0, precisionPages: 1, recallPages: 1 });
    expect(scoreBodies([matchShingles('a b c d', '')])).toBeUndefined();
  });
});
