/**
 * Scores what the ingest made of whole articles against the names annotated
 * in them: per article, the distinct names of each kind, as written (a
 * spelling found under the right kind counts once, however often the text
 * repeats it). Used on CoNLL documents made into wire seeds, where the
 * ingest's own stages (clean, extract) read them as they would any seed.
 */
import { VFile } from 'vfile';
import { cleanSeed } from '../ingest/clean.ts';
import { decodeSeed } from '../ingest/decode.ts';
import type { EntityFinder, EntityResult } from '../ingest/extract/entities.ts';
import { compactKey } from '../ingest/extract/entity-words.ts';
import { extractArticle, type Extractors } from '../ingest/extract/index.ts';
import { parseSeed } from '../ingest/parse.ts';
import { emptyScores, type KindScores, type Document } from './conll.ts';
import { datelineDate, documentText, documentToSeed, goldNames } from './conll-text.ts';

/** The ingest's kinds by CoNLL's names. */
export const INGEST_KINDS = { people: 'PER', organizations: 'ORG', places: 'LOC' } as const;

export interface ArticleMistakes {
  missed: string[];
  spurious: string[];
}

/** Adds one article: `found` is what the finder reported (each entity's spellings as written, under its kind). */
export function scoreArticleNames(gold: { kind: string; text: string }[], found: EntityResult, scores: KindScores, mistakes?: ArticleMistakes): void {
  const expected = new Set(gold.filter((name) => scores[name.kind]).map((name) => `${name.kind}:${compactKey(name.text)}`));
  const reported = new Set<string>();
  for (const [kind, label] of Object.entries(INGEST_KINDS)) {
    for (const name of found.entities[kind as keyof typeof INGEST_KINDS]) {
      for (const form of found.mentions[name].forms) reported.add(`${label}:${compactKey(form)}`);
    }
  }
  for (const key of expected) {
    scores[key.slice(0, 3)].expected++;
    if (reported.has(key)) scores[key.slice(0, 3)].correct++;
    else mistakes?.missed.push(key);
  }
  for (const key of reported) {
    scores[key.slice(0, 3)].found++;
    if (!expected.has(key)) mistakes?.spurious.push(key);
  }
}

/**
 * The entity finder alone on each document's text: the headline as the title, the dateline's
 * place ("LONDON", "AL-AIN , United Arab Emirates" → "AL-AIN") as the dateline, the other
 * sentences as paragraphs. Scores what it finds against the whole document's names.
 */
export function scoreFinderOnDocuments(documents: Document[], find: EntityFinder, mistakes?: ArticleMistakes): KindScores {
  const scores = emptyScores(['PER', 'ORG', 'LOC']);
  for (const document of documents) {
    const { title, dateline, paragraphs } = documentText(document);
    scoreArticleNames(goldNames(document), find(paragraphs, { title, dateline }), scores, mistakes);
  }
  return scores;
}

/** Runs decode, parse, clean and extract on each document made into a seed; scores their entities. */
export function scoreIngestOnDocuments(documents: Document[], extractors: Extractors, mistakes?: ArticleMistakes): KindScores {
  const scores = emptyScores(['PER', 'ORG', 'LOC']);
  documents.forEach((document, index) => {
    // Sports tables and results carry no dateline: the date is given, as an editor would.
    const date = datelineDate(document) ?? '1996-08-30';
    const seed = `---\ndate: ${date}\n---\n${documentToSeed(document)}`;
    const file = new VFile({ path: `conll-${index}.txt` });
    let found: EntityResult = { entities: { people: [], organizations: [], places: [] }, mentions: {} };
    try {
      const { overrides, lines } = parseSeed(decodeSeed(new TextEncoder().encode(seed), file), file);
      const article = extractArticle(cleanSeed(lines), overrides, extractors, file);
      const entities = article.entities ?? {};
      found = { entities: { people: entities.people ?? [], organizations: entities.organizations ?? [], places: entities.places ?? [] }, mentions: article.mentions ?? {} };
    } catch {
      // A document the ingest rejects names nothing.
    }
    scoreArticleNames(goldNames(document), found, scores, mistakes);
  });
  return scores;
}
