/**
 * The public datasets the eval reads in place from ../shared/datasets/ (its
 * README gives provenance and licences): scrapinghub's article-extraction-benchmark
 * (pages with gold article bodies) and htmldate's Media Cloud 2020 set (pages
 * with gold publication dates). Nothing here is copied into the project.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export const DATASET_NAMES = ['aeb', 'htmldate'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const DATASETS_DIR = resolve(process.env.DIGEST_DATASETS ?? join(import.meta.dirname, '../../../shared/datasets'));

/** One page of a dataset, with the gold its publisher gives. */
export interface DatasetPage {
  dataset: DatasetName;
  /** The benchmark's id, or htmldate's file name without ".html". */
  id: string;
  url: string;
  file: string;
  /** The article body a person marked (article-extraction-benchmark only). */
  goldBody?: string;
  /** The publication date, YYYY-MM-DD; null when the dataset says the page has none (htmldate only). */
  goldDate?: string | null;
}

export function listPages(datasetsDir = DATASETS_DIR): DatasetPage[] {
  return [...benchmarkPages(datasetsDir), ...htmldatePages(datasetsDir)];
}

function benchmarkPages(datasetsDir: string): DatasetPage[] {
  const dir = join(datasetsDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .map(([id, { articleBody, url }]) => ({ dataset: 'aeb' as const, id, url, file: join(dir, 'html', `${id}.html.gz`), goldBody: articleBody }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function htmldatePages(datasetsDir: string): DatasetPage[] {
  const dir = join(datasetsDir, 'htmldate-mediacloud-2020');
  const dates = JSON.parse(readFileSync(join(dir, 'dates.json'), 'utf8')) as Record<string, { file: string; date: string | null }>;
  return Object.entries(dates)
    .map(([url, { file, date }]) => ({
      dataset: 'htmldate' as const,
      id: file.replace(/\.html$/, ''),
      url,
      file: join(dir, 'pages', `${file}.gz`),
      goldDate: date,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The page as its crawler saved it. */
export function readPageHtml(page: DatasetPage): Buffer {
  return gunzipSync(readFileSync(page.file));
}
