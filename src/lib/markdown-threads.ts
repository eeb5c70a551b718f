/**
 * Markdown rendering for the content loader, moved off Astro's one thread once there is much to
 * render. A sync from scratch renders every page (10,000 articles: ~3.5 s of Sätteri and the
 * first-mention linker) while the same thread also parses every page's YAML and validates it;
 * a rendering thread does the first on the other core. The thread builds the processor from the
 * module that configures Astro's (`processorModule`), with the options Astro resolved; when those
 * cannot be sent, or the configured processor has plugins the module's lacks (an integration
 * added some), pages are rendered in place as before.
 */
import type { AstroConfig } from 'astro';
import { startRequestThread, type RequestThread } from './thread.ts';

/** What a page renders to: as Astro's Markdown entry type returns it. */
export interface RenderedPage {
  html: string;
  metadata: Record<string, unknown>;
}

export interface RenderRequest {
  body: string;
  frontmatter: Record<string, unknown>;
  filePath?: string;
}

export interface ThreadSetup {
  processorModule: string;
  features: Record<string, unknown>;
  rendererOptions: unknown;
}

export interface PageRenderer {
  render(page: { body: string; data: Record<string, unknown>; filePath?: string }): Promise<RenderedPage>;
  /** Stops the thread, if one was started. */
  close(): Promise<void>;
}

/**
 * Renders in place (`renderInPlace`, Astro's render function) until `threadFrom` pages have been
 * asked for, then in a thread.
 */
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
      return thread.ask({ body: page.body, frontmatter: page.data, filePath: page.filePath });
    },
    async close() {
      await thread?.close();
    },
  };
}

type ProcessorShape = { name?: string; options?: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: Record<string, unknown> } };

/** What a thread needs to build the processor Astro built; undefined when it could not build the same one. */
async function threadSetup(config: AstroConfig, processorModule: URL): Promise<ThreadSetup | undefined> {
  const configured = config.markdown.processor as ProcessorShape;
  // A module named by the loader's options: Vite cannot know it when it analyses this one.
  const { markdownProcessor } = (await import(/* @vite-ignore */ processorModule.href)) as { markdownProcessor: () => ProcessorShape };
  const built = markdownProcessor();
  // Plugins are functions, and cannot be sent: the thread builds the module's, and an integration may have added some.
  const sameShape = (key: 'mdastPlugins' | 'hastPlugins') => (configured.options?.[key]?.length ?? 0) === (built.options?.[key]?.length ?? 0);
  if (configured.name !== built.name || !configured.options || !sameShape('mdastPlugins') || !sameShape('hastPlugins')) return undefined;
  const { image, markdown } = config;
  const setup: ThreadSetup = {
    processorModule: processorModule.href,
    features: configured.options.features ?? {},
    // What Astro's Markdown entry type passes to createRenderer (getRenderFunction).
    rendererOptions: { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants },
  };
  try {
    return structuredClone(setup);
  } catch {
    return undefined;
  }
}
