import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { cleanSeed } from '../../src/ingest/clean.ts';
import { createExtractors, extractArticle } from '../../src/ingest/extract/index.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { createSourceMatcher } from '../../src/ingest/extract/source.ts';
import { loadRegistries } from '../../src/lib/registries.ts';
import type { Source } from '../../src/schema/registries.ts';

const source = (id: string, patterns: string[]): Source => ({ id, name: id, homepage: `https://${id}.example/`, patterns }) as Source;

describe('the outlet a seed credits', () => {
  const match = createSourceMatcher([
    source('vna', ['\\bVNA/VNS\\b', '\\bVietnam News Agency\\b']),
    source('reuters', ['\\(Reuters\\)', '\\bReuters\\b']),
    source('news', ['\\bNews\\b']),
  ]);

  it('looks in the zones in order, and takes the first that credits anyone', () => {
    expect(match(['', 'nothing here', 'Reporting for Reuters', '— VNA/VNS'])?.id).toBe('reuters');
    expect(match(['no outlet', 'none either'])).toBeUndefined();
  });

  it('takes, within a zone, the match that comes first, whichever pattern finds it', () => {
    expect(match(['Reuters quoted the Vietnam News Agency'])?.id).toBe('reuters');
    expect(match(['The Vietnam News Agency quoted Reuters'])?.id).toBe('vna');
  });

  it('takes, at the same place, the source listed first', () => {
    // "News" (news) and "Vietnam News Agency" (vna) overlap; vna starts first.
    expect(match(['Vietnam News Agency'])?.id).toBe('vna');
    // Both "\bNews\b" and a pattern of a later source could start at one place: the earlier source wins.
    const tie = createSourceMatcher([source('first', ['\\bNews\\b']), source('second', ['\\bNews Daily\\b'])]);
    expect(tie(['Read News Daily'])?.id).toBe('first');
  });

  it('reads registries whose patterns have groups and back-references', () => {
    const grouped = createSourceMatcher([
      source('twice', ['\\b(\\w+) \\1\\b']),
      source('group', ['\\b(?:Trend) (reports|says)\\b']),
      source('after', ['\\bAZERTAC\\b']),
    ]);
    expect(grouped(['AZERTAC: Trend reports'])?.id).toBe('after');
    expect(grouped(['Trend reports, AZERTAC'])?.id).toBe('group');
    expect(grouped(['so so AZERTAC'])?.id).toBe('twice');
    const groupsOnly = createSourceMatcher([source('group', ['\\b(?:Trend) (reports|says)\\b']), source('after', ['\\b(A)(Z)ERTAC\\b', '\\(Trend\\)'])]);
    expect(groupsOnly(['Trend says AZERTAC'])?.id).toBe('group');
    expect(groupsOnly(['AZERTAC: Trend says'])?.id).toBe('after');
    expect(groupsOnly(['(Trend) Trend reports'])?.id).toBe('after');
    const named = createSourceMatcher([source('a', ['(?<w>x)y']), source('b', ['(?<w>z)y'])]);
    expect(named(['zy xy'])?.id).toBe('b');
  });
});

describe("the digest's own outlets (content/sources.yaml)", () => {
  const match = createSourceMatcher(loadRegistries('content').sources);

  it('credits an outlet by the tag it signs with where a dateline goes, or alone as a credit', () => {
    expect(match(['NDO'])?.id).toBe('nhandan');
    expect(match(['VGP'])?.id).toBe('vgp');
    expect(match(['VNA'])?.id).toBe('vna');
    expect(match(['Ho Chi Minh City (VNA)'])?.id).toBe('vna');
    expect(match(['Tuoi Tre News'])?.id).toBe('tuoitre');
  });

  it('does not take a tag inside a sentence for a credit', () => {
    expect(match(['Officials from VGP and NDO attended.'])).toBeUndefined();
  });
});

describe('the outlet an article is credited to', () => {
  const extractors = createExtractors(loadRegistries('content'));
  const sourceOf = (text: string) => {
    const file = new VFile({ path: 'seed.txt' });
    const { overrides, lines } = parseSeed(text, file);
    return extractArticle(cleanSeed(lines), overrides, extractors, file).source;
  };

  it('reads the date a page puts under the article ("Published 12/05/2025") when none is above it', () => {
    const file = new VFile({ path: 'seed.txt' });
    const { overrides, lines } = parseSeed('Culture days open in Hanoi\n\nThe days opened on Monday with concerts and exhibitions, organisers said.\n\nThey run for a week.\n\nPublished 12/05/2025', file);
    expect(extractArticle(cleanSeed(lines), overrides, extractors, file).date).toBe('2025-05-12');
  });

  it("is the agency a copyright line under the article names with its year, not one the site's licences list", () => {
    const article = 'Library shows the smugglers of Šumava\n\n12. 11. 2019\n\nThe town library opens an exhibition on the smugglers who crossed the border, its director said.\n\nIt runs until March.\n\nRelated articles\n\nMore from the region';
    expect(sourceOf(`${article}\n\n© 2019 Associated Press. All Rights Reserved. This material may not be published`)).toBe('ap');
    expect(sourceOf(`${article}\n\nCopyright © 2003-2019 Borgis a.s.Copyright © 2019 Seznam.cz a.s.Copyright © ČTK, DPA, Reuters a fotobanka Profimedia`)).toBeUndefined();
  });

  it("is not the agency that took a photo: a caption's credit does not count", () => {
    const caption = 'A worker walks past storage tanks at the refinery in Lagos [File: Temilade Adelaja/Reuters]';
    const text = `Refinery ships first petrol cargo\n\n${caption}\n\nBy Festus Iyorah\n\nPublished On 18 Feb 2025\n\nThe refinery has shipped its first cargo of petrol to Cameroon and Ghana, the company said.\n\nTraders fear higher prices.`;
    expect(sourceOf(text)).toBeUndefined();
    expect(sourceOf(text.replace('The refinery has', 'LAGOS (Reuters) - The refinery has'))).toBe('reuters');
    const captioned = 'Visas waived\n\nMarch 12, 2025\n\nVietnam has begun waiving visas for three European countries, officials said.\n\nThe prime minister speaks at a conference in Hanoi. © Reuters\n\nAirlines are adding seats.';
    expect(sourceOf(captioned)).toBeUndefined();
    // A caption with its date over the article reads like a row of page fields; its credit is still a photo's.
    const dated = 'Bolivia fuel blockade\n\nA cyclist rides next to a blocked petrol plant in La Paz, Bolivia, November 19, 2019. © Reuters / David Mercado\n\nProtesters blocked the plant for a fourth day on Tuesday, officials said.\n\nFuel queues grew in the capital.';
    expect(sourceOf(dated)).toBeUndefined();
    // A converter ran the caption's credit into the lede's first sentence; an agency's own sign-off still counts.
    const runIn = 'Schiff faces the clock\n\nNovember 18, 2019\n\nRep. Adam Schiff speaks to reporters, October 31, 2019. (Joshua Roberts/Reuters) Time is not on his side, his allies said.\n\nThe inquiry goes on.';
    expect(sourceOf(runIn)).toBeUndefined();
    expect(sourceOf(runIn.replace('(Joshua Roberts/Reuters) ', '').replace('The inquiry goes on.', 'The inquiry goes on. (Reuters)'))).toBe('reuters');
  });

  it("is not the agency of a photographer's credit on a line of its own under the article; a sign-off under it counts", () => {
    // lynx's dump of an NZZ page: the last caption, then its photographer and agency, then the page's boxes.
    const article = 'Sanctions hit the Syrian pound\n\n15.06.2020\n\nThe Syrian pound lost a third of its value in a week, traders in Damascus said.\n\nPrices of bread and fuel doubled.';
    const under = (line: string) => `${article}\n\n${line}\n\nMore on this topic\n\nRelated articles`;
    expect(sourceOf(under('Yamam Al Shaar / Reuters'))).toBeUndefined();
    expect(sourceOf(under('Khalil Ashaw/Reuters'))).toBeUndefined();
    expect(sourceOf(under('— VNA/VNS'))).toBe('vna');
    expect(sourceOf(under('Reuters'))).toBe('reuters');
  });
});
