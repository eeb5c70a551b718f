import { describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/lib/registries.ts';
import { createTopicScorer, findTopics } from '../../src/ingest/extract/topics.ts';
import type { Topic } from '../../src/schema/registries.ts';
import { readFixture, readSeed } from './article-text.ts';

const { topics } = loadRegistries(new URL('../../content/', import.meta.url).pathname);

const energy: Topic = {
  id: 'energy',
  label: 'Energy',
  description: 'Oil and gas.',
  terms: { oil: 2, gas: 2, 'oil and gas': 3, energy: 2, pipeline: 2, crude: 1 },
};

describe('findTopics on the seeds', () => {
  it.each([
    ['000_a832c90a7898f8b0.txt', []],
    ['001_607f1ea7021869f3.txt', ['culture']],
    ['002_88d542df90955406.txt', ['energy', 'education', 'tourism']],
    ['003_f628f0eab526a9a1.txt', []],
    ['004_7f849e531bd3e15a.txt', []],
  ])('%s is tagged %j', (seed, expected) => {
    expect(findTopics(readSeed(seed), topics).topics.sort()).toEqual([...expected].sort());
  });

  it('keeps as evidence the sentences that are about the topic, verbatim', () => {
    const paragraphs = readSeed('002_88d542df90955406.txt');
    const { evidence } = findTopics(paragraphs, topics);
    const text = paragraphs.join('\n');
    for (const sentences of Object.values(evidence)) {
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      for (const sentence of sentences) expect(text).toContain(sentence);
    }
    expect(evidence.energy[0]).toMatch(/^Cooperation in the oil sector/);
    expect(evidence.tourism[0]).toMatch(/^He identified tourism as one of the most promising areas/);
    // The business forum's list of industries is not evidence for anything.
    expect(Object.values(evidence).flat().some((s) => s.includes('industries such as'))).toBe(false);
  });
});

describe('findTopics on articles in other shapes', () => {
  it.each([
    ['wire-1996-gas.txt', ['energy']],
    ['ap-student-loans.txt', ['education']],
    ['vn-danang-tourism.txt', ['culture', 'tourism']],
    // "visitors" and "travel" in a match report are not tourism.
    ['sports-championship.txt', []],
    // "industries such as energy, tourism, education, logistics and real estate" tags nothing.
    ['business-bank-results.txt', []],
  ])('%s is tagged %j', (fixture, expected) => {
    expect(findTopics(readFixture(fixture), topics).topics.sort()).toEqual([...expected].sort());
  });
});

describe('createTopicScorer', () => {
  const score = createTopicScorer([energy]);

  it('does not tag a passing mention inside an enumeration', () => {
    const listed = 'The forum brought together leaders from industries such as oil and gas, energy, construction, technology, finance, commerce, tourism, transport, and pharmaceuticals.';
    expect(score([listed]).topics).toEqual([]);
    expect(score(['Delegates came from banking, oil, gas, shipping and farming.']).topics).toEqual([]);
  });

  it('tags a sentence that is really about the topic', () => {
    const about = 'Cooperation in the oil sector continues to thrive, as experts helped build the country’s oil and gas industry.';
    expect(score([about])).toEqual({ topics: ['energy'], evidence: { energy: [about] } });
  });

  it('needs two sentences when each is only moderately about the topic', () => {
    const one = 'Crude and gas prices rose on Monday.';
    const two = 'Crude oil exports fell on Tuesday.';
    expect(score([one]).topics).toEqual([]);
    expect(score([`${one} Markets were calm.`, two]).topics).toEqual(['energy']);
  });

  it('counts a term inside a capitalized name for less', () => {
    expect(score(['He met the head of the Ministry of Energy and Oil Pipeline Corporation.']).topics).toEqual([]);
    expect(score(['He met officials to discuss energy, oil pipeline routes.']).topics).toEqual(['energy']);
  });

  it('counts a repeated term once per sentence and orders evidence strongest first', () => {
    expect(score(['Oil, oil, oil: the word was everywhere.']).topics).toEqual([]);
    const weak = 'Crude oil output rose.';
    const strong = 'Oil and gas exports and the new pipeline dominated the energy talks.';
    expect(score([weak, strong]).evidence.energy).toEqual([strong, weak]);
  });

  it('is multi-label and keeps the registry order', () => {
    const culture: Topic = { id: 'culture', label: 'Culture', description: 'Arts.', terms: { museum: 2, heritage: 2, concert: 2 } };
    const both = createTopicScorer([energy, culture]);
    const paragraphs = ['The oil and gas ministry opened a pipeline.', 'The museum showcased the heritage of the region with a concert.'];
    expect(both(paragraphs).topics).toEqual(['energy', 'culture']);
  });
});
