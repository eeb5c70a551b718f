/**
 * Cleaned seed → article frontmatter. Each field comes from its own small
 * extractor; what an editor set in the seed's front matter always wins, then
 * what a saved page's metadata states, then what the text gives.
 */
import { compactKey } from './entity-words.ts';
import type { Registries } from '../../lib/registries.ts';
import type { ArticleInput } from '../../schema/article.ts';
import type { CleanedSeed, SeedFile } from '../types.ts';
import type { Overrides } from '../parse.ts';
import type { PageMetadata } from '../html/metadata.ts';
import { findAnyDate, findFullDate, toIsoDate, type FoundDate } from './date.ts';
import { chooseDate } from './date-choice.ts';
import { placeFromDateline, regionFromDateline } from './dateline.ts';
import { createEntityFinder, type EntityFinder, type EntityResult } from './entities.ts';
import { compileRegistry } from './entity-registry.ts';
import { headlineFromLede } from './headline.ts';
import { fieldsFromPage, type PageFields } from './page-fields.ts';
import { explain } from './origins.ts';
import { createPageSourceMatcher, type PageSourceMatcher } from './page-source.ts';
import { createSourceMatcher, type SourceMatcher } from './source.ts';
import { sourceZones } from './source-zones.ts';
import { summarize } from './summary.ts';
import { createTopicScorer, type TopicResult, type TopicScorer } from './topics.ts';
import { isAllCaps, titleCase } from '../text/letter-case.ts';
import { hasAtMostWords } from '../text/words.ts';
import { warn } from '../warn.ts';

export interface Extractors {
  matchSource: SourceMatcher;
  /** Which outlet a saved page is, by its address's domain or the name it gives itself. */
  matchPageSource: PageSourceMatcher;
  sourceIds: Set<string>;
  findEntities: EntityFinder;
  scoreTopics: TopicScorer;
  /** Whether content/entities.yaml lists `name` (any spelling) as a place. */
  isRegisteredPlace: (name: string) => boolean;
}

/** Compiles what can be compiled once per run, not once per seed. */
export function createExtractors(registries: Registries): Extractors {
  const registry = compileRegistry(registries.entities);
  const matchSource = createSourceMatcher(registries.sources);
  return {
    matchSource,
    matchPageSource: createPageSourceMatcher(registries.sources, matchSource),
    sourceIds: new Set(registries.sources.map((source) => source.id)),
    findEntities: createEntityFinder(registries.entities),
    scoreTopics: createTopicScorer(registries.topics),
    isRegisteredPlace: (name) => registry.lookup(name)?.kind === 'places',
  };
}

/** Everything but slug, seed and seedHash, which the run assigns. */
export type ExtractedArticle = Omit<ArticleInput, 'slug' | 'seed' | 'seedHash'>;

export function extractArticle(
  cleaned: CleanedSeed,
  overrides: Overrides,
  extractors: Extractors,
  file: SeedFile,
  metadata?: PageMetadata,
): ExtractedArticle {
  const extraction = beginExtraction(cleaned, overrides, extractors, file, metadata);
  for (const step of EXTRACTION_STEPS) step(extraction, extractors);
  return completeExtraction(extraction, extractors);
}

/**
 * One article's extraction between its steps: extractArticle runs them in turn, the ingest runs each
 * step over a batch of seeds before the next (index.ts).
 */
export interface Extraction {
  cleaned: CleanedSeed;
  overrides: Overrides;
  file: SeedFile;
  page: PageFields;
  title: string;
  datelinePlace?: string;
  datelineRegion?: string;
  entities?: EntityResult;
  topics?: TopicResult;
}

/** What the finders read besides the text: the title, and what the page's metadata and the dateline state. */
export function beginExtraction(cleaned: CleanedSeed, overrides: Overrides, extractors: Extractors, file: SeedFile, metadata?: PageMetadata): Extraction {
  if (cleaned.paragraphs.length === 0) file.fail('no article text after removing title, dateline and page furniture');
  const page = metadata ? fieldsFromPage(metadata, extractors.matchPageSource, file) : { namesOutlet: false };
  return {
    cleaned,
    overrides,
    file,
    page,
    title: overrides.title ?? page.title ?? titleOf(cleaned, file),
    datelinePlace: cleaned.dateline ? placeFromDateline(cleaned.dateline, extractors.isRegisteredPlace) : undefined,
    datelineRegion: cleaned.dateline ? regionFromDateline(cleaned.dateline) : undefined,
  };
}

/** The finders, which read the whole text: the costly steps, between beginExtraction and completeExtraction. */
export const EXTRACTION_STEPS: readonly ((extraction: Extraction, extractors: Extractors) => void)[] = [
  (extraction, extractors) => {
    const { cleaned, title, datelinePlace, datelineRegion } = extraction;
    extraction.entities = extractors.findEntities(cleaned.paragraphs, { title, dateline: datelinePlace, datelineRegion });
  },
  (extraction, extractors) => {
    // The page's own headline, not one made from the lede: the lede is weighed already.
    extraction.topics = extractors.scoreTopics(extraction.cleaned.paragraphs, extraction.overrides.title ?? extraction.cleaned.titleLine);
  },
];

/** The article's fields, from what the steps found. */
export function completeExtraction(extraction: Extraction, extractors: Extractors): ExtractedArticle {
  const { cleaned, overrides, file, page, title, datelinePlace } = extraction;
  const { entities, mentions } = extraction.entities!;
  const found = extraction.topics!;
  // Topics an editor set in front matter are the article's about list; the scorer's mentions stay, minus those.
  const topics = overrides.topics ?? found.topics;
  const topicMentions = found.topicMentions.filter((id) => !topics.includes(id));
  const article: ExtractedArticle = {
    title,
    date: overrides.date ?? page.date ?? dateOf(cleaned, file),
    source: overrides.source ?? (page.namesOutlet ? page.source : sourceOf(cleaned, extractors, file)),
    dateline: overrides.dateline ?? (datelinePlace && canonicalName(datelinePlace, mentions)),
    summary: overrides.summary ?? summarize(cleaned.paragraphs),
    topics,
    topicMentions,
    evidence: found.evidence,
    entities: overrides.entities ?? entities,
    mentions,
  };
  for (const field of ['title', 'date', 'source', 'dateline', 'summary', 'topics', 'entities', 'url'] as const) {
    if (overrides[field] !== undefined) explain(file, field, 'set in the front matter');
  }
  if (article.dateline && overrides.dateline === undefined) explain(file, 'dateline', `"${cleaned.dateline}" (${cleaned.datelineRule})`);
  const url = overrides.url ?? page.url;
  if (url) article.url = url;
  if (overrides.draft) article.draft = true;
  if (article.source && !extractors.sourceIds.has(article.source)) {
    file.fail(`front matter source "${article.source}" is not in sources.yaml`);
  }
  return article;
}

function titleOf(cleaned: CleanedSeed, file: SeedFile): string {
  if (cleaned.titleLine) {
    const line = cleaned.verdicts.findIndex((verdict) => verdict.role === 'title');
    explain(file, 'title', line >= 0 ? `the page's line ${line + 1} (${cleaned.verdicts[line].rule})` : 'the page\'s title line');
    return isAllCaps(cleaned.titleLine) ? titleCase(cleaned.titleLine) : cleaned.titleLine;
  }
  explain(file, 'title', 'written from the lede: no line above the article scored as its headline');
  return headlineFromLede(cleaned.paragraphs[0]);
}

/**
 * The seed's date prefix, else the date of a dateline opening the article, else the date the page
 * shows that the date choice scores best (date-choice.ts). Never today, and never a year read off
 * the text: a seed that states no date is published undated, with a message saying so, rather than
 * lost or given a guess.
 */
function dateOf(cleaned: CleanedSeed, file: SeedFile): string | undefined {
  const prefix = cleaned.datePrefix && findFullDate(cleaned.datePrefix);
  if (prefix) {
    explain(file, 'date', `the date the text opens with, "${cleaned.datePrefix}"`);
    return isoOrFail(prefix, file);
  }
  // "MANILA, Philippines, April 29, 2025 /PRNewswire/ -- ArkSolar Inc. …": a dateline opening the
  // article that gives its year gives the day the story was filed. One on a line of its own may be a
  // teaser's name and date far above the article; the date choice weighs those.
  const filed = cleaned.dateline !== undefined && cleaned.datelineOpensArticle ? findFullDate(cleaned.dateline) : undefined;
  const filedOn = filed && toIsoDate(filed);
  if (filedOn && 'iso' in filedOn) {
    explain(file, 'date', `the dateline's, "${cleaned.dateline}"`);
    return filedOn.iso;
  }
  const choice = chooseDate(cleaned.verdicts);
  if (choice) {
    explain(file, 'date', `line ${choice.line + 1}, "${cleaned.verdicts[choice.line].text.slice(0, 80)}" (the best scored of ${choice.candidates} dates on the page: ${choice.score.toFixed(2)})`);
    return choice.iso;
  }
  // A date written in full that is no real day ("2025-02-30") says why there is none.
  for (const text of [...cleaned.dateTexts, cleaned.paragraphs[0] ?? '']) {
    const found = findFullDate(text);
    if (found) isoOrFail(found, file);
  }
  // "MOSCOW, June 5. /TASS/.": a wire dateline gives a day without its year, and a year read off
  // the article's text would be a guess; an editor gives the date in the seed's front matter.
  const why =
    cleaned.dateline !== undefined && findAnyDate(cleaned.dateline)
      ? `no full date: the dateline "${cleaned.dateline}" gives no year`
      : 'no date found in the text or front matter';
  warn(file, `${why}: published undated (set date in the seed's front matter)`);
  explain(file, 'date', `none: ${why}`);
  return undefined;
}

function isoOrFail(found: FoundDate, file: SeedFile): string {
  const result = toIsoDate(found);
  return 'iso' in result ? result.iso : file.fail(result.error);
}

function sourceOf(cleaned: CleanedSeed, extractors: Extractors, file: SeedFile): string | undefined {
  for (const { zone, text } of sourceZones(cleaned)) {
    const source = text ? extractors.matchSource([text]) : undefined;
    if (source) {
      explain(file, 'source', `${source.id}, credited in the ${zone}: "${text.split('\n')[0].slice(0, 80)}"`);
      return source.id;
    }
  }
  const credit = cleaned.credits[0];
  // A sign-off names an outlet ("— VNA/VNS", "Enditem"); a contributors' line says who reported ("Aerospace Writer
  // Marcia Dunn in Cape Canaveral … contributed to this report.") and is no outlet's name.
  warn(
    file,
    credit && hasAtMostWords(credit, OUTLET_NAME_WORDS)
      ? `unknown outlet "${credit}": add it to sources.yaml to credit it`
      : 'no known outlet credited: add one to sources.yaml or set source in front matter',
  );
  return undefined;
}

/** An outlet's name is a few words: "Vietnam News Agency", "Agence France-Presse", "VNA/VNS". */
const OUTLET_NAME_WORDS = 6;

/** The registry's or the article's canonical spelling of a place, e.g. a dateline's "Hanoi" → "Hà Nội". */
function canonicalName(place: string, mentions: EntityResult['mentions']): string {
  const key = compactKey(place);
  for (const [name, mention] of Object.entries(mentions)) {
    if (mention.kind !== 'places') continue;
    if ([name, ...mention.forms].some((form) => compactKey(form) === key)) return name;
  }
  return place;
}
