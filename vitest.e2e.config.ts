import { defineConfig } from 'vitest/config';

// Browser tests: build the example site once, serve it, drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // Safety nets, not measurements: a build of the example takes ~3 s alone and ten times that
    // on a CI machine whose cores other jobs share; tests wait on events, not on these.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
