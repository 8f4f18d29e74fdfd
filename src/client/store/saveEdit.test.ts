import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { TriangulateDb } from './db';
import { createNote, updateNote } from './noteRepository';
import { acknowledgePush, takeOutboxBatch } from './outbox';
import { applyPulledChanges } from './applyPulledChanges';

describe('saveEdit and the outbox', () => {
  it('writes the note and one numbered outbox entry, folding later edits into it', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    await updateNote(db, note, { text: 'Staff feel heard' });
    await updateNote(db, note, { stance: 'strength' });

    expect(await db.note.get(note.id)).toMatchObject({
      text: 'Staff feel heard',
      stance: 'strength',
      evidenceType: 'heard',
    });
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      seq: 1,
      state: 'waiting',
      changes: { text: 'Staff feel heard', stance: 'strength' },
    });
    expect((await db.deviceIdentity.get(engagementId))?.nextSeq).toBe(2);
  });

  it('freezes entries a push has taken: a later edit gets the next number', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const batch = await takeOutboxBatch(db, engagementId, 500);
    expect(batch.map((mutation) => mutation.seq)).toEqual([1]);
    await updateNote(db, note, { text: 'typed while the push was in flight' });

    const entries = await db.outbox.orderBy('[engagementId+seq]').toArray();
    expect(entries.map((entry) => [entry.seq, entry.state])).toEqual([
      [1, 'taken'],
      [2, 'waiting'],
    ]);
    expect(entries[0]?.changes.text).toBe('');

    await acknowledgePush(db, engagementId, batch, [{ seq: 1, status: 'applied', rev: 12 }]);
    expect((await db.outbox.toArray()).map((entry) => entry.seq)).toEqual([2]);
    expect((await db.note.get(note.id))?.rev).toBe(12);
  });

  it('hands out distinct numbers to two tabs writing at once', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const tabA = await joinedDb(name);
    const tabB = new TriangulateDb(name);
    await Promise.all([
      ...Array.from({ length: 10 }, () => createNote(tabA, session, memberId)),
      ...Array.from({ length: 10 }, () => createNote(tabB, session, memberId)),
    ]);
    const seqs = (await tabA.outbox.toArray()).map((entry) => entry.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('refuses an invalid record and writes nothing', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    await expect(updateNote(db, note, { text: 'x'.repeat(50_001) })).rejects.toMatchObject({
      code: 'invalid_record',
      field: 'text',
    });
    expect((await db.note.get(note.id))?.text).toBe('');
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps unpushed edits on top of what a pull brings', async () => {
    const db = await joinedDb();
    const note = await createNote(db, session, memberId);
    const created = await takeOutboxBatch(db, engagementId, 500);
    await acknowledgePush(db, engagementId, created, [{ seq: 1, status: 'applied', rev: 19 }]);
    await updateNote(db, note, { text: 'my unpushed words' });
    const fromServer = { ...(await db.note.get(note.id)), text: 'older server text', stance: 'strength', rev: 20 };
    await applyPulledChanges(db, engagementId, [{ recordType: 'note', record: fromServer }], 20);

    expect(await db.note.get(note.id)).toMatchObject({ text: 'my unpushed words', stance: 'strength', rev: 20 });
    expect((await db.deviceIdentity.get(engagementId))?.pullCursor).toBe(20);
  });

  it('refuses a pulled record that does not match its schema, storing nothing', async () => {
    const db = await joinedDb();
    await expect(
      applyPulledChanges(db, engagementId, [{ recordType: 'note', record: { id: 'not-a-uuid' } }], 5),
    ).rejects.toMatchObject({ code: 'invalid_record' });
    expect((await db.deviceIdentity.get(engagementId))?.pullCursor).toBe(0);
  });
});
