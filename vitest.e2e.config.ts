import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys in real Chromium against the built app and server
 * (`npm run test:e2e`). The global setup finds Chromium and builds once per run.
 * One file per core (two on a CI machine): a journey spends much of its time
 * waiting on its browser, its server or a sync, and two at once took 452 s against 585 s one
 * at a time (bench/RESULTS.md, "The test suite's time"). Each file has its own server, port,
 * data directory and browser, so none leans on another.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    maxWorkers: availableParallelism(),
    pool: 'forks',
    // Only a hang detector: each step has its own wait (tests/e2e/support/app.ts). Two
    // journeys at once on a CI machine that is busy with something else take three times as long.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: '.test-results/e2e.json' }]],
  },
});
