import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { TriangulateDb } from './db';
import { createNote, setNoteTag, updateNote } from './noteRepository';
import { acknowledgePush, takeOutboxBatch } from './outbox';

describe('saveEdit while a person types', () => {
  it('writes each keystroke without reading first, folding all of them into one waiting entry', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const lookups = vi.spyOn(db.outbox, 'where');
    let text = '';
    for (const key of 'Staff feel heard') {
      text += key;
      await updateNote(db, note, { text });
    }
    expect(lookups).not.toHaveBeenCalled();
    expect((await db.note.get(note.id))?.text).toBe('Staff feel heard');
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 1, state: 'waiting', changes: { text: 'Staff feel heard' } });
  });

  it('keeps what another tab saved between two keystrokes', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const tabA = await joinedDb(name);
    const tabB = new TriangulateDb(name);
    const note = await createNote(tabA, session, memberId);
    await updateNote(tabA, note, { text: 'Carers' });
    await updateNote(tabB, note, { stance: 'strength', isQuote: true });
    await updateNote(tabA, note, { text: 'Carers wait' });
    await updateNote(tabA, note, { text: 'Carers wait weeks' });

    expect(await tabB.note.get(note.id)).toMatchObject({
      text: 'Carers wait weeks',
      stance: 'strength',
      isQuote: true,
    });
    const entries = await tabB.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.changes).toMatchObject({ text: 'Carers wait weeks', stance: 'strength', isQuote: true });
  });

  it('numbers a new entry once a push has taken the last one, on the revision the server gave', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'before the push' });
    const batch = await takeOutboxBatch(db, engagementId, 500);
    await updateNote(db, note, { text: 'before the push, and during it' });
    await acknowledgePush(db, engagementId, batch, [{ seq: 1, status: 'applied', rev: 7 }]);
    await updateNote(db, note, { text: 'before the push, and during it, and after' });

    const entries = await db.outbox.toArray();
    expect(entries.map((entry) => [entry.seq, entry.state, entry.changes.text])).toEqual([
      [2, 'waiting', 'before the push, and during it, and after'],
    ]);
    // Its base stays the revision the first unpushed keystroke was made on.
    expect(entries[0]?.baseRevs.text).toBe(0);
    expect(await db.note.get(note.id)).toMatchObject({ rev: 7, text: 'before the push, and during it, and after' });
    await updateNote(db, note, { stance: 'strength' });
    expect((await db.outbox.toArray())[0]?.baseRevs.stance).toBe(7);
  });

  it('refuses an invalid keystroke, writes nothing and goes on from what is stored', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'ok' });
    await expect(updateNote(db, note, { text: 'x'.repeat(50_001) })).rejects.toMatchObject({ code: 'invalid_record' });
    await updateNote(db, note, { text: 'ok again' });
    expect((await db.note.get(note.id))?.text).toBe('ok again');
    expect((await db.outbox.toArray()).map((entry) => entry.changes.text)).toEqual(['ok again']);
  });
});

describe('saveEdit inside a caller’s transaction', () => {
  it('reads first there: a tag set after another tab changed the note being typed in still saves', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const tabA = await joinedDb(name);
    const tabB = new TriangulateDb(name);
    const note = await createNote(tabA, session, memberId);
    await updateNote(tabA, note, { text: 'Carers' });
    await updateNote(tabB, note, { stance: 'strength' });
    const themeId = crypto.randomUUID();
    await setNoteTag(tabA, note.id, 'themeIds', themeId, true);
    expect(await tabA.note.get(note.id)).toMatchObject({ text: 'Carers', stance: 'strength', themeIds: [themeId] });
  });
});
