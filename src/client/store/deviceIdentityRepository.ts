import type { JoinResponse } from '../../domain/sync/protocol';
import type { TriangulateDb } from './db';
import type { DeviceIdentity } from './deviceIdentity';

/**
 * Keeps the token a join gave this device. Joining again (a new link for the same
 * engagement) replaces the token but keeps the counter, so numbers are never reused: edits
 * still waiting keep theirs, new ones follow, and the server starts the new device's
 * sequence at the first number it pushes.
 */
export async function saveJoin(
  db: TriangulateDb,
  join: JoinResponse,
  storagePersisted: boolean | null,
  code?: string,
): Promise<void> {
  await db.transaction('rw', db.deviceIdentity, async () => {
    const previous = await db.deviceIdentity.get(join.engagementId);
    const identity: DeviceIdentity = {
      engagementId: join.engagementId,
      deviceToken: join.deviceToken,
      deviceId: join.deviceId,
      memberId: join.memberId,
      role: join.role,
      displayName: join.displayName,
      nextSeq: previous?.nextSeq ?? 1,
      pullCursor: previous?.pullCursor ?? 0,
      storagePersisted,
      joinCodes: [...(previous?.joinCodes ?? []), ...(code === undefined ? [] : [code])].slice(-100),
    };
    await db.deviceIdentity.put(identity);
  });
}

export function getDeviceIdentity(db: TriangulateDb, engagementId: string): Promise<DeviceIdentity | undefined> {
  return db.deviceIdentity.get(engagementId);
}

/** The engagement this device joined with `code` before, if it did: the link is spent. */
export async function engagementJoinedWith(db: TriangulateDb, code: string): Promise<string | undefined> {
  const identities = await db.deviceIdentity.toArray();
  return identities.find((identity) => identity.joinCodes?.includes(code))?.engagementId;
}
