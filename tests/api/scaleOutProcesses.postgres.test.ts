// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandArbitrary } from '../property/support/commands';
import { expectConverges } from '../property/support/expectConverges';
import { createSyncWorld } from '../property/support/syncWorld';
import { buildServer } from './support/builtServer';
import { serverProcesses } from './support/serverProcesses';

/** Fixed unless PROPERTY_SEED is set, so a failure is repeatable; fast-check prints seed and path. */
const seed = Number(process.env.PROPERTY_SEED ?? 20261202);
// Each run starts two server processes: fewer runs than the in-process test (scaleOut.postgres.test.ts).
const numRuns = Number(process.env.PROPERTY_PROCESS_RUNS ?? 6);

let server: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  server = await buildServer();
}, 120_000);
afterAll(() => server.remove());

describe('two server processes of the built server on one PostgreSQL', () => {
  it(`converge and lose nothing for ${numRuns} random interleavings, each request to the other process`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(commandArbitrary, { minLength: 10, maxLength: 30, size: 'max' }),
        fc.nat(),
        async (clientCount, commands, replayPick) => {
          const world = await createSyncWorld(clientCount, { servers: serverProcesses(server.entry, 2) });
          try {
            await expectConverges(world, commands, replayPick, 1);
            // Both processes answered: joins, pushes and pulls alternated between them.
            expect(world.answeredBy).toHaveLength(2);
            for (const answered of world.answeredBy) expect(answered).toBeGreaterThan(clientCount);
          } finally {
            await world.close();
          }
        },
      ),
      { seed, numRuns, endOnFailure: true },
    );
  }, 120_000);
});
