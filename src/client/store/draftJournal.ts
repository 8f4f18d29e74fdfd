import type { TriangulateDb } from './db';
import { updateNote } from './noteRepository';

/**
 * A synchronous copy of a note's text in localStorage until IndexedDB has it.
 * IndexedDB writes are asynchronous: a reload or a closed tab in the milliseconds before
 * the last write commits would drop the last keystrokes. A localStorage write is done
 * before the keystroke handler returns, so the journal always holds the latest text; it
 * is cleared as soon as IndexedDB has that text and replayed into IndexedDB at start.
 * (When notes become encryptable, this copy must be encrypted too.)
 */
export type NoteDraftJournal = {
  write(text: string): void;
  clear(savedText: string): void;
};

const prefix = 'triangulate:draft:note:';
type Draft = { engagementId: string; noteId: string; text: string };

export function noteDraftJournal(
  note: { engagementId: string; id: string },
  storage: Storage = localStorage,
): NoteDraftJournal {
  const key = `${prefix}${note.id}`;
  return {
    write(text) {
      const draft: Draft = { engagementId: note.engagementId, noteId: note.id, text };
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch (error) {
        // A full localStorage only loses this safety net: IndexedDB still gets the text.
        console.warn('Could not journal the draft', error);
      }
    },
    clear(savedText) {
      const current = readDraft(storage, key);
      if (current?.text === savedText) storage.removeItem(key);
    },
  };
}

function readDraft(storage: Storage, key: string): Draft | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Draft>;
    if (typeof value.engagementId === 'string' && typeof value.noteId === 'string' && typeof value.text === 'string') {
      return { engagementId: value.engagementId, noteId: value.noteId, text: value.text };
    }
  } catch (error) {
    console.warn('Dropping an unreadable draft', error);
  }
  storage.removeItem(key);
  return undefined;
}

/** Writes every journalled draft that IndexedDB does not have yet; returns how many. */
export async function replayNoteDrafts(db: TriangulateDb, storage: Storage = localStorage): Promise<number> {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(prefix),
  );
  let replayed = 0;
  for (const key of keys) {
    const draft = readDraft(storage, key);
    if (!draft) continue;
    const note = await db.note.get(draft.noteId);
    if (!note) continue; // not on this device (yet): keep the draft
    if (note.text !== draft.text) {
      await updateNote(db, note, { text: draft.text });
      replayed += 1;
    }
    noteDraftJournal(note, storage).clear(draft.text);
  }
  return replayed;
}
