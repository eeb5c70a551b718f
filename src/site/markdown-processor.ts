/**
 * The site's Markdown processor: Sätteri, Astro 7's default, with the first-mention linker.
 * astro.config.mjs configures Astro with it, and the content loader's rendering threads
 * (src/lib/markdown-threads.ts) build the same one, as a processor cannot be sent to a thread.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { linkFirstMentions } from './link-first-mentions.ts';
import { entityUrl } from './urls.ts';

export function markdownProcessor(): ReturnType<typeof satteri> {
  // Sätteri runs hast plugins (not rehype's); MDX inherits the processor.
  return satteri({ hastPlugins: [linkFirstMentions({ entityUrl, className: 'entity' })] });
}
