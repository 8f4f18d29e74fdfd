import type { TriangulateDb } from './db';

/** How much this site stores on the device and how much the browser lets it use. */
export type StorageEstimate = { usage: number; quota: number };

/** The browser's estimate, or null where the browser cannot tell (older Safari). */
export async function estimateStorage(
  storage: StorageManager | undefined = navigator.storage,
): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  const { usage, quota } = await storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

/** Whether the browser has promised not to evict this site's data; null when it cannot say. */
export async function isStoragePersisted(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean | null> {
  if (!storage?.persisted) return null;
  return storage.persisted();
}

/**
 * Asks again for persistent storage and keeps the answer with the join, so every screen
 * shows the same thing. Browsers may grant it later (after the app is installed or used more).
 */
export async function requestPersistentStorage(
  db: TriangulateDb,
  engagementId: string,
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean | null> {
  const granted = storage?.persist ? await storage.persist() : null;
  await db.deviceIdentity.update(engagementId, { storagePersisted: granted });
  return granted;
}
