/**
 * The two hostile seeds too big to commit: a 5 MB single paragraph and a seed
 * of 20,000 short lines. Written on demand into a seeds folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeLargeSeeds(dir: string): { hugeParagraph: string; manyLines: string } {
  const sentence = 'The regional council discussed the budget for schools and roads in Huế on Tuesday. ';
  const hugeParagraph = 'huge-paragraph.txt';
  writeFileSync(join(dir, hugeParagraph), `date 2025-07-01 ${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}\n`);
  const manyLines = 'many-lines.txt';
  const lines = Array.from({ length: 20_000 }, (_, index) => `Line ${index + 1} of the council minutes.`);
  writeFileSync(join(dir, manyLines), `Council minutes published in full\n\nJuly 2, 2025\n\n${lines.join('\n')}\n`);
  return { hugeParagraph, manyLines };
}
