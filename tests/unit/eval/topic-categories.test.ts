import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp.ts';
import { parseTopicCategories, partOfSeed, readCategories, summarizeTopicCategories, type CategorizedOutcome } from '../../../src/eval/topic-categories.ts';

const outcome = (name: string, categories: string[], about: string[], mentions: string[] = [], rejected?: string): CategorizedOutcome => ({ name, categories, about, mentions, rejected });

describe('the topic check on a corpus filed under categories', () => {
  it('counts, inside the categories standing for a topic and elsewhere, the articles about it and those reachable', () => {
    const outcomes = [
      outcome('a', ['entertainment'], ['culture']),
      outcome('b', ['entertainment'], [], ['culture']),
      outcome('c', ['entertainment'], ['tourism']),
      outcome('d', ['tech'], ['culture']),
      outcome('e', ['tech'], [], ['culture']),
      outcome('f', ['sport'], []),
      outcome('g', ['entertainment'], [], [], 'no article'),
    ];
    expect(summarizeTopicCategories(outcomes, 'culture', ['entertainment'])).toEqual({
      topic: 'culture',
      categories: ['entertainment'],
      inside: 3,
      aboutInside: 1,
      reachableInside: 2,
      outside: 3,
      aboutOutside: 1,
      reachableOutside: 2,
    });
  });

  it('counts an article filed under several categories inside when one of them stands for the topic', () => {
    const row = summarizeTopicCategories([outcome('a', ['propane', 'heat'], ['energy'])], 'energy', ['crude', 'heat']);
    expect([row.inside, row.aboutInside, row.outside]).toEqual([1, 1, 0]);
  });

  it('reads categories from a file when given, else from the prefix of each name', () => {
    expect(readCategories(['entertainment-012.txt', 'tech-3.txt'])).toEqual(new Map([['entertainment-012.txt', ['entertainment']], ['tech-3.txt', ['tech']]]));
    const file = join(tempDir('categories-'), 'categories.json');
    writeFileSync(file, JSON.stringify({ 'a.txt': ['crude', 'nat-gas'] }));
    expect(readCategories(['a.txt', 'b.txt'], file)).toEqual(new Map([['a.txt', ['crude', 'nat-gas']], ['b.txt', []]]));
  });

  it('reads a topic and its categories from the command line, and says what a bad one should look like', () => {
    expect(parseTopicCategories('energy=crude,nat-gas')).toEqual({ topic: 'energy', categories: ['crude', 'nat-gas'] });
    expect(() => parseTopicCategories('energy')).toThrow('expected TOPIC=CATEGORY');
  });

  it('puts each name in one half, the same on every run, and both halves in use', () => {
    const names = Array.from({ length: 40 }, (_, k) => `seed-${k}.txt`);
    const parts = names.map(partOfSeed);
    expect(new Set(parts)).toEqual(new Set(['dev', 'test']));
    expect(names.map(partOfSeed)).toEqual(parts);
  });
});
