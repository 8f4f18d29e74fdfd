import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Unit, component and API tests. Journeys in Chromium have their own config (vitest.e2e.config.ts).
 * The API tests run twice, once per storage: `api:postgres` starts a throwaway PostgreSQL
 * cluster for the run. `*.sqlite.test.ts` and `*.postgres.test.ts` hold checks that only
 * make sense on one of them.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  // The Dexie build the app ships (vite.config.ts), so the tests run what ships.
  resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  test: {
    environment: 'node',
    // Through the alias above too, or Node would give it the other Dexie build: two Dexies, whose live queries miss each other's writes.
    server: { deps: { inline: ['dexie-react-hooks'] } },
    setupFiles: ['tests/setup/jestDom.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results/unit.json' }]],
    // One test file per core. Vitest's default leaves one core free (n − 1), which on a
    // 2-core CI machine runs every file one after another, while most of these tests wait
    // on a server, a database or a child process rather than on the CPU.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    // Setup hooks seed real databases; on a busy CI machine PostgreSQL's can pass 10 s.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          // Pure TypeScript with no I/O and no globals (ARCHITECTURE.md): one module graph
          // per worker instead of one per file, so zod and the record schemas load once.
          name: 'domain',
          include: ['src/domain/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          exclude: [...configDefaults.exclude, 'src/domain/**'],
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            'tests/component/**/*.test.{ts,tsx}',
            'tests/property/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'api:sqlite',
          setupFiles: ['tests/setup/zodCompile.ts'],
          include: ['tests/api/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/api/**/*.postgres.test.ts'],
          provide: { storageKind: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'api:postgres',
          setupFiles: ['tests/setup/zodCompile.ts'],
          // The sync property test runs here too, with fewer cases, on PostgreSQL.
          include: ['tests/api/**/*.test.ts', 'tests/property/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/api/**/*.sqlite.test.ts'],
          provide: { storageKind: 'postgres' },
          globalSetup: ['tests/support/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
});
