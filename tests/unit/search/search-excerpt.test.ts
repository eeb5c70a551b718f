import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/scripts/search-excerpt.ts';

describe('excerptParts', () => {
  test('splits highlights from plain text, with spaces in the plain parts', () => {
    expect(excerptParts('General Secretary <mark>To</mark> <mark>Lam</mark> visited Baku.', 'General Secretary To Lam visited Baku.')).toEqual([
      { text: 'General Secretary ', marked: false },
      { text: 'To', marked: true },
      { text: ' ', marked: false },
      { text: 'Lam', marked: true },
      { text: ' visited Baku.', marked: false },
    ]);
  });

  test('gives back the page text exactly, whatever it holds', () => {
    // Pagefind escapes < and > but not &: "&lt;b&gt;" in the text and "<b>" would look alike.
    const content = 'Tags <script>alert(1)</script> and &lt;b&gt; and <mark>fake</mark> & more';
    const excerpt = 'Tags <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> and &lt;b&gt; and &lt;mark&gt;fake&lt;/mark&gt; & more';
    expect(excerptParts(excerpt, content)).toEqual([
      { text: 'Tags ', marked: false },
      { text: '<script>alert(1)</script>', marked: true },
      { text: ' and &lt;b&gt; and <mark>fake</mark> & more', marked: false },
    ]);
  });

  test('reads an excerpt from the middle of a long text', () => {
    const content = `${'word '.repeat(100)}the oil price rose ${'word '.repeat(100)}`;
    expect(excerptParts('the <mark>oil</mark> price', content)).toEqual([
      { text: 'the ', marked: false },
      { text: 'oil', marked: true },
      { text: ' price', marked: false },
    ]);
  });

  test('unescapes the excerpt itself when the text does not match it', () => {
    expect(excerptParts('a &lt;b&gt; <mark>c</mark>')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  test('gives nothing for an empty excerpt', () => {
    expect(excerptParts('', 'some text')).toEqual([]);
  });
});
