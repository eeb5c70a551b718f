/**
 * Where a page credits the outlet whose article it is, most telling first. A
 * credit line, the dateline and the byline say it outright; the article's own
 * text names other outlets as often as its own ("according to Reuters", "told
 * the Associated Press"), so from the first and last paragraphs only an
 * agency's self-credit counts ("…, Trend reports", "(VNA)"); under the
 * article, only its first lines (a sign-off or a template's marker), never a
 * photograph's credit ("(Photo: AP)", "© Reuters", "[File: …/Reuters]",
 * "Yamam Al Shaar / Reuters" on a line of its own).
 */
import type { CleanedSeed } from '../types.ts';

export interface SourceZone {
  /** Named for `--explain`: where the credit was read. */
  zone: 'credit line' | 'dateline' | 'byline' | 'lede' | 'last paragraph' | 'lines under the article' | 'copyright line' | "page's title";
  text: string;
}

/** "…, Trend reports", "Xinhua reports": an agency naming itself in the present tense. */
const SELF_CREDIT = /(?:^|[\s,(])(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3} reports)\b|\((\p{Lu}[\p{L}.&/ -]{1,30})\)/gu;

/** A photographer's name, two to four capitalized words, and the slash before the agency: "Joshua Roberts/", "Yamam Al Shaar / ". */
const PHOTOGRAPHER_SLASH = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?`;

/**
 * "(Photo: AP)", "[File: …/Reuters]", "© Reuters" at a line's end, and a photographer's name with the agency in
 * brackets, "(Joshua Roberts/Reuters)", which a converter may run into the lede's first sentence; an agency's own
 * sign-off, "(VNA/VNS)", has no name of two words before its slash.
 */
const PHOTO_CREDIT = new RegExp(
  `[[(](?:file|photo|image|picture)s?\\s*:[^\\])]*[\\])]|\\(${PHOTOGRAPHER_SLASH}[^()]{1,40}\\)|©\\s*(?!\\d)[\\p{L}.&/ -]{1,40}$`,
  'gimu',
);

function withoutPhotoCredits(text: string): string {
  return text.replace(PHOTO_CREDIT, '');
}

/**
 * A photographer's credit on a line of its own, as a converter leaves it under a caption: "Yamam Al Shaar /
 * Reuters", "Khalil Ashaw/Reuters". Read only under the article, where captions sit: two to four capitalized
 * words before the slash are a person's name, which an agency's sign-off ("VNA/VNS") has not.
 */
const PHOTOGRAPHER_LINE = new RegExp(`^${PHOTOGRAPHER_SLASH}\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*){0,2}$`, 'u');

/** Lines right under the article that may carry its sign-off or its site's marker. */
const UNDER_ARTICLE_LINES = 5;

export function sourceZones(cleaned: CleanedSeed): SourceZone[] {
  const lastArticle = cleaned.verdicts.findLastIndex((verdict) => verdict.role === 'article');
  const under = cleaned.verdicts
    .slice(lastArticle + 1, lastArticle + 1 + UNDER_ARTICLE_LINES)
    .filter((verdict) => verdict.role === 'furniture' && !PHOTOGRAPHER_LINE.test(verdict.text))
    .map((verdict) => withoutLicenceNotices(withoutPhotoCredits(verdict.text)));
  return [
    ...cleaned.credits.map((text) => ({ zone: 'credit line' as const, text: withoutPhotoCredits(text) })),
    { zone: 'dateline', text: cleaned.dateline ?? '' },
    // A caption with its date may pass for a row of page fields: "A cyclist rides … November 19, 2019. © Reuters / David Mercado".
    ...cleaned.bylines.map((text) => ({ zone: 'byline' as const, text: withoutPhotoCredits(text) })),
    { zone: 'lede', text: selfCredits(cleaned.paragraphs[0]) },
    { zone: 'last paragraph', text: selfCredits(cleaned.paragraphs.at(-1)) },
    { zone: 'lines under the article', text: under.join('\n') },
    { zone: 'copyright line', text: copyrightLines(cleaned, lastArticle) },
    { zone: "page's title", text: siteInTitle(cleaned) },
  ];
}

/**
 * "© 2025 Vietnam Investment Review. All rights reserved.": the site's own, with its year, under the article. Of a
 * line holding several notices ("Copyright © 2019 Seznam.cz a.s.Copyright © ČTK, DPA, Reuters a fotobanka
 * Profimedia"), only those with their year: a notice without one lists whose material the site licenses (agencies,
 * a photo bank), and credits no article.
 */
function copyrightLines(cleaned: CleanedSeed, lastArticle: number): string {
  return cleaned.verdicts
    .slice(lastArticle + 1)
    .filter((verdict) => COPYRIGHT_WITH_YEAR.test(verdict.text))
    .map((verdict) => withoutLicenceNotices(verdict.text))
    .join('\n');
}

/** A line without its copyright notices that give no year: "Copyright © ČTK, DPA, Reuters a fotobanka Profimedia". */
function withoutLicenceNotices(text: string): string {
  return text.replace(COPYRIGHT_NOTICE, (notice, year: string | undefined) => (year ? notice : ''));
}

const COPYRIGHT_WITH_YEAR = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}[-–]?)+\b/i;
/** One notice, to the next: its mark, its year (group 1) if it gives one, and what follows. */
const COPYRIGHT_NOTICE = /(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*((?:\d{4}[-–]?)+\b)?(?:(?!copyright|©|\(c\)).)*/gi;

/** "Headline - VnExpress International" above the headline: the site's name after it. */
function siteInTitle(cleaned: CleanedSeed): string {
  const title = cleaned.titleLine;
  if (title === undefined) return '';
  for (const verdict of cleaned.verdicts) {
    if (verdict.text.length > title.length && verdict.text.startsWith(title)) {
      const site = /^\s+[-–—|]\s+(.{2,60})$/.exec(verdict.text.slice(title.length));
      if (site) return site[1];
    }
  }
  return '';
}

function selfCredits(paragraph: string | undefined): string {
  if (paragraph === undefined) return '';
  return [...withoutPhotoCredits(paragraph).matchAll(SELF_CREDIT)].map((match) => match[1] ?? `(${match[2]})`).join('\n');
}
