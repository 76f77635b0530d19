// Astro configuration of the Plumbline site. `plumbline build` passes root, outDir, base and site
// through Astro's programmatic API; this file holds what does not change between builds.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  trailingSlash: 'always',
  // Pages render several at a time: each gets its own props from the site plan and shares no
  // state, so the output is the same for any concurrency (tests/e2e/build.e2e.test.ts checks).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
