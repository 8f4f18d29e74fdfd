import type { RecordOf, RecordType } from '../../domain/records/recordTypes';
import type { TriangulateDb } from './db';

/** A record of the engagement that sync kept at least one losing value on. */
export type ConflictedRecord = { [T in RecordType]: { recordType: T; record: RecordOf<T> } }[RecordType];

/** Every record of any type, by id: what a conflict's record and ids are named from. */
export type RecordsById = ReadonlyMap<string, ConflictedRecord>;

export type ConflictsOnDevice = {
  /** Records with conflicts, in the order the team meets them (engagement first, notes late). */
  conflicted: ConflictedRecord[];
  recordsById: RecordsById;
};

/** The synced record types the engagement's conflicts can be on, in the order listed. */
const listedTypes = [
  'engagement',
  'theme',
  'scopeQuestion',
  'member',
  'session',
  'finding',
  'recommendation',
  'stillToCover',
  'note',
  'publishedSnapshot',
  'accuracyComment',
  'outputDraft',
  'attributionAcceptance',
] as const satisfies readonly RecordType[];

/** Every record of the engagement on this device whose `conflicts` is not empty. */
export async function listConflicts(db: TriangulateDb, engagementId: string): Promise<ConflictsOnDevice> {
  const tables = await Promise.all(
    listedTypes.map(async (recordType) => {
      const records =
        recordType === 'engagement'
          ? await db.engagement.where('id').equals(engagementId).toArray()
          : await db.recordTable(recordType).where('engagementId').equals(engagementId).toArray();
      return records.map((record) => ({ recordType, record }) as ConflictedRecord);
    }),
  );
  const all = tables.flat();
  return {
    conflicted: all.filter(({ record }) => record.conflicts.length > 0),
    recordsById: new Map(all.map((entry) => [entry.record.id, entry])),
  };
}
