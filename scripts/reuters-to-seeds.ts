/**
 * node scripts/reuters-to-seeds.ts REUT2-000.SGM OUT_DIR
 * Makes Reuters-21578 stories (one `reut2-*.sgm` file) into the text the wire ran, for the title-first
 * and topic checks (README, "Evaluation on real pages" and "Topics"): OUT_DIR/seeds/reuters-NNNNN.txt, each
 * `TITLE`, a blank line, then the dateline and body as the SGML holds them; OUT_DIR/gold.json, each
 * story's dateline; OUT_DIR/categories.json, each story's TOPICS codes. A story without a title, a
 * dateline or a body is left out. The SGML is read where it was fetched, never copied into the project.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';

const [sgmPath, outDir] = process.argv.slice(2);
if (!sgmPath || !outDir) {
  console.error('usage: node scripts/reuters-to-seeds.ts REUT2-000.SGM OUT_DIR');
  process.exit(2);
}
const sgm = readFileSync(sgmPath, 'latin1');
const field = (story: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(story)?.[1];
// The SGML ends each body with a control character (&#3;) and keeps a few others the seed reader would refuse.
const controls = /&#3;|[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const gold: Record<string, { dateline: string }> = {};
const categories: Record<string, string[]> = {};
mkdirSync(join(outDir, 'seeds'), { recursive: true });
for (const [, id, story] of sgm.matchAll(/<REUTERS[^>]*NEWID="(\d+)">([\s\S]*?)<\/REUTERS>/g)) {
  const [title, dateline, body] = [field(story, 'TITLE'), field(story, 'DATELINE'), field(story, 'BODY')];
  if (!title || !dateline || !body) continue;
  const name = `reuters-${id.padStart(5, '0')}.txt`;
  writeFileSync(join(outDir, 'seeds', name), `${decodeHTML(title)}\n\n${decodeHTML(dateline)}${decodeHTML(body).replace(controls, '').trimEnd()}\n`);
  gold[name] = { dateline: dateline.trim().replace(/\s*-\s*$/, '') };
  categories[name] = [...(field(story, 'TOPICS') ?? '').matchAll(/<D>([^<]*)<\/D>/g)].map((code) => code[1]);
}
writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold));
writeFileSync(join(outDir, 'categories.json'), JSON.stringify(categories));
console.log(`reuters-to-seeds: ${Object.keys(gold).length} stories → ${join(outDir, 'seeds')}`);
