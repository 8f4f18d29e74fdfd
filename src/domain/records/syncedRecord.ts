import { z } from 'zod';
import { conflictSchema, maxConflictsPerRecord } from './conflict';

/** Every synced record shares these fields; the sync engine relies on nothing else. */
export const syncedRecordFields = {
  /** UUID made on the device that created the record, so records can be made offline. */
  id: z.uuid(),
  /** The engagement the record belongs to: the unit of access and of the change counter. */
  engagementId: z.uuid(),
  /**
   * The server's change number when this version was stored; 0 until the server has it.
   * Clients send it back as the base of their edits so the server can see conflicts.
   */
  rev: z.number().int().min(0),
  /** When the record last changed (ISO time): shown to people, never used to order edits. */
  updatedAt: z.iso.datetime(),
  /** Tombstone: sync never hard-deletes, so a delete can travel and an edit can undo it. */
  deleted: z.boolean(),
  /** Values that lost a concurrent edit, kept for the challenge manager: sync loses nothing. */
  conflicts: z.array(conflictSchema).max(maxConflictsPerRecord).default([]),
};

/** A bounded single-line text: every string that crosses a boundary has a limit. */
export const shortText = (max = 200) => z.string().trim().max(max);

/** A calendar date such as 2026-11-23. */
export const calendarDate = z.iso.date();
