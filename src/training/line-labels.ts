/**
 * Which lines of a saved page belong to its article, read off the article's
 * gold text: a line is the article's when most of its word trigrams occur in
 * the gold text. A line of one or two words (a subheading, "Advertisement")
 * counts as the article's only when its words occur in the gold text in order
 * and the lines around it are the article's too.
 */
import { TOKEN } from '../ingest/segment/line-facts.ts';

const tokens = (text: string) => text.match(TOKEN) ?? [];

export function articleLineLabels(lines: string[], goldText: string): number[] {
  const gold = tokens(goldText);
  const trigrams = new Set(gold.map((_, index) => gold.slice(index, index + 3).join(' ')));
  const goldJoined = ` ${gold.join(' ')} `;
  const long = lines.map((line) => {
    const words = tokens(line);
    if (words.length < 3) return undefined;
    let found = 0;
    for (let index = 0; index + 3 <= words.length; index++) if (trigrams.has(words.slice(index, index + 3).join(' '))) found++;
    return found / (words.length - 2) > 0.5 ? 1 : 0;
  });
  return long.map((label, index) => {
    if (label !== undefined) return label;
    const words = tokens(lines[index]);
    if (words.length === 0 || !goldJoined.includes(` ${words.join(' ')} `)) return 0;
    return neighbour(long, index, -1) === 1 && neighbour(long, index, 1) === 1 ? 1 : 0;
  });
}

function neighbour(labels: (number | undefined)[], index: number, step: number): number | undefined {
  for (let at = index + step; at >= 0 && at < labels.length; at += step) if (labels[at] !== undefined) return labels[at];
  return undefined;
}
