import { liveQuery, type Subscription } from 'dexie';
import type { TriangulateDb } from './db';

/** The latest answer of a shared live read: its value, or the error its read threw. */
export type SharedReadState<T> = { value: T } | { error: unknown };

/** A live read of the device's database that several screens share and keep current. */
export type SharedLiveRead<T> = {
  /** Listens for new answers; returns the stop. The read runs while anyone listens, and a while after. */
  subscribe: (onAnswer: () => void) => () => void;
  /** The latest answer, the same object until the next one; undefined until the first. */
  latest: () => SharedReadState<T> | undefined;
};

/**
 * How long a read stays live after its last listener leaves: long enough for the screen that
 * warmed it to hand it to the screen that shows it, and for a quick step back and forth.
 */
export const keepLiveMs = 30_000;

const reads = new WeakMap<TriangulateDb, Map<string, SharedLiveRead<unknown>>>();

/**
 * The live read named `key` on `db`, made on first use from `read` (later calls with the same
 * key share it and their `read` is not used). While it has listeners, and for `keepLiveMs`
 * after, Dexie re-runs it whenever a write touches what it read, so its answer is never
 * stale for longer than a live query's; after that it stops, and forgets its answer.
 */
export function sharedLiveRead<T>(db: TriangulateDb, key: string, read: () => Promise<T>): SharedLiveRead<T> {
  let byKey = reads.get(db);
  if (!byKey) {
    byKey = new Map();
    reads.set(db, byKey);
  }
  const existing = byKey.get(key);
  if (existing) return existing as SharedLiveRead<T>;

  const listeners = new Set<() => void>();
  let state: SharedReadState<T> | undefined;
  let subscription: Subscription | undefined;
  let dropTimer: ReturnType<typeof setTimeout> | undefined;
  const answered = (next: SharedReadState<T>) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const stop = () => {
    if (listeners.size > 0) return; // someone came back since
    subscription?.unsubscribe();
    subscription = undefined;
    state = undefined;
  };
  const shared: SharedLiveRead<T> = {
    subscribe(onAnswer) {
      listeners.add(onAnswer);
      clearTimeout(dropTimer);
      subscription ??= liveQuery(read).subscribe({
        next: (value) => answered({ value }),
        error: (error: unknown) => answered({ error }),
      });
      return () => {
        listeners.delete(onAnswer);
        if (listeners.size > 0) return;
        clearTimeout(dropTimer);
        dropTimer = setTimeout(stop, keepLiveMs);
      };
    },
    latest: () => state,
  };
  byKey.set(key, shared as SharedLiveRead<unknown>);
  return shared;
}
