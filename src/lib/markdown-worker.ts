/**
 * A rendering thread of the content loader (./markdown-threads.ts): builds the site's Markdown
 * processor from its module, as Astro builds it (the options Astro resolved come in workerData),
 * and renders each page it is sent the way Astro's Markdown entry type does
 * (astro/dist/vite-plugin-markdown/content-entry-type.js, getRenderFunction).
 */
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { RenderedPage, RenderRequest, ThreadSetup } from './markdown-threads.ts';
import { answerRequests } from './thread.ts';

const { processorModule, features, rendererOptions } = workerData as ThreadSetup;
const { markdownProcessor } = (await import(processorModule)) as { markdownProcessor: () => MarkdownProcessor };
const processor = markdownProcessor();
Object.assign(processor.options.features, features);
const renderer = await processor.createRenderer(rendererOptions);

answerRequests(async ({ body, frontmatter, filePath }: RenderRequest): Promise<RenderedPage> => {
  const result = await renderer.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
  return { html: result.code, metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) } };
});

/** The part of a Markdown processor (astro `markdown.processor`) this thread uses. */
interface MarkdownProcessor {
  options: { features: Record<string, unknown> };
  createRenderer(options: unknown): Promise<{
    render(
      body: string,
      options: { frontmatter: Record<string, unknown>; fileURL?: URL },
    ): Promise<{ code: string; metadata: { localImagePaths: string[]; remoteImagePaths: string[] } & Record<string, unknown> }>;
  }>;
}
