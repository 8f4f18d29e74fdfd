import type { TriangulateDb } from './db';
import { drawnNoteFieldsSchema, markNoteSavedNow, putNoteDraftNow, type DrawnNoteFields } from './noteDraftStore';

/**
 * A copy of a note's text, made on every keystroke, until the note itself holds it.
 * The note's write is asynchronous and can wait behind other work, so two journals cover
 * the time until it commits:
 * - localStorage, written before the keystroke handler returns: survives a reload or a
 *   closed tab (an IndexedDB write started in the same instant may not), but Chromium
 *   writes it to disk lazily, so a killed browser can lose it, or keep an older copy;
 * - IndexedDB's `noteDraft` store, put and committed at once in a transaction nothing else
 *   waits for (noteDraftStore.ts): survives a killed browser, a crash or a flat battery.
 * Every keystroke gets a stamp; once the note holds a keystroke's text, IndexedDB keeps a
 * "saved up to" marker, so a stale copy is never replayed over newer text
 * (replayNoteDrafts.ts). (When notes become encryptable, these copies must be too.)
 */
export type NoteDraftJournal = {
  write(text: string): void;
  clear(savedText: string): void;
};

const prefix = 'triangulate:draft:note:';
export type LocalDraft = {
  engagementId: string;
  noteId: string;
  text: string;
  stamp: number;
  drawnAs?: DrawnNoteFields;
};
/** Stamps of the texts written lately, so a save can settle up to the one it holds. */
const stampsRemembered = 64;

export function noteDraftJournal(
  db: TriangulateDb,
  /** `drawnAs`: the note as the screen drew it, so a note never written can be written from its journal. */
  note: { engagementId: string; id: string; drawnAs?: DrawnNoteFields },
  storage: Storage = localStorage,
): NoteDraftJournal {
  const key = localDraftKey(note.id);
  const written: { text: string; stamp: number }[] = [];
  let lastStamp = 0;
  return {
    write(text) {
      // Grows with every keystroke, and across reloads with the clock.
      lastStamp = Math.max(Date.now(), lastStamp + 1);
      const draft: LocalDraft = {
        engagementId: note.engagementId,
        noteId: note.id,
        text,
        stamp: lastStamp,
        ...(note.drawnAs ? { drawnAs: note.drawnAs } : {}),
      };
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
      const current = readLocalDraft(storage, key);
      if (current?.text === savedText) storage.removeItem(key);
      const saved = written.findLast((entry) => entry.text === savedText);
      if (!saved) return;
      markNoteSavedNow(db, { noteId: note.id, engagementId: note.engagementId }, saved.stamp);
      written.splice(0, written.indexOf(saved) + 1);
    },
  };
}

export const localDraftKey = (noteId: string) => `${prefix}${noteId}`;

function readLocalDraft(storage: Storage, key: string): LocalDraft | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof value.engagementId === 'string' && typeof value.noteId === 'string' && typeof value.text === 'string') {
      // Drafts journalled before stamps existed sort before any stamped one.
      const stamp = typeof value.stamp === 'number' ? value.stamp : 0;
      const drawnAs = drawnNoteFieldsSchema.safeParse(value.drawnAs);
      return {
        engagementId: value.engagementId,
        noteId: value.noteId,
        text: value.text,
        stamp,
        ...(drawnAs.success ? { drawnAs: drawnAs.data } : {}),
      };
    }
  } catch (error) {
    console.warn('Dropping an unreadable draft', error);
  }
  storage.removeItem(key);
  return undefined;
}

/** Every draft journalled in localStorage. */
export function localDrafts(storage: Storage): LocalDraft[] {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(prefix),
  );
  return keys.map((key) => readLocalDraft(storage, key)).filter((draft) => draft !== undefined);
}
