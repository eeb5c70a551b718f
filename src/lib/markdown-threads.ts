/**
 * Markdown rendering for the content loader, moved off Astro's one thread once there is much to
 * render. A sync from scratch renders every page (10,000 articles: ~3.5 s of Sätteri and the
 * first-mention linker) while the same thread also parses every page's YAML and validates it;
 * a rendering thread does the first on the other core. The thread builds the pipeline from the
 * module that configures Astro's (`processorModule`: its `markdownOptions()`) with Sätteri's
 * documented `createSatteriMarkdownProcessor` and the Markdown settings Astro resolved; when the
 * configured processor is not Sätteri, has plugins the module's lacks (an integration added
 * some), or its settings cannot be sent, pages are rendered in place, by the loader context's
 * `renderMarkdown`.
 */
import { isSatteriProcessor, type SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { startRequestThread, type RequestThread } from './thread.ts';

/** What a page renders to, as Astro's `renderMarkdown` returns it. */
export interface RenderedPage {
  html: string;
  metadata?: Record<string, unknown>;
}

/** A page to render: its Markdown, and the frontmatter the pipeline's plugins read. */
export interface RenderRequest {
  body: string;
  frontmatter: Record<string, unknown>;
  filePath?: string;
}

export interface ThreadSetup {
  processorModule: string;
  /** Sätteri's features as the configured processor holds them (an integration may toggle one). */
  features: Record<string, unknown>;
  /** The Markdown settings Astro resolved: what it passes every Markdown renderer it creates. */
  rendererOptions: Record<string, unknown>;
}

export interface PageRenderer {
  render(page: RenderRequest): Promise<RenderedPage>;
  /** Stops the thread, if one was started. */
  close(): Promise<void>;
}

/** Renders in place (`renderInPlace`) until `threadFrom` pages have been asked for, then in a thread. */
export async function createPageRenderer(
  config: AstroConfig,
  renderInPlace: PageRenderer['render'],
  { processorModule, threadFrom }: { processorModule?: URL; threadFrom: number },
): Promise<PageRenderer> {
  let asked = 0;
  let thread: RequestThread<RenderRequest, RenderedPage> | undefined;
  const setup = processorModule ? await threadSetup(config, processorModule) : undefined;
  return {
    render(page) {
      if (!setup || ++asked < threadFrom) return renderInPlace(page);
      thread ??= startRequestThread(new URL('./markdown-worker.ts', import.meta.url), { workerData: setup });
      return thread.ask(page);
    },
    async close() {
      await thread?.close();
    },
  };
}

/** What a thread needs to build the pipeline Astro built; undefined when it could not build the same one. */
async function threadSetup(config: AstroConfig, processorModule: URL): Promise<ThreadSetup | undefined> {
  const configured = config.markdown.processor;
  if (!isSatteriProcessor(configured)) return undefined;
  const resolved = (configured as { options?: Partial<SatteriResolvedOptions> }).options;
  // A module named by the loader's options: Vite cannot know it when it analyses this one.
  const { markdownOptions } = (await import(/* @vite-ignore */ processorModule.href)) as { markdownOptions: () => { mdastPlugins?: unknown[]; hastPlugins?: unknown[] } };
  const own = markdownOptions();
  // Plugins are functions, and cannot be sent: the thread builds the module's, and an integration may have added some.
  const samePlugins = (key: 'mdastPlugins' | 'hastPlugins') => (resolved?.[key]?.length ?? 0) === (own[key]?.length ?? 0);
  if (!resolved || !samePlugins('mdastPlugins') || !samePlugins('hastPlugins')) return undefined;
  const { image, markdown } = config;
  const setup: ThreadSetup = {
    processorModule: processorModule.href,
    features: { ...resolved.features },
    rendererOptions: { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants },
  };
  try {
    return structuredClone(setup);
  } catch {
    return undefined;
  }
}
