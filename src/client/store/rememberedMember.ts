import { z } from 'zod';
import { memberRoleSchema } from '../../domain/records/member';
import type { DeviceIdentity } from './deviceIdentity';

/** Who this device is in an engagement, without its token: all a screen needs to draw. */
export type EngagementMember = Pick<
  DeviceIdentity,
  'engagementId' | 'memberId' | 'role' | 'displayName' | 'storagePersisted'
>;

const engagementMemberSchema = z.object({
  engagementId: z.string(),
  memberId: z.string(),
  role: memberRoleSchema,
  displayName: z.string(),
  storagePersisted: z.boolean().nullable(),
});

const keyOf = (engagementId: string) => `triangulate:member:${engagementId}`;

/**
 * A copy of the device identity's non-secret part in localStorage, read synchronously so
 * the first screen after a cold start draws at once instead of after a database round
 * trip. IndexedDB stays the truth: the shell checks it and forgets this copy when it
 * disagrees. Storage that refuses (private browsing, full) just means a slower start.
 */
export function readRememberedMember(
  engagementId: string,
  storage: Storage = localStorage,
): EngagementMember | undefined {
  try {
    const raw = storage.getItem(keyOf(engagementId));
    if (raw === null) return undefined;
    const parsed = engagementMemberSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.engagementId === engagementId ? parsed.data : undefined;
  } catch {
    return undefined; // unreadable copy: IndexedDB answers a moment later
  }
}

export function rememberMember(identity: EngagementMember, storage: Storage = localStorage): void {
  const { engagementId, memberId, role, displayName, storagePersisted } = identity;
  const value = JSON.stringify({ engagementId, memberId, role, displayName, storagePersisted });
  try {
    if (storage.getItem(keyOf(engagementId)) !== value) storage.setItem(keyOf(engagementId), value);
  } catch {
    // A full or refusing storage only loses the faster start; the notes are in IndexedDB.
  }
}

export function forgetMember(engagementId: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(keyOf(engagementId));
  } catch {
    // Nothing to undo: an unreadable copy is never used.
  }
}
