/**
 * A rendering thread of the content loader (./markdown-threads.ts): builds the site's Markdown
 * pipeline from its module's `markdownOptions()` with Sätteri's documented
 * `createSatteriMarkdownProcessor` and the settings Astro resolved (in workerData), and renders
 * each page it is sent as the loader context's `renderMarkdown` renders it.
 */
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { createSatteriMarkdownProcessor, type SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import type { RenderedPage, RenderRequest, ThreadSetup } from './markdown-threads.ts';
import { answerRequests } from './thread.ts';

const { processorModule, features, rendererOptions } = workerData as ThreadSetup;
const { markdownOptions } = (await import(processorModule)) as { markdownOptions: () => SatteriMarkdownProcessorOptions };
const options = markdownOptions();
const renderer = await createSatteriMarkdownProcessor({ ...rendererOptions, ...options, features: { ...options.features, ...features } });

answerRequests(async ({ body, frontmatter, filePath }: RenderRequest): Promise<RenderedPage> => {
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
  return { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
});
