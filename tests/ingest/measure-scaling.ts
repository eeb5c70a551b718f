/**
 * Whether preparing one seed stays linear in its size, for the shapes that
 * once made it quadratic: many short lines, a surname repeated after several
 * people share it, many people, organizations, acronyms or paragraphs. Not a
 * timed test: run `node tests/ingest/measure-scaling.ts [shape]` and check that
 * each doubling roughly doubles the time (CPU time, so a busy machine matters less).
 */
import { createExtractors, prepareSeed } from '../../src/ingest/index.ts';
import { sha256 } from '../../src/ingest/read.ts';
import { loadRegistries } from '../../src/lib/registries.ts';

const extractors = createExtractors(loadRegistries(new URL('../../content/', import.meta.url).pathname));
const letters = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];
// A distinct made-up name for each number: "Bravoalphaalpha".
const name = (i: number) => letters[i % 12] + letters[Math.floor(i / 12) % 12].toLowerCase() + letters[Math.floor(i / 144) % 12].toLowerCase();

const shapes: Record<string, (n: number) => string> = {
  lines: (n) => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the council minutes.`).join('\n'),
  surnames: (n) => `President Ilham Aliyev met Heydar Aliyev. ${Array.from({ length: n }, (_, i) => (i % 50 ? `Aliyev said ${i} things.` : 'Ilham Aliyev spoke.')).join(' ')}`,
  people: (n) => Array.from({ length: n }, (_, i) => `${name(i)} Smith met ${name(i + 3)} Jones in Hanoi.`).join(' '),
  organizations: (n) => Array.from({ length: n }, (_, i) => `The ${name(i)} Corporation signed a deal with the ${name(i + 7)} Bank.`).join(' '),
  acronyms: (n) => Array.from({ length: n }, (_, i) => `The ${name(i)} Agency (${name(i).slice(0, 3).toUpperCase()}) said.`).join(' '),
  paragraphs: (n) => Array.from({ length: n }, (_, i) => `${name(i)} said the talks in Hanoi went well, ${name(i + 1)} added.`).join('\n\n'),
};

const only = process.argv[2];
for (const [shape, make] of Object.entries(shapes)) {
  if (only && shape !== only) continue;
  const row = [shape.padEnd(14)];
  for (const n of [1_000, 2_000, 4_000, 8_000]) {
    const bytes = new TextEncoder().encode(`date 2025-07-01 ${make(n)}\n`);
    const started = process.cpuUsage();
    const result = prepareSeed({ name: `${shape}.txt`, bytes, hash: sha256(bytes) }, extractors);
    const used = process.cpuUsage(started);
    row.push(`${String(n).padStart(5)}: ${((used.user + used.system) / 1000).toFixed(0).padStart(5)} ms${result.ok ? '' : ' (rejected)'}`);
  }
  console.log(row.join('  '));
}
