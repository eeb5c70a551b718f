/**
 * Stories and briefing packs on built sites:
 *  - the seeds site and the corpus site (seeds, fixture articles, hostile seeds) of the global
 *    setup: the two visits are two stories and nothing else joins them; lists say "N outlets";
 *    each article links to its story; the packs hold their articles in date order;
 *  - a hand-made site (tests/fixtures/stories) carried through three builds: one wire text shown
 *    once with "also published by", the id kept when an earlier article joins, and the page of a
 *    story that no longer groups several articles.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { buildFixtureSite } from './support/fixture-site.ts';
import { fileForPath, type SiteLocation } from './support/dist.ts';
import { attr, readPage, textOf, type Page } from './support/html.ts';
import { prefixed } from './support/site-invariants.ts';
import { tempDir } from '../support/temp.ts';

const sites = inject('sites');

const LEYLA = ['leyla-aliyeva-met-with-ngo-phuong-ly-at', 'viet-nam-always-values-the-traditional-friendship-with'];
const TO_LAM = [
  'president-of-azerbaijan-ilham-aliyev-has-highlighted-the',
  'ilham-aliyev-held-expanded-meeting-with-general-secretary',
  'azerbaijans-prime-minister-ali-asadov-has-met-with',
];

function pageIn(site: SiteLocation, path: string): Page {
  const file = fileForPath(site, prefixed(site, path));
  if (!file) throw new Error(`no page at ${prefixed(site, path)}`);
  return readPage(file);
}

/** The slugs of the article links in a part of a page, in order. */
function articleSlugs(nodes: ReturnType<Page['all']>): string[] {
  return nodes.map((node) => /\/articles\/([^/]+)\/$/.exec(attr(node, 'href') ?? '')?.[1]).filter((slug) => slug !== undefined);
}

// The sites built from the seeds: the large site's articles are the bench generator's recombined
// paragraphs (tests/support/sites.ts), whose stories are not the seeds' two visits.
for (const built of Object.values(sites).filter((site) => site.name !== 'large')) {
  describe(`stories on the ${built.name} site`, () => {
    const site: SiteLocation = { distDir: built.distDir, base: built.base, site: SITE.site };
    const page = (path: string) => pageIn(site, path);

    it('are the two visits, each with exactly its own articles', () => {
      const index = page('/stories/');
      const ids = index.all('main .item__title a').map((link) => /\/stories\/([^/]+)\/$/.exec(attr(link, 'href')!)![1]);
      expect(ids).toEqual([TO_LAM[0], LEYLA[0]]);
      expect(articleSlugs(page(`/stories/${TO_LAM[0]}/`).all('.coverage .item__title a'))).toEqual(TO_LAM);
      expect(articleSlugs(page(`/stories/${LEYLA[0]}/`).all('.coverage .item__title a'))).toEqual(LEYLA);
    });

    it('show the coverage day by day, with the outlets and the people, organizations and places involved', () => {
      const story = page(`/stories/${TO_LAM[0]}/`);
      expect(textOf(story.one('h1'))).toBe('President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam');
      expect(textOf(story.one('.lede'))).toBe('3 articles from 3 outlets, 6–8 May 2025.');
      expect(story.all('.coverage__date').map(textOf)).toEqual(['6 May 2025', '7 May 2025', '8 May 2025']);
      expect(story.all('.coverage .item .meta').map(textOf)).toEqual([
        'Vietnam News Agency / Việt Nam News',
        'President of the Republic of Azerbaijan (president.az)',
        'Trend News Agency',
      ]);
      const involved = textOf(story.one('section[aria-labelledby="h_involves"]'));
      for (const name of ['Tô Lâm', 'Ilham Aliyev', 'Communist Party of Việt Nam', 'Azerbaijan']) expect(involved).toContain(name);
      expect(involved).not.toContain('Leyla Aliyeva');
    });

    it('are linked from each of their articles, and lists say how many outlets cover them', () => {
      for (const [id, slugs, outlets] of [[LEYLA[0], LEYLA, 2], [TO_LAM[0], TO_LAM, 3]] as const) {
        for (const slug of slugs) {
          const link = page(`/articles/${slug}/`).one('section[aria-labelledby="h_story"] a');
          expect(attr(link, 'href'), slug).toBe(prefixed(site, `/stories/${id}/`));
        }
        const month = page(`/archive/2025/${slugs === LEYLA ? '04' : '05'}/`);
        const badges = month.all('.item__story');
        expect(badges.map(textOf)).toEqual(slugs.map(() => `Story: ${outlets} outlets`));
        expect(badges.map((badge) => attr(badge, 'href'))).toEqual(slugs.map(() => prefixed(site, `/stories/${id}/`)));
      }
    });

    it('give each story a briefing pack, oldest first, with its contents, citations and Markdown', () => {
      const pack = page(`/stories/${TO_LAM[0]}/pack/`);
      expect(textOf(pack.one('h1'))).toBe(
        'Briefing pack: President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam, 6–8 May 2025',
      );
      expect(pack.all('.pack__contents a').map((link) => attr(link, 'href'))).toEqual(TO_LAM.map((slug) => `#${slug}`));
      expect(pack.all('.pack__item').map((item) => attr(item, 'id'))).toEqual(TO_LAM);
      const cites = pack.all('.pack__cite').map(textOf);
      expect(cites[2]).toBe(
        `Cite: Trend News Agency, “Azerbaijan's Prime Minister Ali Asadov has met with the General Secretary”, 8 May 2025. ${SITE.site}${prefixed(site, `/articles/${TO_LAM[2]}/`)}`,
      );
      const markdown = readFileSync(join(built.distDir, `stories/${TO_LAM[0]}/pack.md`), 'utf8');
      expect(markdown.split('\n')[0]).toBe(`# ${textOf(pack.one('h1'))}`);
      expect(markdown.match(/^## \d+\. .*/gm)).toEqual(TO_LAM.map((_, index) => `## ${index + 1}. ${textOf(pack.all('.pack__item h2 a')[index])}`));
      for (const cite of cites) expect(markdown).toContain(cite);
    });

  });
}

describe('entity packs on the seeds site', () => {
  const site: SiteLocation = { distDir: sites.seeds.distDir, base: sites.seeds.base, site: SITE.site };
  const page = (path: string) => pageIn(site, path);

  it('come one for each month with two articles or more naming the entity in their headline or lede', () => {
    // Azerbaijan is in the lede of the three May articles; in April only VNA's headline names it (AZERTAC's lede says "Vietnam").
    expect(page('/places/azerbaijan/packs/').all('.pack-list li').map(textOf)).toEqual(['May 2025 (3 articles) · Markdown']);
    expect(page('/places/azerbaijan/2025/05/pack/').all('.pack__item').map((item) => attr(item, 'id'))).toEqual(TO_LAM);
    expect(existsSync(join(sites.seeds.distDir, 'places/azerbaijan/2025/05/pack.md'))).toBe(true);
    expect(fileForPath(site, '/places/azerbaijan/2025/04/pack/')).toBeUndefined();
    // Trend names Ilham Aliyev only after its lede: not in his pack, though on his page.
    const aliyev = page('/people/ilham-aliyev/2025/05/pack/');
    expect(aliyev.all('.pack__item').map((item) => attr(item, 'id'))).toEqual(TO_LAM.slice(0, 2));
    expect(articleSlugs(page('/people/ilham-aliyev/').all('.item__title a'))).toContain(TO_LAM[2]);
    // The sentence naming him is each lede: printed once, as the summary.
    expect(textOf(aliyev.one(`#${TO_LAM[1]} .pack__summary`))).toMatch(/^On May 7, Ilham Aliyev/);
    expect(aliyev.all('blockquote')).toEqual([]);
    // Named in one article only: no pack, and no link to one.
    expect(fileForPath(site, '/people/ali-asadov/packs/')).toBeUndefined();
    expect(page('/people/ali-asadov/').html).not.toContain('/packs/');
  });
});

describe('stories across builds of a hand-made site', () => {
  const content = tempDir('digest-stories-content-');
  const sites: SiteLocation[] = [];
  const page = (build: number, path: string) => pageIn(sites[build], path);
  const registry = () => JSON.parse(readFileSync(join(content, '.story-registry.json'), 'utf8')) as { stories: Record<string, { articles: string[] }> };
  const registries: ReturnType<typeof registry>[] = [];

  beforeAll(async () => {
    const fixtures = join(import.meta.dirname, '../fixtures');
    cpSync(join(fixtures, 'stories'), content, { recursive: true });
    sites.push(await buildFixtureSite('/', content));
    registries.push(registry());
    // An article dated two days before the story's founder arrives, and joins it.
    cpSync(join(fixtures, 'stories-later'), content, { recursive: true });
    sites.push(await buildFixtureSite('/', content));
    registries.push(registry());
    // The other outlets' articles are gone: the founder stands alone.
    for (const slug of ['vna-visa-exemption', 'azertac-bayramov-visa-talks', 'azertac-visa-deal-preview']) rmSync(join(content, `${slug}.mdx`));
    sites.push(await buildFixtureSite('/', content));
    registries.push(registry());
  }, 600_000);

  it('show a wire text once, with the other outlet that published it', () => {
    const story = page(0, '/stories/reuters-visa-waiver/');
    expect(articleSlugs(story.all('.coverage .item__title a'))).toEqual(['reuters-visa-waiver', 'azertac-bayramov-visa-talks']);
    const copies = story.one('#reuters-visa-waiver .coverage__copies');
    expect(textOf(copies)).toBe('Also published by Vietnam News Agency / Việt Nam News');
    expect(attr(copies!.querySelector('a')!, 'href')).toBe('/articles/vna-visa-exemption/');
    // Its three outlets count, copies included; the oil article of the same day is in no story.
    expect(textOf(story.one('.lede'))).toBe('3 articles from 3 outlets, 10–11 March 2025.');
    const month = page(0, '/archive/2025/03/');
    // Newest first: the talks and the oil article of the 11th, then the wire text and its copy.
    expect(month.all('.item').map((item) => textOf(item.querySelector('.item__story') ?? undefined))).toEqual([
      'Story: 3 outlets',
      '',
      'Story: 3 outlets',
      'Story: 3 outlets',
    ]);
    expect(registries[0].stories).toEqual({ 'reuters-visa-waiver': { articles: ['reuters-visa-waiver', 'vna-visa-exemption', 'azertac-bayramov-visa-talks'] } });
  });

  it('keep their id when an article dated before the founder joins', () => {
    expect(articleSlugs(page(1, '/stories/reuters-visa-waiver/').all('.coverage .item__title a'))).toEqual([
      'azertac-visa-deal-preview',
      'reuters-visa-waiver',
      'azertac-bayramov-visa-talks',
    ]);
    expect(fileForPath(sites[1], '/stories/azertac-visa-deal-preview/')).toBeUndefined();
    expect(Object.keys(registries[1].stories)).toEqual(['reuters-visa-waiver']);
    expect(registries[1].stories['reuters-visa-waiver'].articles[0]).toBe('azertac-visa-deal-preview');
  });

  it('keep a page for a story that no longer groups several articles, pointing to its founder', () => {
    const former = page(2, '/stories/reuters-visa-waiver/');
    expect(textOf(former.one('h1'))).toBe('No story here any more');
    expect(attr(former.one('.lede a'), 'href')).toBe('/articles/reuters-visa-waiver/');
    expect(page(2, '/stories/').all('main .item')).toEqual([]);
    expect(page(2, '/articles/reuters-visa-waiver/').all('section[aria-labelledby="h_story"]')).toEqual([]);
    // The id stays registered: no other story can take it.
    expect(Object.keys(registries[2].stories)).toEqual(['reuters-visa-waiver']);
  });
});
