/**
 * The HTML path end to end, on small pages written for one rule each: the page's metadata
 * settles title, date, source and URL where it states them (after the front matter), the text
 * where it does not; the article comes from Readability, cleaned lightly.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { createExtractors, extractArticle } from '../../src/ingest/extract/index.ts';
import { cleanPage } from '../../src/ingest/html/clean-page.ts';
import { parsePage } from '../../src/ingest/html/dom.ts';
import { readHtmlPage } from '../../src/ingest/html/read-page.ts';
import { prepareSeed, type PreparedSeed } from '../../src/ingest/index.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { loadRegistries } from '../../src/lib/registries.ts';

const extractors = createExtractors(loadRegistries('content'));

const ARTICLE = [
  '<p>HÀ NỘI — The city opened its second metro line on Thursday, May 1, 2025, after a decade of building, the transport department said (Reuters).</p>',
  '<p>The line runs 12.5 kilometres from Nhổn to the railway station and carries trains every six minutes at peak hours, officials said.</p>',
  '<p>Tickets cost between 8,000 and 15,000 đồng, and monthly passes are half price for students and workers, the operator said in a statement.</p>',
  '<p>Three more lines are planned before 2035, the city’s leaders said at the opening ceremony, which thousands of residents attended.</p>',
].join('');

interface PageParts {
  head?: string;
  beforeArticle?: string;
  article?: string;
  /** The items of the "Most read" box beside the article. */
  mostRead?: string;
}

function savedPage({ head = '', beforeArticle = '', article = ARTICLE, mostRead = '<li><a href="/1">Another story</a></li>' }: PageParts = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Metro line two opens | Example News</title>${head}</head>
<body><header><a href="/">Example News</a><nav><a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article>${beforeArticle}${article}</article></main>
<aside><h2>Most read</h2><ul>${mostRead}</ul></aside>
<footer><p>© 2025 Example News. All rights reserved.</p></footer></body></html>`;
}

const FULL_HEAD = [
  '<link rel="canonical" href="https://en.vietnamplus.vn/metro-line-two-opens-post1.vnp">',
  '<meta property="og:title" content="Metro line two opens in Hà Nội">',
  '<meta property="og:site_name" content="VietnamPlus">',
  '<meta property="article:published_time" content="2025-05-08T09:15:00+07:00">',
].join('');

/** The stages prepareSeed runs, with the seed's file kept to read its messages. */
function ingestPage(text: string, name = 'page.html') {
  const file = new VFile({ path: name });
  const { overrides, html } = parseSeed(decodeSeed(new TextEncoder().encode(text), file), file);
  const page = readHtmlPage(html!, file);
  const cleaned = cleanPage(page.paragraphs, page.metadata.titles);
  const article = extractArticle(cleaned, overrides, extractors, file, page.metadata);
  // Where each field came from (kept on the file as data), then the file's warnings.
  const origins = Object.entries(file.data.origins ?? {}).map(([field, reason]) => `${field}: ${reason}`);
  return { article, cleaned, file, notes: [...origins, ...file.messages.map((message) => message.reason)] };
}

function prepare(text: string, name = 'page.html'): PreparedSeed {
  const bytes = new TextEncoder().encode(text);
  return prepareSeed({ name, bytes, hash: sha256(bytes) }, extractors);
}

describe('an HTML seed through the whole pipeline', () => {
  it('takes title, date, source and URL from the page’s metadata, and the body from its article', () => {
    const prepared = prepare(savedPage({ head: FULL_HEAD }));
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.title).toBe('Metro line two opens in Hà Nội');
    const mdx = prepared.page.head + prepared.page.tail;
    expect(mdx).toContain('date: "2025-05-08"'); // the text says May 1
    expect(mdx).toContain('source: "vietnamplus"'); // the text credits Reuters
    expect(mdx).toContain('url: "https://en.vietnamplus.vn/metro-line-two-opens-post1.vnp"');
    expect(mdx).toContain('dateline: "Hà Nội"');
    const body = prepared.page.tail.split('---\n\n')[1];
    expect(body.split('\n\n')).toHaveLength(4);
    expect(body).toMatch(/^The city opened its second metro line/);
    expect(body).not.toMatch(/Most read|Another story|All rights reserved|Business|<|>/);
    expect(prepared.warnings).toEqual([]);
  });

  it('notes where each field came from', () => {
    expect(ingestPage(savedPage({ head: FULL_HEAD })).notes).toEqual([
      'title: the page’s og:title: Metro line two opens in Hà Nội',
      'date: the page’s article:published_time: 2025-05-08T09:15:00+07:00',
      'url: the page’s canonical: https://en.vietnamplus.vn/metro-line-two-opens-post1.vnp',
      'source: vietnamplus, from the page’s canonical: en.vietnamplus.vn',
      'dateline: "HÀ NỘI" (dateline/dash, opening the first paragraph)',
    ].map((note) => note.replaceAll('’', "'")));
  });

  it('falls back on the text for each field the metadata lacks', () => {
    // The date from the dateline; "opened … on Thursday, May 1, 2025" inside the sentence would be the event's.
    const dated = ARTICLE.replace('HÀ NỘI — The city opened its second metro line on Thursday, May 1, 2025,', 'HÀ NỘI, May 1, 2025 — The city opened its second metro line on Thursday');
    const { article, notes } = ingestPage(savedPage({ article: dated }));
    // <title> without the site's name; the date and the credit from the text.
    expect(article).toMatchObject({ title: 'Metro line two opens', date: '2025-05-01', source: 'reuters' });
    expect(article.url).toBeUndefined();
    // The text's own account of the two replaces the note that the metadata lacked them.
    expect(notes.find((note) => note.startsWith('date: '))).toMatch(/^date: the page's text, line \d+ \(date choice\)/);
    expect(notes.find((note) => note.startsWith('source: '))).toMatch(/^source: reuters, credited in the /);
  });

  it('dates a page that states no date anywhere but in its address by the day there', () => {
    const undated = ARTICLE.replace(/ on Thursday, May 1, 2025,/, '');
    const { article, notes } = ingestPage(savedPage({ head: '<link rel="canonical" href="https://example.com/news/2025/05/08/metro-opens/">', article: undated }));
    expect(article.date).toBe('2025-05-08');
    expect(notes).toContain("date: the page's address: 2025-05-08");
  });

  it('does not take an impossible or a future metadata date, and says so', () => {
    const head = '<meta property="article:published_time" content="2025-02-30T10:00:00Z"><meta name="pubdate" content="2099-01-01"><meta name="date" content="2025-05-07">';
    const { article, notes } = ingestPage(savedPage({ head }));
    expect(article.date).toBe('2025-05-07');
    expect(notes).toContain("the page's article:published_time gives an impossible date 2025-02-30: not taken");
    expect(notes).toContain("the page's meta date gives a date after today, 2099-01-01: not taken");
  });

  it("reads the text's dates when the metadata's only date is no day, and a meta day written without dashes", () => {
    const { article } = ingestPage(savedPage({ head: '<meta name="date" content="Thursday">', beforeArticle: '<h1>Metro line two opens</h1><p class="date">Published 9:15 AM May 8, 2025</p>' }));
    expect(article.date).toBe('2025-05-08');
    expect(ingestPage(savedPage({ head: '<meta name="pub_date" content="20250507">' })).article.date).toBe('2025-05-07');
  });

  it('reads the date over the article when the metadata gives none', () => {
    const { article } = ingestPage(savedPage({ beforeArticle: '<h1>Metro line two opens</h1><p class="byline">By Jane Doe</p><p class="date">Published 9:15 AM May 8, 2025</p>' }));
    expect(article.date).toBe('2025-05-08');
  });

  describe('a UTC timestamp and the day the page shows', () => {
    const head = '<meta property="article:published_time" content="2025-05-08T01:50:59Z">';
    const byline = (date: string) => `<h1>Metro line two opens</h1><p class="byline">By Jane Doe</p><p class="date">Published ${date}</p>`;

    it('takes the day shown over the article when it is the day before or after', () => {
      const { article, notes } = ingestPage(savedPage({ head, beforeArticle: byline('9:50 PM May 7, 2025') }));
      expect(article.date).toBe('2025-05-07');
      expect(notes.find((note) => note.startsWith('date: '))).toMatch(/the day the page shows for its article:published_time 2025-05-08T01:50:59Z/);
    });

    it('keeps the timestamp’s day when the page shows it too, or shows a day further off', () => {
      const masthead = '<p class="today">Thursday, May 8, 2025</p>';
      expect(ingestPage(savedPage({ head, beforeArticle: masthead + byline('9:50 PM May 7, 2025') })).article.date).toBe('2025-05-08');
      expect(ingestPage(savedPage({ head, beforeArticle: byline('May 5, 2025') })).article.date).toBe('2025-05-08');
    });

    it('takes the day shown over the article although the next stories, listed below it, show the timestamp’s day', () => {
      // hawaiinewsnow.com: "By HNN Staff | November 18, 2019 at 2:26 PM HST" over the article, 2019-11-19T01:48Z in its metadata.
      const mostRead = ['Bridge reopens', 'Ferry resumes'].map((title, k) => `<li><a href="/${k}">${title}</a><p>Published May 8, 2025 at 6:${k}5 PM</p></li>`).join('');
      expect(ingestPage(savedPage({ head, beforeArticle: byline('9:50 PM May 7, 2025'), mostRead })).article.date).toBe('2025-05-07');
    });

    describe("where the page shows no day: the outlet's calendar, by its address's country", () => {
      // 20:30 UTC on 7 May is 03:30 on 8 May in Hà Nội.
      const late = '<meta property="article:published_time" content="2025-05-07T20:30:00Z">';
      const at = (address: string) => `${late}<link rel="canonical" href="${address}">`;
      const undated = ARTICLE.replace(/ on Thursday, May 1, 2025,/, '');

      it('takes the day in Hà Nội for a page at a .vn address, and says why', () => {
        const { article, notes } = ingestPage(savedPage({ head: at('https://en.vietnamplus.vn/metro-line-two-opens-post1.vnp'), article: undated }));
        expect(article.date).toBe('2025-05-08');
        expect(notes).toContain("date: the page's article:published_time, on its outlet's calendar (Asia/Ho_Chi_Minh: the page's address is .vn): 2025-05-07T20:30:00Z");
      });

      it("keeps UTC's day for an address that names no country", () => {
        expect(ingestPage(savedPage({ head: at('https://example.com/metro-line-two-opens'), article: undated })).article.date).toBe('2025-05-07');
      });

      it("keeps the timestamp's day when the page shows that day over the article", () => {
        const { article, notes } = ingestPage(savedPage({ head: at('https://en.vietnamplus.vn/metro-line-two-opens-post1.vnp'), beforeArticle: byline('8:30 PM May 7, 2025'), article: undated }));
        expect(article.date).toBe('2025-05-07');
        expect(notes.find((note) => note.startsWith('date: '))).toMatch(/the day the page shows for its article:published_time 2025-05-07T20:30:00Z/);
      });
    });

    it('leaves a timestamp in the page’s own zone alone', () => {
      const local = '<meta property="article:published_time" content="2025-05-08">';
      expect(ingestPage(savedPage({ head: local, beforeArticle: byline('May 7, 2025') })).article.date).toBe('2025-05-08');
    });
  });

  it('credits the outlet by its domain, a subdomain included, or by the name the page gives itself', () => {
    expect(ingestPage(savedPage({ head: '<meta property="og:url" content="https://en.trend.az/business/1.html">' })).article.source).toBe('trend');
    expect(ingestPage(savedPage({ head: '<meta property="og:site_name" content="Vietnam News Agency">' })).article.source).toBe('vna');
  });

  it('keeps a page’s unknown outlet unknown, not the agency its text quotes', () => {
    const { article, notes } = ingestPage(savedPage({ head: '<meta property="og:site_name" content="Example News">' }));
    expect(article.source).toBeUndefined();
    expect(notes).toContain('unknown outlet "Example News": add it to sources.yaml to credit it');
  });

  it("names no contributors' line as the unknown outlet", () => {
    const prepared = prepare('Ferry resumes after storm\n\nHẠ LONG, May 8, 2025 — The ferry between the two islands resumed service on Thursday after a three-day suspension, the operator said.\n\nPassengers queued from dawn at both piers.\n\nStaff writer Jane Doe in Hà Nội contributed to this report.', 'ferry.txt');
    expect(prepared.warnings).toContain('no known outlet credited: add one to sources.yaml or set source in front matter');
    expect(prepared.warnings.join('\n')).not.toMatch(/unknown outlet/);
  });

  it('lets the front matter win over the page’s metadata', () => {
    const { article } = ingestPage(`---\ntitle: Corrected headline\nsource: vna\n---\n${savedPage({ head: FULL_HEAD })}`);
    expect(article).toMatchObject({ title: 'Corrected headline', source: 'vna', date: '2025-05-08' });
  });

  it('reads a .txt seed whose text is a page as a page', () => {
    const prepared = prepare(savedPage({ head: FULL_HEAD }), 'saved page.txt');
    expect(prepared.ok && prepared.title).toBe('Metro line two opens in Hà Nội');
  });

  it('keeps the text path for a text seed that quotes markup', () => {
    const prepared = prepare('Hackers put <html> and <script> tags in a page\n\nHÀ NỘI, May 8, 2025 — Officials said the <html> of the site was altered and fixed within the hour.\n', 'quoted.txt');
    expect(prepared.ok && prepared.page.tail).toContain('\\<html\\> of the site was altered');
  });

  // linkedom took the first element for the page's root and left the body empty, so the page's text, where
  // the date over an article and the segmenter's fallback are read, was lost. parse5 puts such markup in order.
  describe('a page whose markup does not open with <html>', () => {
    const page = savedPage({ beforeArticle: '<h1>Metro line two opens</h1><p class="date">Published 9:15 AM May 8, 2025</p>' });
    const cases = {
      'a server warning printed above the page': `<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/plugin.php</b> on line <b>299</b><br />\n${page}`,
      'a style block above the page': `<style>.box { opacity: 1 }</style>\n${page}`,
      'a head with no <html>': page.replace('<html lang="en">', '').replace('</html>', ''),
      'a fragment: paragraphs alone': ARTICLE,
    };
    for (const [what, markup] of Object.entries(cases)) {
      it(`builds the tree a browser would, below ${what}`, () => {
        const document = parsePage(markup);
        expect(document.documentElement.tagName).toBe('HTML');
        expect(document.querySelectorAll('body')).toHaveLength(1);
        expect(document.body.textContent).toContain('Tickets cost between 8,000 and 15,000 đồng');
      });
    }

    it('reads the article and its date below a server warning', () => {
      const { article, cleaned } = ingestPage(cases['a server warning printed above the page']);
      expect(cleaned.paragraphs.join('\n')).toContain('Tickets cost between 8,000 and 15,000 đồng');
      expect(article.date).toBe('2025-05-08');
    });
  });
});

describe("the text path's segmenter where Readability keeps little", () => {
  const story = [
    'The ferry between the two islands has run every day for forty years, and for most of that time it has carried more freight than passengers across the strait.',
    "This winter the operator says its fuel costs have doubled, and the regional council has not yet agreed to cover the difference before next year's timetable is printed.",
    'Residents of the smaller island say a week without the service would empty their shops, and several of them have started a petition asking the government to step in.',
    'The council will debate the subsidy on Thursday, and its finance committee has asked the operator to publish the accounts of its last three winters before then.',
  ];
  // Three tellings of the story, so that the article holds several times what the login form does.
  const article = [...story, ...story.map((line) => line.replace('The ', 'Then the ')), ...story.map((line) => line.replace('The ', 'So the '))];
  const loginMessages = [
    'Das Passwort muss mindestens 8 Zeichen lang sein, und es muss, so heißt es, einen Großbuchstaben enthalten.',
    'Bitte trage eine E-Mail-Adresse ein, damit wir dich, wenn nötig, erreichen können.',
    'Diese E-Mail-Adresse scheint nicht korrekt zu sein, sie muss ein @ beinhalten und eine existierende Domain haben.',
    'Zu dieser E-Mail-Adresse ist kein Konto vorhanden, oder das angegebene Passwort ist falsch, bitte versuche es erneut.',
    'Diese E-Mail-Adresse ist bereits bei uns registriert, bist du vielleicht bereits angemeldet?',
  ];

  it("takes the segmenter's article when Readability's scores, misled by the markup, keep next to nothing", () => {
    // The article sits in a block whose class Readability reads as a page's footer; a login form's messages are paragraphs.
    const page = `<!DOCTYPE html><html><head><title>Ferry</title></head><body>
<div class="login-dialog"><form>${loginMessages.map((line) => `<p>${line}</p>`).join('')}</form></div>
<div class="footer-story"><h1>Island ferry faces a hard winter</h1>${article.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`;
    const { cleaned, notes } = ingestPage(page);
    expect(cleaned.paragraphs).toEqual(article);
    expect(notes).toContainEqual(expect.stringMatching(/^body: the text path's segmenter \(\d+ tokens\), Readability having kept \d+$/));
  });

  // A page of teasers stays rejected with the segmenter asked too: hostile.test.ts, page-no-article.html.
  it("keeps Readability's article where it holds enough", () => {
    const { cleaned, notes } = ingestPage(savedPage({ head: FULL_HEAD }));
    expect(cleaned.paragraphs).toHaveLength(4);
    expect(notes.some((note) => note.startsWith('body:'))).toBe(false);
  });

  // A page saved as its server sent it: the app's scripts would write the article into the empty root.
  const jsonLd = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Metro line two opens in Hà Nội', datePublished: '2025-05-08', articleBody: body })}</script>`;
  const STATED_BODY = [
    'HÀ NỘI — The city opened its second metro line on Thursday after a decade of building, the transport department said.',
    'The line runs 12.5 kilometres from Nhổn to the railway station and carries trains every six minutes at peak hours.',
    'Tickets cost between 8,000 and 15,000 đồng, and monthly passes are half price for students &amp; workers, the operator said.',
    'Three more lines are planned before 2035, the city’s leaders said at the opening ceremony, which thousands of residents attended.',
    'The first line, opened in 2021, carries about 30,000 passengers a day, according to the city’s transport department.',
  ].join('\n\n');

  it("takes the JSON-LD's articleBody where the page's own text holds no article", () => {
    const shell = `<!DOCTYPE html><html><head><title>Metro line two opens</title>${jsonLd(STATED_BODY)}</head><body><div id="root"></div><script src="/app.js"></script></body></html>`;
    const { article, cleaned, notes } = ingestPage(shell);
    expect(cleaned.paragraphs).toHaveLength(5);
    expect(cleaned.paragraphs[2]).toContain('half price for students & workers');
    expect(article).toMatchObject({ title: 'Metro line two opens in Hà Nội', date: '2025-05-08' });
    expect(notes.some((note) => note.startsWith("body: the page's JSON-LD articleBody"))).toBe(true);
  });

  it("keeps the page's article over the JSON-LD's where the page holds one", () => {
    const { cleaned, notes } = ingestPage(savedPage({ head: jsonLd('A teaser of the article, cut short for search engines.') }));
    expect(cleaned.paragraphs.join('\n')).toContain('Tickets cost between 8,000 and 15,000 đồng');
    expect(notes.some((note) => note.includes('articleBody'))).toBe(false);
  });
});

describe('the light clean of an article Readability chose', () => {
  const prose = (words: string) => `${words} and the council said more would follow in the coming weeks of the year.`;

  it('sets aside the header over the text, down to the headline, then the date line and byline', () => {
    const cleaned = cleanPage(['Sign In', 'Metro line two opens', 'By Jane Doe', 'Published 9:15 AM May 8, 2025', prose('The line opened'), prose('Trains run')], ['Metro line two opens']);
    expect(cleaned).toMatchObject({ dateTexts: ['Published 9:15 AM May 8, 2025'], bylines: ['By Jane Doe'], furniture: ['Sign In', 'Metro line two opens'] });
    expect(cleaned.paragraphs).toEqual([prose('The line opened'), prose('Trains run')]);
  });

  it('takes short lines over a date line as header, and a byline’s date as the date', () => {
    const cleaned = cleanPage(['Example News wire services', 'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', prose('The line opened')], []);
    expect(cleaned.furniture).toEqual(['Example News wire services']);
    expect(cleaned.dateTexts).toEqual(['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.']);
  });

  it('takes what Readability left over a paragraph opening with a dateline for the header', () => {
    const header = ['Breaking News Emails', 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', 'SUBSCRIBE', 'Nov. 20, 2019, 9:28 AM UTC', 'By', 'Reuters'];
    const lede = `VIENNA — ${prose('The house will be turned into a police station')}`;
    const cleaned = cleanPage([...header, lede, prose('Architects will be invited')], []);
    expect(cleaned.dateline).toBe('VIENNA');
    expect(cleaned.dateTexts).toEqual(['Nov. 20, 2019, 9:28 AM UTC']);
    expect(cleaned.paragraphs).toEqual([prose('The house will be turned into a police station'), prose('Architects will be invited')]);
    // A paragraph of prose over it is the article's: the dateline then opens no first paragraph.
    expect(cleanPage([`${prose('The line opened')} ${prose('Trains run')}`, lede], []).paragraphs).toHaveLength(2);
  });

  it('leaves the headline’s words alone under prose: a video’s title inside the article', () => {
    const cleaned = cleanPage([prose('The line opened'), 'Metro line two opens', prose('Trains run')], ['Metro line two opens']);
    expect(cleaned.paragraphs).toHaveLength(3);
  });

  it('drops captions and promotions inside, a box of teasers and the credits at the end', () => {
    const cleaned = cleanPage(
      [prose('The line opened'), 'Passengers board a train at Cầu Giấy station. Photo: Nguyễn Văn A', prose('Trains run'), 'Sign up for our newsletter to get the news in your inbox', prose('Fares are low'), '(Reporting by Jane Doe; Editing by John Roe)', 'You may also like', 'Another headline here', 'And one more'],
      [],
    );
    expect(cleaned.paragraphs).toEqual([prose('The line opened'), prose('Trains run'), prose('Fares are low')]);
    expect(cleaned.credits).toEqual(['Reporting by Jane Doe; Editing by John Roe']);
  });

  it('keeps an article in any script: Japanese text is no header', () => {
    const japanese = ['先日、不正に改造したiPhoneを販売したとして、男性が逮捕されました。', '報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。'];
    expect(cleanPage(japanese, ['商品の改造が商標法違反に！？']).paragraphs).toEqual(japanese);
  });

  it('takes the dateline off the first paragraph', () => {
    const cleaned = cleanPage([`HÀ NỘI — ${prose('The line opened')}`], []);
    expect(cleaned.dateline).toBe('HÀ NỘI');
    expect(cleaned.paragraphs).toEqual([prose('The line opened')]);
  });
});
