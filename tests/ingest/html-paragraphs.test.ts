/** An article's markup → plain-text paragraphs: one per block, no markup, nothing that is not the article's text. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/html/dom.ts';
import { paragraphsOf } from '../../src/ingest/html/paragraphs.ts';

const paragraphs = (html: string) => paragraphsOf(parsePage(`<html><body><div id="a">${html}</div></body></html>`).querySelector('#a')!);

describe('paragraphs of an article', () => {
  it('makes each block a paragraph and joins inline text, collapsing white space', () => {
    expect(paragraphs('<p>The <b>council</b>  met\n on <a href="/x">Tuesday</a>.</p><div>Second <span>block</span>.</div>')).toEqual([
      'The council met on Tuesday.',
      'Second block.',
    ]);
  });

  it('decodes character references and normalizes the text as text seeds are', () => {
    expect(paragraphs('<p>Caf&eacute; &amp; bar&nbsp;&lt;b&gt; &#8220;open&#8221;</p><p>Vie\u0323\u0302t Nam</p>')).toEqual(['Café & bar <b> “open”', 'Việt Nam']);
  });

  it('ends a line at <br>, as sites that part paragraphs with <br><br> mean', () => {
    expect(paragraphs('<p>First paragraph.<br><br>Second paragraph.<br>Third.</p>')).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
  });

  it('gives headings, list items and a quotation’s paragraphs lines of their own', () => {
    expect(paragraphs('<h2>What was agreed</h2><ul><li>A new <em>route</em></li><li>Lower fares</li></ul><blockquote><p>We are ready.</p><p>So are we.</p></blockquote>')).toEqual([
      'What was agreed',
      'A new route',
      'Lower fares',
      'We are ready.',
      'So are we.',
    ]);
  });

  it('reads a table row by row, its cells parted by bars', () => {
    expect(paragraphs('<table><tr><th>City</th><th>People</th></tr><tr><td>Hà Nội</td><td>8.4 million</td></tr></table>')).toEqual(['City | People', 'Hà Nội | 8.4 million']);
  });

  it('keeps preformatted lines apart', () => {
    expect(paragraphs('<pre>line one\nline two</pre>')).toEqual(['line one', 'line two']);
  });

  it('drops figures and their captions, media, scripts, styles, forms, navigation and what the page hides', () => {
    const html = [
      '<p>Kept.</p>',
      '<figure><img src="a.jpg" alt="Alt text"><figcaption>A caption. Photo: Reuters</figcaption></figure>',
      '<script>var secret = "script text";</script><style>.x { color: red }</style><noscript>Enable JavaScript</noscript>',
      '<form action="/subscribe"><label>Your e-mail</label><input value="you@example.org"><button>Subscribe</button></form>',
      '<iframe src="https://example.org/embed">Frame text</iframe><video>Video text</video><svg><text>SVG text</text></svg>',
      '<nav><a href="/">Home</a></nav><div hidden>Hidden text</div><p aria-hidden="true">Screen-reader-hidden text</p>',
      '<template><p>Template text</p></template>',
      '<p>Also kept.</p>',
    ].join('');
    expect(paragraphs(html)).toEqual(['Kept.', 'Also kept.']);
  });

  it('reads a form that holds the page, as ASP.NET sites wrap every page in one, and still drops its controls', () => {
    const story = Array.from({ length: 20 }, (_, k) => `<p>Paragraph ${k + 1} of the story, long enough to be one of a real article's paragraphs, told in full sentences on the page.</p>`).join('');
    const page = `<form id="aspnetForm" action="./story.aspx"><input type="hidden" value="viewstate"><p class="date">19 Nov 2019 05:44 GMT</p>${story}<button>Share</button></form>`;
    const lines = paragraphs(page);
    expect(lines[0]).toBe('19 Nov 2019 05:44 GMT');
    expect(lines).toHaveLength(21);
    expect(lines.join(' ')).not.toMatch(/viewstate|Share/);
  });

  it('lets no markup, link or attribute through: only the text of text nodes', () => {
    const out = paragraphs('<p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a> <img src=x onerror="alert(1)"> now.</p>').join('\n');
    expect(out).toBe('Click here now.');
  });
});
