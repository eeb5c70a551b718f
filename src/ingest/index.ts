/**
 * The ingest pipeline for one seed, unified-style: each stage a plain function
 * from data to data, problems collected on the seed's vfile.
 *
 *   read → decode → parse → clean → extract → (slug) → serialize
 */
import { VFile } from 'vfile';
import { decodeSeed } from './decode.ts';
import { parseSeed, type Overrides } from './parse.ts';
import { cleanSeed } from './clean.ts';
import { extractArticle, type ExtractedArticle, type Extractors } from './extract/index.ts';
import type { RawSeed } from './types.ts';

export interface ProcessedSeed {
  file: VFile;
  overrides: Overrides;
  article: ExtractedArticle;
  paragraphs: string[];
}

/** Runs a seed through decode, parse, clean and extract. Throws the vfile's fatal message on a rejected seed. */
export function processSeed(seed: RawSeed, extractors: Extractors, file = new VFile({ path: seed.name })): ProcessedSeed {
  const text = decodeSeed(seed.bytes, file);
  const { overrides, lines } = parseSeed(text, file);
  const cleaned = cleanSeed(lines);
  const article = extractArticle(cleaned, overrides, extractors, file);
  return { file, overrides, article, paragraphs: cleaned.paragraphs };
}

export { serializeArticle } from './serialize.ts';
export { createExtractors } from './extract/index.ts';
