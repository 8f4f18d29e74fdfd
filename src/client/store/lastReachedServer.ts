const keyOf = (engagementId: string) => `triangulate:reached-server:${engagementId}`;

/**
 * When this device last reached the server for an engagement (ISO), kept in
 * localStorage so that a tablet opened offline can still say how old its copy is.
 * Storage that refuses (private browsing, full, none in tests) only loses that line.
 */
export function readLastReachedServer(engagementId: string): string | null {
  try {
    const value = globalThis.localStorage?.getItem(keyOf(engagementId)) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null; // unreadable: the status bar says "Offline" without the time
  }
}

export function rememberLastReachedServer(engagementId: string, at: string): void {
  try {
    globalThis.localStorage?.setItem(keyOf(engagementId), at);
  } catch {
    // A full or refusing storage only loses the time shown while offline.
  }
}
