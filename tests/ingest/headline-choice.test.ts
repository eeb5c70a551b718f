/** The headline choice's features, one at a time, on small pages written for the feature. */
import { describe, expect, it } from 'vitest';
import { HEADLINE_FEATURES, headlineFeatures, splitGluedByline, withoutBreadcrumb, withoutSiteName } from '../../src/ingest/segment/headline-choice.ts';

type Feature = (typeof HEADLINE_FEATURES)[number];

const LEDE = 'Ha Noi opened its second metro line on Saturday, carrying 12,000 riders in its first hours, the city said.';

/** The value of `feature` for each line of `header` (every one a candidate) over a one-paragraph article. */
function feature(header: string[], name: Feature): number[] {
  const units = [...header, LEDE];
  const at = HEADLINE_FEATURES.indexOf(name);
  return headlineFeatures(units, header.map((_, index) => index), header.length).map((row) => row[at]);
}

describe('headline features', () => {
  it('ends-question: a question or an exclamation mark at the end, inside a closing quote too', () => {
    expect(feature(['Is Ha Noi ready for its second metro line?', 'Metro line two opens: "We waited ten years!"', 'Ha Noi opens its second metro line'], 'ends-question')).toEqual([1, 1, 0]);
  });

  it('truncated: a teaser cut short', () => {
    expect(feature(['Ha Noi opens its second metro line and the city ...', 'Metro line two carries 12,000 riders on its first…', 'Ha Noi opens its second metro line'], 'truncated')).toEqual([1, 1, 0]);
  });

  it('full-date: a line that states a whole date, not one with a year alone', () => {
    expect(feature(['Published Saturday, April 5, 2025 at 09:30', 'Ha Noi opens its second metro line in 2025', 'Ha Noi opens its second metro line'], 'full-date')).toEqual([1, 0, 0]);
  });

  it('in-headline-list: three headline-sized lines in a row, none a sentence, are other articles', () => {
    const teasers = ['Hue restores the citadel’s last gate', 'Da Nang bids for the 2031 Asian Games', 'Can Tho bridge closes for repairs'];
    expect(feature([...teasers, 'Politics', 'Ha Noi opens its second metro line', 'By Minh Anh'], 'in-headline-list')).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('one row of the model’s width for each candidate, the bias last', () => {
    const rows = headlineFeatures(['Politics', 'Ha Noi opens its second metro line', LEDE], [0, 1], 2);
    expect(rows.map((row) => row.length)).toEqual([HEADLINE_FEATURES.length, HEADLINE_FEATURES.length]);
    expect(rows.map((row) => row[HEADLINE_FEATURES.indexOf('bias')])).toEqual([1, 1]);
  });
});

describe('a breadcrumb glued to the headline', () => {
  const menu = ['Holidays', 'Natural & Eco-Friendly', 'Babywearing', 'Energy', 'Sales'];
  it.each([
    ['Home Holidays Homemade Spiced Honey Pear Jam for the Holidays', 'Homemade Spiced Honey Pear Jam for the Holidays'],
    ['Home Natural & Eco-FriendlyBabywearing Hiking the Boulder Flat Irons', 'Hiking the Boulder Flat Irons'],
    ['Home › Energy › Ha Noi opens its second metro line', 'Ha Noi opens its second metro line'],
    // A trail of any root, written out with arrows.
    ['Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter', '1Password für Mac generiert Einmal-Passwörter'],
  ])('"%s" loses its breadcrumb', (line, headline) => {
    expect(withoutBreadcrumb(line, [...menu, line])).toBe(headline);
  });

  it.each([
    // No breadcrumb's root, a word that only starts like one, no menu item after it, too little left.
    'Holidays bring record crowds to Ha Long Bay',
    'Homemade Energy bars for winter hikes',
    'Home prices rise in Ha Noi for a third month',
    'Home Sales slump',
    // One arrow is no trail; a trail whose last step is too short to be a headline.
    'Profits > expectations as Vinamilk sales climb',
    'News > Energy > Markets',
  ])('"%s" is left as it is', (line) => {
    expect(withoutBreadcrumb(line, [...menu, line])).toBe(line);
  });
});

describe("a page's title over its headline, the site's name beside it", () => {
  const units = ['How to Adopt an Online Leader Success Mindset', 'Frain', 'Incendie dans une maison : cinq personnes relogées', 'Star Wars Jedi: Fallen Order review'];
  it.each([
    ['How to Adopt an Online Leader Success Mindset | BIG Brand System', 'How to Adopt an Online Leader Success Mindset'],
    ['Frain | Incendie dans une maison : cinq personnes relogées', 'Incendie dans une maison : cinq personnes relogées'],
  ])('"%s" loses the site\'s name, the page showing the rest as a line of its own', (line, headline) => {
    expect(withoutSiteName(line, [line, ...units])).toBe(headline);
  });

  it.each([
    // What is cut would be no site's name: too long.
    'Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars',
    // The page does not show the rest alone.
    'Ferry fares rise for the winter | Island News',
    // No separator between spaces.
    'Ha Noi-Hai Phong expressway opens',
  ])('"%s" is left as it is', (line) => {
    expect(withoutSiteName(line, [line, ...units])).toBe(line);
  });

  it("cuts a longer tail when the caller allows it: a page's <title> far above its article, a tagline after the site's name", () => {
    const title = 'How to Adopt an Online Leader Success Mindset - BIG Brand System - Coaching for online leaders';
    expect(withoutSiteName(title, [title, ...units])).toBe(title);
    expect(withoutSiteName(title, [title, ...units], 10)).toBe('How to Adopt an Online Leader Success Mindset');
  });
});

describe('a byline glued to the headline', () => {
  it.each([
    ['Angry media won’t buckle over new surveillance laws by: Laurie Oakes', 'Angry media won’t buckle over new surveillance laws', 'by: Laurie Oakes'],
    ["The 'birth lottery' and economic mobility by Ahiza Garcia @ahiza_garcia February 1, 2016:", "The 'birth lottery' and economic mobility", 'by Ahiza Garcia @ahiza_garcia February 1, 2016:'],
    ['Ha Noi opens its second metro line By Minh Anh 12/05/2025', 'Ha Noi opens its second metro line', 'By Minh Anh 12/05/2025'],
  ])('"%s" is cut from its byline', (line, headline, byline) => {
    expect(splitGluedByline(line)).toEqual({ headline, byline });
  });

  it.each([
    // "by" and a name, with nothing to show a byline: a headline whole.
    'Whole Foods bought by Amazon in record deal',
    'Sunderland beaten by Arsenal',
    // Too little before it to be a headline.
    'Photos by: Laurie Oakes',
  ])('"%s" is left whole', (line) => {
    expect(splitGluedByline(line)).toEqual({ headline: line });
  });
});
