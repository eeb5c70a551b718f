/**
 * Precision and recall of findEntities against the hand annotations in
 * tests/fixtures/articles/gold.json, which were written before the extractor
 * was tuned. Used by entities.test.ts (a floor) and runnable on its own for
 * the figures: `node tests/ingest/entity-quality.ts [--no-registry]`.
 */
import { readFileSync } from 'node:fs';
import { compactKey } from '../../src/ingest/extract/entity-words.ts';
import type { EntityResult } from '../../src/ingest/extract/entities.ts';
import { FIXTURES_DIR, readFixtureArticle } from './article-text.ts';

interface Gold {
  topics: string[];
  people: string[];
  organizations: string[];
  places: string[];
  allowed: string[];
}

export const gold: Record<string, Gold> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(FIXTURES_DIR + 'gold.json', 'utf8'))).filter(([name]) => name.endsWith('.txt')),
) as Record<string, Gold>;

export interface Score {
  truePositives: number;
  found: number;
  expected: number;
  /** Found but not expected (wrong kind included), and expected but not found. */
  spurious: string[];
  missed: string[];
}

const KINDS = ['people', 'organizations', 'places'] as const;

/** A name counts when some spelling of it (canonical or a form seen) matches an annotated alternative of the same kind. */
export function scoreArticle(result: EntityResult, expected: Gold): Score {
  const score: Score = { truePositives: 0, found: 0, expected: 0, spurious: [], missed: [] };
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
      } else if (!spellings.some((s) => allowed.has(s))) {
        score.found++;
        score.spurious.push(`${name} (${kind})`);
      }
    }
    score.expected += wanted.length;
    expected[kind].forEach((name, index) => {
      if (!matched.has(index)) score.missed.push(`${name} (${kind})`);
    });
  }
  return score;
}

export function total(scores: Score[]): { precision: number; recall: number } {
  const sum = (pick: (s: Score) => number) => scores.reduce((acc, s) => acc + pick(s), 0);
  return { precision: sum((s) => s.truePositives) / sum((s) => s.found), recall: sum((s) => s.truePositives) / sum((s) => s.expected) };
}

if (import.meta.main) {
  const { loadRegistries } = await import('../../src/lib/registries.ts');
  const { createEntityFinder } = await import('../../src/ingest/extract/entities.ts');
  const registry = process.argv.includes('--no-registry') ? [] : loadRegistries(new URL('../../content/', import.meta.url).pathname).entities;
  const find = createEntityFinder(registry);
  const scores = Object.entries(gold).map(([name, expected]) => {
    const article = readFixtureArticle(name);
    const score = scoreArticle(find(article.paragraphs, { dateline: article.dateline }), expected);
    console.log(`${name}: ${score.truePositives}/${score.found} found right, ${score.truePositives}/${score.expected} expected found`);
    for (const s of score.spurious) console.log(`  spurious ${s}`);
    for (const m of score.missed) console.log(`  missed   ${m}`);
    return score;
  });
  const { precision, recall } = total(scores);
  console.log(`precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%`);
}
