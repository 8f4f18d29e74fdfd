import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { syncedWithSchema } from '../../domain/sync/protocol';
import type { DeviceRow, ReadTx, Storage, WriteTx } from '../storage/storage';

/** What a device says of the history it last synced with (its push body or pull query). */
export type SyncedWith = z.infer<typeof syncedWithSchema>;

/**
 * Where a device stands against the server's history:
 * - `current`: same identity, nothing shows the server went back: sync as usual;
 * - `changed`: the device last synced with another history (a restore, or a rotation a
 *   moment ago): nothing of its request is used; it hears the identity, re-sends what
 *   it may write and pulls from 0.
 */
export type HistoryCheck = { identity: string; state: 'current' | 'changed' };
/** A check read without writing: `went back` means the caller must rotate (checkHistoryForPull). */
export type PullHistory = HistoryCheck | { identity: string; state: 'went back' };

/** A fresh identity: random, so a restored database never gets one a device has seen. */
export const newServerIdentity = (): string => randomUUID().replaceAll('-', '');

/**
 * True when what the device holds proves the server went back in time under the same
 * identity (a restore nobody marked with `admin restored`): the server answered this
 * device a seq it has no record of applying, or the device pulled past the last change
 * number the engagement has.
 */
function wentBack(lastSeq: number, syncedWith: SyncedWith, pulledPastCounter: boolean): boolean {
  return (syncedWith.acknowledgedSeq ?? 0) > lastSeq || pulledPastCounter;
}

/**
 * Compares the device's history with the server's, inside a push's transaction; rotates
 * the identity when the device shows the server went back. A device that names no
 * identity (an app from before, or one that has not synced since it updated) is current.
 */
export async function checkHistory(
  tx: WriteTx,
  device: DeviceRow,
  syncedWith: SyncedWith,
  pulledPastCounter: boolean,
): Promise<HistoryCheck> {
  const found = await readHistory(tx, device, syncedWith, pulledPastCounter);
  if (found.state !== 'went back') return found;
  const identity = newServerIdentity();
  await tx.rotateServerIdentity(identity, new Date().toISOString());
  return { identity, state: 'changed' };
}

/**
 * The same check for a pull, which reads without locks: the rare rotation gets a
 * transaction of its own, and rotates only if no other request rotated first.
 */
export async function checkHistoryForPull(storage: Storage, found: PullHistory): Promise<HistoryCheck> {
  if (found.state !== 'went back') return found;
  return storage.transaction(async (tx) => {
    if ((await tx.serverIdentity()) !== found.identity)
      return { identity: await tx.serverIdentity(), state: 'changed' };
    const identity = newServerIdentity();
    await tx.rotateServerIdentity(identity, new Date().toISOString());
    return { identity, state: 'changed' };
  });
}

/** Reads the check without writing: `went back` means the caller must rotate. */
export async function readHistory(
  tx: ReadTx,
  device: DeviceRow,
  syncedWith: SyncedWith,
  pulledPastCounter: boolean,
): Promise<PullHistory> {
  return historyAt(await tx.serverIdentity(), device.lastSeq, syncedWith, pulledPastCounter);
}

/** The same check from values already read: the identity and the device's last seq. */
export function historyAt(
  identity: string,
  lastSeq: number,
  syncedWith: SyncedWith,
  pulledPastCounter: boolean,
): PullHistory {
  if (syncedWith.serverIdentity === undefined) return { identity, state: 'current' };
  if (syncedWith.serverIdentity !== identity) return { identity, state: 'changed' };
  return { identity, state: wentBack(lastSeq, syncedWith, pulledPastCounter) ? 'went back' : 'current' };
}
