/** The hast plugin that links each entity's first mention, run through Sätteri as Astro runs it. */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { linkFirstMentions } from '../../src/site/link-first-mentions.ts';

const entityUrl = (kind: string, name: string) => `/${kind}/${encodeURIComponent(name)}/`;
const plugin = linkFirstMentions({ entityUrl, className: 'entity' });

/** What Astro hands Sätteri plugins as `ctx.data.astro`. */
function astroData(frontmatter: Record<string, unknown>) {
  return { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
}

async function render(markdown: string, mentions: Record<string, { kind: string; forms: string[] }> | undefined, smartPunctuation = false) {
  const frontmatter = mentions ? { mentions: Object.fromEntries(Object.entries(mentions).map(([name, m]) => [name, { ...m, sentence: '' }])) } : {};
  const result = await markdownToHtml(markdown, { hastPlugins: [plugin], data: astroData(frontmatter), features: { smartPunctuation } });
  return result.html;
}

const link = (href: string, text: string) => `<a href="${href}" class="entity">${text}</a>`;

describe('linkFirstMentions', () => {
  it('links the first mention of each entity and leaves later ones alone', async () => {
    const html = await render('To Lam met Ilham Aliyev.\n\nLater To Lam and Ilham Aliyev spoke.', {
      'Tô Lâm': { kind: 'people', forms: ['To Lam'] },
      'Ilham Aliyev': { kind: 'people', forms: ['Ilham Aliyev'] },
    });
    expect(html).toBe(
      `<p>${link('/people/T%C3%B4%20L%C3%A2m/', 'To Lam')} met ${link('/people/Ilham%20Aliyev/', 'Ilham Aliyev')}.</p>\n<p>Later To Lam and Ilham Aliyev spoke.</p>\n`,
    );
  });

  it('counts any form of an entity as its mention, whichever comes first', async () => {
    const html = await render('Lam arrived. General Secretary To Lam spoke.', { 'Tô Lâm': { kind: 'people', forms: ['To Lam', 'Lam'] } });
    expect(html).toBe(`<p>${link('/people/T%C3%B4%20L%C3%A2m/', 'Lam')} arrived. General Secretary To Lam spoke.</p>\n`);
  });

  it('prefers the longest form where two entities start at the same word', async () => {
    const html = await render('The Heydar Aliyev Foundation honours Heydar Aliyev.', {
      'Heydar Aliyev': { kind: 'people', forms: ['Heydar Aliyev'] },
      'Heydar Aliyev Foundation': { kind: 'organizations', forms: ['Heydar Aliyev Foundation'] },
    });
    expect(html).toBe(
      `<p>The ${link('/organizations/Heydar%20Aliyev%20Foundation/', 'Heydar Aliyev Foundation')} honours ${link('/people/Heydar%20Aliyev/', 'Heydar Aliyev')}.</p>\n`,
    );
  });

  it('matches whole words only', async () => {
    const html = await render('Lamb is not Lam.', { Lam: { kind: 'people', forms: ['Lam'] } });
    expect(html).toBe(`<p>Lamb is not ${link('/people/Lam/', 'Lam')}.</p>\n`);
  });

  it('does not link inside links, code or headings', async () => {
    const html = await render('# Baku\n\n[Baku](https://example.org) and `Baku` then Baku.', { Baku: { kind: 'places', forms: ['Baku'] } });
    expect(html).toBe(
      `<h1>Baku</h1>\n<p><a href="https://example.org">Baku</a> and <code>Baku</code> then ${link('/places/Baku/', 'Baku')}.</p>\n`,
    );
  });

  it('links forms starting with characters that are special in a pattern', async () => {
    const html = await render('Both [Bracket] Group and ^Hat Party, -Dash Union and \\\\Slash Bloc met.', {
      '[Bracket] Group': { kind: 'organizations', forms: ['[Bracket] Group'] },
      '^Hat Party': { kind: 'organizations', forms: ['^Hat Party'] },
      '-Dash Union': { kind: 'organizations', forms: ['-Dash Union'] },
      '\\Slash Bloc': { kind: 'organizations', forms: ['\\Slash Bloc'] },
    });
    expect(html).toContain(link('/organizations/%5BBracket%5D%20Group/', '[Bracket] Group'));
    expect(html).toContain(link('/organizations/%5EHat%20Party/', '^Hat Party'));
    expect(html).toContain(link('/organizations/-Dash%20Union/', '-Dash Union'));
    expect(html).toContain(link('/organizations/%5CSlash%20Bloc/', '\\Slash Bloc'));
  });

  it('links inside emphasis, splitting only the text node it is in', async () => {
    const html = await render('**SOCAR** said', { SOCAR: { kind: 'organizations', forms: ['SOCAR'] } });
    expect(html).toBe(`<p><strong>${link('/organizations/SOCAR/', 'SOCAR')}</strong> said</p>\n`);
  });

  it('finds a form with a straight apostrophe in text whose apostrophe smart punctuation curled', async () => {
    const html = await render("Ngo's group met O'Brien.", { "Sean O'Brien": { kind: 'people', forms: ["O'Brien"] } }, true);
    // (The serializer writes the ' in the href as &#x27;.)
    expect(html).toBe(`<p>Ngo’s group met ${link('/people/Sean%20O&#x27;Brien/', 'O’Brien')}.</p>\n`);
  });

  it('drops a form two entities share rather than guess', async () => {
    const html = await render('Aliyev spoke, then Ilham Aliyev.', {
      'Ilham Aliyev': { kind: 'people', forms: ['Ilham Aliyev', 'Aliyev'] },
      'Heydar Aliyev': { kind: 'people', forms: ['Heydar Aliyev', 'Aliyev'] },
    });
    expect(html).toBe(`<p>Aliyev spoke, then ${link('/people/Ilham%20Aliyev/', 'Ilham Aliyev')}.</p>\n`);
  });

  it('leaves a document without mentions untouched', async () => {
    expect(await render('Plain *text*.', undefined)).toBe('<p>Plain <em>text</em>.</p>\n');
    expect(await render('Plain text.', {})).toBe('<p>Plain text.</p>\n');
  });

  it('runs on MDX, keeping escaped braces and angle brackets literal', async () => {
    const { code } = await mdxToJs('Fares \\{from\\} \\<300 to Baku.', {
      hastPlugins: [plugin],
      data: astroData({ mentions: { Baku: { kind: 'places', forms: ['Baku'], sentence: '' } } }),
    });
    expect(code).toContain('"/places/Baku/"');
    expect(code).toContain('Fares {from} <300 to ');
  });
});
