import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests run the whole pipeline on 500 documents; two cores are shared with other suites.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
