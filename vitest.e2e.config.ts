import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys in real Chromium against the built app and server
 * (`npm run test:e2e`). The global setup finds Chromium and builds once per run.
 * Files run one at a time: each drives a whole browser and server, and CI has 2 cores.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.test-results/e2e.json' }]],
  },
});
