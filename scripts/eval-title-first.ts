/**
 * npm run eval:title-first -- DIR [--show N]
 * Runs the text path on a folder of plain-text articles whose first line is the headline (an outlet's
 * own saves, such as BBC News's texts: README, "Evaluation on real pages") and reports what their layout
 * can check: the headline, datelines no paragraph opens on and paragraphs lost; and the dates published,
 * each of them wrong in a corpus that keeps no date line. --show lists up to N seeds of each kind of miss (5 unless given).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { loadRegistries } = await import('../src/lib/registries.ts');
const { createExtractors } = await import('../src/ingest/index.ts');
const { listSeeds, readSeed } = await import('../src/ingest/read.ts');
const { checkTitleFirstSeed, summarize } = await import('../src/eval/title-first.ts');
const { progressBar } = await import('./progress.ts');

const { values, positionals } = parseArgs({ options: { show: { type: 'string', default: '5' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run eval:title-first -- DIR [--show N]');
  process.exit(2);
}
const [dir] = positionals;
if (!existsSync(dir)) {
  console.error(`eval:title-first: ${dir} does not exist: pass a folder of text articles, their headline first`);
  process.exit(2);
}
const extractors = createExtractors(loadRegistries(PATHS.registries));
const names = listSeeds(dir).filter((name) => name.endsWith('.txt'));
const progress = progressBar('check');
const outcomes = names.map((name, index) => {
  progress?.(index + 1, names.length);
  return checkTitleFirstSeed(readSeed(dir, name), extractors);
});
const summary = summarize(outcomes);
const share = (part: number, whole: number) => `${((part / Math.max(whole, 1)) * 100).toFixed(1)}% ${part}/${whole}`;
console.log('| seeds | rejected | headline right | with its punctuation | dated | dateline no paragraph opens on | paragraphs kept | seeds losing a paragraph |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
console.log(
  `| ${summary.seeds} | ${summary.rejected} | ${share(summary.headlinesRight, summary.seeds)} | ${share(summary.headlinesAsWritten, summary.seeds)} | ${summary.dated} | ${summary.spuriousDatelines} | ${share(summary.paragraphs - summary.lostParagraphs, summary.paragraphs)} | ${summary.seedsLosingParagraphs} |`,
);
const show = Number(values.show);
const list = (label: string, lines: string[]) => {
  if (lines.length === 0) return;
  console.log(`\n${label} (${lines.length}):`);
  for (const line of lines.slice(0, show)) console.log(`  ${line}`);
};
list('rejected', outcomes.flatMap((o) => (o.rejected ? [`${o.name}: ${o.rejected}`] : [])));
list('headline not the first line', outcomes.flatMap((o) => (o.wrongHeadline ? [`${o.name}: «${o.wrongHeadline.published}», first line «${o.wrongHeadline.firstLine}»`] : [])));
list("headline without the first line's punctuation", outcomes.flatMap((o) => (o.punctuationLost ? [`${o.name}: «${o.punctuationLost.published}», first line «${o.punctuationLost.firstLine}»`] : [])));
list('dated', outcomes.flatMap((o) => (o.date ? [`${o.name}: ${o.date}`] : [])));
list('dateline no paragraph opens on', outcomes.flatMap((o) => (o.spuriousDateline ? [`${o.name}: «${o.spuriousDateline}»`] : [])));
list('paragraphs lost', outcomes.flatMap((o) => (o.lostParagraphs.length ? [`${o.name}: ${o.lostParagraphs.length} of ${o.paragraphs}, «${o.lostParagraphs[0].slice(0, 80)}»`] : [])));
