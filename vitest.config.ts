import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Safety nets a CI machine shared with other jobs meets (tests wait on events, not on these).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
