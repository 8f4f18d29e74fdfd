// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { Note } from '../../domain/records/note';
import { applyPulledChanges } from './applyPulledChanges';
import type { TriangulateDb } from './db';
import { localDraftKey, noteDraftJournal } from './draftJournal';
import { takeOutboxBatch } from './outbox';
import { createNote, restoreNote, updateNote } from './noteRepository';
import { addNotePhoto } from './photoRepository';
import { replayNoteDrafts } from './replayNoteDrafts';

afterEach(() => localStorage.clear());

const words = 'Carers said the social worker named a neighbour';

/** A note this device wrote, pushed and pulled back at rev 5, with a photo and a journalled keystroke. */
async function noteWithEverything(db: TriangulateDb): Promise<Note> {
  const created = await createNote(db, session, memberId);
  const note = await updateNote(db, created, { text: words });
  await addNotePhoto(db, note.id, { bytes: new Uint8Array([0xff, 0xd8, 0xff]).buffer, contentType: 'image/jpeg' });
  noteDraftJournal(db, note, localStorage).write(`${words} again`);
  // The journal's IndexedDB write runs in a transaction of its own: wait for it to land.
  await expect.poll(() => db.noteDraft.where('noteId').equals(note.id).count()).toBe(1);
  return note;
}

const erase = (db: TriangulateDb, note: Note, rev = 9) =>
  applyPulledChanges(db, engagementId, [{ recordType: 'note', record: { id: note.id, rev, deleted: true } }], rev);

/** Every string this device would send or keep for the note, outbox included. */
async function everythingHeld(db: TriangulateDb): Promise<string> {
  const tables = await Promise.all(
    ['note', 'outbox', 'photo', 'noteDraft'].map((name) => db.backendDB().transaction(name).objectStore(name)),
  ).then((stores) =>
    Promise.all(
      stores.map(
        (store) =>
          new Promise<unknown[]>((resolve) => {
            const request = store.getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          }),
      ),
    ),
  );
  return JSON.stringify({ tables, localStorage: { ...localStorage } });
}

describe('a note erased on the server, pulled by this device', () => {
  it('leaves only its tombstone: photo bytes, typing journals and the words in waiting edits go', async () => {
    const db = await joinedDb();
    const note = await noteWithEverything(db);
    expect(await db.photo.where('noteId').equals(note.id).count()).toBe(1);
    expect(localStorage.getItem(localDraftKey(note.id))).not.toBeNull();
    expect(await everythingHeld(db)).toContain(words);
    const waiting = await db.outbox.where('engagementId').equals(engagementId).toArray();

    await erase(db, note);

    expect(await everythingHeld(db)).not.toContain(words);
    expect(await db.note.get(note.id)).toBeUndefined();
    expect(await db.photo.where('noteId').equals(note.id).count()).toBe(0);
    expect(await db.noteDraft.where('noteId').equals(note.id).count()).toBe(0);
    expect(localStorage.getItem(localDraftKey(note.id))).toBeNull();
    // The waiting edits keep their numbers (the server expects each one) as bare deletes.
    const emptied = await db.outbox.where('engagementId').equals(engagementId).toArray();
    expect(emptied.map((entry) => entry.seq)).toEqual(waiting.map((entry) => entry.seq));
    for (const entry of emptied) {
      expect(entry).toMatchObject({ recordId: note.id, op: 'delete', changes: {}, setChanges: {}, baseRevs: {} });
    }
  });

  it('is never sent again: an edit or restore is refused here, and a push carries no word of it', async () => {
    const db = await joinedDb();
    const note = await noteWithEverything(db);
    await erase(db, note);

    await expect(updateNote(db, note, { text: 'typed into the editor still open' })).rejects.toMatchObject({
      code: 'erased',
    });
    await expect(restoreNote(db, note)).rejects.toMatchObject({ code: 'erased' });
    const batch = await takeOutboxBatch(db, engagementId, 100);
    expect(JSON.stringify(batch)).not.toContain('typed into');
    expect(JSON.stringify(batch)).not.toContain(words);
    expect(batch.every((mutation) => mutation.op === 'delete')).toBe(true);
  });

  it('drops a journalled draft of it at the next start instead of keeping it', async () => {
    const db = await joinedDb();
    const note = await noteWithEverything(db);
    await erase(db, note);
    // Typed into an editor still open as the erasure landed, before a reload.
    noteDraftJournal(db, note, localStorage).write('typed as it was erased');
    await expect.poll(() => db.noteDraft.where('noteId').equals(note.id).count()).toBe(1);

    expect(await replayNoteDrafts(db, localStorage)).toBe(0);
    expect(await everythingHeld(db)).not.toContain('typed as it was erased');
  });
});
