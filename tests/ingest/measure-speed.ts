/**
 * Speed of the text extractors (topics, entities, headline) on one core, on
 * ~3.5 KB articles recombined from the seeds' and fixtures' paragraphs, the
 * shape `npm run bench` feeds the whole ingest. Not a timed test: run it with
 * `node tests/ingest/measure-speed.ts [articles] [--unique]` and read the figures.
 */
import { readdirSync } from 'node:fs';
import { loadRegistries } from '../../src/lib/registries.ts';
import { createEntityFinder } from '../../src/ingest/extract/entities.ts';
import { headlineFromLede } from '../../src/ingest/extract/headline.ts';
import { createTopicScorer } from '../../src/ingest/extract/topics.ts';
import { FIXTURES_DIR, SEEDS_DIR, readArticle } from './article-text.ts';

const count = Number(process.argv[2] ?? 10_000);
// --unique makes every paragraph distinct, so no per-paragraph cache can help: the worst case.
const unique = process.argv.includes('--unique');
const registries = loadRegistries(new URL('../../content/', import.meta.url).pathname);

const pool = [SEEDS_DIR, FIXTURES_DIR].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readArticle(dir + name).paragraphs),
);

// A deterministic shuffle, so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const articles: string[][] = [];
for (let i = 0; i < count; i++) {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 3_500) {
    const paragraph = pool[Math.floor(random() * pool.length)];
    paragraphs.push(unique ? `${paragraph} Ref ${i}-${paragraphs.length}.` : paragraph);
    size += paragraph.length;
  }
  articles.push(paragraphs);
}

let started = performance.now();
const findEntities = createEntityFinder(registries.entities);
const findTopics = createTopicScorer(registries.topics);
console.log(`setup (registries compiled, lexicon loaded): ${(performance.now() - started).toFixed(1)} ms`);

// CPU time of this process, not wall time: the figures hold on a machine busy with other work.
function time(label: string, run: (paragraphs: string[]) => unknown): void {
  const begin = process.cpuUsage();
  for (const paragraphs of articles) run(paragraphs);
  const used = process.cpuUsage(begin);
  const perArticle = (used.user + used.system) / articles.length;
  console.log(`${label.padEnd(10)} ${perArticle.toFixed(0).padStart(5)} µs/article (CPU)`);
}

const bytes = articles.reduce((sum, paragraphs) => sum + paragraphs.join('\n\n').length, 0) / articles.length;
console.log(`${articles.length} articles, ${(bytes / 1000).toFixed(2)} KB on average`);
started = performance.now();
time('topics', findTopics);
time('entities', (paragraphs) => findEntities(paragraphs, { dateline: 'Hanoi' }));
time('headline', (paragraphs) => headlineFromLede(paragraphs[0]));
time('all three', (paragraphs) => {
  findTopics(paragraphs);
  findEntities(paragraphs, { dateline: 'Hanoi' });
  headlineFromLede(paragraphs[0]);
});
