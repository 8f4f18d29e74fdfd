import type { Note } from '../../domain/records/note';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from '../store/db';
import { onNoteWrites } from '../store/noteWrites';

/** What the app read as it started, for the first screen to draw with. */
export type ReadAtStart = {
  session: (id: string) => Session | undefined;
  /**
   * The session's notes (deleted ones too) as read at start, handed over once for its
   * page's live read to begin from (sessionNotesWatch.ts). Undefined for another
   * session, once handed over, and once any note has been written since the read was
   * asked for: the page then reads them itself.
   */
  takeSessionNotes: (engagementId: string, sessionId: string) => Promise<Note[]> | undefined;
  /** The same notes once read, for the page's first render to draw with; undefined when not (yet) to be handed over. */
  sessionNotesRead: (engagementId: string, sessionId: string) => Note[] | undefined;
  /**
   * Settles (never fails) once the session's read has answered, at once when there is
   * none, and at the latest after `waitAtMostMs`: a database that cannot open (another
   * tab holding an upgrade) must not keep the app from drawing; the page then reads for itself.
   */
  read: Promise<void>;
};

/**
 * Reads the session the app opens on (startApp.tsx) as it starts, while the screens' chunks
 * load and React starts: startApp.tsx waits for it too, so its page shows "New note" at its
 * first render, not after a read of its own (which it still makes, and keeps live). The
 * wait is no longer than the page's own: every read waits for the database to open.
 * Never a deleted session: one opens only while it holds notes, which its page reads
 * (getSessionHoldingNotes).
 *
 * The session's notes are asked for at the same time (not waited for): a read the page
 * asked for only after its first render held up the first "New note"'s save, which must
 * wait for every read of the notes asked for before it (bench/RESULTS.md, issue 10).
 */
export const waitAtMostMs = 1000;

export function readAtStart(db: TriangulateDb, opensOn?: { engagementId: string; sessionId: string }): ReadAtStart {
  let session: Session | undefined;
  let notes: Promise<Note[]> | undefined;
  let notesRead: Note[] | undefined;
  let stopListening: (() => void) | undefined;
  const forgetNotes = () => {
    notes = notesRead = undefined;
    stopListening?.();
  };
  if (opensOn) {
    // Listening before the read is asked for: any note written from then on makes it stale.
    stopListening = onNoteWrites(db, forgetNotes);
    notes = db.note.where('[engagementId+sessionId]').equals([opensOn.engagementId, opensOn.sessionId]).toArray();
    const asked = notes;
    notes.then(
      (rows) => void (notes === asked && (notesRead = rows)),
      forgetNotes, // the page reads for itself, and shows the error
    );
  }
  const read = opensOn
    ? Promise.race([
        db.session.get(opensOn.sessionId).then(
          (found) => void (session = found?.deleted ? undefined : found),
          () => undefined, // the page's own read shows the error
        ),
        new Promise<void>((resolve) => setTimeout(resolve, waitAtMostMs)),
      ])
    : Promise.resolve();
  return {
    session: (id) => (session?.id === id ? session : undefined),
    takeSessionNotes: (engagementId, sessionId) => {
      const taken = engagementId === opensOn?.engagementId && sessionId === opensOn.sessionId ? notes : undefined;
      forgetNotes();
      return taken;
    },
    sessionNotesRead: (engagementId, sessionId) =>
      engagementId === opensOn?.engagementId && sessionId === opensOn.sessionId ? notesRead : undefined,
    read,
  };
}
