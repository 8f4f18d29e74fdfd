import { z } from 'zod';
import { noteSchema } from '../../domain/records/note';
import type { TriangulateDb } from './db';

/**
 * One keystroke's text of a note, kept until the note itself holds it (Dexie table
 * `noteDraft`, version 4). Not a synced record: replayed into the note at start.
 */
export const noteDraftSchema = z.object({
  noteId: noteSchema.shape.id,
  /**
   * Grows with each keystroke in a tab (and with the clock across reloads), so a later
   * draft never sorts before an earlier one and clearing is one range delete, with no read.
   */
  stamp: z.number(),
  engagementId: noteSchema.shape.engagementId,
  text: noteSchema.shape.text,
});
export type NoteDraft = z.infer<typeof noteDraftSchema>;

const storeName = 'noteDraft';

/**
 * Puts a draft at once, in a transaction of its own on a store nothing else reads while
 * someone types, and commits it explicitly. Why: the note's own write queues behind live
 * queries' reads of the note and outbox stores, and each of them needs the page's main
 * thread, which a slow tablet keeps busy; a killed browser lost the last keystrokes that
 * way. This write waits for nothing, and the commit needs no further turn of the page:
 * the text is on disk as soon as the browser's storage has done the put.
 */
export function putNoteDraftNow(db: TriangulateDb, draft: NoteDraft): void {
  runNow(db, (store) => store.put(draft));
}

/** Deletes a note's drafts up to and including `stamp` (the note now holds that text). */
export function clearNoteDraftsNow(db: TriangulateDb, noteId: string, stamp: number): void {
  runNow(db, (store) => store.delete(IDBKeyRange.bound([noteId, -Infinity], [noteId, stamp])));
}

function runNow(db: TriangulateDb, request: (store: IDBObjectStore) => IDBRequest): void {
  let transaction: IDBTransaction;
  try {
    transaction = db.backendDB().transaction(storeName, 'readwrite');
    request(transaction.objectStore(storeName));
  } catch (error) {
    // Not open yet, or closed by a version change in another tab: the note's own write and
    // the localStorage journal still hold the text, so this safety net is only skipped.
    console.warn('Could not journal the draft in IndexedDB', error);
    return;
  }
  transaction.onerror = (event) => {
    event.preventDefault();
    console.warn('Could not journal the draft in IndexedDB', transaction.error);
  };
  transaction.commit();
}

/** The newest draft of each note, oldest note first (replayed at start). */
export async function newestNoteDrafts(db: TriangulateDb): Promise<NoteDraft[]> {
  const drafts = await db.noteDraft.toArray();
  const newest = new Map<string, NoteDraft>();
  for (const draft of drafts) {
    const known = newest.get(draft.noteId);
    if (!known || draft.stamp > known.stamp) newest.set(draft.noteId, draft);
  }
  return [...newest.values()];
}

/** Deletes a note's drafts up to `stamp`, awaited (used at start, not while typing). */
export function deleteNoteDrafts(db: TriangulateDb, noteId: string, stamp: number): Promise<number> {
  return db.noteDraft.where('[noteId+stamp]').between([noteId, -Infinity], [noteId, stamp], true, true).delete();
}
