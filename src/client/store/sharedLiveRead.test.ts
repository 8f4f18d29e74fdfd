import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engagementId, joinedDb, session } from '../../../tests/unit/storeFixtures';
import type { TriangulateDb } from './db';
import { keepLiveMs, sharedLiveRead, type SharedLiveRead } from './sharedLiveRead';

const sessionTitles = (db: TriangulateDb) =>
  db.session
    .where('engagementId')
    .equals(engagementId)
    .toArray()
    .then((sessions) => sessions.map((s) => s.title).sort());

/** Resolves with the read's next answer that satisfies `wanted`. */
function answerWhere<T>(read: SharedLiveRead<T>, wanted: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const look = () => {
      const latest = read.latest();
      if (latest && 'value' in latest && wanted(latest.value)) {
        stop();
        resolve(latest.value);
      }
    };
    const stop = read.subscribe(look);
    look();
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a shared live read', () => {
  it('is one read for every screen that asks for it by the same name, kept current by writes', async () => {
    const db = await joinedDb();
    await db.session.put(session);
    const read = vi.fn(() => sessionTitles(db));
    const first = sharedLiveRead(db, 'titles', read);
    const second = sharedLiveRead(db, 'titles', () => Promise.resolve(['never read']));
    expect(second).toBe(first);

    const stopFirst = first.subscribe(() => undefined);
    const stopSecond = second.subscribe(() => undefined);
    expect(await answerWhere(second, () => true)).toEqual([session.title]);
    expect(read).toHaveBeenCalledTimes(1);

    await db.session.put({ ...session, title: 'Renamed' });
    expect(await answerWhere(first, (titles) => titles[0] === 'Renamed')).toEqual(['Renamed']);
    stopFirst();
    stopSecond();
  });

  it('stays live for a while after its last listener leaves, then stops and forgets its answer', async () => {
    const db = await joinedDb();
    await db.session.put(session);
    const read = vi.fn(() => sessionTitles(db));
    const titles = sharedLiveRead(db, 'titles', read);
    titles.subscribe(() => undefined)();
    // No one listens now: the read still answers, and still follows writes.
    await answerWhere(titles, () => true);
    await db.session.put({ ...session, title: 'Renamed' });
    await answerWhere(titles, (value) => value[0] === 'Renamed');
    const readsWhileLive = read.mock.calls.length;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stillListening = titles.subscribe(() => undefined);
    stillListening();
    vi.advanceTimersByTime(keepLiveMs - 1);
    expect(titles.latest()).toEqual({ value: ['Renamed'] });
    vi.advanceTimersByTime(1);
    expect(titles.latest()).toBeUndefined();
    vi.useRealTimers();

    await db.session.put({ ...session, title: 'Renamed again' });
    // Stopped: the write is not read. A new listener starts it again, from a fresh read.
    expect(read).toHaveBeenCalledTimes(readsWhileLive);
    const stop = titles.subscribe(() => undefined);
    expect(await answerWhere(titles, () => true)).toEqual(['Renamed again']);
    stop();
  });

  it('keeps answering while anyone listens, whatever stops came before', async () => {
    const db = await joinedDb();
    await db.session.put(session);
    const titles = sharedLiveRead(db, 'titles', () => sessionTitles(db));
    const leaving = titles.subscribe(() => undefined);
    await answerWhere(titles, () => true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    leaving();
    leaving(); // a stop called twice
    const staying = titles.subscribe(() => undefined);
    vi.advanceTimersByTime(keepLiveMs * 2);
    expect(titles.latest()).toEqual({ value: [session.title] });
    staying();
  });

  it('answers with the error its read threw', async () => {
    const db = await joinedDb();
    const failing = sharedLiveRead(db, 'failing', () => Promise.reject(new Error('unreadable')));
    const answered = new Promise<void>((resolve) => {
      const stop = failing.subscribe(() => {
        stop();
        resolve();
      });
    });
    await answered;
    expect(failing.latest()).toEqual({ error: new Error('unreadable') });
  });
});
