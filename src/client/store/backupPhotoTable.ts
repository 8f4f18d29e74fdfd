import type { Table } from 'dexie';
import type { TriangulateDb } from './db';

/** A stored photo row as backups see it: an id, its engagement and one Blob field. */
export type StoredPhotoRow = Record<string, unknown> & { id: string; engagementId: string };

/**
 * The photo table when this database version has one. Backups include photos whenever
 * it exists, without depending on the exact shape of its rows beyond id, engagement and
 * one Blob.
 */
export function photoTable(db: TriangulateDb): Table<StoredPhotoRow, string> | undefined {
  return db.tables.find((table) => table.name === 'photo') as Table<StoredPhotoRow, string> | undefined;
}

/** The field of a photo row that holds its bytes. */
export function blobFieldOf(row: Record<string, unknown>): string | undefined {
  return Object.keys(row).find((key) => row[key] instanceof Blob);
}
