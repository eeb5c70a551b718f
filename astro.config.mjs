// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE, PATHS } from './src/config.ts';

export default defineConfig({
  site: SITE.site,
  base: SITE.base,
  outDir: PATHS.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
