import { describe, expect, it } from 'vitest';
import { searchedPart } from '../../../src/build/pagefind.ts';

const page = (body: string, around = '') =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><main>${body}<aside><h2>Related coverage</h2>${around}</aside></main></body></html>`;

describe('searchedPart', () => {
  it('is the data-pagefind-body element, nested elements of its kind included', () => {
    const body = '<article class="a" data-pagefind-body><h1>Title</h1><article><p>quoted</p></article><p>after</p></article>';
    expect(searchedPart(page(body, '<p>one</p>'))).toBe(body);
  });

  it('ignores what changes around the element: two pages differing only there give the same part', () => {
    const body = '<div data-pagefind-body><p>Text</p></div>';
    expect(searchedPart(page(body, '<a href="/articles/new/">A new article</a>'))).toBe(searchedPart(page(body, '<a href="/articles/old/">An old one</a>')));
  });

  it('is the whole page when something outside the element is meant for Pagefind', () => {
    const html = page('<article data-pagefind-body><p>Text</p></article>', '<span data-pagefind-filter="tag">x</span>');
    expect(searchedPart(html)).toBe(html);
  });

  it('is the whole page when no element is marked, or the marked one is never closed', () => {
    expect(searchedPart(page('<article><p>Text</p></article>'))).toBe(page('<article><p>Text</p></article>'));
    const unclosed = '<html><body><article data-pagefind-body><p>Text</p></body></html>';
    expect(searchedPart(unclosed)).toBe(unclosed);
  });

  it('does not take an attribute that merely starts the same for the marker', () => {
    const html = page('<article data-pagefind-body-like="1"><p>Text</p></article>');
    expect(searchedPart(html)).toBe(html);
  });
});
