import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fullDeviceSwitch } from '../../../tests/unit/fullDevice';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { putNoteDraftNow } from './noteDraftStore';
import { startNote, updateNote } from './noteRepository';

describe('startNote: a new note drawn before it is written', () => {
  it('gives the note as its write stores it, and writes it', async () => {
    const db = await joinedDb();
    const { note, saved } = startNote(db, session, memberId);
    expect(note).toMatchObject({ sessionId: session.id, text: '', authorId: memberId, rev: 0, deleted: false });
    const stored = await saved;
    expect(stored).toEqual({ ...note, updatedAt: stored.updatedAt });
    expect(await db.note.get(note.id)).toEqual(stored);
  });

  it('writes text typed before the note is written after it, into it', async () => {
    const db = await joinedDb();
    const { note, saved } = startNote(db, session, memberId);
    const typed = updateNote(db, note, { text: 'Typed at once' });
    await saved;
    await typed;
    expect((await db.note.get(note.id))?.text).toBe('Typed at once');
    expect(await db.outbox.toArray()).toHaveLength(1);
  });

  it('commits a keystroke journalled while the note is being written only after the note', async () => {
    const db = await joinedDb();
    const committed: string[] = [];
    let noteAskedFor = false;
    const askCore = db.core.transaction.bind(db.core);
    vi.spyOn(db.core, 'transaction').mockImplementation((stores, mode, options) => {
      if (stores.includes('note')) noteAskedFor = true;
      return askCore(stores, mode, options);
    });
    // The journal's own transaction (noteDraftStore.ts) is asked of the database directly.
    const backend = db.backendDB();
    const askBackend = backend.transaction.bind(backend);
    vi.spyOn(backend, 'transaction').mockImplementation((stores, mode, options) => {
      const transaction = askBackend(stores, mode, options);
      transaction.addEventListener('complete', () => committed.push('keystroke'));
      return transaction;
    });
    const { note, saved } = startNote(db, session, memberId);
    void saved.then(() => committed.push('note'));
    // The keystroke comes once the note's write has been asked for (a later task in the app).
    await vi.waitFor(() => expect(noteAskedFor).toBe(true), { interval: 0 });
    putNoteDraftNow(db, { noteId: note.id, engagementId, stamp: 1, text: 'S' });
    await vi.waitFor(() => expect(committed).toHaveLength(2));
    expect(committed).toEqual(['note', 'keystroke']);
  });

  it('writes a note whose first write failed (a full device) whole with its next edit, once there is room', async () => {
    const db = await joinedDb();
    const device = await fullDeviceSwitch(db);
    device.full = true;
    const { note, saved } = startNote(db, session, memberId);
    await expect(saved).rejects.toMatchObject({ code: 'storage_full' });
    await expect(updateNote(db, note, { text: 'Typed while full' })).rejects.toMatchObject({ code: 'storage_full' });
    expect(await db.note.get(note.id)).toBeUndefined();

    device.full = false;
    await updateNote(db, note, { text: 'Typed while full, and more' });
    expect(await db.note.get(note.id)).toMatchObject({
      sessionId: session.id,
      authorId: memberId,
      evidenceType: note.evidenceType,
      createdAt: note.createdAt,
      text: 'Typed while full, and more',
      rev: 0,
    });
    // One entry, carrying every field, as a new note's first write does.
    const [entry, ...more] = await db.outbox.toArray();
    expect(more).toEqual([]);
    expect(entry?.changes).toMatchObject({
      sessionId: session.id,
      authorId: memberId,
      text: 'Typed while full, and more',
    });
  });

  it('never writes a stored note over with the fields it was drawn with', async () => {
    const db = await joinedDb();
    const { note, saved } = startNote(db, session, memberId);
    await saved;
    await updateNote(db, note, { stance: 'strength' });
    // The drawn note still says neutral: only the edit's own field is written.
    await updateNote(db, note, { text: 'Later' });
    expect(await db.note.get(note.id)).toMatchObject({ stance: 'strength', text: 'Later' });
  });
});
