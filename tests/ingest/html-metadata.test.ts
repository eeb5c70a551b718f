/** What a saved page says about itself, one rule at a time, on small pages written for the rule. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/html/dom.ts';
import { readPageMetadata, withoutSiteName } from '../../src/ingest/html/metadata.ts';

const page = (head: string, body = '<p>Text.</p>') => readPageMetadata(parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('headline', () => {
  it.each([
    ['NewsArticle', { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ha Noi opens a metro line' }],
    ['Article', { '@type': 'Article', headline: 'Ha Noi opens a metro line' }],
    ['ReportageNewsArticle', { '@type': 'ReportageNewsArticle', headline: 'Ha Noi opens a metro line' }],
    ['BlogPosting', { '@type': 'BlogPosting', headline: 'Ha Noi opens a metro line' }],
    ['a type list', { '@type': ['NewsArticle', 'CreativeWork'], headline: 'Ha Noi opens a metro line' }],
    ['a type as a URL', { '@type': 'https://schema.org/NewsArticle', headline: 'Ha Noi opens a metro line' }],
    ['an @graph', { '@graph': [{ '@type': 'WebSite', name: 'Example News' }, { '@type': 'NewsArticle', headline: 'Ha Noi opens a metro line' }] }],
    ['an array', [{ '@type': 'Organization', name: 'Example News' }, { '@type': 'NewsArticle', headline: 'Ha Noi opens a metro line' }]],
    ["a WebPage's mainEntity", { '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'NewsArticle', headline: 'Ha Noi opens a metro line' } }],
  ])('from JSON-LD: %s', (_, data) => {
    expect(page(jsonLd(data)).headlines[0]).toEqual({ value: 'Ha Noi opens a metro line', rule: 'json-ld headline' });
  });

  it('not from JSON-LD of another type (a WebSite, a VideoObject)', () => {
    const metadata = page(jsonLd([{ '@type': 'WebSite', headline: 'Site' }, { '@type': 'VideoObject', headline: 'Video' }]));
    expect(metadata.headlines).toEqual([]);
  });

  it('forgives JSON-LD in comments and with raw line breaks in strings, skips what is not JSON', () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken</script>';
    const wrapped = '<script type="application/ld+json"><!--\n{"@type": "NewsArticle", "headline": "Two\nlines"}\n--></script>';
    expect(page(broken + wrapped).headlines).toEqual([{ value: 'Two lines', rule: 'json-ld headline' }]);
  });

  it('reads the object before a stray closing brace, braces inside strings not counted', () => {
    const stray = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A {brace} \\" and }", "datePublished": "2020-10-26T18:10:00+01:00"}\n}</script>';
    const metadata = page(stray);
    expect(metadata.headlines[0].value).toBe('A {brace} " and }');
    expect(metadata.dates[0]).toEqual({ value: '2020-10-26T18:10:00+01:00', rule: 'json-ld datePublished' });
  });

  it('decodes character references left in JSON-LD', () => {
    expect(page(jsonLd({ '@type': 'NewsArticle', headline: 'Q&amp;A: the budget' })).headlines[0].value).toBe('Q&A: the budget');
  });

  it.each([
    ['og:title', '<meta property="og:title" content="Ha Noi opens a metro line">'],
    ['twitter:title', '<meta name="twitter:title" content="Ha Noi opens a metro line">'],
  ])('from %s', (rule, head) => {
    expect(page(head).headlines).toEqual([{ value: 'Ha Noi opens a metro line', rule }]);
  });

  it('from <h1>, unless it is the site’s name (a logo)', () => {
    expect(page('<meta property="og:site_name" content="Example News">', '<h1>Example News</h1><h1>Ha Noi opens a metro line</h1>').headlines).toEqual([]);
    expect(page('', '<header><h1>Ha Noi opens a metro line</h1></header><p>Text.</p>').headlines).toEqual([{ value: 'Ha Noi opens a metro line', rule: 'h1' }]);
  });

  it("not from an <h1> naming a blog by its host's subdomain (the blog's name over its post)", () => {
    const head = '<title>Silicon Exposed: Open Verilog flow for GreenPak4 devices</title><meta property="og:url" content="http://siliconexposed.blogspot.com/2016/05/open-verilog-flow.html"><meta property="og:title" content="Open Verilog flow for GreenPak4 devices">';
    expect(page(head, '<h1>Silicon Exposed</h1><h3>Open Verilog flow for GreenPak4 devices</h3><p>Text.</p>').headlines[0]).toEqual({ value: 'Open Verilog flow for GreenPak4 devices', rule: 'og:title' });
  });

  it('not from an <h1> whose words the <title> lacks: a logo', () => {
    expect(page('<title>Metro line two opens - Examplemedia</title>', '<h1>엔터 미디어</h1><p>Text.</p>').headlines).toEqual([{ value: 'Metro line two opens', rule: 'title' }]);
  });

  it('from <title>, without the site name after or before it', () => {
    const site = '<meta property="og:site_name" content="Example News">';
    expect(page(`${site}<title>Ha Noi opens a metro line | Example News</title>`).headlines).toEqual([{ value: 'Ha Noi opens a metro line', rule: 'title' }]);
    expect(page(`${site}<title>Example News - Ha Noi opens a metro line</title>`).headlines[0].value).toBe('Ha Noi opens a metro line');
    expect(page('<link rel="canonical" href="https://www.examplenews.com/a"><title>Ha Noi opens a metro line – ExampleNews</title>').headlines[0].value).toBe('Ha Noi opens a metro line');
  });

  it('from <title> whose site is unknown, the longest of the parts bars divide', () => {
    expect(page('<title>Metro line two opens | World | Example News</title>').headlines).toEqual([{ value: 'Metro line two opens', rule: 'title' }]);
  });

  it('never longer than a headline: an <h1> left open on a broken page', () => {
    expect(page('', `<h1>Headline<p>${'word '.repeat(60)}</p>`).headlines).toEqual([]);
  });

  it('in the order JSON-LD, og:title, twitter:title, <h1>, <title>, those an <h1> shows first', () => {
    const head = `<title>H1 headline | Title tag</title><meta name="twitter:title" content="Twitter title"><meta property="og:title" content="OG title">${jsonLd({ '@type': 'NewsArticle', headline: 'JSON-LD headline' })}`;
    expect(page(head, '<p>Text.</p>').headlines.map(({ rule }) => rule)).toEqual(['json-ld headline', 'og:title', 'twitter:title', 'title']);
    expect(page(head, '<h1>H1 headline</h1><p>Text.</p>').headlines.map(({ rule }) => rule)).toEqual(['h1', 'title', 'json-ld headline', 'og:title', 'twitter:title']);
  });

  it('the one the <h1> over the article shows before one written for search engines', () => {
    const head = `<meta property="og:title" content="Sweden drops Assange rape investigation"><title>Julian Assange: Sweden drops rape investigation - BBC News</title>`;
    expect(page(head, '<h1>Julian Assange: Sweden drops rape investigation</h1><p>Text.</p>').headlines[0].value).toBe('Julian Assange: Sweden drops rape investigation');
    // ... alone in its <h1>, or with a kicker and a button's label around it.
    const kicker = '<h1>Singen, basteln: Kindergottesdienst in Velpe macht Spaß <button>Editor öffnen</button></h1>';
    expect(page('<meta property="og:title" content="Kindergottesdienst in Velpe macht Spaß">', kicker).headlines[0]).toEqual({ value: 'Kindergottesdienst in Velpe macht Spaß', rule: 'og:title' });
  });

  it('an <h1> the metadata lacks, when it shares two words with a headline the metadata gives; not a logo', () => {
    const head = `<meta property="og:site_name" content="Example News"><meta property="og:title" content="Prison guards charged in connection with Jeffrey Epstein's death">`;
    const body = "<h1>Example News</h1><h1>Two federal prison officers charged with falsifying records in Jeffrey Epstein's death</h1><p>Text.</p>";
    expect(page(head, body).headlines).toEqual([
      { value: "Two federal prison officers charged with falsifying records in Jeffrey Epstein's death", rule: 'h1 like the metadata' },
      { value: "Prison guards charged in connection with Jeffrey Epstein's death", rule: 'og:title' },
    ]);
  });

  it('not a headline cut short when another candidate continues it; a site name after it is no continuation', () => {
    const cut = jsonLd({ '@type': 'NewsArticle', headline: 'Hunter diagnosed with plague after eating a rabbit making him third local to' });
    const whole = '<title>Hunter diagnosed with plague after eating a rabbit making him third local to contract it – The Sun</title>';
    expect(page(cut + whole).headlines.map(({ rule }) => rule)).toEqual(['title', 'json-ld headline']);
    const named = '<meta property="og:title" content="Coronavirus rammer trafikken i Danmark"><title>Coronavirus rammer trafikken i Danmark - sn.dk - Forsiden</title>';
    expect(page(named).headlines[0]).toEqual({ value: 'Coronavirus rammer trafikken i Danmark', rule: 'og:title' });
  });

  it('keeps a dash or a bar that is part of the headline', () => {
    expect(withoutSiteName('Hà Nội - Hải Phòng expressway opens | Example News', ['Example News'])).toBe('Hà Nội - Hải Phòng expressway opens');
    expect(withoutSiteName('Q2 results: profit up 8%', ['Example News'])).toBe('Q2 results: profit up 8%');
  });
});

describe('date', () => {
  it('from JSON-LD datePublished, never dateModified', () => {
    const metadata = page(jsonLd({ '@type': 'NewsArticle', dateModified: '2025-06-02T10:00:00+07:00', datePublished: '2025-05-08T09:15:00+07:00' }));
    expect(metadata.dates).toEqual([{ value: '2025-05-08T09:15:00+07:00', rule: 'json-ld datePublished' }]);
  });

  it('from article:published_time, never article:modified_time or og:updated_time', () => {
    const metadata = page('<meta property="article:modified_time" content="2025-06-02"><meta property="og:updated_time" content="2025-06-03"><meta property="article:published_time" content="2025-05-08T09:15:00Z">');
    expect(metadata.dates).toEqual([{ value: '2025-05-08T09:15:00Z', rule: 'article:published_time' }]);
  });

  it.each(['pubdate', 'publishdate', 'publish_date', 'pub_date', 'published_time', 'date', 'DC.date.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'])('from meta name %s', (name) => {
    expect(page(`<meta name="${name}" content="2025-05-08">`).dates).toEqual([{ value: '2025-05-08', rule: 'meta date' }]);
  });

  it('only values that read as a day; a day written without dashes as one', () => {
    expect(page('<meta name="pubdate" content="Thursday"><meta name="date" content="20250508">').dates).toEqual([{ value: '2025-05-08', rule: 'meta date' }]);
  });

  it('from an itemprop naming several properties', () => {
    expect(page('<meta itemprop="datePublished dateCreated" content="2025-05-08T11:00:09.000Z">').dates).toEqual([{ value: '2025-05-08T11:00:09.000Z', rule: 'meta date' }]);
  });

  it('from <time datetime> marked datePublished, or inside the <article>', () => {
    expect(page('', '<p>Posted <time itemprop="datePublished" datetime="2025-05-08">Thursday</time></p>').dates).toEqual([{ value: '2025-05-08', rule: 'time datePublished' }]);
    expect(page('', '<aside><time datetime="2025-01-01">Teaser</time></aside><article><time datetime="2025-05-08T09:15">May 8</time><p>Text.</p></article>').dates).toEqual([
      { value: '2025-05-08T09:15', rule: 'article time' },
    ]);
  });

  it('from a <time datetime> the page labels as the publication, and a WebPage\'s datePublished after the rest', () => {
    const labelled = '<aside><time datetime="2025-01-01">Teaser</time></aside><div class="published"><time datetime="2020-06-22T09:30:00+02:00">28 minutes ago</time></div>';
    expect(page('', labelled).dates).toEqual([{ value: '2020-06-22T09:30:00+02:00', rule: 'published time' }]);
    const webPage = jsonLd({ '@graph': [{ '@type': 'WebPage', datePublished: '2020-06-04T09:27:16+00:00' }, { '@type': 'WebSite', datePublished: '2001-01-01' }] });
    expect(page(webPage + '<meta property="article:published_time" content="2020-06-05">').dates).toEqual([
      { value: '2020-06-05', rule: 'article:published_time' },
      { value: '2020-06-04T09:27:16+00:00', rule: 'json-ld WebPage datePublished' },
    ]);
  });
});

describe('address and outlet', () => {
  it('takes the canonical link, then og:url, http(s) only', () => {
    const metadata = page('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://vietnamnews.vn/economy/1.html"><link rel="canonical" href="/relative">');
    expect(metadata.urls).toEqual([{ value: 'https://vietnamnews.vn/economy/1.html', rule: 'og:url' }]);
  });

  it('reads the publisher from JSON-LD and the site name from og:site_name', () => {
    const metadata = page(`${jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'VietnamPlus' } })}<meta property="og:site_name" content="Vietnam+">`);
    expect(metadata.outletNames).toEqual([
      { value: 'VietnamPlus', rule: 'json-ld publisher' },
      { value: 'Vietnam+', rule: 'og:site_name' },
    ]);
  });
});
