import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { cleanSeed } from '../../src/ingest/clean.ts';
import { countTokens, lineFacts } from '../../src/ingest/segment/line-facts.ts';
import { isSentence } from '../../src/ingest/segment/article-span.ts';
import { endsSentence, endsWithSentenceMark } from '../../src/ingest/text/sentence-end.ts';
import { hasAtMostWords, wordCount } from '../../src/ingest/text/words.ts';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { placeFromDateline, regionFromDateline } from '../../src/ingest/extract/dateline.ts';

const clean = (text: string) => cleanSeed(parseSeed(text, new VFile()).lines);
const cleanSeedFile = (name: string) => {
  const file = new VFile({ path: name });
  return cleanSeed(parseSeed(decodeSeed(readFileSync(`seeds/${name}`), file), file).lines);
};

describe('clean: the five seeds', () => {
  it('000: date prefix, "HÀ NỘI —" dateline and "— VNA/VNS" sign-off are cut from the text', () => {
    const seed = cleanSeedFile('000_a832c90a7898f8b0.txt');
    expect(seed.datePrefix).toBe('2025-04-22');
    expect(seed.dateline).toBe('HÀ NỘI');
    expect(seed.credits).toEqual(['VNA/VNS']);
    expect(seed.paragraphs[0]).toMatch(/^Việt Nam always values the traditional friendship/);
    expect(seed.paragraphs.at(-1)).toMatch(/among others\.$/);
    expect(seed.titleLine).toBeUndefined();
  });

  it('001: a dateline on its own line, "Hanoi, April 22, AZERTAC"', () => {
    const seed = cleanSeedFile('001_607f1ea7021869f3.txt');
    expect(seed.dateline).toBe('Hanoi, April 22, AZERTAC');
    expect(seed.titleLine).toBeUndefined();
    expect(seed.paragraphs[0]).toMatch(/^As part of her visit to Vietnam/);
    expect(seed.paragraphs).toHaveLength(8);
  });

  it('003: title, date line and repeated title above; gallery, another letter and its date below', () => {
    const seed = cleanSeedFile('003_f628f0eab526a9a1.txt');
    expect(seed.titleLine).toBe('Ilham Aliyev held expanded meeting with General Secretary of Central Committee of Communist Party of Vietnam');
    expect(seed.dateTexts).toEqual(['07 May 2025, 17:15']);
    expect(seed.paragraphs[0]).toMatch(/^On May 7, Ilham Aliyev/);
    expect(seed.paragraphs.at(-1)).toBe('Secretary General To Lam extended an invitation to President Ilham Aliyev to visit Vietnam, which the President gratefully accepted.');
    const body = seed.paragraphs.join('\n');
    for (const furniture of ['gallery-photo', 'DOCUMENTS', 'Distinguished participants', '12 June 2025', 'Turkic States', '10:36']) {
      expect(body).not.toContain(furniture);
    }
  });

  it('004: "BAKU, Azerbaijan, May 8." opens the first paragraph', () => {
    const seed = cleanSeedFile('004_7f849e531bd3e15a.txt');
    expect(seed.dateline).toBe('BAKU, Azerbaijan, May 8');
    expect(seed.paragraphs[0]).toMatch(/^Azerbaijan's Prime Minister Ali Asadov has met/);
  });
});

describe('clean: other outlets', () => {
  // Paragraphs of a real article's length: the segmenter is unsure of a text of a few short lines.
  const ferryParagraphs = [
    'The ferry between the two islands has run every day for forty years, and for most of that time it has carried more freight than passengers across the strait.',
    "This winter the operator says its fuel costs have doubled, and the regional council has not yet agreed to cover the difference before next year's timetable is printed.",
    'Residents of the smaller island say a week without the service would empty their shops, and several of them have started a petition asking the government to step in.',
  ];

  it('a headline put as a question or trailing off is the headline, not the first paragraph', () => {
    // As BBC News's texts of 2004–2005 put them (Greene & Cunningham's set): a question headline ends like a sentence.
    for (const headline of ['Will the ferry survive the winter?', 'What should the council really be about?', 'Cheaper fuel, fuller boats...']) {
      const seed = clean([headline, ...ferryParagraphs].join('\n\n'));
      expect(seed.titleLine).toBe(headline);
      expect(seed.paragraphs).toEqual(ferryParagraphs);
    }
  });

  it('a question headline of a Vietnamese length, a word a syllable, is the headline too', () => {
    const headline = 'Vì sao dự án cầu vượt ở trung tâm thành phố chậm tiến độ suốt ba năm qua?';
    const paragraphs = [
      'Dự án cầu vượt tại nút giao trung tâm thành phố được khởi công từ năm 2021 với tổng vốn đầu tư hơn 500 tỷ đồng, nhưng đến nay mới hoàn thành khoảng một nửa khối lượng công việc.',
      'Theo ban quản lý dự án, nguyên nhân chính là việc giải phóng mặt bằng kéo dài do nhiều hộ dân chưa đồng ý với mức bồi thường được đưa ra.',
      'Ủy ban nhân dân thành phố đã yêu cầu các sở, ngành liên quan phối hợp tháo gỡ vướng mắc để công trình có thể về đích trong năm tới.',
    ];
    const seed = clean([headline, ...paragraphs].join('\n\n'));
    expect(seed.titleLine).toBe(headline);
    expect(seed.paragraphs).toEqual(paragraphs);
  });

  it("a question opening the article in a long sentence stays the article's", () => {
    const question = 'So as the operator enters its fifth decade with a shrinking subsidy, who will pay to keep the boats running?';
    const seed = clean(['Will the ferry survive the winter?', question, ...ferryParagraphs].join('\n\n'));
    expect(seed.titleLine).toBe('Will the ferry survive the winter?');
    expect(seed.paragraphs).toEqual([question, ...ferryParagraphs]);
  });

  it('a question headline holding an abbreviation is still one sentence', () => {
    const question = 'Phó Chủ tịch TP. HCM nói gì về dự án phà?';
    const seed = clean([question, ...ferryParagraphs].join('\n\n'));
    expect(seed.titleLine).toBe(question);
  });

  it("a one-line question under the headline is the article's rhetorical lede, not a headline", () => {
    const lede = 'So what separates the two councils these days?';
    const seed = clean(['What really divides the islands', lede, ...ferryParagraphs].join('\n\n'));
    expect(seed.titleLine).toBe('What really divides the islands');
    expect(seed.paragraphs).toEqual([lede, ...ferryParagraphs]);
  });

  it('a headline in title case ending on an abbreviation is the headline, not the first paragraph', () => {
    const headline = 'Ferry Fares and Fuel Costs: How Winter Strains the Boats Serving the U.S.';
    const seed = clean(['Sections', 'Log In', headline, ...ferryParagraphs].join('\n\n'));
    expect(seed.titleLine).toBe(headline);
    expect(seed.paragraphs).toEqual(ferryParagraphs);
  });

  it('a headline naming a day is no dateline: words go on after its date', () => {
    for (const headline of ['Council sets 16 March for ferry vote', 'Ferry 2 may be ready in summer']) {
      const seed = clean([headline, ...ferryParagraphs].join('\n\n'));
      expect(seed.titleLine).toBe(headline);
      expect(seed.dateline).toBeUndefined();
    }
    expect(clean('WASHINGTON, May 8 (Reuters)\n\nThe Senate passed the bill on Thursday after a long debate over its cost.\n').dateline).toBe('WASHINGTON, May 8 (Reuters)');
  });

  it('a headline in capitals ending on a date is no dateline: a place is named in a few words', () => {
    const headline = 'FERRY CROSSINGS RISE IN WEEK ENDED MARCH 14';
    const seed = clean([headline, 'PORTLAND, Maine, March 16 - Ferries carried 12,400 passengers in the week ended March 14, the port authority said on Monday.', ...ferryParagraphs].join('\n\n'));
    expect(seed.titleLine).toBe(headline);
    expect(seed.dateline).toBe('PORTLAND, Maine, March 16');
  });

  it('wire copy: a dateline whose dash is glued to its day still opens the story', () => {
    const seed = clean(['ACME TOOLS INC <ACME> YEAR NET', '', '    PEORIA, Ill., March 2-', '    Shr 41 cts vs 33 cts', '    Net 2,204,000 vs 1,780,000', '    Revs 31.2 mln vs 29.8 mln', ' Reuter'].join('\n'));
    expect(seed.titleLine).toBe('ACME TOOLS INC <ACME> YEAR NET');
    expect(seed.paragraphs.join(' ')).toContain('Shr 41 cts vs 33 cts');
  });

  it('a headline in capitals with a slash is no photo credit', () => {
    const headline = 'FERRY FARES/SUBSIDIES REVIEW SAID LIKELY';
    expect(clean([headline, ...ferryParagraphs].join('\n\n')).titleLine).toBe(headline);
  });

  it('wire copy: a headline in capitals and a dateline carrying the date', () => {
    const seed = clean(
      'GERMAN FIRST-TIME BUYERS FIND IT HARDER TO GET A MORTGAGE\nLONDON 1996-08-30\n\nFirst-time buyers in Germany are finding it harder to borrow, a survey\nshowed on Friday.\n\nThe survey of 40 banks found lending fell for a third month.\n',
    );
    expect(seed.titleLine).toBe('GERMAN FIRST-TIME BUYERS FIND IT HARDER TO GET A MORTGAGE');
    expect(seed.dateline).toBe('LONDON 1996-08-30');
    expect(seed.paragraphs).toEqual([
      'First-time buyers in Germany are finding it harder to borrow, a survey showed on Friday.',
      'The survey of 40 banks found lending fell for a third month.',
    ]);
  });

  it('wire copy: under a headline in capitals, a dateline opening the first paragraph starts the story, figures and all', () => {
    // As the 1987 wire ran a company's results (Reuters-21578's shape): indented lines, short figures, a sign-off.
    const seed = clean(
      [
        'ACME TOOLS INC <ACME> 4TH QTR NET',
        '',
        '    DAYTON, Ohio, March 3 -',
        '    Shr 41 cts vs 33 cts',
        '    Net 2,140,000 vs 1,720,000',
        '    Revs 48.6 mln vs 44.1 mln',
        '    Pay April 30',
        ' Reuter',
      ].join('\n'),
    );
    expect(seed.titleLine).toBe('ACME TOOLS INC <ACME> 4TH QTR NET');
    expect(seed.dateline).toBe('DAYTON, Ohio, March 3');
    // "Pay April 30" is the dividend's date, a field of the story, not a dateline.
    expect(seed.paragraphs).toEqual(['Shr 41 cts vs 33 cts', 'Net 2,140,000 vs 1,720,000', 'Revs 48.6 mln vs 44.1 mln', 'Pay April 30']);
    expect(seed.credits).toEqual(['Reuter']);
  });

  it("wire copy in its 1987 shape: a story of a few lines cut at the wire's width is joined back into its sentences", () => {
    const seed = clean(
      [
        'ACME MOTOR CREDIT <ACME> TO REDEEM NOTES',
        '',
        '    DAYTON, Ohio, March 3 - Acme Motor Co said its Acme Motor',
        'Credit unit on April One will redeem 4.0 mln dlrs of its 8.70 pct',
        'notes due April 1, 1999.',
        '    The notes are redeemable at a price of 100 pct of principal.',
        ' Reuter',
      ].join('\n'),
    );
    expect(seed.dateline).toBe('DAYTON, Ohio, March 3');
    expect(seed.paragraphs).toEqual([
      'Acme Motor Co said its Acme Motor Credit unit on April One will redeem 4.0 mln dlrs of its 8.70 pct notes due April 1, 1999.',
      'The notes are redeemable at a price of 100 pct of principal.',
    ]);
  });

  it("wire copy: a desk's slug and a headline in capitals are no dateline; the dateline on its own line is, and the name over it a byline", () => {
    const seed = clean(
      [
        'TENNIS - HOLDER BOWS OUT IN SECOND ROUND AT FLUSHING MEADOWS.',
        'Jane Roe',
        'NEW YORK 1996-08-29',
        'The defending champion lost in straight sets to a qualifier on Thursday, the biggest upset of the tournament so far.',
        'She had not dropped a set in the first round.',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('TENNIS - HOLDER BOWS OUT IN SECOND ROUND AT FLUSHING MEADOWS.');
    expect(seed.bylines).toEqual(['Jane Roe']);
    // "NEW YORK" is a place, not two time zones that would make the line a date line.
    expect(seed.dateline).toBe('NEW YORK 1996-08-29');
    expect(seed.paragraphs).toEqual([
      'The defending champion lost in straight sets to a qualifier on Thursday, the biggest upset of the tournament so far.',
      'She had not dropped a set in the first round.',
    ]);
  });

  it('wire copy: a short story under its dateline is the article, its lines joined where a blank line cut a sentence', () => {
    const seed = clean(
      [
        'SQUASH - SEMIFINAL RESULT.',
        'PRAGUE 1996-08-30',
        'Result of a semifinal in an international',
        'squash tournament on Friday:',
        'Peter Novak (Czech Republic) beat Jan Horak (Slovakia) 15-9 15-6',
        '15-12.',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('SQUASH - SEMIFINAL RESULT.');
    expect(seed.dateline).toBe('PRAGUE 1996-08-30');
    expect(seed.paragraphs).toEqual([
      'Result of a semifinal in an international squash tournament on Friday:',
      'Peter Novak (Czech Republic) beat Jan Horak (Slovakia) 15-9 15-6',
      '15-12.',
    ]);
  });

  it('a page\'s date bar under "Skip to content" is no wire header: the menu under it is not the article', () => {
    const menu = ['Log In', 'Newsletters', 'Weather', 'Obituaries', 'Contact Us', 'News', 'Sports', 'Business', 'Opinion'];
    const seed = clean(
      [
        'Skip to content',
        "Sunday, July 19, 2020|Today's Paper",
        ...menu,
        'U.S. tells American he cannot sue Egyptian official he blames for his torture',
        'by Jane Doe, Associated Press',
        'Posted: July 18, 2020',
        'WASHINGTON (AP) — The Trump administration has told an American who says he was tortured in Egypt that he cannot sue the official he blames, a filing in federal court showed on Friday.',
        'The man, a dual citizen, spent nearly two years in an Egyptian prison before he was released last year and returned to the United States.',
        'His lawyers said they would appeal the ruling to a higher court as soon as the filing is made public next week.',
      ].join('\n'),
    );
    expect(seed.titleLine).toBe('U.S. tells American he cannot sue Egyptian official he blames for his torture');
    for (const item of menu) expect(seed.paragraphs).not.toContain(item);
  });

  it("wire copy: a story's tables under its dateline are the story's; its credit is cut", () => {
    const seed = clean(
      [
        'SOCCER - NORWEGIAN LEAGUE STANDINGS.',
        'OSLO 1996-08-30',
        "Standings in the Norwegian league after Saturday's matches (tabulate under played, won, drawn, lost, points):",
        'Rosenborg 20 16 2 2 50',
        'Lillestrom 20 11 5 4 38',
        '(Reporting by Jane Doe)',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('SOCCER - NORWEGIAN LEAGUE STANDINGS.');
    expect(seed.dateline).toBe('OSLO 1996-08-30');
    expect(seed.paragraphs.slice(1)).toEqual(['Rosenborg 20 16 2 2 50', 'Lillestrom 20 11 5 4 38']);
    expect(seed.credits).toEqual(['Reporting by Jane Doe']);
  });

  it('does not join across a blank line a byline, nor what follows a paragraph longer than a wrapped line', () => {
    const seed = clean(
      [
        'Grid operators warn of summer shortages',
        'by Jane Doe',
        'Grid operators warned on Monday that the summer could bring shortages of power across the region, as demand rises.',
        'The warning came after a week of record heat in the south',
        'of the country.',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Grid operators warn of summer shortages');
    expect(seed.paragraphs.at(-1)).toBe('The warning came after a week of record heat in the south of the country.');
    expect(seed.paragraphs.join('\n')).not.toContain('shortages by Jane');
  });

  it("does not join to a headline the date line or dated byline under it, even in lower case", () => {
    const seed = clean(
      [
        'Classificação NASCAR',
        'sexta-feira, 22 de outubro de 2010 às 20:13',
        'Young leaders win Commonwealth Youth Awards',
        'editor — March 11, 2020 add comment',
        'Four outstanding young people have won Commonwealth Youth Awards for innovative projects, the secretariat said on Tuesday.',
        'The winners were chosen from more than 800 nominations across the Commonwealth this year.',
        'The proposal was discussed at the meeting',
        'on Tuesday and again on Wednesday.',
      ].join('\n'),
    );
    expect(seed.titleLine).toBe('Young leaders win Commonwealth Youth Awards');
    expect(seed.paragraphs.at(-1)).toBe('The proposal was discussed at the meeting on Tuesday and again on Wednesday.');
  });

  it('AP style: byline, "(AP) —" dateline, a photo caption and "Read more" in the middle, related links after', () => {
    const seed = clean(
      [
        'Ministers agree on new grid rules',
        'By Jane Doe and John Roe',
        'Thursday, May 8, 2025 10:15 GMT+7',
        'WASHINGTON (AP) — Energy ministers agreed on Thursday to share grid data.',
        'Energy Minister Ana Ruiz speaks to reporters in Washington. (Photo: AP)',
        'Read more: Grid operators warn of summer shortages',
        'The agreement takes effect in July.',
        'Related articles',
        'Oil prices slip as stocks rise',
        'Copyright 2025 The Associated Press. All rights reserved.',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Ministers agree on new grid rules');
    expect(seed.bylines).toEqual(['By Jane Doe and John Roe']);
    expect(seed.dateTexts).toEqual(['Thursday, May 8, 2025 10:15 GMT+7']);
    expect(seed.dateline).toBe('WASHINGTON (AP)');
    expect(seed.paragraphs).toEqual(['Energy ministers agreed on Thursday to share grid data.', 'The agreement takes effect in July.']);
  });

  it('Reuters style: "LONDON, Aug 30 (Reuters) -" and a reporting credit', () => {
    const seed = clean('LONDON, Aug 30 (Reuters) - Shares fell on Friday.\n\nTraders were cautious.\n\n(Reporting by Jane Doe; Editing by John Roe)');
    expect(seed.dateline).toBe('LONDON, Aug 30 (Reuters)');
    expect(seed.credits).toEqual(['Reporting by Jane Doe; Editing by John Roe']);
    expect(seed.paragraphs).toEqual(['Shares fell on Friday.', 'Traders were cautious.']);
  });

  it('does not take an ordinary opening sentence with a dash for a dateline', () => {
    const seed = clean('The minister — who spoke for an hour — said little.\n\nMore followed.');
    expect(seed.dateline).toBeUndefined();
    expect(seed.paragraphs[0]).toBe('The minister — who spoke for an hour — said little.');
  });

  it('keeps a paragraph that merely mentions a date', () => {
    const seed = clean('Talks began on 8 May 2025 in Hanoi.\n\nThey ended on 10 May 2025 with a joint statement.');
    expect(seed.paragraphs).toHaveLength(2);
  });
});

describe('the place a dateline names', () => {
  it.each([
    ['HÀ NỘI', 'Hà Nội'],
    ['MOSCOW', 'Moscow'],
    ['BAKU, Azerbaijan, May 8', 'Baku'],
    ['Hanoi, April 22, AZERTAC', 'Hanoi'],
    ['WASHINGTON (AP)', 'Washington'],
    ['LONDON 1996-08-30', 'London'],
    ['NEW YORK, Aug 30 (Reuters)', 'New York'],
    ['OSLO', 'Oslo'],
    ['HUẾ', 'Huế'],
  ])('%s → %s', (dateline, place) => {
    expect(placeFromDateline(dateline)).toBe(place);
  });

  it('names no place for an outlet\'s tag where a dateline goes ("VGP –", "NDO -"), unless the registry knows the name', () => {
    expect(placeFromDateline('VGP')).toBeUndefined();
    expect(placeFromDateline('NDO')).toBeUndefined();
    expect(placeFromDateline('VOV.VN')).toBeUndefined();
    expect(placeFromDateline('VINH', (name) => name === 'VINH')).toBe('Vinh');
  });

  it("names a place in capitals like a tag when the dateline gives its date's year or its country", () => {
    expect(placeFromDateline('BONN 1996-08-30')).toBe('Bonn');
    expect(placeFromDateline('NICE, France 1996-08-30')).toBe('Nice');
  });

  it.each([
    ['MILWAUKEE, Wisconsin 1996-08-29', 'Wisconsin'],
    ['BAKU, Azerbaijan, May 8', 'Azerbaijan'],
    ['ROCHESTER, N.H. 1996-08-30', 'N.H.'],
    ['MANILA, Philippines, April 29, 2025 /PRNewswire/', 'Philippines'],
    ['Lagos, Nigeria', 'Nigeria'],
    ['Hanoi, April 22, AZERTAC', undefined],
    ['NEW YORK, Aug 30 (Reuters)', undefined],
    ['LONDON 1996-08-30', undefined],
  ])('the region or country of %s: %s', (dateline, region) => {
    expect(regionFromDateline(dateline)).toBe(region);
  });
});

describe('clean: scripts written without spaces', () => {
  it('counts a token for every two characters of Japanese, Chinese or Thai, and Latin words as the benchmark does', () => {
    expect(countTokens('The plant is due in 2031.')).toBe(6);
    expect(countTokens('オオヤマレンゲが咲いている')).toBe(7);
    expect(countTokens('台北市 2020年 新聞')).toBe(5); // 台北市 2, 2020 1, 年 1, 新聞 1
    expect(countTokens('한국어 문장입니다')).toBe(2);
  });

  it('counts words the same way: a word for every two characters of a run written without spaces', () => {
    expect(wordCount('The plant is due in 2031.')).toBe(6);
    expect(wordCount('鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2）')).toBe(9); // 3 by its spaces; 鉄山 and 弥山 one each (～ is no letter), 八経ヶ岳 2, オオヤマレンゲ咲いてます 6
    expect(hasAtMostWords('オオヤマレンゲが咲いているとなったら行くしかない', 12)).toBe(true);
    expect(hasAtMostWords('オオヤマレンゲが咲いているとなったら行くしかないと思い、朝早くから車で登山口まで向かいました。', 12)).toBe(false);
  });

  it.each([
    ['Devanagari\'s danda', 'आम आदमी पार्टी बिजली उपभोक्ताओं को न्याय दिलाएगी।'],
    ['the Arabic question mark', 'هل تدفن طهران زادة اليوم؟'],
    ['the Urdu full stop', 'حکومت نے نئی پالیسی کا اعلان کیا۔'],
    ['a full-width full stop', '今日は 晴れです。'],
  ])('a sentence may end with %s', (_, line) => {
    expect(isSentence(line)).toBe(true);
    expect(isSentence(line.slice(0, -1))).toBe(false);
  });

  it('a line ends with a sentence\'s mark, or with the mark and closing quotes and brackets', () => {
    expect(endsWithSentenceMark('The talks resumed.')).toBe(true);
    expect(endsWithSentenceMark('"The talks resumed."')).toBe(false);
    expect(endsSentence('"The talks resumed."')).toBe(true);
    expect(endsSentence('(the talks resumed.)]')).toBe(true);
    expect(endsSentence('The talks resumed')).toBe(false);
    expect(endsSentence('')).toBe(false);
  });

  it('a Japanese blog post is an article, not a page of menu items', () => {
    const paragraphs = [
      'オオヤマレンゲが咲いているとなったら行くしかないと思い、朝早くから車で登山口まで向かいました。',
      '昔の字で鐵山と書かれている銘板がありなかなかいい雰囲気だったので、しばらく写真を撮っていました。',
      'コーヒーを飲んでいたら賑やかな声が聞こえてきて、知り合いのグループが山頂に現れて驚きました。',
    ];
    const seed = clean(['今週のお題', 'トップ', 'ブログ', '鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます', ...paragraphs, '« 前の記事 | トップ |'].join('\n\n'));
    expect(seed.paragraphs).toEqual(paragraphs);
  });
});

describe('clean: what wire services and news sites put around an article', () => {
  it('a promotion inside the article is dropped and the article goes on; a heading of related links ends it', () => {
    const seed = clean(
      [
        'The bank approved a $500 million loan for the grid on Tuesday, officials said.',
        'Sign up for our newsletter to receive the week\'s top business and investment stories.',
        'The project will add 800 km of lines by 2029, the utility said.',
        'Related news',
        'Wind power pipeline tops 20GW',
        'Subscribe',
      ].join('\n\n'),
    );
    expect(seed.paragraphs).toEqual([
      'The bank approved a $500 million loan for the grid on Tuesday, officials said.',
      'The project will add 800 km of lines by 2029, the utility said.',
    ]);
  });

  it('a newsletter box inside the article, its small print and a label after it: the article goes on past them', () => {
    const paragraphs = [
      'A man pleaded guilty on Monday to threatening to kill a member of the city council, prosecutors said.',
      'He faces a maximum of ten years in prison and a fine, and sentencing is scheduled for February.',
      'He was arrested in April after a call to the council member\'s office in the city hall.',
      'During the call he made threats against her and her staff, according to the court papers.',
      'His lawyer said in an email that he never intended to carry out the threats he had made.',
      'The prosecutor said the case showed that free speech does not cover threats of violence.',
    ];
    const seed = clean(
      [
        ...paragraphs.slice(0, 2),
        'Sign Up',
        'This site is protected by recaptcha Privacy Policy | Terms of Service',
        paragraphs[2],
        'Club statement',
        ...paragraphs.slice(3),
      ].join('\n\n'),
    );
    expect(seed.paragraphs).toEqual(expect.arrayContaining(paragraphs));
    expect(seed.paragraphs.join('\n')).not.toMatch(/Sign Up|recaptcha/);
  });

  it('a numbered list the article ends on is kept as long as its numbers go on, links under its items included', () => {
    const prose = [
      'Black Friday is upon us, and shops across the country have started their sales a week early this year.',
      'The tradition took hold in the sixties, when shop owners opened their doors the day after the holiday.',
      'Here are the offers we picked for readers who grew up in the eighties and nineties, with their links:',
    ];
    const items = Array.from({ length: 12 }, (_, k) => `${k + 1}) Collector's box set number ${k + 1} (4K Ultra HD + Blu-Ray)`);
    const seed = clean([...prose, ...items.flatMap((item, k) => [item, `http://amzn.to/2hW${k}h3n`]), 'Leave a comment', 'You must be logged in to post a comment.'].join('\n\n'));
    expect(seed.paragraphs).toEqual(expect.arrayContaining([...prose, ...items]));
    expect(seed.paragraphs.join('\n')).not.toMatch(/Leave a comment|logged in/);
  });

  it('a numbered list of another box under the article is not the article\'s', () => {
    const prose = [
      'The council approved the new bus routes on Tuesday after a year of public consultations in every district.',
      'The first buses will run in March, and the fares will stay as they are until the end of next year.',
    ];
    const seed = clean([...prose, 'Most read', '1. Storm closes the coastal highway', '2. Markets rally on rate hopes', '3. New museum opens downtown'].join('\n\n'));
    expect(seed.paragraphs).toEqual(prose);
  });

  it('the article never goes on past a comments section, however much its comments read like prose', () => {
    const prose = [
      'The company is expected to update its entry-level laptop next year with a new keyboard and a larger display.',
      'The current model was last updated in July, while the higher-end models have not changed since May.',
    ];
    const comments = [
      'I think we will see similar updates to what the larger model received last month, with thinner bezels.',
      'Even if it increases the weight slightly, this is a professional machine and people will gladly carry it.',
      'It would be nice if they switched to a slightly larger screen with slimmer bezels, just like the big one.',
    ];
    const seed = clean([...prose, 'Tag: example.com', '[ 167 comments ]', 'Top Rated Comments (View all)', 'Woyzeck', ...comments].join('\n\n'));
    expect(seed.paragraphs).toEqual(prose);
  });

  it.each([['The 50th Anniversary Tour 2020 dates:'], ['The Doobie Brothers Tour Dates']])('a dated list the article introduces ("%s") goes on as long as its lines open with a date', (introduction) => {
    const prose = [
      'The band will play thirty dates next summer, its first tour with all four founding members since 1975.',
      'Tickets go on sale to the general public on Friday, with presales for fan club members a day earlier.',
      introduction,
    ];
    const dates = ['June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- MidFlorida Amphitheatre, Tampa, FL', 'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA'];
    const seed = clean([...prose, ...dates, 'Trending', 'Most Read', 'Sign up for our newsletter'].join('\n\n'));
    expect(seed.paragraphs).toEqual([...prose, ...dates]);
  });

  it.each([
    ['By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy'],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST'],
    ['By admin - 2018-09-16'],
    // A date line's own words before the date are no place.
    ['Posted on November 19, 2019 by admin'],
    ['Publicado el 27 de marzo de 2020 en Noticias'],
    ['Toate ştirile duminică, 20 septembrie 2020'],
    // The time of day as German and French pages write it (an NZZ page through lynx).
    ['Christian Weisflog 15.06.2020, 12.11 Uhr'],
    ['Jean Dupont 15/06/2020 à 12h11'],
  ])('an author\'s line with its date is no dateline: %s', (line) => {
    const seed = clean(`Jupiter moon plumes look real but rare\n\n${line}\n\nThe plumes of the moon appear to be real, but very sporadic, a new study suggests.\n\nScientists searched for water vapour over many nights of observations.`);
    expect(seed.dateline).toBeUndefined();
    expect(seed.paragraphs[0]).toMatch(/^The plumes of the moon/);
  });

  it('Reuters: a date line with the page\'s age, a credit in parentheses, then the standards note and topics', () => {
    const seed = clean(
      [
        'Utility signs LNG power deals',
        'By Jane Doe and John Roe',
        'March 3, 2025 6:12 AM GMT+7 Updated 2 hours ago',
        'HANOI, March 3 (Reuters) - The state utility on Monday signed four power purchase agreements.',
        'Analysts said fuel costs remain the key risk.',
        '(Reporting by Jane Doe; Editing by John Roe)',
        'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
        'Suggested Topics:',
        'Energy',
      ].join('\n\n'),
    );
    expect(seed.dateTexts).toEqual(['March 3, 2025 6:12 AM GMT+7 Updated 2 hours ago']);
    expect(seed.dateline).toBe('HANOI, March 3 (Reuters)');
    expect(seed.credits).toEqual(['Reporting by Jane Doe; Editing by John Roe']);
    expect(seed.paragraphs).toEqual(['The state utility on Monday signed four power purchase agreements.', 'Analysts said fuel costs remain the key risk.']);
  });

  it('AP: a rule, then who contributed to the report', () => {
    const seed = clean(
      'HA LONG BAY, Vietnam (AP) — Tourists are back.\n\nLocals worry about the cost.\n\n___\n\nAssociated Press writer Jane Doe in Hanoi contributed to this report.',
    );
    expect(seed.credits).toEqual(['Associated Press writer Jane Doe in Hanoi contributed to this report.']);
    expect(seed.paragraphs).toEqual(['Tourists are back.', 'Locals worry about the cost.']);
  });

  it('Xinhua: "Enditem" after the last sentence', () => {
    const seed = clean('HANOI, March 3 (Xinhua) -- Two countries agreed on Monday to boost tourism.\n\nChina remained the largest market. Enditem');
    expect(seed.credits).toEqual(['Enditem']);
    expect(seed.paragraphs.at(-1)).toBe('China remained the largest market.');
  });

  it('a row of page links, and an outlet\'s name alone on the last line', () => {
    const released = clean('VGP – The Prime Minister chaired a meeting on Tuesday.\n\nThe plant is due in 2031.\n\nPrint | Back to top\n\nRelated articles');
    expect(released.dateline).toBe('VGP');
    expect(released.paragraphs).toEqual(['The Prime Minister chaired a meeting on Tuesday.', 'The plant is due in 2031.']);
    const signed = clean('Arrivals hit a record in January, officials said.\n\nHotels are struggling to find staff.\n\nTuoi Tre News');
    expect(signed.credits).toEqual(['Tuoi Tre News']);
    expect(signed.paragraphs.at(-1)).toBe('Hotels are struggling to find staff.');
  });
});

describe('clean: what a page puts between its headline and the article', () => {
  it('a section label over the headline, a standfirst, a byline and a date line, then "Share" and a caption', () => {
    const seed = clean(
      [
        'Further education',
        'Sixth-form colleges warn of teacher exodus as pay gap with schools widens',
        'Association says college lecturers now earn £9,000 less than school colleagues, with maths posts hardest to fill',
        'Hannah Cole Education correspondent',
        'Fri 23 May 2025 07.00 BST',
        'Share',
        'Lecturers at a sixth-form college in Leeds, where pay talks between staff and managers stalled last year',
        'Sixth-form colleges in England are losing experienced teachers to schools, a survey found.',
        'The association said the gap had doubled since 2019.',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Sixth-form colleges warn of teacher exodus as pay gap with schools widens');
    expect(seed.dateTexts).toEqual(['Fri 23 May 2025 07.00 BST']);
    expect(seed.paragraphs).toEqual([
      'Sixth-form colleges in England are losing experienced teachers to schools, a survey found.',
      'The association said the gap had doubled since 2019.',
    ]);
  });

  it('a "Most Read" box with its headlines, a reading time, "(Bloomberg) --", and the trailer', () => {
    const seed = clean(
      [
        'Petronas Weighs Selling Stake in Sarawak Gas Project',
        'Ruth Liew and Yoshiaki Tanabe',
        'Tue, June 3, 2025 at 8:00 AM GMT+8',
        '3 min read',
        'Most Read from Bloomberg',
        'Hedge Funds Pile Into Yen Bets',
        "China's New Home Prices Fall Again",
        '(Bloomberg) -- Petroliam Nasional Bhd. is exploring the sale of a minority stake in a gas project.',
        'The talks are at an early stage, people familiar said.',
        '--With assistance from Anisah Shukry.',
        'To contact the reporters on this story:',
        'Ruth Liew in Kuala Lumpur at rliew12@bloomberg.net',
        '©2025 Bloomberg L.P.',
      ].join('\n\n'),
    );
    expect(seed.dateTexts).toContain('Tue, June 3, 2025 at 8:00 AM GMT+8');
    expect(seed.dateline).toBe('(Bloomberg)');
    expect(seed.paragraphs).toEqual([
      'Petroliam Nasional Bhd. is exploring the sale of a minority stake in a gas project.',
      'The talks are at an early stage, people familiar said.',
    ]);
  });

  it('a press release: its marker, a deck, a wire dateline, and its "About", contact and "###" sections', () => {
    const seed = clean(
      [
        'FOR IMMEDIATE RELEASE',
        'ArkSolar and Batangas State University Launch Solar Technician Academy',
        'Program combines classroom instruction with hands-on training at a solar farm',
        'MANILA, Philippines, April 29, 2025 /PRNewswire/ -- ArkSolar Inc. and the university launched an academy on Tuesday.',
        'The first cohort starts in August.',
        'About ArkSolar Inc.',
        'ArkSolar is a renewable energy developer.',
        'Media Contact:',
        'media@arksolar.ph',
        '###',
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('ArkSolar and Batangas State University Launch Solar Technician Academy');
    expect(seed.dateline).toBe('MANILA, Philippines, April 29, 2025 /PRNewswire/');
    expect(seed.paragraphs).toEqual(['ArkSolar Inc. and the university launched an academy on Tuesday.', 'The first cohort starts in August.']);
  });

  it('labelled page fields under the date line; a dateline in mixed case with its country', () => {
    const seed = clean(
      [
        'Phuket airport extends night operations',
        'PUBLISHED : 14 Apr 2025 at 16:05',
        'NEWSPAPER SECTION: Business',
        'WRITER: Somruedee Banchongduang',
        'Lagos, Nigeria – The airport will extend its operating hours from May 1, officials said.',
        'Airlines welcomed the move.',
      ].join('\n\n'),
    );
    expect(seed.dateTexts).toEqual(['PUBLISHED : 14 Apr 2025 at 16:05']);
    expect(seed.dateline).toBe('Lagos, Nigeria');
    expect(seed.paragraphs).toEqual(['The airport will extend its operating hours from May 1, officials said.', 'Airlines welcomed the move.']);
  });

  it('a section name and time beside the date; the dateline in the first paragraph wins; Yonhap\'s and Kyodo\'s ends', () => {
    const seed = clean(
      [
        'Gyeongju to open palace site to night visitors',
        'All News 10:42 March 04, 2025',
        'SEOUL, March 4 (Yonhap) -- The ancient city will open the site of a royal palace to evening visitors.',
        'Merchants welcomed the plan.',
        'hkim@yna.co.kr',
        '(END)',
      ].join('\n\n'),
    );
    expect(seed.dateTexts).toEqual(['All News 10:42 March 04, 2025']);
    expect(seed.dateline).toBe('SEOUL, March 4 (Yonhap)');
    expect(seed.paragraphs).toEqual(['The ancient city will open the site of a royal palace to evening visitors.', 'Merchants welcomed the plan.']);
    const kyodo = clean('TOKYO - Japan will double its scholarships, the ministry said.\n\nThe plan starts in April.\n\nRelated coverage:\n\nJapan eases visa rules\n\n==Kyodo');
    expect(kyodo.paragraphs).toEqual(['Japan will double its scholarships, the ministry said.', 'The plan starts in April.']);
  });
});

describe('clean: boxes inside the article, and labels above it', () => {
  const paragraph = (n: number) => `Paragraph ${n} of the article says what happened, who said it and why it matters to readers.`;

  it('a "Related News" box or an "Advertisement" line inside the article does not end it', () => {
    const seed = clean(
      [paragraph(1), 'Related News', 'Quang Ninh proposes first offshore wind project', 'EVN told to prepare grid', paragraph(2), 'Advertisement', paragraph(3), paragraph(4)].join('\n\n'),
    );
    expect(seed.paragraphs).toEqual([paragraph(1), paragraph(2), paragraph(3), paragraph(4)]);
  });

  it("an ad's label and a 'continue reading' marker, after a related box and between paragraphs, do not end the article", () => {
    const story = [
      'The ferry between the two islands has run every day for forty years, and for most of that time it has carried more freight than passengers across the strait.',
      "This winter the operator says its fuel costs have doubled, and the regional council has not yet agreed to cover the difference before next year's timetable is printed.",
      'Residents of the smaller island say a week without the service would empty their shops, and several of them have started a petition asking the government to step in.',
      'The council will debate the subsidy on Thursday, and its finance committee has asked the operator to publish the accounts of its last three winters before then.',
      'A spokesman for the operator said the company would keep the boats running until the council decides, though it could not promise the same next winter.',
    ];
    const seed = clean(
      [
        'Island ferry faces a hard winter as fuel costs double',
        story[0],
        story[1],
        'Continue reading the main story',
        'Related Coverage',
        'Quang Ninh proposes first offshore wind project JULY 26, 2016',
        'EVN told to prepare grid JULY 25, 2016',
        'Advertisement',
        'Continue reading the main story',
        story[2],
        'ADVERTISEMENT',
        'STORY CONTINUES BELOW ADVERTISEMENT',
        story[3],
        story[4],
      ].join('\n\n'),
    );
    expect(seed.paragraphs).toEqual(story);
  });

  it('a box of teasers after the article, headline then sentence, still ends it', () => {
    const seed = clean(
      [paragraph(1), paragraph(2), 'Related news', 'Wind pipeline tops 20GW', 'Developers have filed plans for more than 20 gigawatts of offshore wind, officials said.', 'EVN posts first profit', 'Copyright 2025 Viet Nam News.'].join('\n\n'),
    );
    expect(seed.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });

  it('section labels, navigation and a masthead around the headline; a caption credited at its end', () => {
    const vnexpress = clean(
      ['Travel', 'Places | Food | Trip guide', 'Vietnam welcomes record 6 million foreign arrivals in first quarter', 'By Hoang Phong   April 6, 2025 | 05:40 pm PT', 'Tourists take photos in Hoi An, March 2025. Photo: Nhu Hung / Tuoi Tre', paragraph(1), paragraph(2)].join('\n\n'),
    );
    expect(vnexpress.titleLine).toBe('Vietnam welcomes record 6 million foreign arrivals in first quarter');
    expect(vnexpress.paragraphs).toEqual([paragraph(1), paragraph(2)]);
    const saigon = clean(
      ['HCMC eyes 8.5 million foreign visitors', 'By Thanh Xuan', 'Saturday, May 10, 2025, 08:04 (GMT+7)', 'The Saigon Times', `HCMC – ${paragraph(1)}`, paragraph(2)].join('\n\n'),
    );
    expect(saigon.dateline).toBe('HCMC');
    expect(saigon.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });

  it('a section label, headline, deck and byline all above the date line: the headline is still the title', () => {
    const seed = clean(
      [
        'Tourism',
        'Vietnam widens visa waivers to Europe as airlines race to add seats',
        'Budget carrier Vietjet and flag carrier Vietnam Airlines expand fleets ahead of the new airport',
        'LIEN HOANG, Contributing writer',
        'March 12, 2025 16:40 JST',
        `HANOI -- ${paragraph(1)}`,
        'Prime Minister Pham Minh Chinh speaks at a tourism conference in Hanoi. © Reuters',
        paragraph(2),
      ].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Vietnam widens visa waivers to Europe as airlines race to add seats');
    expect(seed.dateTexts).toEqual(['March 12, 2025 16:40 JST']);
    expect(seed.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });
});

describe('clean: agency tags and sign-up lines', () => {
  it('"MOSCOW, June 5. /TASS/." opens the article; "Posted in:" and a channel promotion end it', () => {
    const seed = clean(
      'MOSCOW, June 5. /TASS/. Russian tourists flocked to Vietnam in January-May, the association said.\n\nArrivals rose.\n\nPosted in: ECONOMY, DIPLOMACY\n\nStay up-to-date with Trend News Agency on its WhatsApp channel',
    );
    expect(seed.dateline).toBe('MOSCOW, June 5. /TASS/');
    expect(placeFromDateline(seed.dateline!)).toBe('Moscow');
    expect(seed.paragraphs).toEqual(['Russian tourists flocked to Vietnam in January-May, the association said.', 'Arrivals rose.']);
  });
});

describe('clean: pages pasted in a hurry', () => {
  const paragraph = (n: number) => `Paragraph ${n} of the article says what happened, who said it and why it matters to readers.`;

  it('a whole site header: masthead, language switch, a menu one item a line, a ticker, a contact line', () => {
    const seed = clean(
      ['HANOI TIMES', 'EN | VN', 'Search', 'Hotline: 0915 55 88 55', 'Politics', 'Society', 'Travel', 'Ho Chi Minh City', 'Breaking news: Metro line 3 extends its hours', 'Hanoi Old Quarter walking tours draw Azerbaijani visitors', '07/07/2025 09:30', paragraph(1), paragraph(2)].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Hanoi Old Quarter walking tours draw Azerbaijani visitors');
    expect(seed.dateTexts).toEqual(['07/07/2025 09:30']);
    expect(seed.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });

  it('a page copied from its first sentence keeps it when the date line comes after it; a long headline stays one', () => {
    const lede = 'Azerbaijan Airlines will launch the first direct flights between Baku and Hà Nội on July 1, cutting travel time between the two capitals to around nine hours, the tourism authority said on Wednesday.';
    const headless = clean([lede, '09/04/2025 14:35 GMT+7', paragraph(1)].join('\n\n'));
    expect(headless.titleLine).toBeUndefined();
    expect(headless.paragraphs).toEqual([lede, paragraph(1)]);
    const headline = 'Vietnam races to add solar, gas and a new 500-kilovolt transmission line as blackouts in the industrial north push factories to run diesel generators and foreign investors to question whether the grid can keep up with demand';
    expect(clean([headline, 'April 28, 2025', paragraph(1)].join('\n\n')).titleLine).toBe(headline);
  });
});

describe('clean: rows of page fields, e-mails, agency tags', () => {
  const paragraph = (n: number) => `Paragraph ${n} of the article says what happened, who said it and why it matters to readers.`;

  it('reads a date out of a row of fields, above or below the headline', () => {
    const row = clean(['Thanh Nien News · Society · 18/02/2025 · 3 min read', 'Ex-chairman arrested over land deals', paragraph(1), paragraph(2)].join('\n\n'));
    expect(row.dateTexts).toEqual(['Thanh Nien News · Society · 18/02/2025 · 3 min read']);
    expect(row.titleLine).toBe('Ex-chairman arrested over land deals');
    const blog = clean(['How to ride the northern loop', 'Posted on 12 February 2025 by Emma Cartwright | Filed under: Travel | 14 comments', paragraph(1), paragraph(2)].join('\n\n'));
    expect(blog.dateTexts).toHaveLength(1);
    expect(blog.paragraphs).toEqual([paragraph(1), paragraph(2)]);
    // The same row whose "Posted" innerText left in another element, under the headline.
    const cut = clean(['This API is so Fetching!', 'on March 10, 2015 by Nikhil Marathe in Featured Article ServiceWorkers Web Workers WebAPI', paragraph(1), paragraph(2)].join('\n\n'));
    expect(cut.titleLine).toBe('This API is so Fetching!');
    expect(cut.dateTexts).toEqual(['on March 10, 2015 by Nikhil Marathe in Featured Article ServiceWorkers Web Workers WebAPI']);
  });

  it("a menu's row is navigation: in a script without spaces its bars may be unspaced, and its items need no capital", () => {
    expect(lineFacts('首页|新闻|图片|评论|共青团|娱乐|时尚|财经').navigation).toBe(true);
    expect(lineFacts('体育新闻 > 北京新浪网').navigation).toBe(true);
    expect(lineFacts('Places | Food | Trip guide').navigation).toBe(true);
    // A headline with one bar, a sentence with figures between bars, are not.
    expect(lineFacts('海外留学生看两会：出国前后关注点大不同').navigation).toBe(false);
    expect(lineFacts('2020|2021|2022 年的数据显示，出口增长了百分之五。').navigation).toBe(false);
  });

  it('a byline glued to the headline goes with the bylines; a tag list or a line of markup is no headline', () => {
    const glued = clean(['News', 'Opinion', 'Angry media won’t buckle over new surveillance laws by: Laurie Oakes', paragraph(1), paragraph(2)].join('\n\n'));
    expect(glued.titleLine).toBe('Angry media won’t buckle over new surveillance laws');
    expect(glued.bylines).toEqual(['by: Laurie Oakes']);
    const tagged = clean(['Filed to: money shopping saving money personal finances', 'How to stop buying things you do not need', paragraph(1), paragraph(2)].join('\n\n'));
    expect(tagged.titleLine).toBe('How to stop buying things you do not need');
    const markup = clean(['<img height="1" width="1" src="https://example.com/pixel?id=1&noscript=1" />', 'Ha Noi opens its second metro line', paragraph(1), paragraph(2)].join('\n\n'));
    expect(markup.titleLine).toBe('Ha Noi opens its second metro line');
  });

  it('a newsletter saved as an e-mail: its subject is the title, its header and browser link go', () => {
    const seed = clean(
      ['From: Vietnam Briefing <newsletter@example.com>', 'Date: Tue, 11 Mar 2025 08:00:00 +0700', 'Subject: Vietnam finalizes a two-part power price', 'To: subscriber@example.com', 'View this email in your browser', 'Vietnam finalizes a two-part power price', paragraph(1), paragraph(2)].join('\n\n'),
    );
    expect(seed.titleLine).toBe('Vietnam finalizes a two-part power price');
    expect(seed.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });

  it('Azerbaijani agencies\' datelines, and endings with a translated byline and print links', () => {
    const report = clean(`Baku. 14 March. REPORT.AZ/ ${paragraph(1)}\n\n${paragraph(2)}\n\nBy HOANG HUNG - translated by Anh Quan`);
    expect(report.dateline).toBe('Baku. 14 March. REPORT.AZ/');
    expect(placeFromDateline(report.dateline!)).toBe('Baku');
    expect(report.paragraphs).toEqual([paragraph(1), paragraph(2)]);
    const apa = clean(`[Baku/APA] ${paragraph(1)}\n\n${paragraph(2)}\n\nEnditem\n\n[Top] [Print] [Close]`);
    expect(placeFromDateline(apa.dateline!)).toBe('Baku');
    expect(apa.paragraphs).toEqual([paragraph(1), paragraph(2)]);
  });
});

describe('clean: more page shapes', () => {
  it('a metadata line with the outlet and a timestamp under the headline, and a "(Xinhua) --" dateline', () => {
    const seed = clean(
      'Ports agree on new ferry route\n\nSource: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia\n\nVIENTIANE, March 18 (Xinhua) -- Two ports on Tuesday agreed on a new ferry route, officials said.\n\nThe route opens in June.',
    );
    expect(seed.titleLine).toBe('Ports agree on new ferry route');
    expect(seed.dateTexts).toEqual(['Source: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia']);
    expect(seed.bylines).toEqual(['Source: Xinhua | 2025-03-18 21:04:11 | Editor: huaxia']);
    expect(seed.dateline).toBe('VIENTIANE, March 18 (Xinhua)');
    expect(seed.paragraphs).toEqual(['Two ports on Tuesday agreed on a new ferry route, officials said.', 'The route opens in June.']);
  });

  it('a byline without "By" over a British date line with a dotted time and a zone; trailing share links', () => {
    const seed = clean(
      'Regulator sets a new price cap\n\nJane Doe Energy correspondent\nFri 23 May 2025 07.00 BST\n\nBills for 22m households will rise from July, the regulator said on Friday.\n\nCampaigners warned of hardship.\n\nShare\n\nReuse this content',
    );
    expect(seed.bylines).toEqual(['Jane Doe Energy correspondent']);
    expect(seed.dateTexts).toEqual(['Fri 23 May 2025 07.00 BST']);
    expect(seed.paragraphs).toEqual(['Bills for 22m households will rise from July, the regulator said on Friday.', 'Campaigners warned of hardship.']);
  });

  it('a date line with a slashed day-first date above the headline, and a byline at the end', () => {
    const seed = clean(
      'Thursday, 8/5/2025, 09:30 (GMT+7)\n\nCity to host fireworks festival in June\n\nThe city will host an international fireworks festival with teams from eight countries, the tourism department said.\n\nHotels are already booked.\n\nBy Nguyen Dong',
    );
    expect(seed.dateTexts).toEqual(['Thursday, 8/5/2025, 09:30 (GMT+7)']);
    expect(seed.titleLine).toBe('City to host fireworks festival in June');
    expect(seed.bylines).toEqual(['By Nguyen Dong']);
    expect(seed.paragraphs.at(-1)).toBe('Hotels are already booked.');
  });
});

describe('the headline shown whole below a copy that lost its first words', () => {
  // A blog's breadcrumb wrapped its last step over two lines ("Holidays Homemade" / "Spiced Honey Pear Jam …"), and
  // the page's heading shows the headline whole under it.
  const page = (heading: string) =>
    [
      'Home Recipes Holidays',
      'Holidays Homemade',
      'Spiced Honey Pear Jam for the Holidays',
      '',
      'This post may contain affiliate links. Please see my disclosure page.',
      '',
      heading,
      '',
      'by Regan December 6, 2017',
      '',
      'This year I made pear jam with honey and a little cinnamon, and it was the best batch I have canned so far.',
      '',
      'The pears came from the farm stand down the road, and the honey from a beekeeper in the next town.',
      '',
      'Here is how to make it at home, with the steps and the jars you need.',
    ].join('\n');
  const titleOf = (text: string) => cleanSeed(parseSeed(text, new VFile({ path: 's.txt' })).lines).titleLine;

  it('takes the whole heading', () => {
    expect(titleOf(page('Homemade Spiced Honey Pear Jam for the Holidays'))).toBe('Homemade Spiced Honey Pear Jam for the Holidays');
  });

  it('not a line about the headline, nor one opening with a dateline', () => {
    expect(titleOf(page('Comments Off on Spiced Honey Pear Jam for the Holidays'))).toBe('Spiced Honey Pear Jam for the Holidays');
    expect(titleOf(page('HONOLULU Spiced Honey Pear Jam for the Holidays'))).toBe('Spiced Honey Pear Jam for the Holidays');
  });
});
