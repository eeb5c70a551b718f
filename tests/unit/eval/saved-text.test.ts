/** The converters the eval saves a page's text with, as their documentation calls them. */
import { describe, expect, it } from 'vitest';
import { convertedText, shownText } from '../../../src/eval/saved-text.ts';

const page = Buffer.from(
  '<html><head><title>Ferry fares rise | Island News</title><style>p { color: red }</style><script>track()</script></head>' +
    '<body><h1>Ferry fares rise</h1><p>The <a href="https://news.example.org/council">council</a> met.</p><ul><li>Energy</li></ul></body></html>',
);

describe('a page saved as text by a converter', () => {
  it('html-to-text: the heading in capitals, the link address in brackets, no script', () => {
    expect(convertedText(page, 'html-to-text')).toBe('FERRY FARES RISE\n\nThe council [https://news.example.org/council] met.\n\n * Energy');
  });

  it("turndown: Markdown under the page's title, the heading underlined, scripts and styles removed", () => {
    expect(convertedText(page, 'turndown')).toBe('Ferry fares rise | Island News\n\nFerry fares rise\n================\n\nThe [council](https://news.example.org/council) met.\n\n*   Energy');
  });

  it("lynx (Debian's, `lynx -dump`): the links numbered, their addresses listed under References, the text wrapped and indented", () => {
    expect(convertedText(page, 'lynx')).toBe(
      '                                Ferry fares rise\n\n   The [1]council met.\n     * Energy\n\nReferences\n\n   1. https://news.example.org/council\n',
    );
  });

  it("Python's html2text (Debian's `html2markdown`): Markdown, the heading with a #, list items indented", () => {
    expect(convertedText(page, 'html2text')).toBe('# Ferry fares rise\n\nThe [council](https://news.example.org/council) met.\n\n  * Energy\n\n');
  });

  it("w3m (Debian's, `w3m -dump`): the text alone, its list items bulleted", () => {
    expect(convertedText(page, 'w3m')).toBe('Ferry fares rise\n\nThe council met.\n\n  • Energy\n\n');
  });

  it("states no date inside an address the converter added: an image's, a link's", () => {
    const saved = 'Ferry fares rise [https://cdn.example.org/uploads/2020/12/01/ferry.jpg]\n//www.example.org/files/screen_shot_2020-08-16.png\n[Timetable](/2020/07/23/timetable) 16 hours ago';
    expect(shownText(saved, 'html-to-text')).not.toMatch(/2020/);
    expect(shownText('Published October 26, 2020 [https://example.org/a]', 'turndown')).toContain('October 26, 2020');
    // A date Markdown escaped is the date the page shows: "2020\\. 06. 04." (turndown, lest it read as a numbered list).
    expect(shownText('Olvasói szavazás 2020\\. 06. 04. 11:27', 'turndown')).toBe('Olvasói szavazás 2020. 06. 04. 11:27');
    // The browser's text is what the page shows: an address there is the link's own words.
    expect(shownText(saved, 'browser')).toBe(saved);
  });
});
