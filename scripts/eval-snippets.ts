/**
 * npm run eval:snippets -- DIR [--split dev|test|all] [--show N]
 * Runs both paths on trafilatura's evaluation set: DIR is its `tests/` folder (`git clone
 * https://github.com/adbar/trafilatura`, then pass `trafilatura/tests`), holding evaldata.json and the
 * saved pages. The HTML path reads each page, the text path the text Chromium renders of it (cached
 * like the eval's renders). Reports, per split and path, the passages kept and left out as that
 * project's evaluation counts them (src/eval/snippets.ts), and lists up to N pages of the chosen split
 * (dev unless given) losing the most passages. README, "Evaluation on real pages".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { renderPages } = await import('../src/eval/page-text.ts');
const { createIngest, INGEST_PATHS } = await import('../src/eval/run-ingest.ts');
const { countSnippets, listSnippetPages, scoreSnippets } = await import('../src/eval/snippets.ts');
const { progressBar } = await import('./progress.ts');

const { values, positionals } = parseArgs({ options: { show: { type: 'string', default: '10' }, split: { type: 'string', default: 'dev' } }, allowPositionals: true });
if (positionals.length !== 1 || !['dev', 'test', 'all'].includes(values.split)) {
  console.error('usage: npm run eval:snippets -- DIR [--split dev|test|all] [--show N]');
  process.exit(2);
}
if (!existsSync(join(positionals[0], 'evaldata.json'))) {
  console.error(`eval:snippets: ${positionals[0]} holds no evaldata.json: pass trafilatura's tests/ folder`);
  process.exit(2);
}
const pages = listSnippetPages(positionals[0]);
// Each page read once: the renderer and the HTML path both take it.
const htmls = pages.map((page) => readFileSync(page.path));
const rendered = await renderPages(
  pages.map((page, index) => ({ url: page.renderUrl, html: htmls[index] })),
  progressBar('render'),
);
const ingest = createIngest(PATHS.registries);
const score = (value: number) => value.toFixed(3);
const splits = ['dev', 'test', 'all'] as const;
console.log('| split | path | pages | rejected | with kept | without kept | precision | recall | F1 | accuracy |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const worst: string[] = [];
for (const path of INGEST_PATHS) {
  const outcomes = pages.map((page, index) => {
    const seed = path === 'text' ? { name: 'page.txt', bytes: Buffer.from(rendered[index].text) } : { name: 'page.html', bytes: htmls[index] };
    const outcome = ingest.run(seed.name, seed.bytes);
    return { page, rejected: outcome.ok ? undefined : outcome.reason, counts: countSnippets(page, outcome.ok ? outcome.body : undefined) };
  });
  for (const split of splits) {
    const chosen = outcomes.filter(({ page }) => split === 'all' || page.split === split);
    const s = scoreSnippets(chosen.map(({ counts }) => counts));
    const rejected = chosen.filter((outcome) => outcome.rejected).length;
    console.log(`| ${split} | ${path} | ${chosen.length} | ${rejected} | ${s.tp}/${s.tp + s.fn} | ${s.fp}/${s.fp + s.tn} | ${score(s.precision)} | ${score(s.recall)} | ${score(s.f1)} | ${score(s.accuracy)} |`);
  }
  const listed = outcomes
    .filter(({ page, counts }) => (values.split === 'all' || page.split === values.split) && counts.fn + counts.fp > 0)
    .sort((a, b) => b.counts.fn + b.counts.fp - (a.counts.fn + a.counts.fp) || a.page.url.localeCompare(b.page.url))
    .slice(0, Number(values.show));
  if (listed.length > 0) worst.push(`\n${path}: pages of ${values.split} losing the most passages`);
  for (const { page, rejected, counts } of listed) {
    worst.push(`  ${page.url} (${page.split}): ${rejected ? `rejected: ${rejected}` : `with ${counts.tp}/${counts.tp + counts.fn} kept, without ${counts.fp}/${counts.fp + counts.tn} kept`}`);
  }
}
for (const line of worst) console.log(line);
