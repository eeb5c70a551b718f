/**
 * The public lists of names the tagger reads (src/ingest/extract/tagger/entity-lists.txt),
 * summarized from GATE's ANNIE gazetteer: the lists of organizations, places and people
 * below, one "KIND<TAB>name" line each, sorted, duplicates removed, features (":ISO2=AF")
 * left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANNIE = {
  repository: 'https://github.com/GateNLP/gateplugin-ANNIE',
  commit: 'c0236fada8696faa68781ae1d3e5ba5a520eef25',
  folder: 'src/main/resources/resources/gazetteer',
  licence: 'LGPL-3.0 (GNU Lesser General Public License, version 3), as the ANNIE plugin of GATE',
};

/** ANNIE's list files by the kind the tagger reads them as. */
export const ANNIE_LISTS: Record<'ORG' | 'LOC' | 'PER', string[]> = {
  ORG: ['company', 'companies_uk', 'more_company', 'organization', 'government', 'agency', 'department', 'ministry', 'university_uk', 'newspapers', 'radio_stations_uk', 'charities', 'mlb-teams', 'nba-teams', 'nfl-teams'],
  LOC: ['city', 'city_uk', 'country', 'province', 'region', 'region_uk', 'mountain', 'loc_other', 'airports'],
  PER: ['person_full', 'cabinet_ministers', 'foreign_ministers'],
};

/** entity-lists.txt's text, from a folder holding ANNIE's .lst files. */
export function summarizeAnnieLists(folder: string): string {
  const lines = new Set<string>();
  for (const [kind, files] of Object.entries(ANNIE_LISTS)) {
    for (const file of files) {
      for (const line of readFileSync(join(folder, `${file}.lst`), 'utf8').split('\n')) {
        const name = line.split(':')[0].trim();
        if (name) lines.add(`${kind}\t${name}`);
      }
    }
  }
  const header = [
    `# Names by kind for the entity tagger's list features, summarized by \`npm run build:entity-lists\``,
    `# from GATE's ANNIE gazetteer: ${ANNIE.repository} at ${ANNIE.commit},`,
    `# ${ANNIE.folder}/{${Object.values(ANNIE_LISTS).flat().join(',')}}.lst.`,
    `# Licence: ${ANNIE.licence}; this list is distributed under the same licence.`,
  ];
  return `${[...header, ...[...lines].sort()].join('\n')}\n`;
}
