/**
 * npm run eval:saved-pages -- DIR [--show N]
 * Runs both paths on a folder of saved pages laid out as Mozilla Readability's test pages
 * (`DIR/<name>/source.html` and `expected-metadata.json`; `git clone https://github.com/mozilla/readability`
 * and pass `readability/test/test-pages`) or as goose3's (`DIR/test_<name>.html`, the title and day the
 * page's own metadata states; `git clone https://github.com/goose3/goose3` and pass
 * `goose3/tests/data/content`): the HTML path on the page, the text path on the text Chromium
 * renders of it (cached like the eval's renders). Reports headlines against the expected title, also among
 * the pages whose text shows it, dates against `publishedTime`, and the body against the text of
 * `expected.html` (Readability's article, rendered the same way); --show lists up to N misses of each
 * kind per path (5 unless given), the worst bodies first. README, "Evaluation on real pages".
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/lib/compile-cache.ts';

useCompileCache();
const { PATHS } = await import('../src/config.ts');
const { renderPages } = await import('../src/eval/page-text.ts');
const { createIngest, INGEST_PATHS } = await import('../src/eval/run-ingest.ts');
const { listSavedPages, scoreSavedPage, summarizeSavedPages, withPageMetadata } = await import('../src/eval/saved-pages.ts');
const { pageF1 } = await import('../src/eval/body-score.ts');
const { progressBar } = await import('./progress.ts');

const { values, positionals } = parseArgs({ options: { show: { type: 'string', default: '5' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run eval:saved-pages -- DIR [--show N]');
  process.exit(2);
}
if (!existsSync(positionals[0])) {
  console.error(`eval:saved-pages: ${positionals[0]} does not exist: pass Readability's test/test-pages folder or goose3's tests/data/content`);
  process.exit(2);
}
const listed = listSavedPages(positionals[0]);
// Readability's tests serve every page from one made-up host; relative links resolve against it.
const renders = await renderPages(
  listed.map((page) => ({ url: `http://fakehost/${page.name}/`, html: page.html })),
  progressBar('render'),
);
// goose3's pages state their own title and day: the pages whose metadata gives no headline are left out.
const pages = withPageMetadata(listed, renders.map((render) => render.meta));
const renderOf = new Map(listed.map((page, index) => [page.name, renders[index]]));
const rendered = pages.map((page) => renderOf.get(page.name)!);
const withArticle = pages.filter((page) => page.expectedHtml);
const articles = await renderPages(
  withArticle.map((page) => ({ url: `http://fakehost/${page.name}/`, html: page.expectedHtml! })),
  progressBar('render expected'),
);
const expectedText = new Map(withArticle.map((page, index) => [page.name, articles[index].text]));
const ingest = createIngest(PATHS.registries);
const share = (part: number, whole: number) => `${((part / Math.max(whole, 1)) * 100).toFixed(1)}% ${part}/${whole}`;
const score = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(3));
const show = Number(values.show);
/** A page's body F1 under this is listed. */
const WEAK_BODY = 0.8;
console.log('| path | pages | rejected | headline right | title shown in the text | right where shown | date right | date wrong | no date | body P | body R | body F1 |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const misses: string[] = [];
for (const path of INGEST_PATHS) {
  const outcomes = pages.map((page, index) => {
    const text = rendered[index].text;
    const seed = path === 'text' ? { name: `${page.name}.txt`, bytes: Buffer.from(text) } : { name: `${page.name}.html`, bytes: page.html };
    return scoreSavedPage(page, path, ingest.run(seed.name, seed.bytes), text, expectedText.get(page.name));
  });
  const s = summarizeSavedPages(outcomes);
  console.log(
    `| ${path} | ${s.pages} | ${s.rejected} | ${share(s.headlinesRight, s.pages)} | ${s.titlesShown} | ${share(s.headlinesRightOfShown, s.titlesShown)} | ${share(s.datesRight, s.dayGiven)} | ${s.datesWrong} | ${s.datesMissing} | ${score(s.body?.precision)} | ${score(s.body?.recall)} | ${score(s.body?.f1)} |`,
  );
  const list = (label: string, lines: string[]) => {
    if (lines.length > 0) misses.push(`\n${path}: ${label} (${lines.length}):`, ...lines.slice(0, show).map((line) => `  ${line}`));
  };
  list('rejected', outcomes.flatMap((o) => (o.rejected ? [`${o.name}: ${o.rejected}`] : [])));
  list('headline wrong where the text shows the title', outcomes.flatMap((o) => (o.titleShown && !o.rejected && !o.headlineRight ? [`${o.name}: «${o.headline}», expected «${pages.find((p) => p.name === o.name)!.title}»`] : [])));
  list('date wrong', outcomes.flatMap((o) => (o.day && o.date && o.date !== o.day ? [`${o.name}: ${o.date}, expected ${o.day}`] : [])));
  list('no date', outcomes.flatMap((o) => (o.day && !o.date ? [`${o.name}: expected ${o.day}`] : [])));
  const bodies = outcomes.flatMap((o) => (o.body ? [{ name: o.name, f1: pageF1(o.body) }] : [])).filter(({ f1 }) => f1 < WEAK_BODY);
  list(`body F1 under ${WEAK_BODY}`, bodies.sort((a, b) => a.f1 - b.f1).map(({ name, f1 }) => `${name}: ${f1.toFixed(2)}`));
}
for (const line of misses) console.log(line);
