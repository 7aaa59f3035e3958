import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup-registry.ts'],
    exclude: ['tests/browser/**', '**/node_modules/**'],
    // Generous: CI machines have 2 cores and some tests build exports or run the CLI end to end.
    // No test asserts on time; this only stops a hung test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
