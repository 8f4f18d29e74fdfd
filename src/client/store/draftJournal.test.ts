// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import type { TriangulateDb } from './db';
import { noteDraftJournal, replayNoteDrafts } from './draftJournal';
import { createNote } from './noteRepository';

/** Resolves once every transaction started so far on the journal's store has ended. */
const draftsNow = (db: TriangulateDb) => db.noteDraft.toArray();

/** A browser killed before Chromium wrote localStorage to disk: an empty one after relaunch. */
const killedBrowserStorage = (): Storage => {
  const fresh = new Map<string, string>();
  return {
    get length() {
      return fresh.size;
    },
    key: (index) => [...fresh.keys()][index] ?? null,
    getItem: (key) => fresh.get(key) ?? null,
    setItem: (key, value) => void fresh.set(key, value),
    removeItem: (key) => void fresh.delete(key),
    clear: () => fresh.clear(),
  };
};

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('the draft journal', () => {
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

    const afterRelaunch = killedBrowserStorage();
    expect(await replayNoteDrafts(db, afterRelaunch)).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('Referrals wait four days');
    expect(await draftsNow(db)).toEqual([]);
  });

  it('replays the newer of the two copies', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    vi.useFakeTimers({ toFake: ['Date'] });
    const older = killedBrowserStorage();
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    noteDraftJournal(db, note, older).write('first words');
    // A later keystroke (after a reload) reached IndexedDB; this localStorage holds the first.
    vi.setSystemTime(new Date('2026-12-01T10:00:05Z'));
    noteDraftJournal(db, note, killedBrowserStorage()).write('first words, then more');
    await draftsNow(db);

    expect(await replayNoteDrafts(db, older)).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('first words, then more');
    expect(older.length).toBe(0);
  });

  it('clears only the text that was saved, never a newer one', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const journal = noteDraftJournal(db, note, localStorage);
    journal.write('abc');
    journal.write('abcd');
    journal.clear('abc');
    expect(localStorage.length).toBe(1);
    expect((await draftsNow(db)).map((draft) => draft.text)).toEqual(['abcd']);
    journal.clear('abcd');
    expect(localStorage.length).toBe(0);
    expect(await draftsNow(db)).toEqual([]);
  });

  it('keeps a draft for a note this device does not have yet', async () => {
    const db = await joinedDb();
    noteDraftJournal(db, { engagementId: session.engagementId, id: crypto.randomUUID() }, localStorage).write('x');
    expect(await replayNoteDrafts(db, localStorage)).toBe(0);
    expect(localStorage.length).toBe(1);
    expect(await draftsNow(db)).toHaveLength(1);
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
    expect((await draftsNow(db)).map((draft) => draft.text)).toEqual(['Carers want one named contact']);
  });
});
