import { describe, expect, it } from 'vitest';
import { agenciesCredited, datelineOfBody, isPhotoCredit } from '../../../src/eval/body-gold.ts';
import { pageHeadline } from '../../../src/eval/gold.ts';
import { normalizeHeadline, sameHeadline, showsHeadline } from '../../../src/eval/headline-match.ts';
import { calendarDay, goldFromMetadata, jsonLdArticles, withoutSiteName } from '../../../src/eval/metadata-gold.ts';
import type { PageMeta } from '../../../src/eval/page-text.ts';
import type { Source } from '../../../src/schema/registries.ts';

const meta = (fields: Partial<PageMeta>): PageMeta => ({ lang: '', title: '', metas: [], jsonLd: [], times: [], h1s: [], ...fields });

describe('headlines compared as a reader would', () => {
  it('ignores case, diacritics, punctuation and spacing', () => {
    expect(sameHeadline('Việt Nam’s GDP grows 7%', 'VIET NAM\'S GDP GROWS 7 %')).toBe(true);
    expect(sameHeadline('Đà Nẵng opens a bridge', 'Da Nang opens a bridge')).toBe(true);
    expect(sameHeadline('Prices rise', 'Prices rise again')).toBe(false);
    expect(normalizeHeadline('  “Meth. We’re On It” ')).toBe('meth we re on it');
  });

  it('finds a headline in a text as whole words only', () => {
    expect(showsHeadline('Home\nNews\nPrices rise in May\nBy Jane Doe', 'Prices rise in May')).toBe(true);
    expect(showsHeadline('Prices rise in Maynard', 'Prices rise in May')).toBe(false);
    expect(showsHeadline('anything', '')).toBe(false);
  });
});

describe('the date and headline a page states in its metadata', () => {
  it('reads JSON-LD articles, also inside @graph and arrays, and skips scripts that do not parse', () => {
    const scripts = [
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"A"}]}',
      '[{"@type":"Organization"},{"@type":"BlogPosting","headline":"B"}]',
      '{"@type":"NewsArticle", "headline": "broken",}',
    ];
    expect(jsonLdArticles(scripts).map(({ type, node }) => `${type}:${node.headline}`)).toEqual(['NewsArticle:A', 'BlogPosting:B']);
  });

  it('takes the calendar day as the timestamp writes it, not converted to UTC', () => {
    expect(calendarDay('2019-11-18T21:30:00-05:00')).toBe('2019-11-18');
    expect(calendarDay('20201123T11:02:35Z')).toBe('2020-11-23');
    expect(calendarDay('2020/10/04 15:05:21')).toBe('2020-10-04');
    expect(calendarDay('Tue, 19 Nov 2019 08:41:00 GMT')).toBe('2019-11-19');
    expect(calendarDay('2019-02-30')).toBeUndefined();
    expect(calendarDay('yesterday')).toBeUndefined();
  });

  it('prefers JSON-LD to Open Graph to other meta names to <time>', () => {
    const gold = goldFromMetadata(
      meta({
        jsonLd: ['{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2019-11-19T08:41:00Z"}'],
        metas: [
          ['og:title', 'From og:title'],
          ['article:published_time', '2019-11-18T10:00:00+00:00'],
          ['og:site_name', 'Example News'],
        ],
        times: [['2019-11-17', 'Nov 17']],
        lang: 'en-US',
      }),
      'example.com',
    );
    expect(gold.headlines.map((headline) => headline.value)).toEqual(['From JSON-LD', 'From og:title']);
    expect(gold.date).toEqual({ value: '2019-11-19', from: 'json-ld NewsArticle.datePublished' });
    expect(gold.timestamp).toBe('2019-11-19T08:41:00Z');
    expect(gold.lang).toBe('en-us');
    expect(goldFromMetadata(meta({ times: [['2019-11-17T09:00', 'Nov 17']] }), 'example.com').date?.from).toBe('<time datetime>');
  });

  it('takes the site\'s name off a title, on either side, by og:site_name, its initials or its domain', () => {
    expect(withoutSiteName('Google Stadia: So Many Ways to Play - WSJ', ['The Wall Street Journal'], [])).toBe('Google Stadia: So Many Ways to Play');
    expect(withoutSiteName('Opinion | Republicans Are Following Trump - The New York Times', ['The New York Times'], [])).toBe('Opinion | Republicans Are Following Trump');
    expect(withoutSiteName('Femeile pot obține studii gratuite în IT - News.yam.md', [undefined, 'yam.md'], [])).toBe('Femeile pot obține studii gratuite în IT');
    expect(withoutSiteName('Entermedia | 엘제이-류화영 진흙탕 싸움', ['Entermedia'], [])).toBe('엘제이-류화영 진흙탕 싸움');
    // A title with a dash inside the headline keeps it.
    expect(withoutSiteName('Trade deal - what it means for farmers', ['Farm Weekly'], [])).toBe('Trade deal - what it means for farmers');
    // The h1 the title contains is the headline, whatever the site calls itself.
    expect(withoutSiteName('Sweden drops Assange rape investigation – 20 Nov 2019 – Daily', [], ['Sweden drops Assange rape investigation'])).toBe(
      'Sweden drops Assange rape investigation',
    );
    expect(withoutSiteName('Australian &#039;megablaze&#039; brought under control', [], [])).toBe("Australian 'megablaze' brought under control");
  });

  it('takes as the page\'s headline the first the metadata gives that the text shows, else the h1 that shares its words', () => {
    const given = [
      { value: 'Prison guards charged in connection with Jeffrey Epstein\'s death', from: 'og:title' },
      { value: 'Epstein guards charged', from: '<title>' },
    ];
    const h1 = 'Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein\'s suicide';
    expect(pageHeadline(given, [h1], `Menu\n${h1}\nBy Kevin Johnson`)).toEqual({ value: h1, from: '<h1> (the metadata gives another)' });
    expect(pageHeadline(given, [h1], 'Menu\nEpstein guards charged\nBy Kevin Johnson')).toEqual(given[1]);
    // An h1 of another story (a live page updated since) is not taken for this one's headline.
    expect(pageHeadline([{ value: 'The Latest: CureVac signs vaccine contract', from: 'og:title' }], ['The Latest: Spain plans vaccination'], 'The Latest: Spain plans vaccination')).toEqual({
      value: 'The Latest: CureVac signs vaccine contract',
      from: 'og:title',
    });
  });
});

describe('what the gold body says of its dateline and its agency', () => {
  it.each([
    ['WASHINGTON (Reuters) - Scientists on Monday unveiled', 'WASHINGTON', 'Reuters'],
    ['BUFFALO, N.Y. — Hours before Zach Parise', 'BUFFALO', undefined],
    ['LONDON, Nov 18 (Reuters) - Oil prices', 'LONDON', 'Reuters'],
    ['ST. JOSEPH, Mich. (AP) — Michigan health authorities', 'ST. JOSEPH', 'AP'],
    ['NEW DELHI: Their American dream shattered', 'NEW DELHI', undefined],
    ['BERLIN -- The European Space Agency says', 'BERLIN', undefined],
    ['BAAR, SWITZERLAND\n\nBased on Ascom’s connectivity', 'BAAR', undefined],
    ['Dekalb, Ill. — Mike Glass threw for three touchdowns', 'Dekalb', undefined],
    ['New York, NY – With content engagement migrating', 'New York', undefined],
    ['Indianapolis – Several thousand teachers', 'Indianapolis', undefined],
  ])('%s', (body, place, credit) => {
    expect(datelineOfBody(body)).toEqual({ place, credit });
  });

  it.each([
    'DEAR ABBY: My husband of more than 20 years',
    'A HUNTER who killed and ate a wild rabbit',
    'GIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44',
    'Gaming used to be so simple.',
    'Two hostages — an American and an Australian — who had been held',
    'Beauty company Coty is breaking out — in a good way.',
    'PanARMENIAN.Net - Verified video footage',
  ])('no dateline: %s', (body) => {
    expect(datelineOfBody(body)).toBeUndefined();
  });

  const sources = [
    { id: 'reuters', name: 'Reuters', homepage: 'https://www.reuters.com', patterns: ['\\(Reuters\\)', '\\bReuters\\b'] },
    { id: 'ap', name: 'AP', homepage: 'https://apnews.com', patterns: ['\\(AP\\)', '\\bAssociated Press\\b'] },
  ] as Source[];

  it('credits an agency named at the body\'s start or end, never one named as a photo\'s credit or only in the middle', () => {
    expect(agenciesCredited('WASHINGTON (Reuters) - Scientists unveiled a map.', sources)).toEqual(['reuters']);
    expect(agenciesCredited('A cat was found.\n\nCopyright 2019 The Associated Press. All rights reserved.', sources)).toEqual(['ap']);
    expect(agenciesCredited('Protesters marched. (AP Photo/Evan Vucci)', sources)).toEqual([]);
    expect(agenciesCredited(`Start. ${'word '.repeat(100)}told Reuters on Monday. ${'word '.repeat(100)}End.`, sources)).toEqual([]);
  });

  it.each([
    ['Photo: Reuters', 'Reuters'],
    ['(AP Photo/Evan Vucci)', 'AP'],
    ['REUTERS/Lucas Jackson', 'REUTERS'],
    ['© AFP', 'AFP'],
    ['Getty Images/AFP', 'AFP'],
    ['Image copyright Reuters', 'Reuters'],
    ['Leonhard Foeger / Reuters file', 'Reuters'],
  ])('a photo credit: %s', (text, name) => {
    expect(isPhotoCredit(text, text.indexOf(name), name.length)).toBe(true);
  });

  it.each([
    ['WASHINGTON (Reuters) - Scientists', 'Reuters'],
    ['By Reuters\n\nVIENNA —', 'Reuters'],
    ['told The Associated Press on Thursday', 'Associated Press'],
  ])('no photo credit: %s', (text, name) => {
    expect(isPhotoCredit(text, text.indexOf(name), name.length)).toBe(false);
  });
});
