import type { Storage } from '../storage/storage';
import { newServerIdentity } from '../sync/serverIdentity';

/**
 * `admin restored`: the step after putting a backup in place. The database's identity is
 * the one it had when backed up, and devices that synced after that hold changes it lost;
 * a new identity tells every device so at its next sync, before any device's new changes
 * could reuse the lost change numbers (docs/operations.md, "Restoring with nothing lost").
 */
export async function markRestored(storage: Storage, now: Date): Promise<string> {
  const identity = newServerIdentity();
  await storage.transaction((tx) => tx.rotateServerIdentity(identity, now.toISOString()));
  return identity;
}
