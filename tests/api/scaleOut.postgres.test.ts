// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandArbitrary } from '../property/support/commands';
import { expectConverges } from '../property/support/expectConverges';
import { createSyncWorld } from '../property/support/syncWorld';

/** Fixed unless PROPERTY_SEED is set, so a failure is repeatable; fast-check prints seed and path. */
const seed = Number(process.env.PROPERTY_SEED ?? 20261201);
const numRuns = Number(process.env.PROPERTY_RUNS ?? 30);

// Two apps in this one Node process, each with its own connection pool: many runs cheaply.
// They share module state; scaleOutProcesses.postgres.test.ts runs separate processes.
describe('two server instances on one PostgreSQL', () => {
  it(`converge and lose nothing for ${numRuns} random interleavings, each request to the next instance in turn`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.array(commandArbitrary, { minLength: 10, maxLength: 40, size: 'max' }),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        async (clientCount, commands, replayPick, replayTimes) => {
          const world = await createSyncWorld(clientCount, { processes: 2 });
          try {
            await expectConverges(world, commands, replayPick, replayTimes);
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
  }, 300_000);
});
