/**
 * When a text "states" a date: the date appears in one of the common written
 * forms below, with its year in four digits. Defined once; the eval counts a
 * rejected seed as "rejected although the page states its date", and an
 * emitted date as "guessed", by these forms alone.
 *
 *   2019-11-18  2019/11/18  2019.11.18  2019. 11. 18.   (year first; the last as Hungarian writes it)
 *   18/11/2019  18.11.2019  18-11-2019  18. 11. 2019    (day first; the last as Czech and German write it)
 *   11/18/2019  11-18-2019  11.18.2019         (month first, as in the US)
 *   November 18, 2019   Nov. 18 2019   Nov 18th, 2019   Sept. 18, 2019
 *   18 November 2019    18 Nov. 2019   18th November, 2019   18. November 2019
 *   2019年11月18日      2019년 11월 18일                     (Chinese, Japanese, Korean)
 *
 * Digits may be in any script the ingest reads (Arabic-Indic "٢٠٢٠" too). Days
 * and months may drop their leading zero; month names are those the ingest knows
 * (src/ingest/rules/words.ts), in any case, with "de" between the parts as
 * Spanish and Portuguese write them. A date written without its year ("Nov 18",
 * "Jan 4 (Reuters)") does not state a date by itself. A letter may touch the date, as innerText glues inline elements
 * ("18.11.2019Get short URL", "2019-11-18T20:51:19Z"), and so may a time's hour
 * glued to the year ("NOV 20 20194:29 AM" is 20 November 2019, 4:29 AM), but not
 * another digit ("Nov 20, 20195 comments" states no date). The ingest reads
 * dates by the same rule (src/ingest/extract/date.ts, dateMentions).
 */
import { MONTHS } from '../ingest/rules/words.ts';
import { latinDigits } from '../ingest/extract/date.ts';

/** Month names in the languages the ingest reads (src/ingest/rules/words.ts), by number. */
const MONTH_NAMES: string[][] = Array.from({ length: 12 }, (_, index) => [...MONTHS].filter(([, month]) => month === index + 1).map(([name]) => name));

const cache = new Map<string, RegExp>();

/** One pattern that finds the date (YYYY-MM-DD) in any of the forms above. */
export function writtenDatePattern(isoDate: string): RegExp {
  const cached = cache.get(isoDate);
  if (cached) return cached;
  const [year, month, day] = isoDate.split('-');
  const m = `0?${Number(month)}`;
  const d = `0?${Number(day)}`;
  const name = `(?:${MONTH_NAMES[Number(month) - 1].join('|')})\\.?`;
  const ordinal = `${d}(?:st|nd|rd|th)?`;
  const forms = [
    `${year}[-/.]${m}[-/.]${d}`,
    `${year}\\. ${m}\\. ${d}\\.`,
    `${d}[-/.]${m}[-/.]${year}`,
    `${d}\\. ${m}\\. ${year}`,
    `${m}[-/.]${d}[-/.]${year}`,
    `(?<![A-Za-z])${name}\\s+${ordinal},?\\s+${year}`,
    `${ordinal}\\.?\\s+(?:of\\s+|de\\s+)?${name},?\\s+(?:de\\s+|del\\s+)?${year}`,
    `${d}\\s+tháng\\s+${m}(?:,|\\s+năm)\\s+${year}`,
    `${year}\\s?[年년]\\s?${m}\\s?[月월]\\s?${d}\\s?[日일]`,
  ];
  // A digit may follow only as a time's hour glued to the year ("NOV 20, 20194:29 AM").
  const pattern = new RegExp(`(?<!\\p{N})(?:${forms.join('|')})(?!\\p{N}(?!\\p{N}?:\\d{2}))`, 'iu');
  cache.set(isoDate, pattern);
  return pattern;
}

export function statesDate(text: string, isoDate: string): boolean {
  return writtenDatePattern(isoDate).test(latinDigits(text));
}
