import { defineConfig } from 'vitest/config';

// Browser stories: Debian's Chromium driven by playwright-core; one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
