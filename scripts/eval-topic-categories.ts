/**
 * npm run eval:topic-categories -- DIR --topic TOPIC=CATEGORY[,CATEGORY…] … [--categories FILE] [--part dev|test|all] [--show N]
 * Runs the ingest on a folder of seeds filed under categories by their outlet (a JSON file of seed name →
 * categories, or each name's prefix: "entertainment-012.txt") and reports, per topic, how many of the articles
 * filed under its categories are about it or reachable from its page, and how many filed elsewhere are
 * (README, "Topics"). --show lists up to N of each (5 unless given).
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { loadRegistries } = await import('../src/lib/registries.ts');
const { createExtractors, runStages } = await import('../src/ingest/index.ts');
const { listSeeds, readSeed } = await import('../src/ingest/read.ts');
const { filedUnder, parseTopicCategories, partOfSeed, readCategories, summarizeTopicCategories } = await import('../src/eval/topic-categories.ts');
const { progressBar } = await import('./progress.ts');

const { values, positionals } = parseArgs({
  options: { categories: { type: 'string' }, topic: { type: 'string', multiple: true, default: [] }, part: { type: 'string', default: 'all' }, show: { type: 'string', default: '5' } },
  allowPositionals: true,
});
if (positionals.length !== 1 || values.topic.length === 0 || !['dev', 'test', 'all'].includes(values.part)) {
  console.error('usage: npm run eval:topic-categories -- DIR --topic TOPIC=CATEGORY[,CATEGORY…] … [--categories FILE] [--part dev|test|all] [--show N]');
  process.exit(2);
}
const [dir] = positionals;
const mapping = values.topic.map(parseTopicCategories);
const extractors = createExtractors(loadRegistries(PATHS.registries));
const names = listSeeds(dir).filter((name) => values.part === 'all' || partOfSeed(name) === values.part);
const categories = readCategories(names, values.categories);
const progress = progressBar('tag');
const outcomes = names.map((name, index) => {
  progress?.(index + 1, names.length);
  const { data, error } = runStages(readSeed(dir, name), extractors);
  return { name, categories: categories.get(name) ?? [], title: data?.title, rejected: data ? undefined : (error ?? 'not ingested'), about: data?.topics ?? [], mentions: data?.topicMentions ?? [] };
});
const rate = (part: number, whole: number) => `${(part / Math.max(whole, 1)).toFixed(2)} (${part}/${whole})`;
console.log(`${outcomes.length} seeds (${values.part}), ${outcomes.filter((o) => o.rejected).length} rejected\n`);
console.log('| topic | filed under | inside: about | inside: reachable | elsewhere: about | elsewhere: reachable |');
console.log('|---|---|---|---|---|---|');
for (const { topic, categories: filed } of mapping) {
  const row = summarizeTopicCategories(outcomes, topic, filed);
  console.log(`| ${topic} | ${filed.join(', ')} | ${rate(row.aboutInside, row.inside)} | ${rate(row.reachableInside, row.inside)} | ${rate(row.aboutOutside, row.outside)} | ${rate(row.reachableOutside, row.outside)} |`);
}
const show = Number(values.show);
for (const { topic, categories: filed } of mapping) {
  const inside = (o: (typeof outcomes)[number]) => !o.rejected && filedUnder(o, filed);
  const list = (label: string, chosen: typeof outcomes) => {
    if (chosen.length === 0 || show === 0) return;
    console.log(`\n${topic}, ${label} (${chosen.length}):`);
    for (const o of chosen.slice(0, show)) console.log(`  ${o.name} [${o.categories.join(' ')}] ${o.title}`);
  };
  list('filed under it, not reachable', outcomes.filter((o) => inside(o) && !o.about.includes(topic) && !o.mentions.includes(topic)));
  list('filed under it, only a mention', outcomes.filter((o) => inside(o) && o.mentions.includes(topic)));
  list('filed elsewhere, about it', outcomes.filter((o) => !o.rejected && !inside(o) && o.about.includes(topic)));
}
