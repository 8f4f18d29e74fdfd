import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { engagementId, joinedDb, memberId, session } from '../../../tests/unit/storeFixtures';
import { TriangulateDb } from './db';
import { createNote, updateNote } from './noteRepository';
import { observeWaitingEdits } from './outbox';

describe('observeWaitingEdits', () => {
  it('counts at once, then recounts once after a burst of keystrokes, not once per keystroke', async () => {
    const db = await joinedDb();
    const counts: number[] = [];
    const countsSeen = vi.fn((count: number) => counts.push(count));
    const stop = observeWaitingEdits(db, engagementId, countsSeen);
    await vi.waitFor(() => expect(counts).toEqual([0]));

    const note = await createNote(db, session, memberId);
    let text = '';
    for (const key of 'Carers wait weeks') {
      text += key;
      await updateNote(db, note, { text });
    }
    await vi.waitFor(() => expect(counts.at(-1)).toBe(1));
    // 18 writes; the recount waits for a pause, so far fewer counts than writes.
    expect(counts.length).toBeLessThanOrEqual(4);
    stop();
  });

  it('sees edits another tab makes', async () => {
    const name = `shared-${crypto.randomUUID()}`;
    const tabA = await joinedDb(name);
    const tabB = new TriangulateDb(name);
    const counts: number[] = [];
    const stop = observeWaitingEdits(tabA, engagementId, (count) => counts.push(count));
    await createNote(tabB, session, memberId);
    await createNote(tabB, session, memberId);
    await vi.waitFor(() => expect(counts.at(-1)).toBe(2));
    stop();
    await createNote(tabB, session, memberId);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(counts.at(-1)).toBe(2);
  });
});
