import type { RecordType } from '../../domain/records/recordTypes';

/**
 * A deleted note not yet erased, with when the server applied its delete (the `at` of
 * its `deleted` stamp; absent on records stored before stamps kept times).
 */
export type DeletedNoteRow = { engagementId: string; id: string; deletedAt: string | undefined };

/** What `deleteEngagement` removed, counted for the operator. */
export type EngagementErasure = { records: number; photos: number; devices: number; invites: number };

/**
 * Erasure (docs/operations.md): the `deleted` column of a record's row is 0 (live), 1
 * (deleted: its content kept for undo) or 2 (erased: its data is the bare tombstone
 * `{id, rev, deleted: true}`), so finding what is still to erase never reads tombstones.
 */
export interface ErasureReads {
  /** Deleted notes still holding their content, in one engagement or in all. */
  listDeletedNotes(engagementId?: string): Promise<DeletedNoteRow[]>;
}

export interface ErasureWrites {
  /** Replaces the record's row with its bare tombstone under `rev`, marked erased. */
  eraseRecord(engagementId: string, recordType: RecordType, id: string, rev: number, erasedAt: string): Promise<void>;
  /** Deletes photo bytes for good; returns how many were stored. */
  deletePhotos(engagementId: string, photoIds: readonly string[]): Promise<number>;
  /** Deletes every row of the engagement: records, photos, devices, invites, counters. */
  deleteEngagement(engagementId: string): Promise<EngagementErasure>;
}
