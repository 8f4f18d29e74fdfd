import type Database from 'better-sqlite3';
import type { ChangeCounters } from './storage';

type Held = ChangeCounters & { changed: boolean };

/**
 * The engagement change counters on SQLite, held in memory for one transaction: a push
 * of 500 notes took 500 UPDATEs of the same row. The first number an engagement takes
 * in a transaction goes through the database (it creates the row the records' foreign
 * key needs, and reads the counters as they stand); later ones count in memory, and
 * `beforeCommit` writes the last values back inside the same transaction, so what
 * commits is what 500 UPDATEs would have left. The write lock (BEGIN IMMEDIATE) keeps
 * any other writer out meanwhile.
 */
export function createSqliteCounters(db: Database.Database) {
  const read = db.prepare<[string], { counter: number; council_counter: number }>(
    'SELECT counter, council_counter FROM engagement_counters WHERE engagement_id = ?',
  );
  const next = db.prepare<[string], { counter: number; council_counter: number }>(
    `INSERT INTO engagement_counters (engagement_id, counter) VALUES (?, 1)
     ON CONFLICT (engagement_id) DO UPDATE SET counter = counter + 1
     RETURNING counter, council_counter`,
  );
  const nextCouncil = db.prepare<[string], { counter: number; council_counter: number }>(
    'UPDATE engagement_counters SET council_counter = council_counter + 1 WHERE engagement_id = ? RETURNING counter, council_counter',
  );
  const write = db.prepare<[number, number, string]>(
    'UPDATE engagement_counters SET counter = ?, council_counter = ? WHERE engagement_id = ?',
  );
  const held = new Map<string, Held>();

  const hold = (engagementId: string, row: { counter: number; council_counter: number }): Held => {
    const counters = { rev: row.counter, councilRev: row.council_counter, changed: false };
    held.set(engagementId, counters);
    return counters;
  };

  return {
    changeCounters: (engagementId: string): ChangeCounters => {
      const counters = held.get(engagementId);
      if (counters) return { rev: counters.rev, councilRev: counters.councilRev };
      const row = read.get(engagementId);
      if (!row) return { rev: 0, councilRev: 0 };
      const stored = hold(engagementId, row);
      return { rev: stored.rev, councilRev: stored.councilRev };
    },
    nextRev: (engagementId: string): number => {
      const counters = held.get(engagementId);
      if (!counters) {
        const row = next.get(engagementId);
        if (!row) throw new Error('engagement counter did not return a value');
        return hold(engagementId, row).rev;
      }
      counters.rev += 1;
      counters.changed = true;
      return counters.rev;
    },
    nextCouncilRev: (engagementId: string): number => {
      const counters = held.get(engagementId);
      if (!counters) {
        const row = nextCouncil.get(engagementId);
        if (!row) throw new Error('engagement council counter did not return a value');
        return hold(engagementId, row).councilRev;
      }
      counters.councilRev += 1;
      counters.changed = true;
      return counters.councilRev;
    },
    /** The engagement's counter row is about to go (its deletion): nothing of it is written back. */
    forget: (engagementId: string) => {
      held.delete(engagementId);
    },
    /** Writes back what was counted in memory; call before COMMIT. */
    beforeCommit: () => {
      for (const [engagementId, counters] of held) {
        if (counters.changed) write.run(counters.rev, counters.councilRev, engagementId);
      }
      held.clear();
    },
    /** Forgets everything held (after a ROLLBACK, or before a transaction starts). */
    reset: () => {
      held.clear();
    },
  };
}

export type SqliteCounters = ReturnType<typeof createSqliteCounters>;
