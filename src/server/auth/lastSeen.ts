import type { Storage } from '../storage/storage';

/**
 * How stale "last seen" may get before a request refreshes it. Writing it on every
 * request would add a write transaction to every pull; a manager only needs to tell
 * "syncing today" from "not seen for a week".
 */
export const lastSeenResolutionMs = 5 * 60 * 1000;

/** Records that a device made a request, at most once per resolution period. */
export async function noteDeviceSeen(
  storage: Storage,
  deviceId: string,
  lastSeenAt: string | null,
  now: Date,
): Promise<void> {
  if (lastSeenAt !== null && now.getTime() - Date.parse(lastSeenAt) < lastSeenResolutionMs) return;
  await storage.transaction((tx) => tx.setDeviceLastSeen(deviceId, now.toISOString()));
}
