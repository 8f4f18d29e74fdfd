import { z } from 'zod';
import { noteSchema } from '../../domain/records/note';
import type { TriangulateDb } from './db';

/**
 * What a note holds besides its text and what sync owns, as it was drawn: kept with each
 * keystroke, so a new note whose first write failed (a full device) can still be written
 * at the next start from its journalled text (replayNoteDrafts.ts).
 */
export const drawnNoteFieldsSchema = noteSchema.omit({
  id: true,
  engagementId: true,
  rev: true,
  updatedAt: true,
  deleted: true,
  conflicts: true,
  text: true,
});
export type DrawnNoteFields = z.infer<typeof drawnNoteFieldsSchema>;

/**
 * The IndexedDB half of the typing journal (Dexie table `noteDraft`, version 4); see
 * draftJournal.ts. Not a synced record. A row is either a keystroke's text not yet known
 * to be in its note (`saved: false`), or a marker that the note held everything typed up
 * to its stamp (`saved: true`, no text): what tells a stale copy of an older keystroke
 * (localStorage is written to disk lazily, so a killed browser can leave one behind)
 * from text the note never got.
 */
export const noteDraftSchema = z.object({
  noteId: noteSchema.shape.id,
  /**
   * Grows with each keystroke in a tab (and with the clock across reloads): a later
   * keystroke never sorts before an earlier one, and settling is one range delete.
   */
  stamp: z.number(),
  engagementId: noteSchema.shape.engagementId,
  /** The note's text at this keystroke; empty on a saved marker. */
  text: noteSchema.shape.text,
  saved: z.boolean().default(false),
  /** The note as drawn; absent from rows journalled before it was kept, and from markers. */
  drawnAs: drawnNoteFieldsSchema.optional(),
});
export type NoteDraft = z.infer<typeof noteDraftSchema>;

const storeName = 'noteDraft';
const upTo = (noteId: string, stamp: number) => IDBKeyRange.bound([noteId, -Infinity], [noteId, stamp]);
const savedMarker = (note: { noteId: string; engagementId: string }, stamp: number): NoteDraft => ({
  noteId: note.noteId,
  engagementId: note.engagementId,
  stamp,
  text: '',
  saved: true,
});

/**
 * Puts a keystroke's text at once, in a transaction of its own on a store nothing else
 * reads while someone types, committed explicitly. Why: the note's own write queues
 * behind live queries' reads of the note and outbox stores, each needing a turn of the
 * page's main thread, which a slow tablet keeps busy. This write waits for nothing, and
 * its commit needs no further turn of the page.
 */
export function putNoteDraftNow(db: TriangulateDb, draft: Omit<NoteDraft, 'saved'>): void {
  runNow(db, (store) => store.put({ ...draft, saved: false }));
}

/** The note now holds everything typed up to `stamp`: its drafts go, a marker stays. */
export function markNoteSavedNow(
  db: TriangulateDb,
  note: { noteId: string; engagementId: string },
  stamp: number,
): void {
  runNow(db, (store) => {
    store.delete(upTo(note.noteId, stamp));
    store.put(savedMarker(note, stamp));
  });
}

function runNow(db: TriangulateDb, requests: (store: IDBObjectStore) => void): void {
  let transaction: IDBTransaction;
  try {
    // Null until Dexie has opened the database (a first keystroke racing the open), and
    // after it was closed (then nothing reopens it: the note's own save reports why).
    const backend: IDBDatabase | null = db.backendDB();
    if (backend === null) {
      if (!db.hasBeenClosed()) void db.open().then(() => runNow(db, requests), warn);
      else warn(new Error('the database is closed'));
      return;
    }
    transaction = backend.transaction(storeName, 'readwrite');
    requests(transaction.objectStore(storeName));
  } catch (error) {
    // Closed by a version change in another tab, or refused: the note's own write and the
    // localStorage journal still hold the text, so this safety net is only skipped.
    warn(error);
    return;
  }
  transaction.onerror = (event) => {
    event.preventDefault();
    warn(transaction.error);
  };
  transaction.commit();
}

const warn = (error: unknown) => console.warn('Could not journal the draft in IndexedDB', error);

/** Every row of the journal (read at start). */
export function readNoteDrafts(db: TriangulateDb): Promise<NoteDraft[]> {
  return db.noteDraft.toArray();
}

/** At start: the note holds everything up to `stamp` (awaited, not on the typing path). */
export function settleNoteDrafts(
  db: TriangulateDb,
  note: { noteId: string; engagementId: string },
  stamp: number,
): Promise<unknown> {
  return db.transaction('rw', db.noteDraft, async () => {
    await db.noteDraft
      .where('[noteId+stamp]')
      .between([note.noteId, -Infinity], [note.noteId, stamp], true, true)
      .delete();
    await db.noteDraft.put(savedMarker(note, stamp));
  });
}

/**
 * How long a saved marker is kept: a stale localStorage copy can only come back from a
 * browser killed before it wrote the copy's removal to disk, seconds after the replay.
 */
const keepMarkersMs = 30 * 24 * 60 * 60 * 1000;

/** Drops saved markers older than a month (their stamps are times). */
export function pruneSavedMarkers(db: TriangulateDb, now = Date.now()): Promise<number> {
  return db.noteDraft.filter((row) => row.saved && row.stamp < now - keepMarkersMs).delete();
}
