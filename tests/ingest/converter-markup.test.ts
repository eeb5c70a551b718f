/**
 * Pages a converter saved as text: a reader tool's Markdown (Jina Reader's "Title: / URL Source: /
 * Published Time: / Markdown Content:" header, then the page as Markdown), turndown's, html-to-text's plain
 * text with each link's address in brackets. The syntax goes; the header's fields are read as a saved page's
 * metadata.
 */
import { describe, expect, it } from 'vitest';
import { holdsWebAddress, isAddressesAlone, readerMetadata, withoutConverterMarkup, withoutMarkup } from '../../src/ingest/text/converter-markup.ts';
import { columns } from '../../src/ingest/text/columns.ts';
import { wrapsLinkAddresses } from '../../src/ingest/text/markdown-links.ts';
import { VFile } from 'vfile';
import { cleanSeed, headlineCandidates, pageUnits } from '../../src/ingest/clean.ts';
import { parseSeed } from '../../src/ingest/parse.ts';

describe("a reader tool's Markdown", () => {
  it('loses its links, images, headings, bold and quotation markers, keeping their words', () => {
    expect(withoutMarkup('# Ferry fares rise')).toBe('Ferry fares rise');
    expect(withoutMarkup('The [council](https://example.org/council) met on **Monday**.')).toBe('The council met on Monday.');
    expect(withoutMarkup('![The ferry at dawn](https://example.org/ferry.jpg)')).toBe('');
    expect(withoutMarkup('> "This is a milestone," the minister said.')).toBe('"This is a milestone," the minister said.');
    expect(withoutMarkup('>> nested quotation')).toBe('nested quotation');
    // A line with no Markdown is left as it is.
    expect(withoutMarkup('Fares rose 5% > inflation, critics said.')).toBe('Fares rose 5% > inflation, critics said.');
  });

  it("reads the header's address and publication time as the page's metadata", () => {
    const lines = [
      'Title: Ferry fares rise - Island News',
      '',
      'URL Source: https://news.example.org/ferry-fares',
      '',
      'Published Time: 2025-04-14T16:05:00+07:00',
      '',
      'Markdown Content:',
      '# Ferry fares rise',
    ];
    expect(readerMetadata(lines)).toEqual({
      headlines: [],
      dates: [{ value: '2025-04-14T16:05:00+07:00', rule: 'reader field Published Time' }],
      urls: [{ value: 'https://news.example.org/ferry-fares', rule: 'reader field URL Source' }],
      outletNames: [],
      titles: ['Ferry fares rise - Island News'],
    });
  });

  it('takes only an http(s) address, and nothing from a text without the header', () => {
    expect(readerMetadata(['URL Source: javascript:alert(1)', 'Markdown Content:'])?.urls).toEqual([]);
    // An address the URL parser cannot read would fail the article's schema: it is not taken.
    expect(readerMetadata(['URL Source: https://[news.example.org', 'Markdown Content:'])?.urls).toEqual([]);
    expect(readerMetadata(['Ferry fares rise', 'URL Source: https://news.example.org/ferry-fares', 'The council met.'])).toBeUndefined();
    // "Markdown Content:" far down a text is some article's words, not a reader's header.
    expect(readerMetadata([...Array.from({ length: 20 }, (_, n) => `Paragraph ${n}.`), 'Markdown Content:'])).toBeUndefined();
  });
});

describe("html-to-text's plain text", () => {
  it("loses each link's address, keeping its words, and its bullets", () => {
    expect(withoutMarkup('Tech [https://news.example.org/topics/tech/]')).toBe('Tech');
    expect(withoutMarkup('* Davis Cup [/davis-cup/]')).toBe('Davis Cup');
    expect(withoutMarkup('Search [javascript:;]')).toBe('Search');
    expect(withoutMarkup('The council met on the ferry fares [https://news.example.org/fares] on Monday.')).toBe('The council met on the ferry fares on Monday.');
    // turndown's bullet and link together.
    expect(withoutMarkup('*   [Reviews](https://news.example.org/reviews/)')).toBe('Reviews');
    // The close of a teaser's link that turndown opened on a line above: its address goes, its words stay.
    expect(withoutMarkup('A new study suggests workers might be more impacted.](https://news.example.org/2019/11/20/automation)')).toBe(
      'A new study suggests workers might be more impacted.',
    );
    // Markdown's emphasis and escapes, as turndown writes them; underscores inside a word stay.
    expect(withoutMarkup('Il _black Friday_ incombe su di noi')).toBe('Il black Friday incombe su di noi');
    expect(withoutMarkup('\\[Busan Live\\] Roh loses 1\\. game')).toBe('[Busan Live] Roh loses 1. game');
    expect(withoutMarkup('snake_case_name and @john_doe_ stay')).toBe('snake_case_name and @john_doe_ stay');
    // Brackets around words are the article's own.
    expect(withoutMarkup('The minister said [the fares] would rise.')).toBe('The minister said [the fares] would rise.');
  });

  it('loses an image, its alt text with it', () => {
    expect(withoutMarkup('[https://cdn.example.org/2025/05/ferry-1280x720.jpg]')).toBe('');
    expect(withoutMarkup('The ferry at dawn [https://cdn.example.org/ferry.jpg?w=640]')).toBe('');
    expect(withoutMarkup('[data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%3E]')).toBe('');
  });

  const page = [
    'Home [https://news.example.org/]',
    'Energy [https://news.example.org/energy/]',
    'Travel [https://news.example.org/travel/]',
    'https://twitter.com/islandnews https://facebook.com/islandnews',
    '',
    'FERRY FARES RISE FOR THE WINTER',
    '',
    '[https://cdn.example.org/ferry.jpg]',
    'The council raised ferry fares on Monday [https://news.example.org/council].',
  ];

  it('drops the lines that were only markup, bare addresses (links without words) among them, and title-cases its headings', () => {
    expect(withoutConverterMarkup(page)).toEqual(['Home', 'Energy', 'Travel', '', 'Ferry Fares Rise for the Winter', '', 'The council raised ferry fares on Monday.']);
  });

  it('drops an address it wrapped over lines, its query holding spaces, to its closing bracket', () => {
    const shared = [
      ...page,
      '',
      'WhatsApp',
      '[whatsapp://send?text=Ferry fares rise for the winter %0A%0A',
      'https://news.example.org/ferry-fares-rise.html]',
      '',
      'Email [?subject=Ferry fares rise for the',
      'winter&body=https://news.example.org/ferry-fares-rise.html] Print',
    ];
    expect(withoutConverterMarkup(shared).slice(-6)).toEqual(['The council raised ferry fares on Monday.', '', 'WhatsApp', '', 'Email', 'Print']);
    // An unclosed bracket ends at a blank line: the text below it stays.
    expect(withoutConverterMarkup([...page, '', 'Share [whatsapp://send?text=Ferry fares', '', 'The next crossing is at noon.']).slice(-3)).toEqual([
      'Share',
      '',
      'The next crossing is at noon.',
    ]);
  });

  it('is told from a browser\'s text by its addresses in brackets: capitals and addresses elsewhere stay as written', () => {
    const browserText = ['RELATED STORIES', 'Sources: https://gov.example.org/report', 'https://gov.example.org/report', 'FERRY FARES RISE'];
    expect(withoutConverterMarkup(browserText)).toEqual(['RELATED STORIES', 'Sources: https://gov.example.org/report', 'https://gov.example.org/report', 'FERRY FARES RISE']);
  });

  it('knows a line of addresses alone, and one holding an address', () => {
    expect(isAddressesAlone('https://twitter.com/islandnews https://facebook.com/islandnews')).toBe(true);
    expect(isAddressesAlone('Share https://twitter.com/share?url=x')).toBe(false);
    // An image's address without its scheme, as html-to-text prints it under the image (kut.org, htmldate's dev pages).
    expect(isAddressesAlone('//www.example.org/sites/files/styles/x_large/public/202008/ferry.png')).toBe(true);
    expect(isAddressesAlone('// the old ferry timetable')).toBe(false);
    expect(holdsWebAddress('Key Moments From the Hearing http://www.facebook.com/sharer.php?u=x')).toBe(true);
    expect(holdsWebAddress('Ferry fares rise at www.example.org')).toBe(false);
  });

  it('a line holding an address is no candidate for the headline', () => {
    const units = pageUnits(['Key Moments From the Hearing http://www.facebook.com/sharer.php?u=x', 'Ferry fares rise for the winter', 'The council raised ferry fares on Monday, the third rise in two years, and said the next would come in spring when the new boats arrive.']);
    const { candidates } = headlineCandidates(units);
    expect(candidates.map((index) => units[index])).not.toContain(units[0]);
  });
});

describe('text a converter wrapped at 80 columns', () => {
  // A menu of short lines over the article, then paragraphs filled to the width: the menu makes most lines short.
  const menu = ['Home', 'World', 'Business', 'Energy', 'Travel', 'Culture', 'Sport', 'Opinion', 'Video', 'Podcasts', 'Newsletters', 'Weather', 'Markets', 'About', 'Contact', 'Jobs', 'Archive', 'Print edition', 'Games', 'Sign in'];
  const paragraph = [
    'The island council voted on Monday to raise ferry fares for the winter season',
    'after a request from the operator, the harbour board and the two unions of the',
    // A name opens the line: only the width says the sentence goes on.
    'Island Ferries company, saying the rise would pay for two new boats next year.',
  ];
  const text = [...menu, '', ...paragraph, '', ...paragraph, '', ...paragraph, '', ...paragraph];

  it('joins the lines of each paragraph, even where the next line opens with a capital', () => {
    expect(pageUnits(text).slice(menu.length)).toEqual(Array(4).fill(paragraph.join(' ')));
  });

  it("is not read as wrapped where lines run past the width: a browser's text of short lines and paragraphs", () => {
    const browserText = [...text, '', `${paragraph.join(' ')} The mayor said the fares would be reviewed in spring.`];
    expect(pageUnits(browserText)).toContain(paragraph[2]);
  });
});

describe("a page turndown saved: its <title> over the menus, the page's own heading over the article", () => {
  const menu = ['Home', 'Energy', 'Travel', 'Culture', 'Education', 'Sport', 'Opinion', 'Weather', 'Contact us', 'Subscribe'].map((item) => `*   [${item}](/${item.toLowerCase()})`);
  const article = [
    'The council raised ferry fares on Monday, the third rise in two years, and said the next would come in spring when the new boats arrive.',
    'Islanders who cross daily will pay a fifth more for a return ticket, the council said, while a season ticket will rise by a tenth from January.',
    '"We cannot run the boats at a loss," the council leader said, adding that the rise would pay for two new crews and a longer winter timetable.',
    'Residents said they would petition the council to hold the season ticket at its present price for those who work on the mainland.',
  ];
  const page = (title: string) =>
    [title, '', ...menu.flatMap((item) => [item, '']), 'Ferry fares rise for the winter', '=================================', '', 'By Mai Lan', '', 'Published 12 November 2025', '', ...article.flatMap((line) => [line, ''])].join('\n');
  const clean = (text: string) => cleanSeed(parseSeed(text, new VFile()).lines);

  it("takes the page's heading for the headline, not the <title> over the menus, and the date under the heading", () => {
    const seed = clean(page('Ferry fares rise for the winter - Island News - Ferries, fares and island life since 1990'));
    expect(seed.titleLine).toBe('Ferry fares rise for the winter');
    expect(seed.dateTexts[0]).toBe('Published 12 November 2025');
  });

  it('takes the heading over the article when the <title> at the top words the headline otherwise', () => {
    // billboard.com through turndown: "The Doobie Brothers Set 2020 Tour of North America | Billboard" first,
    // "The Doobie Brothers Set 50th Anniversary Tour of North America" over the article.
    const title = 'Island ferry fares rise for the winter | Island News Online';
    const seed = clean([title, '', ...menu.flatMap((item) => [item, '']), 'Ferry fares rise for the winter', '', ...article.flatMap((line) => [line, ''])].join('\n'));
    expect(seed.titleLine).toBe('Ferry fares rise for the winter');
  });

  it('reads on past a box of teasers whose links hold their headings, leaving no bullet alone', () => {
    // turndown writes a link around a block as "*   [", the heading, "](/story/…)": sky.com's "More from UK" box inside an article.
    const teasers = ['Bridge reopens after repairs', 'Ferry crews strike for a day', 'Island school wins award', 'Harbour fees rise in spring'];
    const box = ['### More from Island News', '', ...teasers.flatMap((teaser, k) => ['*   [', '    ', `    #### ${teaser}`, '    ', `    ](/story/${k})`])];
    expect(withoutConverterMarkup(box.map((line) => line.trim()))).not.toContain('*');
    const text = page('Ferry fares rise for the winter - Island News').replace(article[1], [article[1], '', ...box, ''].join('\n'));
    expect(clean(text).paragraphs).toEqual(article);
  });
});

describe("lynx's dump (`lynx -dump URL`)", () => {
  const dump = [
    '[1]Skip to main content',
    '',
    '* [2]Island News',
    '* [3]Energy',
    '+ [4]Ferries',
    '',
    'Ferry fares rise for the winter',
    '',
    '[5]Share (BUTTON) Listen',
    '',
    'The [6]council raised ferry fares on Monday, the third rise in two years, and',
    'said the next would come in spring when the new boats arrive.',
    '',
    'References',
    '',
    '1. https://news.example.org/#main',
    '2. https://news.example.org/',
  ];

  it("loses its links' numbers, its buttons and its list of addresses; each list item is a block of its own", () => {
    expect(withoutConverterMarkup(dump)).toEqual([
      'Skip to main content',
      '',
      'Island News',
      '',
      'Energy',
      '',
      'Ferries',
      '',
      'Ferry fares rise for the winter',
      '',
      'Share Listen',
      '',
      'The council raised ferry fares on Monday, the third rise in two years, and',
      'said the next would come in spring when the new boats arrive.',
      '',
    ]);
  });

  it('loses its list of addresses when lynx splits it into visible and hidden links', () => {
    // lynx 2.9 heads the list so when the page has links it does not show (an image's, an empty anchor's).
    const withHidden = [...dump.slice(0, dump.indexOf('References') + 2), 'Visible links:', '1. https://news.example.org/#main', '', 'Hidden links:', '3. https://news.example.org/share'];
    expect(withoutConverterMarkup(withHidden)).toEqual(withoutConverterMarkup(dump));
    // Its addresses, each longer than a wrapped line, no longer hide that the text was wrapped: the lede is one paragraph.
    const lede = ['MADRID — [7]Rafael Nadal kept Spain’s hopes alive, then Marcel', 'Granollers and Feliciano Lopez completed the comeback in the decisive', 'doubles match to give the hosts a 2-1 win over Russia in the inaugural', 'Davis Cup Finals.'];
    const body = Array.from({ length: 12 }, (_, k) => `Line ${k} of a [${k + 8}]paragraph that lynx wrapped at its width of about seventy-six columns,`);
    const address = `${'https://www.example.org/tennis/'.padEnd(120, 'x')}`;
    const page = [...lede, '', ...body, 'the end.', '', 'References', '', 'Visible links:', ...Array.from({ length: 20 }, (_, k) => `${k + 1}. ${address}${k}`)];
    expect(pageUnits(page)[0]).toBe(`MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel ${lede.slice(1).join(' ')}`);
  });

  it('is not Markdown whose links are numbers ("[2](/page/2)")', () => {
    const markdown = ['Pages: [1](/page/1) [2](/page/2)', '[3](/page/3) next', 'Last: [4](/page/4)', 'References', '', '1. https://example.org/'];
    expect(withoutConverterMarkup(markdown)).toEqual(['Pages: 1 2', '3 next', 'Last: 4', 'References', '', '1. https://example.org/']);
  });
});

describe('a text wrapped at its own width, as a text browser dumps a page', () => {
  const paragraph = [
    'The council raised ferry fares on Monday, the third rise in two years, and',
    'said the next would come in spring when the new boats arrive at the island',
    'harbour, which the council has been rebuilding for two summers at a cost of',
    'more than it had planned, the council leader said at the meeting on Monday.',
  ];
  const page = ['Home', 'Energy', '', ...paragraph, '', ...paragraph, '', ...paragraph];

  it("joins its lines into paragraphs at lynx's width (73–76 columns)", () => {
    const units = pageUnits(page);
    expect(units.filter((unit) => unit.startsWith('The council raised'))).toEqual(Array(3).fill(paragraph.join(' ')));
  });

  it("is not a Markdown page whose paragraphs hold a link's long address", () => {
    const linked = `The council raised ferry fares on Monday ([report](https://news.example.org/2025/11/council-report-ferry-fares-winter)), the third rise in two years, and the next rise will come in spring.`;
    const menu = ['Home', 'Energy', 'Travel', 'Culture', 'Education', 'Sport', 'Opinion', 'Weather', 'Contact us', 'Subscribe'];
    // Twelve lines of 58 columns under a menu: a wrap's (the rules of line lengths near 80 columns did not see it),
    // but for the paragraph longer than any wrap once its address is set aside.
    const timetable = Array.from({ length: 12 }, (_, i) => `Ferry timetable for the winter: crossing ${String(i).padStart(2, '0')} leaves at noon`);
    expect(pageUnits([...menu, '', ...timetable, '', linked]).filter((unit) => unit.startsWith('Ferry timetable'))).toHaveLength(12);
    expect(pageUnits([...menu, '', ...timetable]).filter((unit) => unit.startsWith('Ferry timetable'))).toHaveLength(1);
  });
});

describe("Python's html2text: Markdown wrapped at 78 columns, links and addresses included", () => {
  // As `html2markdown` (Debian's python3-html2text) writes a page: a share row whose addresses break at a hyphen,
  // an image inside a link whose alt text runs over lines, link words wrapped mid-sentence, an autolink.
  const saved = [
    '[',
    '__](http://twitter.com/share?url=https://example.org/article/uk-',
    'tories-under-fire "Share on Twitter") [',
    '__](https://www.facebook.com/sharer.php?u=https://example.org/article/uk-',
    'tories-under-fire "Share on Facebook")',
    '',
    '[![In this photo issued by ITV, Jeremy Corbyn reacts during the election',
    'debate in Salford, England, Tuesday, Nov. 19, 2019.',
    '\\(ITV via AP\\)](https://example.org/preview.jpg?s=150x)](https://example.org/gallery/uk-',
    'tories-under-fire?id=i-2)',
    '',
    'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to',
    'deceive voters by changing the name of its press office [Twitter',
    'account](https://example.org/tags/twitter) to “factcheckUK” during a debate.',
    '',
    'Follow AP’s full coverage at <https://apnews.com/Brexit>',
  ];

  it('loses the share row, the image with its alt text and the addresses; link words keep their lines', () => {
    expect(withoutConverterMarkup(saved).filter(Boolean)).toEqual([
      'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to',
      'deceive voters by changing the name of its press office Twitter',
      'account to “factcheckUK” during a debate.',
      'Follow AP’s full coverage at https://apnews.com/Brexit',
    ]);
  });

  it('is read as wrapped, its addresses being broken over lines, so a paragraph is one unit', () => {
    expect(pageUnits(saved)).toContain(
      'LONDON (AP) — Britain’s Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account to “factcheckUK” during a debate.',
    );
  });

  it("knows html2text's wrapping from turndown's Markdown, which writes a paragraph a line", () => {
    expect(wrapsLinkAddresses(saved)).toBe(true);
    const turndown = ['[Home](/) [World](/world) [Sport](/sport)', '', 'The [council](https://example.org/council/ferry-fares) met on Monday and raised the fares.', '', '[More](/more)'];
    expect(wrapsLinkAddresses(turndown)).toBe(false);
  });

  it("leaves turndown's teaser, a link around whole paragraphs, to the rule that drops its opening and close", () => {
    const teaser = ['[Home](/) [World](/world) [Sport](/sport)', '', '[', '', 'Ferries stop for the winter', '', '](/2019/11/20/ferries)'];
    expect(withoutConverterMarkup(teaser).filter(Boolean)).toEqual(['Home World Sport', 'Ferries stop for the winter']);
  });

  it('loses emphasis it wrapped over lines, an empty one glued to a link, and lines of marks alone', () => {
    const lines = [
      '[Home](/) [World](/world) [Sport](/sport)',
      '[Log in](/login)',
      '**[Latest revision as of 05:33, 7 April',
      '2020](/index.php?title=Park_Ye_Jin "Park Ye Jin")**',
      '[**Air Quality Index:** _Which Is The Best Air Quality Index (AQI) On The',
      'Web_](https://example.org/2020/09/12/how-to-find-the-best-air-quality-index)',
      '__[Babywearing](https://example.org/category/babywearing/)',
      '##',
      '____ ____  ____',
      'snake_case_name, @john_doe_ and 5**2 stay',
    ];
    expect(withoutConverterMarkup(lines)).toEqual([
      'Home World Sport',
      'Latest revision as of 05:33, 7 April',
      '2020',
      'Air Quality Index: Which Is The Best Air Quality Index (AQI) On The',
      'Web',
      'Babywearing',
      'snake_case_name, @john_doe_ and 5**2 stay',
    ]);
  });

  it("reads a table's rows as a browser shows them, cells apart, and drops the dashes under its header", () => {
    const lines = [
      '[Home](/) [Sport](/sport)',
      '[Browns](/browns) [Snap counts](/snaps)',
      'Browns’ defensive snap counts | Dawgs By Nature',
      '',
      'Pos | Player | Plays | % | Stats',
      '---|---|---|---|---',
      'DL | Larry Ogunjobi | 63 | 85% | 1 tackle (1 combined).',
      '',
      'The defence played well | [more](/more)',
    ];
    expect(withoutConverterMarkup(lines)).toEqual([
      'Home Sport',
      'Browns Snap counts',
      'Browns’ defensive snap counts | Dawgs By Nature',
      '',
      'Pos Player Plays % Stats',
      'DL Larry Ogunjobi 63 85% 1 tackle (1 combined).',
      '',
      'The defence played well | more',
    ]);
  });

  it('keeps a bracket that opens no link, and an empty emphasis only where it stands alone', () => {
    const lines = ['[Home](/)', '[World](/world)', '[Sport](/sport)', 'The council [sic', 'met on Monday.', 'snake__case __ stays'];
    // A line that is one link and nothing else goes (navigation), as before.
    expect(withoutConverterMarkup(lines)).toEqual(['The council [sic', 'met on Monday.', 'snake__case stays']);
    // A browser's text is no Markdown: what looks like a converter's emphasis there is the page's own.
    const shown = ['Hier klicken, um _ga - Google Analytics Cookie zu aktivieren.', 'Preis**', '__', 'list: [', '#'];
    expect(withoutConverterMarkup(shown)).toEqual(shown);
  });
});

describe('a text wrapped in columns (w3m, columns.ts)', () => {
  // Three paragraphs of Korean prose, written here for this rule (a news lede's register).
  const paragraphs = [
    '서울시는 월요일 지하철 2호선 연장 구간을 개통했다고 밝혔다. 새 구간은 도심과 공항을 잇는 열두 개 역으로 이루어져 있으며 출퇴근 시간에는 육 분마다 열차가 다닌다.',
    '시 관계자는 요금이 기존 노선과 같으며 학생과 노동자를 위한 월 정기권은 절반 가격이라고 말했다. 개통식에는 수천 명의 시민이 참석해 첫 열차를 함께 탔다.',
    '시는 2035년까지 세 개 노선을 더 건설할 계획이다. 교통 전문가들은 새 노선이 도심의 교통 체증을 크게 줄일 것으로 내다봤다.',
  ];
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\uAC00-\uD7A3]/.test(char) ? 2 : 1), 0);
  /** As w3m wraps for an 80-column terminal: anywhere, a Hangul syllable taking two columns. */
  const inColumns = (text: string) => {
    const lines: string[] = [];
    let line = '';
    for (const char of text) {
      if (width(line + char) > 80) [lines[lines.length], line] = [line.trimEnd(), char.trimStart()];
      else line += char;
    }
    return [...lines, line];
  };
  /** As html-to-text wraps at 80 characters: between words. */
  const inCharacters = (text: string) => {
    const lines: string[] = [''];
    for (const word of text.split(' ')) {
      if (`${lines.at(-1)} ${word}`.trim().length > 80) lines.push(word);
      else lines[lines.length - 1] = `${lines.at(-1)} ${word}`.trim();
    }
    return lines;
  };
  /** A menu, the three paragraphs, and the first again eleven times (the most read box): enough lines to show the wrap. */
  const page = (wrap: (text: string) => string[]) => ['뉴스', '정치', '경제', '', ...[...paragraphs, ...Array<string>(11).fill(paragraphs[0])].flatMap((paragraph) => [...wrap(paragraph), ''])];
  const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

  it('counts a wide character as two columns', () => {
    expect(columns('서울시는 월요일')).toBe(15);
    expect(columns('Việt Nam')).toBe(8);
  });

  it("joins w3m's lines, broken inside words, into whole paragraphs with those words whole", () => {
    const units = pageUnits(page(inColumns));
    const ledes = units.filter((unit) => unit.startsWith('서울시는'));
    expect(ledes.length).toBe(12);
    for (const lede of ledes) expect(withoutSpaces(lede)).toBe(withoutSpaces(paragraphs[0]));
    expect(withoutSpaces(units.find((unit) => unit.startsWith('시 관계자는'))!)).toBe(withoutSpaces(paragraphs[1]));
    // A word w3m broke over two lines is whole again; where it broke at a space, the space is lost (w3m drops it).
    const split = paragraphs.flatMap((paragraph) => {
      const lines = inColumns(paragraph);
      return lines.slice(1).flatMap((line, k) => (/\S$/.test(lines[k]) && paragraph.includes(lines[k].split(' ').at(-1)! + line.split(' ')[0]) ? [lines[k].split(' ').at(-1)! + line.split(' ')[0]] : []));
    });
    expect(split.length).toBeGreaterThanOrEqual(3);
    const words = new Set(units.flatMap((unit) => unit.split(' ')));
    for (const word of split) expect(words.has(word), word).toBe(true);
  });

  it('keeps the spaces of a text wrapped between words in characters', () => {
    const units = pageUnits(page(inCharacters));
    for (const paragraph of paragraphs) expect(units).toContain(paragraph);
  });
});
