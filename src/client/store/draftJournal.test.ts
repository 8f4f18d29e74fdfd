// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fullDeviceSwitch } from '../../../tests/unit/fullDevice';
import { joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { TriangulateDb } from './db';
import { noteDraftJournal } from './draftJournal';
import { createNote, drawnNoteFields, startNote, updateNote } from './noteRepository';
import { replayNoteDrafts } from './replayNoteDrafts';

/** Texts of the unsaved drafts, once every journal transaction started so far has ended. */
const draftsNow = async (db: TriangulateDb) =>
  (await db.noteDraft.toArray()).filter((row) => !row.saved).map((row) => row.text);

/** A Storage of its own: what a relaunched browser finds on disk (a copy, or nothing). */
const storageHolding = (copy: Storage | null = null): Storage => {
  const items = new Map<string, string>();
  for (let index = 0; copy && index < copy.length; index += 1) {
    const key = copy.key(index);
    if (key !== null) items.set(key, copy.getItem(key) ?? '');
  }
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
};

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('the typing journal', () => {
  it('replays text the note never got, as an edit that will sync', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    noteDraftJournal(db, note, localStorage).write('typed just before the tab died');

    expect(await replayNoteDrafts(db, localStorage)).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('typed just before the tab died');
    expect((await db.outbox.toArray())[0]?.changes.text).toBe('typed just before the tab died');
    expect(localStorage.length).toBe(0);
    expect(await draftsNow(db)).toEqual([]);
  });

  it('brings back the last keystrokes of a killed browser from IndexedDB alone', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const journal = noteDraftJournal(db, note, localStorage);
    journal.write('Referrals wait');
    journal.write('Referrals wait four days');
    await draftsNow(db);

    expect(await replayNoteDrafts(db, storageHolding())).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('Referrals wait four days');
    expect(await draftsNow(db)).toEqual([]);
  });

  it('never replays a stale copy over text the note got later (a killed browser kept an old localStorage)', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const journal = noteDraftJournal(db, note, localStorage);
    journal.write('Heard at the fr');
    // Chromium wrote localStorage to disk here, and never again before the kill.
    const onDiskAtKill = storageHolding(localStorage);
    journal.write('Heard at the front door team');
    await updateNote(db, note, { text: 'Heard at the front door team' });
    journal.clear('Heard at the front door team');
    await draftsNow(db);

    expect(await replayNoteDrafts(db, onDiskAtKill)).toBe(0);
    expect((await db.note.get(note.id))?.text).toBe('Heard at the front door team');
    expect(onDiskAtKill.length).toBe(0);
  });

  it('replays the newer of the two copies', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    vi.useFakeTimers({ toFake: ['Date'] });
    const older = storageHolding();
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    noteDraftJournal(db, note, older).write('first words');
    // A later keystroke (after a reload) reached IndexedDB; this localStorage holds the first.
    vi.setSystemTime(new Date('2026-12-01T10:00:05Z'));
    noteDraftJournal(db, note, storageHolding()).write('first words, then more');
    await draftsNow(db);

    expect(await replayNoteDrafts(db, older)).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('first words, then more');
    expect(older.length).toBe(0);
  });

  it('settles only up to the text that was saved, never a newer one', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const journal = noteDraftJournal(db, note, localStorage);
    journal.write('abc');
    journal.write('abcd');
    journal.clear('abc');
    expect(localStorage.length).toBe(1);
    expect(await draftsNow(db)).toEqual(['abcd']);
    journal.clear('abcd');
    expect(localStorage.length).toBe(0);
    expect(await draftsNow(db)).toEqual([]);
    expect(await db.noteDraft.toArray()).toMatchObject([{ noteId: note.id, saved: true }]);
  });

  it('keeps a draft for a note this device does not have yet', async () => {
    const db = await joinedDb();
    noteDraftJournal(db, { engagementId: session.engagementId, id: crypto.randomUUID() }, localStorage).write('x');
    expect(await replayNoteDrafts(db, localStorage)).toBe(0);
    expect(localStorage.length).toBe(1);
    expect(await draftsNow(db)).toEqual(['x']);
  });

  it('writes a new note whose first write failed (a full device) from its journal at the next start', async () => {
    const db = await joinedDb();
    const device = await fullDeviceSwitch(db);
    device.full = true;
    const { note, saved } = startNote(db, session, memberId);
    await expect(saved).rejects.toMatchObject({ code: 'storage_full' });
    const journal = noteDraftJournal(db, { ...note, drawnAs: drawnNoteFields(note) }, localStorage);
    journal.write('Typed while the device was full');
    await draftsNow(db);

    // Still full at the next start: nothing is written, and nothing is dropped.
    expect(await replayNoteDrafts(db, storageHolding(localStorage))).toBe(0);
    expect(await draftsNow(db)).toEqual(['Typed while the device was full']);

    device.full = false;
    expect(await replayNoteDrafts(db, localStorage)).toBe(1);
    expect(await db.note.get(note.id)).toMatchObject({
      sessionId: session.id,
      authorId: memberId,
      createdAt: note.createdAt,
      evidenceType: note.evidenceType,
      text: 'Typed while the device was full',
    });
    expect((await db.outbox.toArray()).map((entry) => entry.changes)).toEqual([
      expect.objectContaining({ sessionId: session.id, text: 'Typed while the device was full' }),
    ]);
    expect(localStorage.length).toBe(0);
    expect(await draftsNow(db)).toEqual([]);
  });

  it('forgets "saved up to" markers after a month', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-01T10:00:00Z'));
    const journal = noteDraftJournal(db, note, localStorage);
    journal.write('typed in October');
    journal.clear('typed in October');
    await replayNoteDrafts(db, localStorage);
    expect(await db.noteDraft.count()).toBe(1);
    vi.setSystemTime(new Date('2026-11-02T10:00:00Z'));
    await replayNoteDrafts(db, localStorage);
    expect(await db.noteDraft.count()).toBe(0);
  });

  it('puts a keystroke in a transaction of its own store, committed at once', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const opened: { stores: string[]; committed: boolean }[] = [];
    const backend = db.backendDB();
    const open = backend.transaction.bind(backend);
    backend.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
      const transaction = open(stores, mode);
      const seen = { stores: [stores].flat(), committed: false };
      const commit = transaction.commit.bind(transaction);
      transaction.commit = () => {
        seen.committed = true;
        commit();
      };
      opened.push(seen);
      return transaction;
    }) as IDBDatabase['transaction'];

    noteDraftJournal(db, note, localStorage).write('Carers want one named contact');

    // Synchronously, before the keystroke handler returns: nothing waits for the page.
    expect(opened).toEqual([{ stores: ['noteDraft'], committed: true }]);
    expect(await draftsNow(db)).toEqual(['Carers want one named contact']);
  });
});
