// Astro configuration of the Plumbline site. `plumbline build` passes root, outDir, base and site
// through Astro's programmatic API; this file holds what does not change between builds.
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  integrations: [react()],
  trailingSlash: 'always',
  // One page at a time (Astro's default, pinned): a page's view is in force while it renders
  // (src/build/site-data.ts), and a page waiting for its chart lets the chart pool work.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 1 },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
