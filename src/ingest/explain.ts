/**
 * `npm run ingest -- --explain SEED`: one seed through every stage, nothing
 * written, and a report a person can check against the page: each line (wrapped
 * lines joined) as kept or set aside, with the rule or score that decided it;
 * then where each field came from, and the seed's warnings.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Extractors } from './extract/index.ts';
import { runStages } from './index.ts';
import { sha256 } from './read.ts';

export function explainSeed(path: string, extractors: Extractors): string {
  const bytes = readFileSync(path);
  const { file, cleaned, data, error } = runStages({ name: basename(path), bytes, hash: sha256(bytes) }, extractors);
  const out = [`${path}: ${data ? 'ingested' : `rejected: ${error}`}`, ''];
  if (cleaned) {
    out.push('Lines (wrapped lines joined; probability = the segmenter\'s that the line is the article\'s):');
    const width = String(cleaned.verdicts.length).length;
    cleaned.verdicts.forEach((verdict, index) => {
      const kept = verdict.role === 'article' ? 'kept   ' : 'set aside';
      out.push(`${String(index + 1).padStart(width)} ${kept.padEnd(9)} ${verdict.role.padEnd(9)} ${verdict.probability.toFixed(2)} ${verdict.rule.padEnd(36)} ${clip(verdict.text, 80)}`);
    });
    out.push('');
  }
  if (data) {
    out.push('Fields:');
    out.push(`  title     ${data.title}`);
    out.push(`  date      ${data.date ?? '(none: published undated)'}`);
    out.push(`  source    ${data.source ?? '(unknown)'}`);
    out.push(`  dateline  ${data.dateline ?? '(none)'}`);
    out.push(`  topics    ${data.topics.join(', ') || '(none)'}`);
    out.push('');
  }
  const reasons = Object.entries(file.data.origins ?? {}).map(([field, reason]) => `  ${field}: ${reason}`);
  if (reasons.length) out.push('Where they came from:', ...reasons, '');
  const warnings = file.messages.filter((message) => message.fatal === false).map((message) => `  ${message.reason}`);
  if (warnings.length) out.push('Warnings:', ...warnings, '');
  return out.join('\n');
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
