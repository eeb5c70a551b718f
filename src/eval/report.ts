/**
 * Per-page results → the figures per dataset, split and path, the pages that
 * did worst, and the tables the command prints.
 */
import { pageF1, scoreBodies, shareFound, shareRight, type BodyScore } from './body-score.ts';
import type { DatasetName } from './datasets.ts';
import type { PageResult } from './evaluate.ts';
import type { IngestPath } from './run-ingest.ts';
import type { Split } from './split.ts';

export interface Count {
  right: number;
  of: number;
}

export interface GroupFigures {
  dataset: DatasetName;
  split: Split | 'all';
  path: IngestPath;
  /** "all" pages, or only the English ones. */
  pages: 'all' | 'english';
  total: number;
  rejected: number;
  /** Published pages whose text another page of the group already has: a build takes them for copies. */
  duplicates: number;
  /** Over pages whose headline shows in the saved text. */
  headline: Count;
  /** Over pages with a gold date. */
  date: Count;
  /** Of the pages with a gold date, how many seeds state it in a common form. */
  dateStated: number;
  dateWrong: number;
  /** Rejected for the date, or published undated, although the seed states it: must be 0. */
  dateMissedStated: number;
  /** Published without a date (the ingest found none it could trust). */
  undated: number;
  /** A date emitted that the seed does not state: must be 0. */
  dateGuessed: number;
  /** Pages with no publication date that were given one. */
  datedWithoutDate: number;
  /** Published pages credited to the right source or to none (a rejected page credits no one). */
  source: Count;
  sourcePhotoCredit: number;
  /** Over published pages: the place right, or no dateline where the article has none. */
  dateline?: Count & { missed: number; spurious: number; wrong: number };
  body?: BodyScore;
  /** The whole saved text taken as the body (the benchmark's whole-page baseline). */
  wholeText?: BodyScore;
}

export function figuresOf(results: PageResult[], path: IngestPath, group: Pick<GroupFigures, 'dataset' | 'split' | 'pages'>): GroupFigures {
  const runs = results.flatMap((result) => {
    const run = result.paths[path];
    return run ? [{ result, ...run }] : [];
  });
  const count = (predicate: (run: (typeof runs)[number]) => boolean) => runs.filter(predicate).length;
  const published = runs.filter((run) => run.outcome.ok);
  const datelines = published.filter((run) => run.score.dateline !== 'not judged');
  const bodies = runs.flatMap((run) => (run.score.body ? [run.score.body] : []));
  const wholeTexts = runs.flatMap((run) => (run.result.wholeText ? [run.result.wholeText] : []));
  return {
    ...group,
    path,
    total: runs.length,
    rejected: count((run) => !run.outcome.ok),
    duplicates: count((run) => run.duplicateOf !== undefined),
    headline: { right: count((run) => run.score.headline === 'right'), of: count((run) => run.score.headline !== 'not judged') },
    date: { right: count((run) => run.score.date === 'right'), of: count((run) => typeof run.result.gold.date === 'string') },
    dateStated: count((run) => typeof run.result.gold.date === 'string' && run.result.gold.dateVisible),
    dateWrong: count((run) => run.score.date === 'wrong' && typeof run.result.gold.date === 'string'),
    dateMissedStated: count((run) => run.score.date === 'rejected-stated' || run.score.date === 'undated-stated'),
    undated: count((run) => run.outcome.ok && run.outcome.date === undefined),
    dateGuessed: count((run) => run.score.dateGuessed),
    datedWithoutDate: count((run) => run.result.gold.date === null && run.outcome.ok && run.outcome.date !== undefined),
    source: { right: published.filter((run) => run.score.source === 'right' || run.score.source === 'unknown').length, of: published.length },
    sourcePhotoCredit: count((run) => run.score.source === 'photo-credit'),
    dateline:
      datelines.length === 0
        ? undefined
        : {
            right: datelines.filter((run) => run.score.dateline === 'right' || run.score.dateline === 'none-right').length,
            of: datelines.length,
            missed: datelines.filter((run) => run.score.dateline === 'missed').length,
            spurious: datelines.filter((run) => run.score.dateline === 'spurious').length,
            wrong: datelines.filter((run) => run.score.dateline === 'wrong').length,
          },
    body: scoreBodies(bodies),
    wholeText: scoreBodies(wholeTexts),
  };
}

/** Every group the results hold: per dataset, split (and both together) and path; htmldate's English pages apart. */
export function allFigures(results: PageResult[], paths: IngestPath[]): GroupFigures[] {
  const figures: GroupFigures[] = [];
  for (const dataset of [...new Set(results.map((result) => result.dataset))]) {
    const ofDataset = results.filter((result) => result.dataset === dataset);
    const splits = [...new Set(ofDataset.map((result) => result.split))].sort();
    for (const split of splits.length > 1 ? [...splits, 'all' as const] : splits) {
      const inSplit = ofDataset.filter((result) => split === 'all' || result.split === split);
      for (const path of paths) {
        figures.push(figuresOf(inSplit, path, { dataset, split, pages: 'all' }));
        if (dataset === 'htmldate') figures.push(figuresOf(inSplit.filter((result) => result.english), path, { dataset, split, pages: 'english' }));
      }
    }
  }
  return figures;
}

export interface BadPage {
  key: string;
  site: string;
  split: Split;
  path: IngestPath;
  badness: number;
  /** What went wrong, worst first. */
  failures: string[];
}

/** The pages that did worst on a path: a rejection or a date failure weighs most, then headline, source, body, dateline. */
export function worstPages(results: PageResult[], path: IngestPath, limit: number): BadPage[] {
  const bad = results.flatMap((result): BadPage[] => {
    const run = result.paths[path];
    if (!run) return [];
    const { outcome, score } = run;
    const failures: Array<[number, string]> = [];
    if (!outcome.ok) {
      // A page whose text states no date cannot be dated from it: rejecting it is the ingest's right answer.
      if (score.date === 'rejected-stated') failures.push([4, `rejected although the text states ${result.gold.date}: ${outcome.reason}`]);
      else failures.push([result.gold.dateVisible ? 3 : 1, `rejected${result.gold.dateVisible ? '' : ' (the text states no date)'}: ${outcome.reason}`]);
    }
    if (run.duplicateOf) failures.push([3, `taken for a copy of ${shortKey(run.duplicateOf)}`]);
    if (outcome.ok) {
      if (score.date === 'undated-stated') failures.push([4, `published undated although the text states ${result.gold.date}`]);
      else if (score.date === 'undated') failures.push([0.5, 'published undated (the text states no date)']);
      if (score.date === 'guessed' || (score.dateGuessed && score.date !== 'right')) failures.push([3, `date guessed: ${outcome.date} (gold ${result.gold.date ?? 'none'})`]);
      else if (score.date === 'wrong') failures.push([2, `date wrong: ${outcome.date} (gold ${result.gold.date ?? 'none'})`]);
      if (score.headline === 'wrong') failures.push([1.5, `headline: "${clip(outcome.title)}" (gold "${clip(result.gold.headline ?? '')}")`]);
      if (score.source === 'photo-credit' || score.source === 'wrong') failures.push([1.5, `source ${score.source}: ${outcome.source}`]);
      if (score.body) {
        const f1 = pageF1(score.body);
        if (f1 < 0.9) failures.push([1 - f1, `body F1 ${f1.toFixed(2)} (P ${shareRight(score.body).toFixed(2)}, R ${shareFound(score.body).toFixed(2)})`]);
      }
      if (score.dateline === 'wrong' || score.dateline === 'missed' || score.dateline === 'spurious')
        failures.push([0.5, `dateline ${score.dateline}: ${outcome.dateline ?? '-'} (gold ${result.gold.dateline ?? 'none'})`]);
    }
    if (failures.length === 0) return [];
    failures.sort((a, b) => b[0] - a[0]);
    return [{ key: result.key, site: result.site, split: result.split, path, badness: failures.reduce((sum, [weight]) => sum + weight, 0), failures: failures.map(([, text]) => text) }];
  });
  return bad.sort((a, b) => b.badness - a.badness || a.key.localeCompare(b.key)).slice(0, limit);
}

function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const percent = ({ right, of }: Count) => (of === 0 ? '–' : `${((100 * right) / of).toFixed(1)}% ${right}/${of}`);
const score = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3));

interface Column {
  title: string;
  cell: (figures: GroupFigures) => string;
  /** Numbers align right. */
  numeric?: boolean;
}

const FIELD_COLUMNS: Column[] = [
  { title: 'rejected', cell: (f) => String(f.rejected), numeric: true },
  { title: 'headline right', cell: (f) => percent(f.headline), numeric: true },
  { title: 'date right', cell: (f) => percent(f.date), numeric: true },
  { title: 'date stated', cell: (f) => String(f.dateStated), numeric: true },
  { title: 'date wrong', cell: (f) => String(f.dateWrong), numeric: true },
  { title: 'undated', cell: (f) => String(f.undated), numeric: true },
  { title: 'no date, date stated', cell: (f) => String(f.dateMissedStated), numeric: true },
  { title: 'dates guessed', cell: (f) => String(f.dateGuessed), numeric: true },
];
const SOURCE_COLUMNS: Column[] = [
  { title: 'source right or unknown', cell: (f) => percent(f.source), numeric: true },
  { title: 'photo credit', cell: (f) => String(f.sourcePhotoCredit), numeric: true },
];

const TABLES: Array<{ dataset: GroupFigures['dataset']; title: string; columns: Column[] }> = [
  {
    dataset: 'aeb',
    title: 'article-extraction-benchmark',
    columns: [
      { title: 'split', cell: (f) => f.split },
      { title: 'path', cell: (f) => f.path },
      { title: 'pages', cell: (f) => String(f.total), numeric: true },
      ...FIELD_COLUMNS,
      ...SOURCE_COLUMNS,
      { title: 'dateline right', cell: (f) => (f.dateline ? percent(f.dateline) : '–'), numeric: true },
      { title: 'body P', cell: (f) => score(f.body?.precision), numeric: true },
      { title: 'body R', cell: (f) => score(f.body?.recall), numeric: true },
      { title: 'body F1', cell: (f) => score(f.body?.f1), numeric: true },
    ],
  },
  {
    dataset: 'htmldate',
    title: 'htmldate Media Cloud 2020',
    columns: [
      { title: 'split', cell: (f) => f.split },
      { title: 'path', cell: (f) => f.path },
      { title: 'pages', cell: (f) => `${f.pages} ${f.total}` },
      ...FIELD_COLUMNS,
      { title: 'no date, given one', cell: (f) => String(f.datedWithoutDate), numeric: true },
      ...SOURCE_COLUMNS,
    ],
  },
];

/** The figures as Markdown tables, one per dataset (the README keeps the same tables). */
export function formatTables(figures: GroupFigures[]): string {
  return TABLES.flatMap(({ dataset, title, columns }) => {
    const rows = figures.filter((figure) => figure.dataset === dataset);
    if (rows.length === 0) return [];
    return [
      title,
      '',
      `| ${columns.map((column) => column.title).join(' | ')} |`,
      `|${columns.map((column) => (column.numeric ? '---:' : '---')).join('|')}|`,
      ...rows.map((row) => `| ${columns.map((column) => column.cell(row)).join(' | ')} |`),
      '',
    ];
  }).join('\n');
}

/** The metric's sanity check: the benchmark's gold scores 1, the whole saved text near the published whole-page 0.665. */
export function formatBaselines(figures: GroupFigures[]): string {
  const rows = figures.filter((figure) => figure.dataset === 'aeb' && figure.wholeText && figure.path === figures.find((f) => f.dataset === 'aeb')?.path);
  if (rows.length === 0) return '';
  return rows
    .map((f) => `whole saved text as the body (${f.split}): P ${score(f.wholeText!.precision)}, R ${score(f.wholeText!.recall)}, F1 ${score(f.wholeText!.f1)}`)
    .join('\n');
}

/** Rejected seeds on a path, by reason (numbers and dates in a reason made alike), commonest first. */
export function rejectionsByReason(results: PageResult[], path: IngestPath): Array<{ reason: string; pages: string[] }> {
  const byReason = new Map<string, string[]>();
  for (const result of results) {
    const outcome = result.paths[path]?.outcome;
    if (!outcome || outcome.ok) continue;
    const reason = outcome.reason.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD').replace(/\d+/g, 'N');
    byReason.set(reason, [...(byReason.get(reason) ?? []), result.key]);
  }
  return [...byReason].map(([reason, pages]) => ({ reason, pages })).sort((a, b) => b.pages.length - a.pages.length);
}

export function formatRejections(rejections: Array<{ reason: string; pages: string[] }>): string {
  return rejections.map(({ reason, pages }) => `  ${String(pages.length).padStart(4)}  ${reason} (${pages.slice(0, 3).map(shortKey).join(', ')}${pages.length > 3 ? ', …' : ''})`).join('\n');
}

export function formatWorst(bad: BadPage[]): string {
  const bySite = new Map<string, BadPage[]>();
  for (const page of bad) bySite.set(page.site, [...(bySite.get(page.site) ?? []), page]);
  return [...bySite]
    .map(([site, pages]) => [`${site} (${pages[0].split})`, ...pages.map((page) => `  ${shortKey(page.key)} [${page.path}]: ${page.failures.join('; ')}`)].join('\n'))
    .join('\n');
}

export function shortKey(key: string): string {
  const [dataset, id] = key.split(':');
  return `${dataset}:${id.slice(0, 12)}`;
}
