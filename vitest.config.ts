import { defineConfig } from 'vitest/config';

// Unit and HTTP tests; scripts/test.mjs runs them once per database (TEST_DB=sqlite|postgres).
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'tests/http/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
