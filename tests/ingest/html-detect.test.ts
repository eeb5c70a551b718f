/** Which seeds go down the HTML path: saved pages by name or by how their text opens, never a text article quoting a tag. */
import { describe, expect, it } from 'vitest';
import { isHtmlSeed } from '../../src/ingest/html/detect.ts';

describe('a saved page', () => {
  it.each([
    ['page.html', 'Plain words in a file named .html'],
    ['Article.HTM', '<p>A fragment</p>'],
  ])('by its name: %s', (name, text) => {
    expect(isHtmlSeed(name, text)).toBe(true);
  });

  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>x</p></body></html>'],
    ['a lower-case doctype after blank lines and a BOM', '\uFEFF\n\n<!doctype html><title>T</title><p>x'],
    ["a browser's saved-from comment", '<!-- saved from url=(0045)https://example.org/news/1 -->\n<html lang="en"><body><p>x</p></body></html>'],
    ['an XML declaration and an XHTML doctype', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html><body></body></html>'],
    ['<html> with attributes, closed', '<html class="no-js" lang="en-US"><head></head><body><p>x</p></body></html>'],
    ['a head without <html>', '<head><title>T</title></head><body><p>x</p></body>'],
    ['<body> alone, closed', '<body>\n<p>Text</p>\n</body>'],
    ['front matter before the page', '---\ntitle: Fixed\n---\n<!doctype html><html><body><p>x</p></body></html>'],
  ])('by its text: %s', (_, text) => {
    expect(isHtmlSeed('seed.txt', text)).toBe(true);
  });
});

describe('a text article', () => {
  it.each([
    ['one quoting a tag in its text', 'Hackers hid a <script> tag in the page\n\nThe <html> element of the site was changed, officials said.'],
    ['one opening with a quoted tag it never closes', '<html> is where every web page starts, the course teaches.\n\nStudents in Hà Nội learn it first.'],
    ['one opening with <body> but no page around it', '<body> and soul: a review of the festival\n\nThe festival opened on Friday.'],
    ['one opening with "<!doctype" as a word', '<!doctype> debates among web developers are over, says W3C'],
    ['a scrape with a date prefix', ' date 2025-05-08 Hanoi hosts forum <b>bold</b>'],
    ['a comment and no page after it', '<!-- a comment -->\nHà Nội hosts forum'],
  ])('%s', (_, text) => {
    expect(isHtmlSeed('seed.txt', text)).toBe(false);
  });

  it('is not searched past its start: a huge comment before anything is no page', () => {
    expect(isHtmlSeed('seed.txt', `<!--${' '.repeat(70_000)}-->\n<!doctype html><html></html>`)).toBe(false);
  });
});
