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
 * on a worker thread (`prepareSeeds` on a batch of seeds, stage by stage); the
 * run then gives the article its permanent slug and completes the MDX file
 * (`pageWithSlug`) in seed order.
 */
import { VFile } from 'vfile';
import { decodeSeed } from './decode.ts';
import { parseSeed } from './parse.ts';
import { cleanSeed } from './clean.ts';
import { readHtmlPage, type HtmlPage } from './html/read-page.ts';
import type { PageMetadata } from './html/metadata.ts';
import { readJsonRecord } from './json-record.ts';
import { cleanPage } from './html/clean-page.ts';
import { beginExtraction, completeExtraction, EXTRACTION_STEPS, type Extraction, type Extractors } from './extract/index.ts';
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
  return prepareSeeds([seed], extractors)[0];
}

/** prepareSeed of each seed, the batch going through the stages together (runStagesOfBatch). */
export function prepareSeeds(seeds: RawSeed[], extractors: Extractors): PreparedSeed[] {
  return runStagesOfBatch(seeds, extractors).map((stages, index) => prepared(seeds[index], stages));
}

function prepared(seed: RawSeed, { file, overrides, cleaned, data, error }: SeedStages): PreparedSeed {
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
  return runStagesOfBatch([seed], extractors)[0];
}

/**
 * Every stage on a batch of seeds, each stage on every seed before the next, a seed rejected by a
 * stage left out of the stages after it. A stage's code and tables (the tagger's model, the
 * registry's, the line rules' expressions) then stay in the processor's caches from one seed to the
 * next: in batches of 64, as the workers get them, a bench seed took about a fifth less CPU time
 * than when each went through every stage in turn.
 */
function runStagesOfBatch(seeds: RawSeed[], extractors: Extractors): SeedStages[] {
  const batch: SeedInProgress[] = seeds.map((raw) => ({ raw, file: new VFile({ path: raw.name }) }));
  for (const stage of STAGES) {
    for (const seed of batch) {
      if (seed.error !== undefined) continue;
      try {
        stage(seed, extractors);
      } catch (error) {
        seed.error = error instanceof Error ? error.message : String(error);
      }
    }
  }
  return batch.map(({ file, overrides, cleaned, data, error }) => ({ file, overrides, cleaned, data, error }));
}

/** A seed between two stages: what it keeps (SeedStages), and what one stage hands the next. */
interface SeedInProgress extends SeedStages {
  raw: RawSeed;
  lines?: string[];
  /** A text seed's reader fields (parse.ts), read as a page's metadata. */
  readerMetadata?: PageMetadata;
  page?: HtmlPage;
  extraction?: Extraction;
}

type Stage = (seed: SeedInProgress, extractors: Extractors) => void;

const STAGES: readonly Stage[] = [
  (seed) => {
    const text = decodeSeed(seed.raw.bytes, seed.file);
    const { overrides, lines, html, record, metadata } = parseSeed(text, seed.file);
    seed.overrides = overrides;
    seed.lines = lines;
    seed.readerMetadata = metadata;
    // A saved page: Readability finds its article and its metadata gives the fields it states; a
    // scraper's JSON record gives both as fields.
    seed.page = html !== undefined ? readHtmlPage(html, seed.file) : record ? readJsonRecord(record) : undefined;
  },
  (seed) => {
    seed.cleaned = seed.page ? cleanPage(seed.page.paragraphs, seed.page.metadata.titles) : cleanSeed(seed.lines!);
  },
  (seed, extractors) => {
    seed.extraction = beginExtraction(seed.cleaned!, seed.overrides!, extractors, seed.file, seed.page?.metadata ?? seed.readerMetadata);
  },
  ...EXTRACTION_STEPS.map((step): Stage => (seed, extractors) => step(seed.extraction!, extractors)),
  (seed, extractors) => {
    const article = completeExtraction(seed.extraction!, extractors);
    seed.data = validateArticle({ ...article, slug: PENDING_SLUG, seed: seed.raw.name, seedHash: seed.raw.hash }, seed.file);
  },
];

export { createExtractors } from './extract/index.ts';
