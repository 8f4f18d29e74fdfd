import type { TriangulateDb } from '../store/db';

/** Longest the start may hold the live reads back (ms): a database that does not answer must not keep them off for good. */
export const startHoldsAtMostMs = 1000;

const over = new WeakSet<TriangulateDb>();
const ending = new WeakMap<TriangulateDb, Promise<void>>();

/** The next moment the page's thread is idle (Safari has no requestIdleCallback). */
function idle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: startHoldsAtMostMs })
      : setTimeout(resolve, 0),
  );
}

/**
 * Settles (never fails) once the app's start is over: at the first idle moment after the
 * first screen drew, once every write asked for by then has committed (a "New note"
 * tapped as the page appeared), and one idle moment later, for its screen to draw. The
 * reads kept live around the screen's edges (the council's name, teammates' names, tags,
 * refused edits, this device's identity) begin then: started with the first screen, their
 * transactions, answers and renders fell between a first "New note" and its text box's
 * focus (bench/RESULTS.md, issue 10).
 */
export function afterStart(db: TriangulateDb): Promise<void> {
  let done = ending.get(db);
  if (!done) {
    done = Promise.race([
      idle()
        // A read of the stores a write of a note holds waits for every write asked for before it.
        .then(() => db.transaction('r', [db.note, db.outbox, db.deviceIdentity], () => undefined))
        .then(idle, idle),
      new Promise<void>((resolve) => setTimeout(resolve, startHoldsAtMostMs)),
    ]).then(() => void over.add(db));
    ending.set(db, done);
  }
  return done;
}

/** Whether the start of the app on `db` is over (afterStart has settled). */
export function startIsOver(db: TriangulateDb): boolean {
  return over.has(db);
}
