import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium against the built site. Run after `npm run build` (see .ci/run). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    setupFiles: ['tests/setup-registry.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
