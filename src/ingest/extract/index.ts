/**
 * Cleaned seed → article frontmatter. Each field comes from its own small
 * extractor; what an editor set in the seed's front matter always wins.
 */
import { compactKey } from './entity-words.ts';
import type { Registries } from '../../lib/registries.ts';
import type { ArticleInput } from '../../schema/article.ts';
import type { CleanedSeed, SeedFile } from '../types.ts';
import type { Overrides } from '../parse.ts';
import { findAnyDate, findFullDate, isDateLine, toIsoDate, yearInText, type FoundDate } from './date.ts';
import { placeFromDateline } from './dateline.ts';
import { createEntityFinder, type EntityFinder, type EntityResult } from './entities.ts';
import { compileRegistry } from './entity-registry.ts';
import { headlineFromLede } from './headline.ts';
import { createSourceMatcher, type SourceMatcher } from './source.ts';
import { summarize } from './summary.ts';
import { createTopicScorer, type TopicScorer } from './topics.ts';
import { isAllCaps, titleCase } from '../text/letter-case.ts';

export interface Extractors {
  matchSource: SourceMatcher;
  sourceIds: Set<string>;
  findEntities: EntityFinder;
  scoreTopics: TopicScorer;
  /** Whether content/entities.yaml lists `name` (any spelling) as a place. */
  isRegisteredPlace: (name: string) => boolean;
}

/** Compiles what can be compiled once per run, not once per seed. */
export function createExtractors(registries: Registries): Extractors {
  const registry = compileRegistry(registries.entities);
  return {
    matchSource: createSourceMatcher(registries.sources),
    sourceIds: new Set(registries.sources.map((source) => source.id)),
    findEntities: createEntityFinder(registries.entities),
    scoreTopics: createTopicScorer(registries.topics),
    isRegisteredPlace: (name) => registry.lookup(name)?.kind === 'places',
  };
}

/** Everything but slug, seed and seedHash, which the run assigns. */
export type ExtractedArticle = Omit<ArticleInput, 'slug' | 'seed' | 'seedHash'>;

export function extractArticle(cleaned: CleanedSeed, overrides: Overrides, extractors: Extractors, file: SeedFile): ExtractedArticle {
  const { paragraphs } = cleaned;
  if (paragraphs.length === 0) file.fail('no article text after removing title, dateline and page furniture');
  const title = overrides.title ?? titleOf(cleaned);
  const datelinePlace = cleaned.dateline ? placeFromDateline(cleaned.dateline, extractors.isRegisteredPlace) : undefined;
  const { entities, mentions } = extractors.findEntities(paragraphs, { title, dateline: datelinePlace });
  // The page's own headline, not one made from the lede: the lede is weighed already.
  const found = extractors.scoreTopics(paragraphs, overrides.title ?? cleaned.titleLine);
  // Topics an editor set in front matter are the article's about list; the scorer's mentions stay, minus those.
  const topics = overrides.topics ?? found.topics;
  const topicMentions = found.topicMentions.filter((id) => !topics.includes(id));
  const article: ExtractedArticle = {
    title,
    date: overrides.date ?? dateOf(cleaned, file),
    source: overrides.source ?? sourceOf(cleaned, extractors, file),
    dateline: overrides.dateline ?? (datelinePlace && canonicalName(datelinePlace, mentions)),
    summary: overrides.summary ?? summarize(paragraphs),
    topics,
    topicMentions,
    evidence: found.evidence,
    entities: overrides.entities ?? entities,
    mentions,
  };
  if (overrides.url) article.url = overrides.url;
  if (overrides.draft) article.draft = true;
  if (article.source && !extractors.sourceIds.has(article.source)) {
    file.fail(`front matter source "${article.source}" is not in sources.yaml`);
  }
  return article;
}

function titleOf(cleaned: CleanedSeed): string {
  if (cleaned.titleLine) return isAllCaps(cleaned.titleLine) ? titleCase(cleaned.titleLine) : cleaned.titleLine;
  return headlineFromLede(cleaned.paragraphs[0]);
}

/** The page's own date lines first, then the dateline, then a full date in the lede. Never today. */
function dateOf(cleaned: CleanedSeed, file: SeedFile): string {
  // Last, a date line the page put under the article ("Published 12/05/2025"), not a teaser's date.
  const footerDates = cleaned.furniture.filter(isDateLine);
  const candidates = [...cleaned.dateTexts, cleaned.dateline ?? '', cleaned.paragraphs[0] ?? '', ...footerDates];
  let problem = 'no date found in the text or front matter';
  let withoutYear: FoundDate | undefined;
  for (const text of candidates) {
    const found = findFullDate(text) ?? findAnyDate(text);
    if (!found) continue;
    const result = toIsoDate(found);
    if ('iso' in result) return result.iso;
    if (found.year !== undefined) problem = result.error;
    else withoutYear ??= found;
  }
  // "MOSCOW, June 5. /TASS/.", "Baku. 15 May.": wire datelines give no year; the article's own
  // mention of a month and year ("in January-May 2025") does, never today's.
  const year = withoutYear && yearInText(cleaned.paragraphs);
  if (withoutYear && year !== undefined) {
    const result = toIsoDate({ ...withoutYear, year });
    if ('iso' in result) {
      file.message(`the dateline gives no year: ${year} taken from the text`);
      return result.iso;
    }
  }
  return file.fail(problem);
}

const PHOTO_CREDIT = /[[(](?:file|photo|image|picture)s?\s*:[^\])]*[\])]|©\s*(?!\d)[\p{L}.&/ -]{1,40}$/gimu;

function sourceOf(cleaned: CleanedSeed, extractors: Extractors, file: SeedFile): string | undefined {
  const zones = [
    ...cleaned.credits,
    cleaned.dateline ?? '',
    ...cleaned.bylines,
    cleaned.paragraphs[0] ?? '',
    cleaned.paragraphs.at(-1) ?? '',
    // Not a photo's credit: "[File: Jane Doe/Reuters]", "(Photo: AP)", "© Reuters".
    cleaned.furniture.join('\n').replace(PHOTO_CREDIT, ''),
    cleaned.paragraphs.join('\n'),
  ];
  const source = extractors.matchSource(zones);
  if (!source) {
    const credit = cleaned.credits[0];
    file.message(credit ? `unknown outlet "${credit}": add it to sources.yaml to credit it` : 'no known outlet credited: add one to sources.yaml or set source in front matter');
  }
  return source?.id;
}

/** The registry's or the article's canonical spelling of a place, e.g. a dateline's "Hanoi" → "Hà Nội". */
function canonicalName(place: string, mentions: EntityResult['mentions']): string {
  const key = compactKey(place);
  for (const [name, mention] of Object.entries(mentions)) {
    if (mention.kind !== 'places') continue;
    if ([name, ...mention.forms].some((form) => compactKey(form) === key)) return name;
  }
  return place;
}
