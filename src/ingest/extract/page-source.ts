/**
 * Which outlet a saved page is, by what the page says of itself: its canonical
 * address's domain against the outlets' `domains` in content/sources.yaml
 * (subdomains included: en.trend.az is trend.az), then the publisher or site
 * name its metadata gives against the outlets' names and patterns. A page from
 * an outlet not listed stays unknown; the text may still credit one.
 */
import type { Source } from '../../schema/registries.ts';
import type { PageValue } from '../html/metadata.ts';
import type { SourceMatcher } from './source.ts';

export interface PageSource {
  source: Source;
  /** What matched and the rule that read it: "reuters.com" from "canonical", "Reuters" from "og:site_name". */
  evidence: PageValue;
}

export type PageSourceMatcher = (page: { urls: PageValue[]; outletNames: PageValue[] }) => PageSource | undefined;

export function createPageSourceMatcher(sources: Source[], matchSource: SourceMatcher): PageSourceMatcher {
  const byDomain = new Map(sources.flatMap((source) => source.domains.map((domain) => [domain, source] as const)));
  const byName = new Map(sources.map((source) => [nameKey(source.name), source]));
  return ({ urls, outletNames }) => {
    for (const url of urls) {
      const host = new URL(url.value).hostname.toLowerCase();
      const source = domainsOf(host).map((domain) => byDomain.get(domain)).find((found) => found !== undefined);
      if (source) return { source, evidence: { value: host, rule: url.rule } };
    }
    for (const name of outletNames) {
      const source = byName.get(nameKey(name.value)) ?? matchSource([name.value]);
      if (source) return { source, evidence: name };
    }
    return undefined;
  };
}

/** "en.trend.az" → ["en.trend.az", "trend.az", "az"]. */
function domainsOf(host: string): string[] {
  const labels = host.split('.');
  return labels.map((_, index) => labels.slice(index).join('.'));
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
