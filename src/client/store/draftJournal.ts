import type { TriangulateDb } from './db';
import { clearNoteDraftsNow, deleteNoteDrafts, newestNoteDrafts, putNoteDraftNow } from './noteDraftStore';
import { updateNote } from './noteRepository';

/**
 * A copy of a note's text, made on every keystroke, until the note itself holds it.
 * The note's write is asynchronous and can wait behind other work, so two journals cover
 * the time until it commits:
 * - localStorage, written before the keystroke handler returns: survives a reload or a
 *   closed tab, but Chromium writes it to disk lazily, so not a killed browser;
 * - IndexedDB's `noteDraft` store, put and committed at once in a transaction nothing else
 *   waits for (noteDraftStore.ts): survives a killed browser, a crash or a flat battery.
 * Both are replayed into the note at start; the newer copy wins.
 * (When notes become encryptable, these copies must be encrypted too.)
 */
export type NoteDraftJournal = {
  write(text: string): void;
  clear(savedText: string): void;
};

const prefix = 'triangulate:draft:note:';
type StoredDraft = { engagementId: string; noteId: string; text: string; stamp: number };
/** Stamps of the texts written lately, so a save can clear up to the one it holds. */
const stampsRemembered = 64;

export function noteDraftJournal(
  db: TriangulateDb,
  note: { engagementId: string; id: string },
  storage: Storage = localStorage,
): NoteDraftJournal {
  const key = `${prefix}${note.id}`;
  const written: { text: string; stamp: number }[] = [];
  let lastStamp = 0;
  return {
    write(text) {
      // Grows with every keystroke, and across reloads with the clock.
      lastStamp = Math.max(Date.now(), lastStamp + 1);
      const draft: StoredDraft = { engagementId: note.engagementId, noteId: note.id, text, stamp: lastStamp };
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch (error) {
        // A full localStorage only loses this safety net: IndexedDB still gets the text.
        console.warn('Could not journal the draft', error);
      }
      putNoteDraftNow(db, draft);
      written.push({ text, stamp: lastStamp });
      if (written.length > stampsRemembered) written.shift();
    },
    clear(savedText) {
      const current = readDraft(storage, key);
      if (current?.text === savedText) storage.removeItem(key);
      const saved = written.findLast((entry) => entry.text === savedText);
      if (!saved) return;
      clearNoteDraftsNow(db, note.id, saved.stamp);
      written.splice(0, written.indexOf(saved) + 1);
    },
  };
}

function readDraft(storage: Storage, key: string): StoredDraft | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof value.engagementId === 'string' && typeof value.noteId === 'string' && typeof value.text === 'string') {
      // Drafts journalled before stamps existed sort before any stamped one.
      const stamp = typeof value.stamp === 'number' ? value.stamp : 0;
      return { engagementId: value.engagementId, noteId: value.noteId, text: value.text, stamp };
    }
  } catch (error) {
    console.warn('Dropping an unreadable draft', error);
  }
  storage.removeItem(key);
  return undefined;
}

function localDrafts(storage: Storage): StoredDraft[] {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(prefix),
  );
  return keys.map((key) => readDraft(storage, key)).filter((draft) => draft !== undefined);
}

/**
 * Writes into each note the newest journalled text it does not hold yet (as an ordinary
 * edit, so it syncs), then clears both journals up to it; returns how many notes changed.
 * A draft of a note this device does not have (yet) is kept.
 */
export async function replayNoteDrafts(db: TriangulateDb, storage: Storage = localStorage): Promise<number> {
  const newest = new Map<string, StoredDraft>();
  // localStorage first: at an equal stamp it is the same keystroke, and it was written first.
  for (const draft of [...localDrafts(storage), ...(await newestNoteDrafts(db))]) {
    const known = newest.get(draft.noteId);
    if (!known || draft.stamp > known.stamp) newest.set(draft.noteId, draft);
  }
  let replayed = 0;
  for (const draft of newest.values()) {
    const note = await db.note.get(draft.noteId);
    if (!note) continue;
    if (note.text !== draft.text) {
      await updateNote(db, note, { text: draft.text });
      replayed += 1;
    }
    storage.removeItem(`${prefix}${draft.noteId}`);
    await deleteNoteDrafts(db, draft.noteId, draft.stamp);
  }
  return replayed;
}
