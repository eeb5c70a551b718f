/**
 * CPU time of the build's stories (grouping, ids, wire copies: buildStories) on
 * a folder of MDX articles, e.g. the 10,000 the bench's synthetic corpus makes.
 * Not a timed test: run it and read the figures.
 *
 *   node scripts/ingest.ts --seeds <synthetic seeds> --out <folder>
 *   node tests/unit/stories/measure-grouping.ts <folder>
 *
 * With no folder, it writes the bench's synthetic corpus of 10,000 seeds and ingests it first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { writeSyntheticCorpus } from '../../../src/bench/synthetic-corpus.ts';
import { articleSchema } from '../../../src/schema/article.ts';
import { buildStories } from '../../../src/site/story-index.ts';
import { emptyRegistry } from '../../../src/site/story-ids.ts';
import { findStoryGroups, STORY_RULES } from '../../../src/site/stories.ts';
import { textWords } from '../../../src/site/wire-copies.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
let folder = process.argv[2];
if (!folder) {
  const work = mkdtempSync(join(tmpdir(), 'digest-stories-'));
  writeSyntheticCorpus(join(ROOT, 'seeds'), join(work, 'seeds'), 10_000);
  execFileSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), '--seeds', join(work, 'seeds'), '--out', join(work, 'articles')], { stdio: 'ignore' });
  folder = join(work, 'articles');
  console.log(`synthetic corpus ingested into ${folder}`);
}

const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const { data, content } = matter(readFileSync(join(folder, name), 'utf8'));
    return { data: articleSchema.parse(data), body: content };
  });

function cpuSeconds<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(start);
  return [result, (user + system) / 1e6];
}

// Once to warm the code up, then measured.
buildStories(articles, emptyRegistry(), { wordsOf: (article) => textWords(article.body) });
const stats = { comparisons: 0 };
const [groups, grouping] = cpuSeconds(() => findStoryGroups(articles, STORY_RULES, stats));
const [stories, whole] = cpuSeconds(() => buildStories(articles, emptyRegistry(), { wordsOf: (article) => textWords(article.body) }));
const copies = stories.list.reduce((sum, story) => sum + story.texts.reduce((count, text) => count + text.copies.length, 0), 0);
console.log(
  `${articles.length} articles: ${groups.length} stories (${stories.list.reduce((sum, story) => sum + story.articles.length, 0)} articles in them, ${copies} wire copies), ${stats.comparisons} pairs scored`,
);
console.log(`grouping ${grouping.toFixed(2)} CPU-s; grouping, ids and wire copies ${whole.toFixed(2)} CPU-s`);
