/** Scores as the table `npm run eval:entities` prints and the README keeps. */
import { overall, rates, type KindScores } from './conll.ts';

const LABELS: Record<string, string> = { PER: 'people', ORG: 'organizations', LOC: 'places', MISC: 'MISC (not kept)' };

export function scoreRows(scores: KindScores, kinds: readonly string[]): string[] {
  const row = (label: string, counts: KindScores[string]) => {
    const { precision, recall, f1 } = rates(counts);
    return `| ${label} | ${pct(precision)} | ${pct(recall)} | **${pct(f1)}** | ${counts.expected} |`;
  };
  return [...kinds.map((kind) => row(LABELS[kind] ?? kind, scores[kind])), row('all (people, organizations, places)', overall(scores, kinds.filter((kind) => kind !== 'MISC')))];
}

export const SCORE_HEADER = ['| kind | precision | recall | F1 | names |', '|---|---|---|---|---|'];

function pct(value: number): string {
  return value.toFixed(3);
}

/** Scores rounded for a JSON summary. */
export function roundedScores(scores: KindScores, kinds: readonly string[]): Record<string, { precision: number; recall: number; f1: number }> {
  const out: Record<string, { precision: number; recall: number; f1: number }> = {};
  for (const kind of kinds) out[kind] = round(rates(scores[kind]));
  out.all = round(rates(overall(scores, kinds.filter((kind) => kind !== 'MISC'))));
  return out;
}

function round({ precision, recall, f1 }: { precision: number; recall: number; f1: number }) {
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: r(precision), recall: r(recall), f1: r(f1) };
}
