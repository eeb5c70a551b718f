/**
 * The ingest pipeline for one seed, unified-style: each stage a plain function
 * from data to data, problems collected on the seed's vfile.
 *
 *   read → decode → parse → clean → extract → validate → serialize
 *
 * A saved web page (.html, or text that opens as a page) goes from parse to
 * the HTML path: its metadata and Readability's article (html/read-page.ts),
 * a lighter clean (html/clean-page.ts), then the same extract stage, which
 * prefers the page's metadata to what its text gives.
 *
 * `prepareSeed` runs every stage that needs only the seed itself, so it can run
 * on a worker thread; the run then gives the article its permanent slug and
 * completes the MDX file (`pageWithSlug`) in seed order.
 */
import { VFile } from 'vfile';
import { decodeSeed } from './decode.ts';
import { parseSeed } from './parse.ts';
import { cleanSeed } from './clean.ts';
import { readHtmlPage } from './html/read-page.ts';
import { readJsonRecord } from './json-record.ts';
import { cleanPage } from './html/clean-page.ts';
import { extractArticle, type Extractors } from './extract/index.ts';
import { renderBody, validateArticle } from './serialize.ts';
import { renderPage, type PageParts } from './page.ts';
import { foldText } from './text/fold.ts';
import { collapseSpaces } from './text/spaces.ts';
import { sha256 } from './read.ts';
import type { CleanedSeed, RawSeed } from './types.ts';
import type { Overrides } from './parse.ts';
import type { ArticleData } from '../schema/article.ts';

/** Stands in for the slug until the run assigns the real one. */
export const PENDING_SLUG = 'pending';

export type PreparedSeed =
  | {
      name: string;
      ok: true;
      /** The validated title, which the run makes the slug from. */
      title: string;
      /** The MDX page (validated frontmatter, escaped body) around the slug the run will choose. */
      page: PageParts;
      /** Hash of the article's text, folded: the same article under two names has the same one. */
      textHash: string;
      /** A slug an editor asked for in the seed's front matter. */
      requestedSlug?: string;
      warnings: string[];
    }
  | { name: string; ok: false; reason: string; warnings: string[] };

export function prepareSeed(seed: RawSeed, extractors: Extractors): PreparedSeed {
  const { file, overrides, cleaned, data, error } = runStages(seed, extractors);
  const warnings = file.messages.filter((message) => message.fatal === false).map((message) => message.reason);
  if (!cleaned || !data) return { name: seed.name, ok: false, reason: error ?? 'not ingested', warnings };
  return {
    name: seed.name,
    ok: true,
    title: data.title,
    page: renderPage(data, renderBody(cleaned.paragraphs)),
    textHash: sha256(collapseSpaces(foldText(cleaned.paragraphs.join('\n')).toLowerCase())),
    requestedSlug: overrides?.slug,
    warnings,
  };
}

/** Every stage on one seed, keeping what each produced: for the run, and for `--explain`. */
export interface SeedStages {
  file: VFile;
  overrides?: Overrides;
  cleaned?: CleanedSeed;
  data?: ArticleData;
  /** Why the seed was rejected. */
  error?: string;
}

export function runStages(seed: RawSeed, extractors: Extractors): SeedStages {
  const file = new VFile({ path: seed.name });
  const stages: SeedStages = { file };
  try {
    const text = decodeSeed(seed.bytes, file);
    const { overrides, lines, html, record } = parseSeed(text, file);
    stages.overrides = overrides;
    // A saved page: Readability finds its article and its metadata gives the fields it states; a
    // scraper's JSON record gives both as fields.
    const page = html !== undefined ? readHtmlPage(html, file) : record ? readJsonRecord(record) : undefined;
    stages.cleaned = page ? cleanPage(page.paragraphs, page.metadata.titles) : cleanSeed(lines);
    const article = extractArticle(stages.cleaned, overrides, extractors, file, page?.metadata);
    stages.data = validateArticle({ ...article, slug: PENDING_SLUG, seed: seed.name, seedHash: seed.hash }, file);
  } catch (error) {
    stages.error = error instanceof Error ? error.message : String(error);
  }
  return stages;
}

export { createExtractors } from './extract/index.ts';
