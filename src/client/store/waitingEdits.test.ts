import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../../../tests/support/fakeClock';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { TriangulateDb } from './db';
import { createNote, updateNote } from './noteRepository';
import { observeWaitingEdits } from './outbox';

describe('observeWaitingEdits', () => {
  it('counts at once, then recounts once after a burst of keystrokes, not once per keystroke', async () => {
    const db = await joinedDb();
    const counts: number[] = [];
    const clock = new FakeClock();
    const stop = observeWaitingEdits(db, engagementId, (count) => counts.push(count), clock);
    await vi.waitFor(() => expect(counts).toEqual([0]));

    const note = await createNote(db, session, memberId);
    let text = '';
    for (const key of 'Carers wait weeks') {
      text += key;
      await updateNote(db, note, { text });
      clock.advance(20);
    }
    // 18 writes over 340 ms: one recount, 400 ms after the first.
    expect(clock.pending).toBe(1);
    clock.advance(60);
    expect(clock.pending).toBe(0);
    await vi.waitFor(() => expect(counts).toEqual([0, 1]));
    stop();
  });

  it('sees edits another tab makes, until stopped', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const tabA = await joinedDb(name);
    const tabB = new TriangulateDb(name);
    const counts: number[] = [];
    const clock = new FakeClock();
    const stop = observeWaitingEdits(tabA, engagementId, (count) => counts.push(count), clock);
    await vi.waitFor(() => expect(counts).toEqual([0]));
    await createNote(tabB, session, memberId);
    await createNote(tabB, session, memberId);
    expect(clock.pending).toBe(1); // the recount after the burst
    clock.advance(400);
    await vi.waitFor(() => expect(counts.at(-1)).toBe(2));

    stop();
    // Another observer on the same clock sees the next write; the stopped one sets no recount.
    const after: number[] = [];
    const stopAfter = observeWaitingEdits(tabA, engagementId, (count) => after.push(count), clock);
    await createNote(tabB, session, memberId);
    expect(clock.pending).toBe(1);
    clock.advance(400);
    await vi.waitFor(() => expect(after.at(-1)).toBe(3));
    expect(counts.at(-1)).toBe(2);
    stopAfter();
  });
});
