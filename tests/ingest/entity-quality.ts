/**
 * Precision and recall of findEntities against the hand annotations in
 * tests/fixtures/articles/gold.json, which were written before the extractor
 * was tuned, and held-out/gold.json, written after and not tuned on until issue 16's
 * organization rules, written while reading its errors (no name of it listed anywhere). Used by
 * entities.test.ts (a floor) and by `npm run eval:entities`, and runnable on
 * its own for the mistakes: `node tests/ingest/entity-quality.ts [--no-registry]`.
 */
import { readFileSync } from 'node:fs';
import { compactKey } from '../../src/ingest/extract/entity-words.ts';
import type { EntityResult } from '../../src/ingest/extract/entities.ts';
import { FIXTURES_DIR, readArticle, type ArticleText } from './article-text.ts';

interface Gold {
  topics: string[];
  people: string[];
  organizations: string[];
  places: string[];
  allowed: string[];
}

function readGold(dir: string): Record<string, Gold> {
  return Object.fromEntries(Object.entries(JSON.parse(readFileSync(dir + 'gold.json', 'utf8'))).filter(([name]) => name.endsWith('.txt'))) as Record<string, Gold>;
}

export const gold = readGold(FIXTURES_DIR);
export { FIXTURES_DIR };
export const HELD_OUT_DIR = FIXTURES_DIR + 'held-out/';
export const heldOutGold = readGold(HELD_OUT_DIR);

export interface Score {
  truePositives: number;
  found: number;
  expected: number;
  /** Found but not expected (wrong kind included), and expected but not found. */
  spurious: string[];
  missed: string[];
  /** The same counts kind by kind (a name found under the wrong kind is spurious there, missed under its own). */
  byKind: Record<(typeof KINDS)[number], { truePositives: number; found: number; expected: number }>;
}

const KINDS = ['people', 'organizations', 'places'] as const;

/** A name counts when some spelling of it (canonical or a form seen) matches an annotated alternative of the same kind. */
export function scoreArticle(result: EntityResult, expected: Gold): Score {
  const score: Score = { truePositives: 0, found: 0, expected: 0, spurious: [], missed: [], byKind: Object.fromEntries(KINDS.map((kind) => [kind, { truePositives: 0, found: 0, expected: 0 }])) as Score['byKind'] };
  const allowed = new Set(expected.allowed.flatMap((name) => name.split(' | ')).map(compactKey));
  for (const kind of KINDS) {
    const wanted = expected[kind].map((name) => name.split(' | ').map(compactKey));
    const matched = new Set<number>();
    for (const name of result.entities[kind]) {
      const spellings = [name, ...result.mentions[name].forms].map(compactKey);
      const hit = wanted.findIndex((alternatives, index) => !matched.has(index) && alternatives.some((a) => spellings.includes(a)));
      if (hit >= 0) {
        matched.add(hit);
        score.truePositives++;
        score.found++;
        score.byKind[kind].truePositives++;
        score.byKind[kind].found++;
      } else if (!spellings.some((s) => allowed.has(s))) {
        score.found++;
        score.byKind[kind].found++;
        score.spurious.push(`${name} (${kind})`);
      }
    }
    score.expected += wanted.length;
    score.byKind[kind].expected += wanted.length;
    expected[kind].forEach((name, index) => {
      if (!matched.has(index)) score.missed.push(`${name} (${kind})`);
    });
  }
  return score;
}

export function total(scores: Score[], kind?: (typeof KINDS)[number]): { precision: number; recall: number } {
  const sum = (pick: (s: Score['byKind'][(typeof KINDS)[number]]) => number) => scores.reduce((acc, s) => acc + (kind ? pick(s.byKind[kind]) : pick(s)), 0);
  return { precision: sum((s) => s.truePositives) / sum((s) => s.found), recall: sum((s) => s.truePositives) / sum((s) => s.expected) };
}

/** Scores `find` on every article of a gold set. */
export function scoreGold(set: Record<string, Gold>, dir: string, find: (article: ArticleText) => EntityResult): { name: string; score: Score }[] {
  return Object.entries(set).map(([name, expected]) => ({ name, score: scoreArticle(find(readArticle(dir + name)), expected) }));
}

if (import.meta.main) {
  const { loadRegistries } = await import('../../src/lib/registries.ts');
  const { createEntityFinder } = await import('../../src/ingest/extract/entities.ts');
  const registry = process.argv.includes('--no-registry') ? [] : loadRegistries(new URL('../../content/', import.meta.url).pathname).entities;
  const find = createEntityFinder(registry);
  for (const [label, set, dir] of [['gold', gold, FIXTURES_DIR], ['held-out', heldOutGold, HELD_OUT_DIR]] as const) {
    const scores = scoreGold(set, dir, (article) => find(article.paragraphs, { dateline: article.dateline })).map(({ name, score }) => {
      console.log(`${name}: ${score.truePositives}/${score.found} found right, ${score.truePositives}/${score.expected} expected found`);
      for (const s of score.spurious) console.log(`  spurious ${s}`);
      for (const m of score.missed) console.log(`  missed   ${m}`);
      return score;
    });
    const { precision, recall } = total(scores);
    console.log(`${label}: precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%\n`);
  }
}
