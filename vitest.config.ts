import { defineConfig } from 'vitest/config';

/** Unit, component and API tests. Journeys in Chromium have their own config (vitest.e2e.config.ts). */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/api/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/component/**/*.test.{ts,tsx}',
      'tests/property/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/jestDom.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results/unit.json' }]],
    testTimeout: 20_000,
  },
});
