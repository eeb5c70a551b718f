/**
 * The site's Markdown pipeline: Sätteri, Astro 7's default, with the first-mention linker.
 * astro.config.mjs configures Astro with `markdownProcessor()`, and the content loader's rendering
 * thread (src/lib/markdown-worker.ts) builds the same pipeline from `markdownOptions()` with
 * Sätteri's documented `createSatteriMarkdownProcessor`, as a processor cannot be sent to a thread.
 */
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { linkFirstMentions } from './link-first-mentions.ts';
import { entityUrl } from './urls.ts';

export function markdownOptions(): SatteriProcessorOptions {
  // Sätteri runs hast plugins (not rehype's); MDX inherits the processor.
  return { hastPlugins: [linkFirstMentions({ entityUrl, className: 'entity' })] };
}

export function markdownProcessor(): ReturnType<typeof satteri> {
  return satteri(markdownOptions());
}
