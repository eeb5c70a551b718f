/**
 * Which outlet a seed credits, by the patterns in content/sources.yaml.
 * Looked for in the most telling places first: the sign-off, the dateline, the
 * byline, the first paragraph, the page furniture, then anywhere.
 */
import type { Source } from '../../schema/registries.ts';

export type SourceMatcher = (zones: string[]) => Source | undefined;

export function createSourceMatcher(sources: Source[]): SourceMatcher {
  const compiled = sources.map((source) => ({ source, patterns: source.patterns.map((pattern) => new RegExp(pattern, 'u')) }));
  return (zones) => {
    for (const zone of zones) {
      let best: { source: Source; index: number } | undefined;
      for (const { source, patterns } of compiled) {
        for (const pattern of patterns) {
          const match = pattern.exec(zone);
          if (match && (!best || match.index < best.index)) best = { source, index: match.index };
        }
      }
      if (best) return best.source;
    }
    return undefined;
  };
}
