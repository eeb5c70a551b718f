/**
 * One article written for the tests of the record-shaped seeds (a scraper's JSON record, a feed item):
 * each test wraps it in its format and checks the same fields and paragraphs come out
 * (`expectFerryArticle`), and `stagesOf` runs a seed's bytes through the ingest's stages.
 */
import { expect } from 'vitest';
import { createExtractors, runStages, type SeedStages } from '../../src/ingest/index.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { loadRegistries } from '../../src/lib/registries.ts';

export const PARAGRAPHS = [
  'QUẢNG NINH — Ferries to Cô Tô island sailed again on Thursday, three days after the storm closed the port, the provincial transport department said.',
  'About 2,000 tourists had waited on the island for the sea to calm; the first boats carried them back to Vân Đồn by noon, operators said.',
  'Officials said the schedule would return to eight crossings a day by the weekend, with extra boats for visitors booked over the holiday.',
];
export const TITLE = 'Ferry service to Cô Tô resumes after the storm';
export const URL = 'https://news.example.com/2025/05/08/ferry-service-resumes';

export const extractors = createExtractors(loadRegistries('content'));

export function stagesOf(text: string, name: string) {
  const bytes = new TextEncoder().encode(text);
  return runStages({ name, bytes, hash: sha256(bytes) }, extractors);
}

/** The article came out whole: its title, date, URL and dateline, and its paragraphs without the dateline. */
export function expectFerryArticle({ data, cleaned, error }: SeedStages): void {
  expect(error).toBeUndefined();
  expect(data).toMatchObject({ title: TITLE, date: '2025-05-08', url: URL, dateline: 'Quảng Ninh' });
  expect(cleaned!.paragraphs).toEqual([PARAGRAPHS[0].replace('QUẢNG NINH — ', ''), ...PARAGRAPHS.slice(1)]);
}
