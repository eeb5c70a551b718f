/**
 * A scraper's JSON record of one article, in the shapes the common scrapers write (news-please,
 * trafilatura, newspaper3k, a schema.org NewsArticle): its fields are the page's metadata, its text
 * the article's paragraphs. The records are written here, one field set each.
 */
import { describe, expect, it } from 'vitest';
import { prepareSeed } from '../../src/ingest/index.ts';
import { parseJsonRecord } from '../../src/ingest/json-record.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { expectFerryArticle, extractors, PARAGRAPHS, stagesOf, TITLE, URL } from '../support/ferry-article.ts';

function stages(record: unknown, name = 'ferry.json') {
  return stagesOf(typeof record === 'string' ? record : JSON.stringify(record, null, 2), name);
}

describe('a JSON record of an article', () => {
  it.each([
    ['news-please', { title: TITLE, maintext: PARAGRAPHS.join('\n\n'), date_publish: '2025-05-08 07:30:00', url: URL, source_domain: 'news.example.com', authors: [] }],
    ['trafilatura', { title: TITLE, text: PARAGRAPHS.join('\n'), date: '2025-05-08', url: URL, hostname: 'news.example.com', fingerprint: 'abc' }],
    ['newspaper3k', { title: TITLE, text: PARAGRAPHS.join('\n\n'), publish_date: '2025-05-08T07:30:00+07:00', url: URL, authors: ['Lan Anh'] }],
    ['a schema.org NewsArticle, its body in HTML', { '@type': 'NewsArticle', headline: TITLE, articleBody: PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''), datePublished: '2025-05-08', url: URL }],
  ])('reads %s: title, date and URL from its fields, the article from its text', (_, record) => {
    expectFerryArticle(stages(record));
  });

  it('lets the seed’s front matter win, warns of a bad date rather than rejecting, and decodes references in its values', () => {
    const record = { title: 'Ferries &amp; &quot;tourists&quot; return', text: PARAGRAPHS.join('\n\n'), date: '2025-02-30' };
    const { data, file } = stages(record);
    expect(data?.title).toBe('Ferries & "tourists" return');
    expect(file.messages.map((message) => message.reason)).toContain("the page's JSON date gives an impossible date 2025-02-30: not taken");
    const withFrontMatter = `---\ntitle: "Edited title"\n---\n${JSON.stringify(record)}`;
    const bytes = new TextEncoder().encode(withFrontMatter);
    const prepared = prepareSeed({ name: 'ferry.json', bytes, hash: sha256(bytes) }, extractors);
    expect(prepared.ok && prepared.title).toBe('Edited title');
  });

  it('takes only an http(s) address the URL parser reads: an article is published without one rather than rejected for it', () => {
    for (const url of ['javascript:alert(document.cookie)', 'https://[news.example.com/ferry']) {
      const { data, error } = stages({ title: TITLE, text: PARAGRAPHS.join('\n\n'), date: '2025-05-08', url });
      expect(error).toBeUndefined();
      expect(data?.url).toBeUndefined();
    }
  });

  it('is no record without an article’s text field, nor when it is no JSON object: such a seed is read as text', () => {
    expect(parseJsonRecord('{"title": "Ferry", "summary": "Ferries sailed."}')).toBeUndefined();
    expect(parseJsonRecord('[{"text": "Ferries sailed."}]')).toBeUndefined();
    expect(parseJsonRecord('{process.exit(1)}')).toBeUndefined();
    const braces = `{Editor's note}\n\n${PARAGRAPHS.join('\n\n')}\n\n{end}`;
    expect(stages(braces, 'ferry.txt').cleaned?.paragraphs.length).toBeGreaterThan(0);
  });
});
