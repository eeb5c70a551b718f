/**
 * A synthetic corpus for the bench: N seeds recombined from the real seeds'
 * paragraphs, with the real seeds' shapes (date prefixes, datelines, credits,
 * title lines) and dates spread over two years from 2024 (or `days` days).
 * Deterministic for a given N and span.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATELINES = ['HÀ NỘI —', 'MOSCOW —', 'BAKU, Azerbaijan, May 8.', 'LONDON (Reuters) -', 'WASHINGTON (AP) —'];
const CREDITS = [' — VNA/VNS', '', ' (Reuters)', ''];

export function writeSyntheticCorpus(seedsDir: string, outDir: string, count: number, { days = 730 }: { days?: number } = {}): void {
  mkdirSync(outDir, { recursive: true });
  const paragraphs = readdirSync(seedsDir)
    .sort()
    .flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.split(' ').length > 12 && /[.”"]$/.test(paragraph));
  const random = mulberry32(count);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  for (let index = 0; index < count; index++) {
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
    const body = Array.from({ length: 5 + Math.floor(random() * 10) }, () => pick(paragraphs));
    const withTitle = random() < 0.3;
    const lines = withTitle
      ? [`Report ${index}: ${pick(paragraphs).split(' ').slice(0, 8).join(' ')}`, '', date, '', ...body.flatMap((p) => [p, ''])]
      : [`date ${date} ${pick(DATELINES)} ${body[0]}`, '', ...body.slice(1).flatMap((p) => [p, '']), `Article ${index}.${pick(CREDITS)}`];
    writeFileSync(join(outDir, `synthetic-${String(index).padStart(6, '0')}.txt`), `${lines.join('\n')}\n`);
  }
}

/** A small seeded PRNG, so the same N gives the same corpus. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
