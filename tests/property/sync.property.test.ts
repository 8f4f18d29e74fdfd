// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { commandArbitrary } from './support/commands';
import { expectConverges } from './support/expectConverges';
import { currentStorageKind } from '../support/storageKind';
import { createSyncWorld } from './support/syncWorld';

/** Fixed unless PROPERTY_SEED is set, so a failure is repeatable; fast-check prints seed and path. */
const seed = Number(process.env.PROPERTY_SEED ?? 20261123);
const storageKind = currentStorageKind();
/** Fewer cases on PostgreSQL: each starts a fresh schema over the network. */
const numRuns = Number(process.env.PROPERTY_RUNS ?? (storageKind === 'postgres' ? 60 : 500));

describe(`sync converges and loses nothing (${storageKind})`, () => {
  it(`holds for ${numRuns} random interleavings of 2–5 clients, notes and findings`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.array(commandArbitrary, { minLength: 10, maxLength: 40, size: 'max' }),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        async (clientCount, commands, replayPick, replayTimes) => {
          const world = await createSyncWorld(clientCount);
          try {
            await expectConverges(world, commands, replayPick, replayTimes);
          } finally {
            await world.close();
          }
        },
      ),
      { seed, numRuns, endOnFailure: true },
    );
  }, 600_000);
});
