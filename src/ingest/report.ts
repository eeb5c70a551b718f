/** The ingest report for people: one line per problem, then a one-line summary. */
import type { IngestReport } from './run.ts';

/**
 * Seeds named per warning message before the rest are counted on one line: a corpus of
 * thousands of seeds from an outlet sources.yaml does not know would otherwise print thousands
 * of identical warnings. Rejections are always listed whole, as each one is a page not built.
 * `npm run ingest -- --json` gives every warning.
 */
const SEEDS_PER_WARNING = 5;

export function formatReport(report: IngestReport, { seedsPerWarning = SEEDS_PER_WARNING } = {}): string {
  const lines = [
    ...report.rejected.map(({ seed, reason }) => `rejected  ${seed}: ${reason}`),
    ...report.duplicates.map(({ seed, of }) => `duplicate ${seed}: same article as ${of}; published once, as ${of}`),
    ...report.kept.map((seed) => `kept      ${seed}: its page was edited by hand; not overwritten (use --force to regenerate)`),
    ...report.resourceFolders.map(({ folder, page, files }) => `skipped   ${folder}: ${files} ${files === 1 ? 'file' : 'files'} of the saved page ${page} (its images, styles and frames), not seeds`),
    ...warningLines(report.warnings, seedsPerWarning),
    summaryLine(report),
  ];
  return lines.join('\n');
}

function warningLines(warnings: IngestReport['warnings'], seedsPerWarning: number): string[] {
  const seedsWithMessage = new Map<string, number>();
  for (const { message } of warnings) seedsWithMessage.set(message, (seedsWithMessage.get(message) ?? 0) + 1);
  const named = new Map<string, number>();
  const lines: string[] = [];
  for (const { seed, message } of warnings) {
    const rank = named.get(message) ?? 0;
    named.set(message, rank + 1);
    if (rank < seedsPerWarning) lines.push(`warning   ${seed}: ${message}`);
    else if (rank === seedsPerWarning) lines.push(`warning   ${seedsWithMessage.get(message)! - seedsPerWarning} more seeds: ${message} (npm run ingest -- --json lists them)`);
  }
  return lines;
}

export function summaryLine(report: IngestReport): string {
  return [
    `ingest: ${report.ingested.length} ingested`,
    `${report.unchanged.length} unchanged`,
    `${report.kept.length} kept because edited`,
    `${report.rejected.length} rejected`,
    `${report.duplicates.length} duplicates`,
    `${report.removed.length} removed`,
  ].join(', ');
}
