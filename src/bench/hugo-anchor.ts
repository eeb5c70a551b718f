/**
 * The bench's anchor: the same articles built by Hugo and indexed by Pagefind, the stack a
 * static digest would otherwise be made with, measured in the same run as Digest's build.
 *
 * From the MDX pages Digest's ingest wrote, it writes a Hugo site: one page per article with its
 * title, date, summary and body, and the same taxonomies (topics, people, organizations, places,
 * sources), so Hugo builds an article page per article and a paged list per term (50 a page, as
 * Digest's head pages show at most 50). The templates are the small ones below: an article page
 * marks its text for Pagefind (`data-pagefind-body`), as Digest's do, so Pagefind indexes the
 * same text. Hugo's output is left in the bench's temporary folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringifyYaml } from '../lib/yaml.ts';
import { splitPage } from '../lib/plain-mdx-loader.ts';

const TAXONOMIES = { topic: 'topics', person: 'people', organization: 'organizations', place: 'places', source: 'sources' };

const CONFIG = `baseURL = "https://digest.example.org/"
title = "Digest"
languageCode = "en"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = 50
[taxonomies]
${Object.entries(TAXONOMIES)
  .map(([singular, plural]) => `${singular} = "${plural}"`)
  .join('\n')}
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> {{ range $plural, $_ := site.Taxonomies }}<a href="{{ $plural | relURL }}/">{{ $plural }}</a> {{ end }}</header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}</article>
<aside>{{ range $taxonomy, $_ := site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<h2>{{ $taxonomy }}</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}</aside>
{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ol>{{ range .Paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p><time>{{ .Date.Format "2 January 2006" }}</time></p><p>{{ .Params.summary }}</p></li>{{ end }}</ol>
{{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}
{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> {{ .Count }}</li>{{ end }}</ul>
{{ end }}
`,
};

/** Whether a `hugo` command is on the PATH, and its version line. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Writes a Hugo site of the articles in `contentDir` (Digest's MDX pages) to `siteDir`; returns how many. */
export function writeHugoSite(contentDir: string, siteDir: string): number {
  writeFileSync(join(mkdirp(siteDir), 'config.toml'), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) writeFileSync(join(mkdirp(join(siteDir, 'layouts', file, '..')), file.split('/').pop()!), text);
  const pages = mkdirp(join(siteDir, 'content', 'articles'));
  let count = 0;
  for (const name of readdirSync(contentDir).filter((file) => file.endsWith('.mdx'))) {
    const { data, body } = splitPage(readFileSync(join(contentDir, name), 'utf8'), name);
    if (data.draft) continue;
    const entities = (data.entities ?? {}) as Record<string, string[]>;
    const frontmatter = {
      title: data.title,
      date: data.date,
      slug: data.slug,
      summary: data.summary,
      topics: data.topics ?? [],
      people: entities.people ?? [],
      organizations: entities.organizations ?? [],
      places: entities.places ?? [],
      sources: data.source ? [data.source] : [],
    };
    writeFileSync(join(pages, `${data.slug}.md`), `---\n${stringifyYaml(frontmatter)}---\n${body}`);
    count++;
  }
  return count;
}

function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
