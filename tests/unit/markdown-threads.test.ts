/**
 * The content loader's rendering thread (src/lib/markdown-threads.ts) against the processor it
 * replaces: the site's own (src/site/markdown-processor.ts), rendering on this thread.
 */
import type { AstroConfig } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { createPageRenderer, type PageRenderer } from '../../src/lib/markdown-threads.ts';
import { markdownProcessor } from '../../src/site/markdown-processor.ts';

const processorModule = new URL('../../src/site/markdown-processor.ts', import.meta.url);
const markdown = { syntaxHighlight: false as const, shikiConfig: {}, gfm: true, smartypants: true };

function configWith(processor: ReturnType<typeof markdownProcessor>): AstroConfig {
  return { markdown: { ...markdown, processor }, image: {} } as unknown as AstroConfig;
}

/** Astro's way of rendering a page (its configured processor's renderer), on this thread. */
async function renderHere(processor: ReturnType<typeof markdownProcessor>): Promise<PageRenderer['render']> {
  const renderer = await processor.createRenderer({ image: {}, ...markdown });
  return async ({ body, frontmatter }) => {
    const result = await renderer.render(body, { frontmatter });
    return { html: result.code, metadata: result.metadata };
  };
}

const page = {
  body: 'General Secretary To Lam met "officials" in Hà Nội.\n\nTo Lam spoke -- briefly.',
  frontmatter: { mentions: { 'Tô Lâm': { kind: 'people', forms: ['To Lam'], sentence: '' }, 'Hà Nội': { kind: 'places', forms: ['Hà Nội'], sentence: '' } } },
};

describe('Markdown in the content loader\'s thread', () => {
  it('renders what the same processor renders on Astro\'s thread, links and smart punctuation included', async () => {
    const processor = markdownProcessor();
    const here = await renderHere(processor);
    const inPlace = vi.fn(here);
    const renderer = await createPageRenderer(configWith(processor), inPlace, { processorModule, threadFrom: 1 });
    try {
      const [threaded, expected] = await Promise.all([renderer.render(page), here(page)]);
      expect(inPlace).not.toHaveBeenCalled();
      expect(expected.html).toContain('<a href="/people/to-lam/" class="entity">To Lam</a>');
      expect(expected.html).toContain('“officials”');
      expect(threaded.html).toBe(expected.html);
    } finally {
      await renderer.close();
    }
  });

  it('renders in place below the threshold, and when the configured processor has plugins its module lacks', async () => {
    const processor = markdownProcessor();
    const inPlace = vi.fn(await renderHere(processor));
    const belowThreshold = await createPageRenderer(configWith(processor), inPlace, { processorModule, threadFrom: 3 });
    await belowThreshold.render(page);
    await belowThreshold.render(page);
    expect(inPlace).toHaveBeenCalledTimes(2);
    await belowThreshold.close();

    // As an integration adding a plugin to `markdown.processor` would leave it.
    const extended = markdownProcessor();
    extended.options.hastPlugins.push({ name: 'another', text() {} } as never);
    const inPlaceToo = vi.fn(await renderHere(extended));
    const renderer = await createPageRenderer(configWith(extended), inPlaceToo, { processorModule, threadFrom: 1 });
    await renderer.render(page);
    expect(inPlaceToo).toHaveBeenCalledTimes(1);
    await renderer.close();
  });
});
