/**
 * A page's article paragraphs → the cleaned seed the extract stage reads. Readability has
 * already chosen where the article starts and ends, so the text path's segmenter and header
 * choice, written for whole scraped pages, would only cut into it (measured on the benchmark
 * pages: recall fell from 0.989 to 0.959, a Japanese article lost all its text). Set aside,
 * with the text path's own rules: the page's header that Readability left over the text
 * (down to the headline repeated, then date lines and bylines), single lines that are no
 * prose wherever they stand (captions, photo credits, "Read more", promotions), a box of
 * teasers closing the text ("You may also like", then headlines), the credits at the end,
 * and the dateline opening the first paragraph. Every line gets a verdict, as on the text path.
 */
import { cutCredits, isParagraph, recordVerdicts, startsFurniture, takeDateline, takeDateOrByline, type Page, type Verdicts } from '../clean.ts';
import { lineFacts } from '../segment/line-facts.ts';
import { datelineAtStart } from '../rules/line-rules.ts';
import { hasAtMostWords } from '../text/words.ts';
import { foldedKey } from '../text/same-text.ts';
import type { CleanedSeed } from '../types.ts';

/** How far down the headline may be repeated with the page's header above it ("Sign In", a link, the headline). */
const HEADER_LINES = 8;

export function cleanPage(paragraphs: string[], titles: string[]): CleanedSeed {
  const cleaned: CleanedSeed = { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [], verdicts: [] };
  const page: Page = { units: paragraphs, facts: paragraphs.map(lineFacts) };
  // Readability chose these lines: each is the article's until a rule says otherwise.
  const verdicts = recordVerdicts(paragraphs, paragraphs.map(() => 1), cleaned.verdicts);
  const start = withoutHeader(page, titles, verdicts, cleaned);
  const article: number[] = [];
  for (let index = start; index < paragraphs.length; index++) {
    const rule = page.facts[index].drop;
    if (rule) {
      cleaned.furniture.push(paragraphs[index]);
      verdicts.set(index, 'furniture', rule.id);
    } else {
      article.push(index);
      verdicts.set(index, 'article', 'readability:article');
    }
  }
  cutOverDateline(article, page, verdicts, cleaned);
  cutTeasers(article, page, verdicts, cleaned);
  if (article.length > 1) cutCredits(article, page, verdicts, cleaned);
  const lines = article.map((index) => paragraphs[index]);
  cleaned.paragraphs = lines.length ? takeDateline(lines, cleaned) : [];
  return cleaned;
}

/**
 * The page's header: down to its headline (any of the page's titles: the `<h1>` may differ from
 * `og:title`), then date lines and bylines. Returns where the article starts.
 */
function withoutHeader(page: Page, titles: string[], verdicts: Verdicts, cleaned: CleanedSeed): number {
  const { units } = page;
  const keys = new Set(titles.map(foldedKey).filter((key) => key !== ''));
  const found = units.slice(0, HEADER_LINES).findIndex((line) => keys.has(foldedKey(line)));
  // Under prose, the headline's words are a video's or a teaser's title inside the article.
  const repeat = units.slice(0, Math.max(found, 0)).some((_, index) => isParagraph(page, index)) ? -1 : found;
  for (let index = 0; index <= repeat; index++) {
    cleaned.furniture.push(units[index]);
    verdicts.set(index, index === repeat ? 'title' : 'furniture', index === repeat ? 'html:headline-repeated' : 'html:header');
  }
  const start = repeat + 1;
  // The header's last date line or byline, under short lines only: "Detroit News wire services", then the date.
  const scratch: CleanedSeed = { dateTexts: [], credits: [], bylines: [], furniture: [], paragraphs: [], verdicts: [] };
  const ignore = { set() {} };
  let end = start - 1;
  for (let index = start; index < Math.min(start + HEADER_LINES, units.length - 1); index++) {
    if (takeDateOrByline(page, index, ignore, scratch, 'html', [])) end = index;
    else if (isParagraph(page, index)) break;
  }
  setAsideHeader(Array.from({ length: end - start + 1 }, (_, at) => start + at), 'html:header', page, verdicts, cleaned);
  return end + 1;
}

/** Lines of the page's header: each a date line or byline (read as such), else furniture. */
function setAsideHeader(lines: number[], rule: string, page: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  const dated: number[] = [];
  for (const index of lines) {
    if (takeDateOrByline(page, index, verdicts, cleaned, rule, dated)) continue;
    cleaned.furniture.push(page.units[index]);
    verdicts.set(index, 'furniture', rule);
  }
  cleaned.dateTexts.push(...dated.map((index) => page.units[index]));
}

/**
 * A dateline opens an article's first paragraph ("VIENNA — The house where …"): the short lines
 * Readability left over it are the page's header ("Breaking News Emails", a newsletter's pitch,
 * "SUBSCRIBE", "Nov. 20, 2019, 9:28 AM UTC", "By", "Reuters"; "Updated Nov 19, 6:55 AM"; a
 * gallery's count of photos), which no headline repeated marked as such. On the dev split's pages
 * this found six datelines and lost no article text.
 */
function cutOverDateline(article: number[], page: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  const opening = article.slice(0, HEADER_LINES).findIndex((index) => datelineAtStart(page.units[index]) !== undefined);
  if (opening <= 0 || article.slice(0, opening).some((index) => !hasAtMostWords(page.units[index], MAX_HEADER_LINE_WORDS))) return;
  setAsideHeader(article.splice(0, opening), 'html:over-dateline', page, verdicts, cleaned);
}

/** A line of a page's header runs to this many words at most; a paragraph over the dateline's is the article's. */
const MAX_HEADER_LINE_WORDS = 30;

/** A furniture heading after the prose with no paragraph of prose under it: teasers, a footer. */
function cutTeasers(article: number[], page: Page, verdicts: Verdicts, cleaned: CleanedSeed): void {
  for (let at = article.length - 1; at > 0; at--) {
    if (isParagraph(page, article[at])) return;
    if (startsFurniture(page, article[at])) {
      for (const index of article.splice(at)) {
        cleaned.furniture.push(page.units[index]);
        verdicts.set(index, 'furniture', `html:teasers at ${page.facts[index].furniture?.id ?? 'a date'}`);
      }
      return;
    }
  }
}
