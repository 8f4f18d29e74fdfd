// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStart, startHoldsAtMostMs, startIsOver } from '../../src/client/services/afterStart';
import type { TriangulateDb } from '../../src/client/store/db';
import { createNote } from '../../src/client/store/noteRepository';
import { joinedDb, memberId, session } from './storeFixtures';

afterEach(() => vi.useRealTimers());

describe('afterStart', () => {
  it('settles only once a note written as the page appeared has committed', async () => {
    const db = await joinedDb();
    let written = false;
    // "New note" tapped before the start is over: its write is asked for first.
    const write = createNote(db, session, memberId).then(() => (written = true));
    expect(startIsOver(db)).toBe(false);
    await afterStart(db);
    expect(written).toBe(true);
    expect(startIsOver(db)).toBe(true);
    await write;
  });

  it('is the same wait for every reader of one database', async () => {
    const db = await joinedDb();
    expect(afterStart(db)).toBe(afterStart(db));
    await afterStart(db);
  });

  it('settles after at most a second when the database does not answer', async () => {
    vi.useFakeTimers();
    // A database that never opens (another tab holding an upgrade): its transactions never answer.
    const neverOpens = { transaction: () => new Promise(() => undefined) } as unknown as TriangulateDb;
    let settled = false;
    void afterStart(neverOpens).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(startHoldsAtMostMs - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(startIsOver(neverOpens)).toBe(true);
  });
});
