import type { TriangulateDb } from './db';
import { localDraftKey, localDrafts } from './draftJournal';
import { isErasedHere } from './erasedRecords';
import { pruneSavedMarkers, readNoteDrafts, settleNoteDrafts, type DrawnNoteFields } from './noteDraftStore';
import { updateNote } from './noteRepository';

type Journalled = {
  noteId: string;
  engagementId: string;
  stamp: number;
  text: string;
  saved: boolean;
  drawnAs?: DrawnNoteFields;
};

/**
 * At start: writes into each note the newest journalled text, unless the newest thing
 * journalled for it is a "saved up to" marker (the note already holds it, and any copy
 * is stale), as an ordinary edit so it syncs; then settles both journals up to it.
 * Returns how many notes changed. A draft of a note this device does not have (yet) is
 * kept; one of a note erased here is dropped.
 */
export async function replayNoteDrafts(db: TriangulateDb, storage: Storage = localStorage): Promise<number> {
  const newest = new Map<string, Journalled>();
  // At an equal stamp (the same keystroke) a marker wins, then IndexedDB's copy.
  const journalled: Journalled[] = [
    ...(await readNoteDrafts(db)).sort((a, b) => Number(b.saved) - Number(a.saved)),
    ...localDrafts(storage).map((draft) => ({ ...draft, saved: false })),
  ];
  for (const entry of journalled) {
    const known = newest.get(entry.noteId);
    if (!known || entry.stamp > known.stamp) newest.set(entry.noteId, entry);
  }
  let replayed = 0;
  for (const entry of newest.values()) {
    const note = await db.note.get(entry.noteId);
    if (!note) {
      // Words typed into a note as it was erased go with it: never replayed, never kept.
      if (await isErasedHere(db, 'note', entry.noteId)) await forgetErasedDrafts(db, entry.noteId, storage);
      // A new note whose first write failed (a full device) before its tab closed is written
      // now, as drawn, with its text; one the device cannot write yet keeps its drafts.
      else if (!entry.saved && entry.drawnAs && (await wroteDrawnNote(db, entry, entry.drawnAs))) {
        replayed += 1;
        storage.removeItem(localDraftKey(entry.noteId));
        await settleNoteDrafts(db, entry, entry.stamp);
      }
      continue;
    }
    if (!entry.saved && note.text !== entry.text) {
      await updateNote(db, note, { text: entry.text });
      replayed += 1;
    }
    storage.removeItem(localDraftKey(entry.noteId));
    await settleNoteDrafts(db, entry, entry.stamp);
  }
  await pruneSavedMarkers(db);
  return replayed;
}

async function forgetErasedDrafts(db: TriangulateDb, noteId: string, storage: Storage): Promise<void> {
  storage.removeItem(localDraftKey(noteId));
  await db.noteDraft.where('[noteId+stamp]').between([noteId, -Infinity], [noteId, Infinity], true, true).delete();
}

async function wroteDrawnNote(db: TriangulateDb, entry: Journalled, drawnAs: DrawnNoteFields): Promise<boolean> {
  try {
    await updateNote(db, { engagementId: entry.engagementId, id: entry.noteId }, { text: entry.text }, drawnAs);
    return true;
  } catch (error) {
    console.warn('Could not write a journalled note yet', error);
    return false;
  }
}
