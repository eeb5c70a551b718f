import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSeed } from '../../src/ingest/parse.ts';

describe('front matter in a seed', () => {
  it('reads fields an editor set and keeps the text after them', () => {
    const file = new VFile({ path: 'seed.txt' });
    const parsed = parseSeed('---\ntitle: Fixed title\ndate: 2025-05-08\ntopics: [energy]\n---\nFirst line.\n\nSecond.', file);
    expect(parsed.overrides).toEqual({ title: 'Fixed title', date: '2025-05-08', topics: ['energy'] });
    expect(parsed.lines).toEqual(['First line.', '', 'Second.']);
  });

  it('ignores unknown fields with a warning', () => {
    const file = new VFile({ path: 'seed.txt' });
    const parsed = parseSeed('---\ncolour: blue\n---\nText.', file);
    expect(parsed.overrides).toEqual({});
    expect(file.messages[0].reason).toBe('front matter field "colour" is not known: ignored');
  });

  it('rejects a wrongly typed field, naming it', () => {
    expect(() => parseSeed('---\ntopics: energy\n---\nText.', new VFile({ path: 's.txt' }))).toThrow(/front matter field "topics"/);
    expect(() => parseSeed('---\ndate: 2025-02-30\n---\nText.', new VFile({ path: 's.txt' }))).toThrow(/field "date" is not a real calendar date/);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', '../relative/link', 'ftp://example.org/x'])(
    'rejects url %s in one line naming the field',
    (url) => {
      expect(() => parseSeed(`---\nurl: "${url}"\n---\nText.`, new VFile({ path: 's.txt' }))).toThrow(/^front matter field "url" must be an http\(s\) URL$/);
    },
  );

  it('takes an http(s) url', () => {
    expect(parseSeed('---\nurl: https://vietnamnews.vn/a.html\n---\nText.', new VFile({ path: 's.txt' })).overrides).toEqual({ url: 'https://vietnamnews.vn/a.html' });
  });

  it('rejects front matter that is not YAML', () => {
    expect(() => parseSeed('---\ntitle: [unclosed\n---\nText.', new VFile({ path: 's.txt' }))).toThrow(/^front matter is not valid YAML/);
  });

  it('reads a rule opening a page as its text, not as front matter: html2text writes a page\'s first <hr> so', () => {
    const saved = '---  \n\n  * [English](https://www.example.com/ "English")\n\nApp\n\n---\n\nMarkets on a high';
    const parsed = parseSeed(saved, new VFile({ path: 's.txt' }));
    expect(parsed.overrides).toEqual({});
    expect(parsed.lines).toEqual(['---', '', '* [English](https://www.example.com/ "English")', '', 'App', '', '---', '', 'Markets on a high']);
  });

  it('still reads front matter opening with a comment, or empty', () => {
    expect(parseSeed('---\n# fixed by the desk\ntitle: Fixed\n---\nText.', new VFile({ path: 's.txt' })).overrides).toEqual({ title: 'Fixed' });
    expect(parseSeed('---\n---\nText.', new VFile({ path: 's.txt' })).lines).toEqual(['Text.']);
  });

  it('leaves a text without front matter alone, collapsing runs of spaces', () => {
    const parsed = parseSeed('Line  one \n---\nafter a rule', new VFile({ path: 's.txt' }));
    expect(parsed).toEqual({ overrides: {}, lines: ['Line one', '---', 'after a rule'] });
  });
});

describe('icon names a page left in its text', () => {
  // expapp.com, saved with innerText: the headline, a Material Icons arrow and the link after it on one line.
  it('splits a line where an icon font named its icon, dropping the name', () => {
    const parsed = parseSeed('Introducing Junior Gaspard, New CEO at Experience chevron_left Browse All Posts\n\nThe company named its CEO.', new VFile({ path: 's.txt' }));
    expect(parsed.lines).toEqual(['Introducing Junior Gaspard, New CEO at Experience', 'Browse All Posts', '', 'The company named its CEO.']);
  });

  it('leaves an empty line for icons alone, and words that only hold an underscore as they are', () => {
    const parsed = parseSeed('Menu\nchevron_left chevron_right\nSet MAX_BOX_LINES and snake_case names, or my_chevron_left.', new VFile({ path: 's.txt' }));
    expect(parsed.lines).toEqual(['Menu', '', 'Set MAX_BOX_LINES and snake_case names, or my_chevron_left.']);
  });
});
