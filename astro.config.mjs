// Astro configuration of the Plumbline site. `plumbline build` passes root, outDir, base and site
// through Astro's programmatic API; this file holds what does not change between builds.
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  integrations: [react()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
