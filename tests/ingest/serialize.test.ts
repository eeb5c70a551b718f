import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { escapeMdx, serializeArticle } from '../../src/ingest/serialize.ts';
import { articleSchema, type ArticleInput } from '../../src/schema/article.ts';

const article: ArticleInput = {
  title: 'Quotes "inside", a colon: and a # hash',
  slug: 'quotes-inside',
  date: '2025-05-08',
  summary: 'Summary with {braces} and <b>tags</b>.',
  seed: 'seed one.txt',
  seedHash: 'a'.repeat(64),
  topics: ['energy'],
  evidence: { energy: ['Oil output rose.'] },
  entities: { people: ['Tô Lâm'], organizations: [], places: ['Hà Nội'] },
  mentions: { 'Tô Lâm': { kind: 'people', forms: ['Tô Lâm', 'To Lam'], sentence: 'Tô Lâm spoke.' } },
};

describe('serialize', () => {
  it('writes frontmatter that reads back to the same validated data, dates as strings', () => {
    const mdx = serializeArticle(article, ['First.', 'Second.'], new VFile());
    const parsed = matter(mdx, {});
    expect(articleSchema.parse(parsed.data)).toEqual(articleSchema.parse(article));
    expect(mdx).toContain('date: "2025-05-08"');
    expect(parsed.content).toBe('\nFirst.\n\nSecond.\n');
  });

  it('refuses an article that breaks the schema, naming the field', () => {
    expect(() => serializeArticle({ ...article, date: '2025-13-01' }, ['x'], new VFile())).toThrow(/frontmatter field "date"/);
  });

  // The schema the content collection validates a hand-edited page with: a link on the article's page is http(s) or nothing.
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', '/articles/relative', 'ftp://example.org/a', 'vbscript:msgbox'])(
    'refuses url %s',
    (url) => {
      expect(articleSchema.safeParse({ ...article, url }).error?.issues[0]).toMatchObject({ path: ['url'], message: 'must be an http(s) URL' });
    },
  );

  it.each(['https://vietnamnews.vn/economy/1.html', 'http://example.org/a?b=c'])('takes url %s', (url) => {
    expect(articleSchema.parse({ ...article, url }).url).toBe(url);
  });

  it.each([
    ['{process.exit(1)}', '\\{process.exit(1)\\}'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ["import fs from 'node:fs'", "&#105;mport fs from 'node:fs'"],
    ['export const x = 1', '&#101;xport const x = 1'],
    ['--- a rule', '\\--- a rule'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['an &amp; entity, a `tick` and a \\ backslash', 'an \\&amp; entity, a \\`tick\\` and a \\\\ backslash'],
    ['time-tested ties cost US$223.93 million', 'time-tested ties cost US$223.93 million'],
  ])('escapes %s', (text, escaped) => {
    expect(escapeMdx(text)).toBe(escaped);
  });
});

describe('frontmatter YAML', () => {
  it('reads back exactly, whatever the names and texts hold', async () => {
    // Read back by the reader the site's content loader uses (src/lib/yaml.ts).
    const { parseYaml } = await import('../../src/lib/yaml.ts');
    const { toYamlBlock } = await import('../../src/ingest/text/yaml-block.ts');
    const record = {
      title: 'A "quoted" title: with # and \\ and \u0007 and ’curly’',
      draft: false,
      empty: [],
      none: {},
      mentions: {
        'Tô Lâm': { kind: 'people', forms: ['Tô Lâm', 'To Lam'] },
        'yes': { kind: 'places', forms: ['Yes'] },
        'A: colon': { kind: 'organizations', forms: ['- dash', '[bracket', '{brace'] },
        'trailing ': { kind: 'people', forms: ['x'] },
      },
    };
    expect(parseYaml(toYamlBlock(record))).toEqual(record);
  });
});
