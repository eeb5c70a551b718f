/**
 * The hostile seeds too big to commit: a 5 MB single paragraph, a seed of
 * 20,000 short lines, a line of 2,000 dates, a 200 KB word, 100 KB of hashtags,
 * 2,000 lines of dashes, a 5 MB saved page, a page of 40,000 elements and one
 * nested 5,000 deep. Written on demand into a seeds folder.
 *
 * The middle four took from seconds to a quarter of an hour each until stop 42, the time growing with the
 * square of their length (an expression or a check tried again from each character or each date); each now
 * takes well under a second.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LargeSeeds {
  hugeParagraph: string;
  manyLines: string;
  dateRun: string;
  longWord: string;
  hashtags: string;
  dashLines: string;
  hugePage: string;
  elementFlood: string;
  deepNesting: string;
}

export function writeLargeSeeds(dir: string): LargeSeeds {
  const sentence = 'The regional council discussed the budget for schools and roads in Huế on Tuesday. ';
  const seeds: LargeSeeds = {
    hugeParagraph: 'huge-paragraph.txt',
    manyLines: 'many-lines.txt',
    dateRun: 'date-run.txt',
    longWord: 'long-word.txt',
    hashtags: 'hashtags.txt',
    dashLines: 'dash-lines.txt',
    hugePage: 'huge-page.html',
    elementFlood: 'element-flood.html',
    deepNesting: 'deep-nesting.html',
  };
  writeFileSync(join(dir, seeds.hugeParagraph), `date 2025-07-01 ${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}\n`);
  const lines = Array.from({ length: 20_000 }, (_, index) => `Line ${index + 1} of the council minutes.`);
  writeFileSync(join(dir, seeds.manyLines), `Council minutes published in full\n\nJuly 2, 2025\n\n${lines.join('\n')}\n`);
  // A timetable run together into one line: until stop 42 its dates were each searched for again along the
  // whole line, and the seed took 15 minutes.
  const days = Array.from({ length: 2_000 }, (_, index) => new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10).split('-').reverse().join('/'));
  writeFileSync(join(dir, seeds.dateRun), `Ferry timetable for the winter season\n\nThe ferry operator published its winter timetable on Monday, with sailings on these days:\n\n${days.join(' ')}\n`);
  writeFileSync(join(dir, seeds.longWord), `Envoys meet in Washington\n\nWASHINGTON (Reuters) - ${'AĐ'.repeat(100_000)}.\n\nThe envoys met on Monday to discuss trade, officials said.\n`);
  writeFileSync(join(dir, seeds.hashtags), `Hashtags of the week\n\nThe most shared tags this week were these:\n\n${'#Hanoi '.repeat(15_000)}\n`);
  writeFileSync(join(dir, seeds.dashLines), `Minutes of the council\n\nThe council met on Monday and approved the budget for schools.\n\n${`${'—'.repeat(50)}\n`.repeat(2_000)}`);
  const head = '<!DOCTYPE html><html><head><title>Council minutes in full</title><meta property="article:published_time" content="2025-07-03"></head>';
  const paragraphs = Array.from({ length: 18_000 }, (_, index) => `<p>Item ${index + 1}: ${sentence}${sentence}${sentence}</p>`);
  writeFileSync(join(dir, seeds.hugePage), `${head}<body><article>${paragraphs.join('\n')}</article></body></html>\n`);
  writeFileSync(join(dir, seeds.elementFlood), `${head}<body><article><p>${sentence.repeat(4)}</p></article>${'<span>x</span>'.repeat(40_000)}</body></html>\n`);
  writeFileSync(join(dir, seeds.deepNesting), `${head}<body>${'<div>'.repeat(5_000)}<p>${sentence.repeat(4)}</p>${'</div>'.repeat(5_000)}</body></html>\n`);
  return seeds;
}
