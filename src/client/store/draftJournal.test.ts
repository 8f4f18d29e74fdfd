// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { noteDraftJournal, replayNoteDrafts } from './draftJournal';
import { createNote } from './noteRepository';

describe('the draft journal', () => {
  it('replays text IndexedDB never got, as an edit that will sync', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    noteDraftJournal(note, localStorage).write('typed just before the tab died');

    expect(await replayNoteDrafts(db, localStorage)).toBe(1);
    expect((await db.note.get(note.id))?.text).toBe('typed just before the tab died');
    expect((await db.outbox.toArray())[0]?.changes.text).toBe('typed just before the tab died');
    expect(localStorage.length).toBe(0);
  });

  it('clears only the text that was saved, never a newer one', () => {
    const journal = noteDraftJournal({ engagementId: 'e', id: 'n' }, localStorage);
    journal.write('abc');
    journal.write('abcd');
    journal.clear('abc');
    expect(localStorage.length).toBe(1);
    journal.clear('abcd');
    expect(localStorage.length).toBe(0);
  });

  it('keeps a draft for a note this device does not have yet', async () => {
    const db = await joinedDb();
    noteDraftJournal({ engagementId: session.engagementId, id: crypto.randomUUID() }, localStorage).write('x');
    expect(await replayNoteDrafts(db, localStorage)).toBe(0);
    expect(localStorage.length).toBe(1);
    localStorage.clear();
  });
});
