import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/lib/registries.ts';
import { createExtractors, prepareSeed } from '../../src/ingest/index.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { pageWithSlug } from '../../src/ingest/page.ts';
import { createTopicScorer, findTopics } from '../../src/ingest/extract/topics.ts';
import { TOPIC_MODEL } from '../../src/ingest/extract/topic-model.ts';
import { defaultPaths, loadLabelledSet, partOf } from '../../src/topic-training/dataset.ts';
import { evaluate } from '../../src/topic-training/evaluate.ts';
import { trainTopicModel } from '../../src/topic-training/train.ts';
import type { Topic } from '../../src/schema/registries.ts';
import { tempDir } from '../support/temp.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(ROOT, 'content');
const { topics } = loadRegistries(CONTENT);

const energy: Topic = {
  id: 'energy',
  label: 'Energy',
  description: 'Oil and gas.',
  terms: { oil: 2, gas: 2, 'oil and gas': 3, energy: 2, pipeline: 2, crude: 2, refinery: 3, electricity: 3 },
};
const culture: Topic = { id: 'culture', label: 'Culture', description: 'Arts.', terms: { museum: 2, heritage: 2, concert: 2, exhibition: 2 } };

/** Sentences on nothing the registries know: the body of an article about something else. */
const FILLER = [
  'The city council met on Tuesday to discuss the budget for next year.',
  'Councillors argued over road repairs and the cost of new buses.',
  'The mayor said the final vote would come before the end of the month.',
  'Residents who spoke at the meeting asked for more street lighting.',
  'A second meeting is planned for next week.',
];

describe('the topic scorer, one rule each', () => {
  const score = createTopicScorer([energy, culture]);

  it('makes an article whose lede is on a topic about it', () => {
    const lede = 'Crude oil exports fell sharply as the country’s largest refinery shut for repairs.';
    expect(score([lede, ...FILLER])).toMatchObject({ topics: ['energy'], topicMentions: [] });
  });

  it('makes an article that keeps coming back to a topic about it, whatever its lede', () => {
    const paragraphs = [
      FILLER[0],
      FILLER[1],
      'The new budget includes money for the city museum and its heritage collection.',
      'A concert in the museum garden will open the summer season.',
      'The museum will also stage an exhibition on the city’s heritage.',
    ];
    expect(score(paragraphs).topics).toEqual(['culture']);
  });

  it('makes one sentence on a topic, in an article on something else, a mention', () => {
    const paragraphs = [...FILLER.slice(0, 3), 'The council also signed a contract for electricity from a new oil refinery.', ...FILLER.slice(3)];
    expect(score(paragraphs)).toMatchObject({ topics: [], topicMentions: ['energy'] });
  });

  it('does not make a long enumeration of industries more than a mention', () => {
    const listed = 'The forum brought together leaders from industries such as oil and gas, energy, construction, technology, finance, commerce, tourism, transport, and pharmaceuticals.';
    const result = score([listed, ...FILLER]);
    expect(result.topics).toEqual([]);
  });

  it('counts a term inside a capitalized name for less than the same term in prose', () => {
    const named = score([...FILLER.slice(0, 2), 'He met the head of the Oil Pipeline Corporation and the Energy Ministry.', ...FILLER.slice(2)]);
    const prose = score([...FILLER.slice(0, 2), 'He met officials to discuss oil, a gas pipeline and energy prices.', ...FILLER.slice(2)]);
    expect(named.topics).toEqual([]);
    expect(prose.topics.length + prose.topicMentions.length).toBe(1);
  });

  it('counts nothing for a phrase holding a term in another sense, and lets other topics keep theirs', () => {
    const withSenses: Topic[] = [
      { ...energy, otherSenses: ['palm oil', 'oil painting'] },
      { ...culture, terms: { ...culture.terms, 'oil painting': 2 } },
    ];
    const lede = 'Palm oil output rose in March as an oil painting sold at auction.';
    const scored = createTopicScorer(withSenses)([lede, ...FILLER]);
    expect(scored.evidence.energy).toBeUndefined();
    expect(scored.evidence.culture).toEqual([lede]);
    expect(score([lede, ...FILLER]).evidence.energy).toEqual([lede]);
  });

  it('gives nothing for a topic the article never names', () => {
    expect(score(FILLER)).toEqual({ topics: [], topicMentions: [], evidence: {} });
  });

  it('keeps as evidence the sentences that earned each tier, verbatim and strongest first', () => {
    const lede = 'Oil and gas exports rose as the new pipeline and the refinery opened, lifting electricity supply.';
    const second = 'Crude prices rose too.';
    const mention = 'A concert was held on Sunday.';
    const result = score([lede, second, ...FILLER, mention]);
    expect(result.topics).toEqual(['energy']);
    expect(result.evidence.energy[0]).toBe(lede);
    expect(result.evidence.energy.length).toBeLessThanOrEqual(3);
    for (const [topic, sentences] of Object.entries(result.evidence)) {
      expect([...result.topics, ...result.topicMentions]).toContain(topic);
      for (const sentence of sentences) expect([lede, second, ...FILLER, mention].join(' ')).toContain(sentence);
    }
  });

  it('weighs the headline with the lede', () => {
    const body = [...FILLER.slice(0, 3), 'The plan also covers a refinery on the coast.', ...FILLER.slice(3)];
    const without = score(body);
    const withHeadline = score(body, 'Council backs new oil refinery and gas pipeline');
    expect(without.topics).toEqual([]);
    expect(withHeadline.topics).toEqual(['energy']);
  });

  it('is multi-label and keeps the registry order', () => {
    const paragraphs = ['The oil and gas ministry opened a refinery and a pipeline.', 'The museum showcased the heritage of the region with a concert and an exhibition.'];
    expect(score(paragraphs).topics).toEqual(['energy', 'culture']);
  });
});

describe('the seeds, as a reader labelled them (tests/fixtures/topic-labels/labels.yaml)', () => {
  const labelled = loadLabelledSet(defaultPaths(ROOT)).filter((article) => article.site === 'seeds');

  it.each(labelled.map((article) => [article.id, article] as const))('%s: what a reader called about is reachable, nothing labelled "no" is about', (_, article) => {
    const result = findTopics(article.paragraphs, topics, article.headline);
    for (const [topic, tier] of Object.entries(article.labels)) {
      if (tier === 'about') expect([...result.topics, ...result.topicMentions]).toContain(topic);
      if (tier === 'no') expect(result.topics).not.toContain(topic);
    }
  });

  it('seed 000, a reception about the foundation’s cultural and educational projects, is about education and on the Culture page', () => {
    const seed = labelled.find((article) => article.id.startsWith('seed/000_'))!;
    const result = findTopics(seed.paragraphs, topics);
    expect(result.topics).toContain('education');
    expect([...result.topics, ...result.topicMentions]).toContain('culture');
    expect(result.evidence.culture.join(' ')).toMatch(/cultural/);
  });

  it('seed 002’s business forum list of industries is evidence for nothing', () => {
    const seed = labelled.find((article) => article.id.startsWith('seed/002_'))!;
    const { evidence } = findTopics(seed.paragraphs, topics);
    expect(Object.values(evidence).flat().some((sentence) => sentence.includes('industries such as'))).toBe(false);
  });
});

// The labelled set reads its texts from ../shared/datasets, there in development and in CI.
describe('the labelled set', () => {
  const articles = loadLabelledSet(defaultPaths(ROOT));

  it('splits by outlet: no site has articles in both parts', () => {
    const parts = new Map<string, Set<string>>();
    for (const article of articles) parts.set(article.site, (parts.get(article.site) ?? new Set()).add(article.part));
    for (const [site, seen] of parts) expect(seen.size, site).toBe(1);
    expect(partOf('reuters')).toBe('held');
    expect(articles.filter((article) => article.part === 'held').length).toBeGreaterThan(150);
  });

  it('reproduces the committed model from the labels (npm run train:topics)', () => {
    expect(trainTopicModel(articles, topics)).toEqual(TOPIC_MODEL);
  });

  // Floors on the held part, summed over the four topics (each topic alone has too few articles to hold a
  // floor): well above the tagger this replaced (on the first 206 held articles: about precision 0.50, F1
  // 0.45, 32% of labelled articles reachable), and about 0.05 below the committed figures on the 294 held
  // articles (precision 0.75, F1 0.73, 68% reachable; README, Topics), so a change that loses two or three
  // held articles fails.
  it('scores the held part above its floors', () => {
    const held = evaluate(articles, topics).filter((row) => row.part === 'held');
    const sum = (pick: (row: (typeof held)[number]) => number) => held.reduce((total, row) => total + pick(row), 0);
    const [hit, predicted, labelled] = [sum((row) => row.about.hit), sum((row) => row.about.predicted), sum((row) => row.about.labelled)];
    const aboutF1 = (2 * hit) / (predicted + labelled);
    const reachable = sum((row) => row.reachable.hit) / sum((row) => row.reachable.labelled);
    expect(aboutF1).toBeGreaterThanOrEqual(0.68);
    expect(hit / predicted).toBeGreaterThanOrEqual(0.67);
    expect(reachable).toBeGreaterThanOrEqual(0.63);
  });
});

describe('adding a topic is an edit to topics.yaml', () => {
  it('puts an article about health on a new health topic, with terms alone and no retraining', () => {
    const registries = tempDir('digest-registries-');
    cpSync(CONTENT, registries, { recursive: true, filter: (path) => !path.includes('articles') });
    appendFileSync(
      join(registries, 'topics.yaml'),
      [
        '  - id: health',
        '    label: Health',
        '    description: Hospitals, doctors, vaccines and public health.',
        '    terms:',
        '      health: 2',
        '      healthcare: 3',
        '      hospital: 2',
        '      hospitals: 2',
        '      doctors: 2',
        '      patients: 2',
        '      vaccine: 3',
        '      vaccines: 3',
        '      vaccination: 3',
        '',
      ].join('\n'),
    );
    const text = [
      'HÀ NỘI — Việt Nam will vaccinate two million children against measles this year, the Ministry of Health said on Monday, after hospitals in the north reported a rise in cases.',
      'Doctors at the National Children’s Hospital said most patients had not received a second vaccine dose.',
      'The vaccination campaign will start in mountainous provinces, where healthcare workers travel to remote villages.',
      'The ministry said vaccines had been delivered to every province.',
    ].join('\n\n');
    const bytes = new TextEncoder().encode(` date 2025-06-02 ${text}`);
    const extractors = createExtractors(loadRegistries(registries));
    const prepared = prepareSeed({ name: 'measles.txt', bytes, hash: sha256(bytes) }, extractors);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const data = matter(pageWithSlug(prepared.page, 'measles')).data;
    expect(data.topics).toEqual(['health']);
    expect(data.evidence.health.length).toBeGreaterThan(0);
    expect(readFileSync(join(CONTENT, 'topics.yaml'), 'utf8')).not.toContain('id: health');
  });
});
