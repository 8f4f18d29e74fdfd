import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { Note } from '../../domain/records/note';
import { applyPulledChanges } from './applyPulledChanges';
import { listSessionNotes } from './noteRepository';

const note: Note = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  engagementId,
  rev: 3,
  updatedAt: '2026-11-23T10:30:00.000Z',
  deleted: false,
  conflicts: [],
  sessionId: session.id,
  text: 'Carers said the social worker named a neighbour',
  evidenceType: 'heard',
  themeIds: [],
  scopeQuestionIds: [],
  stance: 'neutral',
  isQuote: false,
  authorId: memberId,
  createdAt: '2026-11-23T10:00:00.000Z',
  documentReference: '',
  photoIds: [],
};

describe('a record erased to its bare tombstone', () => {
  it('is stored from a pull in place of the whole record, and reads leave it out without calling it unreadable', async () => {
    const db = await joinedDb();
    await applyPulledChanges(db, engagementId, [{ recordType: 'note', record: note }], 3);
    expect(await listSessionNotes(db, engagementId, session.id)).toHaveLength(1);

    await applyPulledChanges(
      db,
      engagementId,
      [{ recordType: 'note', record: { id: note.id, rev: 9, deleted: true } }],
      9,
    );
    // The words are gone from the device: what IndexedDB holds is the tombstone alone.
    const raw: unknown = await db.backendDB().transaction('note').objectStore('note').get(note.id);
    const stored = await new Promise((resolve) => {
      (raw as IDBRequest).onsuccess = () => resolve((raw as IDBRequest).result);
    });
    expect(stored).toEqual({ id: note.id, rev: 9, deleted: true, engagementId });
    expect(await db.note.get(note.id)).toBeUndefined();
    expect(await db.note.where('engagementId').equals(engagementId).toArray()).toEqual([]);
    expect(await listSessionNotes(db, engagementId, session.id)).toEqual([]);
    expect(db.unreadableRecords.count).toBe(0);
    expect((await db.deviceIdentity.get(engagementId))?.pullCursor).toBe(9);
  });

  it('does not make a live record with fields missing readable', async () => {
    const db = await joinedDb();
    const { text: _text, ...partial } = note;
    await db.table('note').put({ ...partial, deleted: true });
    expect(await db.note.get(note.id)).toBeUndefined();
    expect(db.unreadableRecords.list()).toEqual([expect.objectContaining({ table: 'note' })]);
    await expect(
      applyPulledChanges(db, engagementId, [{ recordType: 'note', record: { ...partial, deleted: true } }], 4),
    ).rejects.toMatchObject({ code: 'invalid_record' });
  });
});
