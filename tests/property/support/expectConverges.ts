import { runCommand, settle, type Command } from './commands';
import {
  expectClientsEqualServer,
  expectFindingsWhole,
  expectNothingLost,
  expectReplayIsIdempotent,
} from './invariants';
import type { SyncWorld } from './syncWorld';

/**
 * The sync property every property test checks: `commands` run in turn, then everyone
 * syncs until nothing moves; every client holds exactly the server's records, nothing
 * applied is lost, findings stay whole, and replaying a push `replayTimes` times changes nothing.
 */
export async function expectConverges(
  world: SyncWorld,
  commands: readonly Command[],
  replayPick: number,
  replayTimes: number,
): Promise<void> {
  let step = 0;
  for (const command of commands) await runCommand(world, command, (step += 1));
  await settle(world);
  const server = await world.serverRecords();
  await expectClientsEqualServer(world, server);
  expectNothingLost(world.applied, server);
  expectFindingsWhole(world.applied, world.evidenceRemoved, server);
  await expectReplayIsIdempotent(world, replayPick, replayTimes);
}
