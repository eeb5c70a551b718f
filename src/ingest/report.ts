/** The ingest report for people: one line per problem, then a one-line summary. */
import type { IngestReport } from './run.ts';

export function formatReport(report: IngestReport): string {
  const lines = [
    ...report.rejected.map(({ seed, reason }) => `rejected  ${seed}: ${reason}`),
    ...report.duplicates.map(({ seed, of }) => `duplicate ${seed}: same article as ${of}; published once, as ${of}`),
    ...report.kept.map((seed) => `kept      ${seed}: its page was edited by hand; not overwritten (use --force to regenerate)`),
    ...report.warnings.map(({ seed, message }) => `warning   ${seed}: ${message}`),
    summaryLine(report),
  ];
  return lines.join('\n');
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
