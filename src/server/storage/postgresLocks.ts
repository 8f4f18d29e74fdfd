import type { PoolClient } from 'pg';

/**
 * First keys of this app's two-key advisory locks, so its locks never meet each
 * other's (or another app's single-key locks: PostgreSQL keeps the two forms apart).
 */
export const lockNamespace = {
  /** Session lock held while migrating: one API instance migrates, others wait. */
  migrations: 7_472_001,
  /** Transaction lock per engagement (second key: hash of its id). */
  engagement: 7_472_002,
  /** Transaction lock around the first-start check, so two instances seed one demo. */
  firstStart: 7_472_003,
  /** Transaction lock per client address while its join attempts are counted. */
  joinAttempts: 7_472_004,
} as const;

/**
 * The engagement locks one write transaction holds. PostgreSQL runs transactions side by
 * side (READ COMMITTED), while the sync rules assume what SQLite gives: a push that reads
 * a device's last seq or a record and then writes decides on data nobody else changes
 * before it commits. So a write transaction takes its engagement's lock before it first
 * touches that engagement's rows, and keeps it until commit or rollback. Writers of one
 * engagement then run one at a time (as on SQLite) and each sees the last one's commit;
 * writers of different engagements never wait for each other. Reads outside
 * transactions take no lock: they read a snapshot.
 */
export type EngagementLocks = {
  /** Takes the lock unless held; true when it was just taken, so reads before it are stale. */
  lock(engagementId: string): Promise<boolean>;
  /** Records a lock taken by a statement of its own (the push's preload, migration 7). */
  noteHeld(engagementId: string): void;
  /** The first-start check: held until commit, like the engagement locks. */
  lockFirstStart(): Promise<void>;
};

export function createEngagementLocks(client: PoolClient): EngagementLocks {
  const held = new Set<string>();
  return {
    lock: async (engagementId) => {
      if (held.has(engagementId)) return false;
      // hashtext maps the id to the lock's 32-bit key; a rare collision only makes two
      // engagements wait for each other, never lets two writers of one through.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [lockNamespace.engagement, engagementId]);
      held.add(engagementId);
      return true;
    },
    noteHeld: (engagementId) => {
      held.add(engagementId);
    },
    lockFirstStart: async () => {
      await client.query('SELECT pg_advisory_xact_lock($1, 0)', [lockNamespace.firstStart]);
    },
  };
}

/** For read-only snapshots: nothing to lock. */
export const noLocks: EngagementLocks = {
  lock: async () => false,
  noteHeld: () => undefined,
  lockFirstStart: async () => undefined,
};
