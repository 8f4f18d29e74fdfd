/**
 * Router state the join hands to the engagement's first screen, so the answer of
 * navigator.storage.persist() is shown once, right after joining.
 */
export type JoinedState = { joinedStoragePersisted: boolean | null };

export function isJoinedState(value: unknown): value is JoinedState {
  return typeof value === 'object' && value !== null && 'joinedStoragePersisted' in value;
}
