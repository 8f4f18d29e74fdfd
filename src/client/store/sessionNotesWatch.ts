import type { Note } from '../../domain/records/note';
import type { TriangulateDb } from './db';
import { listSessionNotesAndDeleted } from './noteRepository';
import { readNotes, watchNoteChanges, type NoteChange } from './noteChanges';
import { inWrittenOrder } from '../../domain/records/writtenOrder';

export type SessionNotes = { notes: Note[]; deletedNotes: Note[] };

/**
 * A session's live and deleted notes (as listSessionNotesAndDeleted), kept current by
 * reading again only the notes each write touched: typing in one note of a session of
 * thousands reads that note, not the session (a live query over the session re-read
 * every note on every save). A note that moved out of the session, or is gone, leaves
 * it; a write Dexie reports as a range (a cleared table, a large bulk put from sync)
 * reads the whole session again. Each reading is given to `onNotes`; notes that did not
 * change keep their object, so rows memoised on them do not render again. The first
 * reading is the one `takeReadAtStart` hands over, if it does.
 * Returns the function that stops watching.
 */
export function watchSessionNotes(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string,
  onNotes: (notes: SessionNotes) => void,
  onError: (error: unknown) => void,
  takeReadAtStart: () => Promise<Note[]> | undefined = () => undefined,
): () => void {
  const byId = new Map<string, Note>();
  let stopped = false;
  // Readings run one after another, in the order the writes were reported.
  let work: Promise<void> = Promise.resolve();
  const queue = (step: () => Promise<void>) => {
    work = work.then(step).then(
      () => {
        if (!stopped) onNotes(ordered(byId));
      },
      (error: unknown) => {
        if (!stopped) onError(error);
      },
    );
  };
  const keep = (notes: Note[]) => {
    byId.clear();
    for (const note of notes) byId.set(note.id, note);
  };
  const readAll = async () => {
    const { notes, deletedNotes } = await listSessionNotesAndDeleted(db, engagementId, sessionId);
    keep([...notes, ...deletedNotes]);
  };
  const readSome = async (ids: string[]) => {
    const read = await readNotes(db, ids);
    ids.forEach((id, index) => {
      const note = read[index];
      if (note && note.engagementId === engagementId && note.sessionId === sessionId) byId.set(id, note);
      else byId.delete(id);
    });
  };
  // Listening first: a write committed while the session is first read is read after it.
  const stopWatching = watchNoteChanges(db, (change: NoteChange) =>
    queue(change === 'all' ? readAll : () => readSome(change.ids)),
  );
  // The read made as the app started, when no note was written since it was asked for
  // (readAtStart.ts); taken only now that this watch listens, so no write falls between.
  const readAtStart = takeReadAtStart();
  queue(readAtStart ? () => readAtStart.then(keep, readAll) : readAll);
  return () => {
    stopped = true;
    stopWatching();
  };
}

/** Live notes in the order they were made; deleted ones newest first. */
function ordered(byId: ReadonlyMap<string, Note>): SessionNotes {
  return sessionNotesOf([...byId.values()]);
}

/** A session's notes, read as one list, as its page shows them (live in the order made; deleted newest first). */
export function sessionNotesOf(all: readonly Note[]): SessionNotes {
  return {
    notes: all.filter((note) => !note.deleted).sort((a, b) => inWrittenOrder(a.createdAt, b.createdAt)),
    deletedNotes: all.filter((note) => note.deleted).sort((a, b) => inWrittenOrder(b.updatedAt, a.updatedAt)),
  };
}

/** Whether two readings hold the very same note objects in the same order (nothing to draw again). */
export function sameSessionNotes(one: SessionNotes, other: SessionNotes): boolean {
  const same = (a: readonly Note[], b: readonly Note[]) => a.length === b.length && a.every((note, i) => note === b[i]);
  return same(one.notes, other.notes) && same(one.deletedNotes, other.deletedNotes);
}
