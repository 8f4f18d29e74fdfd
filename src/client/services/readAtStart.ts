import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from '../store/db';

/** What the app read as it started, for the first screen to draw with. */
export type ReadAtStart = {
  session: (id: string) => Session | undefined;
  /**
   * Settles (never fails) once the read has answered, at once when there is none, and at
   * the latest after `waitAtMostMs`: a database that cannot open (another tab holding an
   * upgrade) must not keep the app from drawing; the page then reads for itself.
   */
  read: Promise<void>;
};

/**
 * Reads the session the app opens on (main.tsx) as it starts, while the screens' chunks
 * load and React starts: main.tsx waits for it too, so its page shows "New note" at its
 * first render, not after a read of its own (which it still makes, and keeps live). The
 * wait is no longer than the page's own: every read waits for the database to open.
 * Never a deleted session: one opens only while it holds notes, which its page reads
 * (getSessionHoldingNotes).
 */
export const waitAtMostMs = 1000;

export function readAtStart(db: TriangulateDb, sessionId: string | undefined): ReadAtStart {
  let session: Session | undefined;
  const read = sessionId
    ? Promise.race([
        db.session.get(sessionId).then(
          (found) => void (session = found?.deleted ? undefined : found),
          () => undefined, // the page's own read shows the error
        ),
        new Promise<void>((resolve) => setTimeout(resolve, waitAtMostMs)),
      ])
    : Promise.resolve();
  return { session: (id) => (session?.id === id ? session : undefined), read };
}
