import { describe, expect, it } from 'vitest';
import { headlineFromLede } from '../../src/ingest/extract/headline.ts';
import { readFixture, readSeed } from './article-text.ts';

const DANGLING_END = /\b(?:a|an|the|of|to|in|on|at|for|with|from|by|and|or|but|that|which|who|his|her|its|their|has|have|is|are|was|were|will|would)$/i;

function expectWellFormed(headline: string): void {
  expect(headline.split(' ').length).toBeLessThanOrEqual(14);
  expect(headline.split(' ').length).toBeGreaterThanOrEqual(3);
  expect(headline).not.toMatch(DANGLING_END);
  expect(headline).not.toMatch(/[,;:(—–-]$/);
  expect(headline).not.toMatch(/[()]/);
}

describe('headlineFromLede on the seeds', () => {
  it('keeps what was said when the speaker closes the sentence (000)', () => {
    expect(headlineFromLede(readSeed('000_a832c90a7898f8b0.txt')[0])).toBe('Việt Nam always values the traditional friendship with Azerbaijan');
  });

  it('drops the leading subordinate clause and the appositions (001)', () => {
    expect(headlineFromLede(readSeed('001_607f1ea7021869f3.txt')[0])).toBe('Leyla Aliyeva met with Ngô Phương Ly at the National Fine Arts Museum');
  });

  it('cuts a long clause before a relative clause, not mid-phrase (002)', () => {
    expect(headlineFromLede(readSeed('002_88d542df90955406.txt')[0])).toBe(
      'President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam',
    );
  });

  it('drops an introductory date and a trailing apposition (003)', () => {
    expect(headlineFromLede(readSeed('003_f628f0eab526a9a1.txt')[0])).toBe('Ilham Aliyev held an expanded meeting with To Lam');
  });

  it('drops the parenthetical and the "Trend reports" attribution (004)', () => {
    const headline = headlineFromLede(readSeed('004_7f849e531bd3e15a.txt')[0]);
    expect(headline).toMatch(/^Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary/);
    expect(headline).not.toMatch(/CPCV|Trend/);
    expectWellFormed(headline);
  });
});

describe('headlineFromLede on other ledes', () => {
  // A headline leaves out when it happened ("on Monday", "on March 15"): the page carries the date.
  it.each([
    ['HÀ NỘI — Việt Nam will host the summit in June, the foreign ministry said on Monday.', 'Việt Nam will host the summit in June'],
    ['LONDON (Reuters) - Britain\'s biggest retailer, Tesco, said on Wednesday it would cut 1,700 jobs as it closes counters in its stores.', "Britain's biggest retailer, Tesco, said it would cut 1,700 jobs as it closes counters"],
    ['Prime Minister Pham Minh Chinh on March 15 asked Ho Chi Minh City to move faster in building an international financial centre.', 'Prime Minister Pham Minh Chinh asked Ho Chi Minh City to move faster'],
    ["Vietnam's state utility Vietnam Electricity (EVN) on Monday signed preliminary agreements for four gas-fired plants.", "Vietnam's state utility Vietnam Electricity signed preliminary agreements for four gas-fired plants"],
    ['BAKU, Azerbaijan, May 8. The two countries signed a visa waiver agreement.', 'The two countries signed a visa waiver agreement'],
    ['Speaking at a news conference in Tokyo on Monday, Japanese Prime Minister Shigeru Ishiba said the government would raise the minimum wage by 6 per cent next year.', 'Japanese Prime Minister Shigeru Ishiba said the government would raise the minimum wage'],
    ['Marcus Reed, 41, a nurse from Ohio, won the lottery on Friday.', 'Marcus Reed won the lottery'],
    ['The ministry, which oversees 40 universities (including the two largest), announced new fees.', 'The ministry announced new fees'],
  ])('%s', (lede, expected) => {
    const headline = headlineFromLede(lede);
    expect(headline).toBe(expected);
    expectWellFormed(headline);
  });

  it.each(['ap-student-loans.txt', 'business-bank-results.txt', 'sports-championship.txt', 'vn-danang-tourism.txt', 'wire-1996-gas.txt'])(
    'makes a well-formed headline from the lede of %s',
    (fixture) => expectWellFormed(headlineFromLede(readFixture(fixture)[0])),
  );

  it('returns a short lede unchanged but for its final period', () => {
    expect(headlineFromLede('Floods hit the north.')).toBe('Floods hit the north');
  });
});
